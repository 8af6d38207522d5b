/** Word and punctuation tokens with absolute offsets into the analysed text. */

export type TokenKind = 'word' | 'number' | 'punct';

export interface Token {
  text: string;
  /** Lower-cased text with curly apostrophes folded to straight ones. */
  lower: string;
  start: number;
  end: number;
  kind: TokenKind;
  /** Starts with an upper-case letter. */
  cap: boolean;
}

// Words keep inner apostrophes, hyphens, dots and ampersands ("We're", "al-Nusra", "U.S", "AT&T");
// numbers keep thousands separators and decimals. A trailing dot always stays a separate token so
// the sentence splitter can judge it.
// "--" (a typed dash) stays one token.
const TOKEN = /[\p{L}\p{M}\p{N}_]+(?:(?:[’'\-.&/]|,(?=\d{3}\b))[\p{L}\p{M}\p{N}]+)*|--|[^\s\p{L}\p{M}\p{N}_]/gu;
const DIGIT_START = /^\p{N}/u;
const UPPER_START = /^\p{Lu}/u;

/** Splits `text.slice(from, to)` into tokens; offsets stay absolute. */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  const slice = text.slice(from, to);
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(slice); m; m = TOKEN.exec(slice)) {
    const word = m[0];
    const isWordLike = /[\p{L}\p{M}\p{N}_]/u.test(word);
    tokens.push({
      text: word,
      lower: word.toLowerCase().replace(/’/g, "'"),
      start: from + m.index,
      end: from + m.index + word.length,
      kind: !isWordLike ? 'punct' : DIGIT_START.test(word) ? 'number' : 'word',
      cap: UPPER_START.test(word),
    });
  }
  return tokens;
}

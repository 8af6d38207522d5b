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
// "--" (a typed dash) stays one token. UTF-8 read as Latin-1 leaves symbols inside names
// ("FranÃÂ§ois"): a Latin-1 symbol or C1 control between letters (not a space or a guillemet) keeps the word whole.
const TOKEN = /[\p{L}\p{M}\p{N}_]+(?:(?:[’'\-.&/\u0080-\u009F\u00A1-\u00AA\u00AC-\u00BA\u00BC-\u00BF]|,(?=\d{3}\b))[\p{L}\p{M}\p{N}]+)*|--|[^\s\p{L}\p{M}\p{N}_]/gu;
const DIGIT_START = /^\p{N}/u;
const UPPER_START = /^\p{Lu}/u;
const WORD_CHAR = /[\p{L}\p{M}\p{N}_]/u;

/** Splits `text.slice(from, to)` into tokens; offsets stay absolute. */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  const slice = text.slice(from, to);
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(slice); m; m = TOKEN.exec(slice)) {
    const word = m[0];
    const lower = word.toLowerCase();
    tokens.push({
      text: word,
      lower: lower.includes('’') ? lower.replace(/’/g, "'") : lower,
      start: from + m.index,
      end: from + m.index + word.length,
      kind: kindOf(word),
      cap: startsUpper(word),
    });
  }
  return tokens;
}

// A token is word-like exactly when its first character is (see TOKEN); ASCII is decided without a
// regular expression, which most tokens are.
function kindOf(word: string): TokenKind {
  const c = word.charCodeAt(0);
  if (c < 128) {
    if (c >= 48 && c <= 57) return 'number';
    return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 ? 'word' : 'punct';
  }
  return !WORD_CHAR.test(word) ? 'punct' : DIGIT_START.test(word) ? 'number' : 'word';
}

function startsUpper(word: string): boolean {
  const c = word.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : UPPER_START.test(word);
}

/**
 * "James A. Baker", "Julie A. Diaz": a capital letter and its stop between two capitalised words is
 * a middle initial. Only "A" needs telling apart (from the article); the other letters are read
 * as names anyway.
 */
export function isInitial(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  const stop = tokens[i + 1];
  const prev = tokens[i - 1];
  const next = tokens[i + 2];
  return !!t && t.kind === 'word' && t.text.length === 1 && t.cap && !!stop && stop.text === '.' && stop.start === t.end &&
    !!prev && prev.kind === 'word' && prev.cap && !!next && next.kind === 'word' && next.cap;
}

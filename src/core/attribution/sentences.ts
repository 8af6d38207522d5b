/**
 * Abbreviation-aware sentence splitting. `Intl.Segmenter` breaks after "Sen.", "Dr.", initials and
 * "U.S." before a capital, which cuts most news sentences that name a speaker; this splitter
 * judges each full stop by the word before it and the word after it instead.
 *
 * Sentences never break inside a top-level quote: a quoted statement of several sentences and
 * the "he said" after it form one unit, which is what attribution needs.
 */
import { OTHER_ABBREVIATIONS, SENTENCE_OPENERS, TITLE_ABBREVIATIONS } from './abbreviations';
import { isWrapBreak, type Paragraph } from './paragraphs';
import type { QuoteSpan } from './quotes';
import { CUE_VERBS } from './cues';
import { tokenize, type Token } from './tokens';

export interface Sentence {
  index: number;
  paragraph: number;
  start: number;
  end: number;
  tokens: Token[];
}

const TERMINAL = new Set(['.', '!', '?', '…']);
/** Longest unit handed to the clause patterns. */
const MAX_TOKENS = 600;
const CLOSERS = new Set(['"', "'", '”', '’', '»', '›', ')', ']', '.', '!', '?', '…']);
const OPENING_MARKS = new Set(['"', "'", '“', '‘', '«', '„', '(', '[']);

function isAbbreviationStop(word: Token | undefined, stop: Token, next: Token, after: Token | undefined): boolean {
  if (!word || word.end !== stop.start || word.kind === 'punct') return false;
  // "then-Sen. Barack Obama": the title after a hyphen counts too.
  const lower = word.lower;
  if (TITLE_ABBREVIATIONS.has(lower) || (lower.includes('-') && TITLE_ABBREVIATIONS.has(lower.slice(lower.lastIndexOf('-') + 1)))) return true;
  if ((lower === 'no' || lower === 'nos') && next.kind === 'number') return true; // "No. 2
  if (word.kind === 'word' && word.text.length === 1 && word.cap) return true; // initial: "George W. Bush"
  const dotted = lower.includes('.');
  if (dotted || OTHER_ABBREVIATIONS.has(lower)) {
    // A quote mark opens a sentence unless lower-case words follow it: "the U.S. “does not have …”".
    const opens = (next.kind === 'word' && next.cap && SENTENCE_OPENERS.has(next.lower)) || (OPENING_MARKS.has(next.text) && !(after && after.kind === 'word' && !after.cap));
    return !opens;
  }
  return false;
}

/** Lower-case words a speaker's phrase may hold before its verb: "the senator", "Scott's niece". */
const SPEAKER_WORDS = new Set(['the', 'a', 'an', 'he', 'she', 'they', 'his', 'her', 'their', 'its', 'mr', 'mrs', 'ms', 'of', 'state', 'former']);
const SPEAKER_STOPS = new Set(['and', 'or', 'but', 'that', 'who', 'which', 'to', 'in', 'on', 'at', 'with', 'for', 'as', 'not', 'is', 'was', 'are', 'were', 'has', 'had', 'have', 'will', 'would']);

/**
 * True when a short speaker's phrase and a cue verb start at `at`, after a quote that ends in "!"
 * or "?": "Trump added", "he asked", "the senator said", "Scott's niece, Marcia Price, shouted",
 * "state Del. Marcia "Cia" Price (D-Newport News) shouted". Capitalised words (names, titles,
 * "He"), numbers, a party tag in parentheses and a nickname in quote marks are passed over;
 * lower-case nouns (two at most) only count after a lower-case determiner or possessive ("the",
 * "his", "state"), a name's "'s" or a comma. So a phrase that opens with a capitalised determiner
 * or possessive ("The mayor's sister, Dana Ortiz, shouted", "Her aide said") is not read as one
 * and the sentence ends after the quote, as it does before a clause word, an "-ed"/"-ing" word
 * that is no cue, or punctuation other than a comma, a hyphen or an abbreviation's stop.
 */
function attributionFollows(tokens: Token[], at: number): boolean {
  let commonNouns = 0;
  let depth = 0;
  let nickname = false;
  let nounAllowed = false;
  for (let k = at; k < tokens.length && k < at + 24; k++) {
    const t = tokens[k]!;
    if (t.kind === 'punct') {
      if (t.text === '(') depth++;
      else if (t.text === ')') depth--;
      else if (t.text === '"' || t.text === '“' || t.text === '”') nickname = !nickname;
      else if (t.text === '.' && !(k > at && tokens[k - 1]!.cap && tokens[k - 1]!.text.length <= 4)) return false; // "Del.", "R-Pa."; not a sentence's end
      else if (depth === 0 && !nickname && t.text !== ',' && t.text !== '.' && t.text !== '-') return false;
      if (depth < 0) return false;
      if (t.text === ',') nounAllowed = true; // an appositive: "…, state Del. Marcia Price,"
      continue;
    }
    if (depth > 0 || nickname || t.kind === 'number') continue;
    if (t.cap) {
      nounAllowed = false;
      continue;
    }
    if (k > at && CUE_VERBS.has(t.lower)) return true;
    // “… 11 million?” Hannity pressed. — a name, then a past-tense verb the cue list does not
    // hold, then the sentence's end: a tag all the same (an object after the verb is no tag).
    if (k > at && tokens[k - 1]!.cap && tokens[k - 1]!.kind === 'word' && commonNouns === 0 && isPastVerb(t) && endsTag(tokens, k + 1)) return true;
    if (SPEAKER_WORDS.has(t.lower)) {
      nounAllowed = true;
      continue;
    }
    // A role noun or two after a determiner or a possessive ("the niece", "Scott's press secretary");
    // an adverb after a name ("Conservatives still praise") or a clause of its own stops the search.
    const prev = tokens[k - 1]!;
    if (!nounAllowed && !/'s$|’s$/.test(prev.text)) return false;
    if (SPEAKER_STOPS.has(t.lower) || t.lower.endsWith('ed') || t.lower.endsWith('ing') || ++commonNouns > 2) return false;
    nounAllowed = true;
  }
  return false;
}

/** Past-tense forms of verbs that may tag a quote ("pressed", "went on", "shot back"). */
const IRREGULAR_PAST = new Set(['went', 'shot', 'broke', 'cut', 'spoke', 'began', 'sang', 'swore']);
const TAG_PARTICLES = new Set(['on', 'back', 'in', 'up', 'out', 'again']);

function isPastVerb(t: Token): boolean {
  return t.kind === 'word' && !t.cap && ((t.lower.length > 4 && t.lower.endsWith('ed')) || IRREGULAR_PAST.has(t.lower));
}

/** Only a particle ("on", "back") may stand between the tag's verb and its sentence's stop or comma. */
function endsTag(tokens: Token[], k: number): boolean {
  if (tokens[k] && TAG_PARTICLES.has(tokens[k]!.lower)) k++;
  const t = tokens[k];
  return !t || (t.kind === 'punct' && (t.text === '.' || t.text === ','));
}

/**
 * Splits each paragraph into sentences. `quotes` are the spans from `findQuotes`; breaks inside a
 * top-level quote are skipped.
 */
export function splitSentences(text: string, paragraphs: Paragraph[], quotes: QuoteSpan[]): Sentence[] {
  const sentences: Sentence[] = [];
  let q = 0;
  for (const para of paragraphs) {
    const tokens = tokenize(text, para.start, para.end);
    // Protected ranges: from each top-level quote's opening mark to its closing mark, this paragraph only.
    const guarded: Array<[number, number]> = [];
    while (q < quotes.length && quotes[q]!.open < para.start) q++;
    for (let k = q; k < quotes.length && quotes[k]!.open < para.end; k++) {
      const span = quotes[k]!;
      if (span.parent !== -1) continue;
      const close = span.close === -1 || span.close > para.end ? para.end : span.close;
      guarded.push([span.open, close]);
    }
    let g = 0;
    /** The protected range holding `pos`, if any (positions are asked in increasing order). */
    const guardAt = (pos: number) => {
      while (g < guarded.length && guarded[g]![1] < pos) g++;
      const range = guarded[g];
      return range && range[0] < pos && pos < range[1] ? range : null;
    };
    let from = 0;
    const push = (part: Token[]) =>
      sentences.push({ index: sentences.length, paragraph: para.index, start: part[0]!.start, end: part[part.length - 1]!.end, tokens: part });
    const emit = (to: number) => {
      if (to <= from) return;
      // A run-on unit (a broken quote mark, a list with no stops) is cut into bounded pieces so
      // the patterns stay linear; real sentences are far shorter.
      for (let k = from; k < to; k += MAX_TOKENS) push(tokens.slice(k, Math.min(to, k + MAX_TOKENS)));
      from = to;
    };
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      const prev = tokens[i - 1];
      // A line break inside a paragraph ends a sentence unless a quote is open or the text's wrapping made it.
      const lineBreak = prev && i > from ? text.slice(prev.end, t.start).indexOf('\n') : -1;
      if (lineBreak >= 0 && !guardAt(t.start) && !isWrapBreak(text, para, prev!.end + lineBreak)) {
        emit(i);
        continue;
      }
      if (!TERMINAL.has(t.text)) continue;
      const guard = guardAt(t.start);
      let j = i + 1;
      while (j < tokens.length && CLOSERS.has(tokens[j]!.text) && tokens[j]!.start === tokens[j - 1]!.end) j++;
      // Inside a quote only a stop right before the closing mark can end the sentence.
      if (guard && tokens[j - 1]!.start < guard[1]) continue;
      const next = tokens[j];
      if (!next) continue;
      if (next.start === tokens[j - 1]!.end) continue; // "U.S.-led", "3.5"
      if (t.text === '.' && isAbbreviationStop(prev, t, next, tokens[j + 1])) continue;
      const opener = next.cap || next.kind === 'number' || OPENING_MARKS.has(next.text) || next.text === '“' || next.text === '‘';
      if (!opener) continue;
      // “… unity?” Trump added. — a question or exclamation closing a quote, then its speaker.
      if (t.text !== '.' && j > i + 1 && attributionFollows(tokens, j)) continue;
      emit(j);
      i = j - 1;
    }
    emit(tokens.length);
  }
  return sentences;
}

/**
 * Turning a token range of a sentence into an attribution's content: trims connectives,
 * "that" and outer punctuation, and tells a fully quoted statement from reported speech.
 */
import { DETERMINERS, DISCOURSE_OPENERS, FINITE_AUXILIARIES, NP_LINKERS, SUBJECT_PRONOUNS, TIME_NOUNS } from './lexicon';
import type { QuoteSpan } from './quotes';
import type { SentenceView } from './sentence-view';
import type { Token } from './tokens';

export interface Content {
  kind: 'quote' | 'claim';
  /** Character offsets of the content parts. */
  segments: Array<[number, number]>;
  /** The quote when the content is one fully quoted statement. */
  quote: QuoteSpan | null;
  /** Token range after trimming. */
  start: number;
  end: number;
}

const EDGE_PUNCT = new Set([',', '.', ';', ':', '—', '–', '―', '--', '-', '!', '?', '(', ')', '…']);

/** Number of tokens a discourse opener takes at `at` ("At the same time", "Meanwhile ,"), or 0. */
export function openerLength(view: SentenceView, at: number, end: number): number {
  for (const words of DISCOURSE_OPENERS) {
    if (at + words.length > end) continue;
    let ok = true;
    for (let k = 0; k < words.length && ok; k++) {
      const t = view.tokens[at + k]!;
      ok = t.lower === words[k] && !view.quoteOf[at + k];
    }
    if (ok) return words.length;
  }
  return 0;
}

export interface ContentOptions {
  /** Drop a leading connective ("Meanwhile,", "But") — right for contents that open a sentence. */
  dropOpeners?: boolean;
  /** Drop a leading "that". */
  dropThat?: boolean;
}

export function contentOf(view: SentenceView, from: number, to: number, options: ContentOptions = {}): Content | null {
  const { tokens, quoteOf, isMark } = view;
  let a = from;
  let b = to;
  const trimEdges = () => {
    while (a < b && !isMark[a] && tokens[a]!.kind === 'punct' && EDGE_PUNCT.has(tokens[a]!.text)) a++;
    while (a < b && !isMark[b - 1] && tokens[b - 1]!.kind === 'punct' && EDGE_PUNCT.has(tokens[b - 1]!.text) && !quoteOf[b - 1] && !closesOwnBracket(view, a, b - 1)) b--;
  };
  trimEdges();
  if (options.dropOpeners) {
    for (let n = openerLength(view, a, b); n > 0 && a + n < b; n = openerLength(view, a, b)) {
      a += n;
      trimEdges();
    }
  }
  // A "That" that opens the sentence points at something ("That message is …, she said"); only a
  // "that" after a cue introduces what was said.
  if (options.dropThat !== false && a < b && tokens[a]!.lower === 'that' && !quoteOf[a] && b - a > 2 && !opensSentence(view, from)) {
    const time = timePhraseAfterThat(view, a, b);
    // "that year was hard": "that" is the subject's determiner and stays.
    if (time === 'subject') return plainContent(view, a, b);
    // "that night the senator resigned": a time phrase, then what was said; "songs that summer
    // and sent …" has nothing said after it.
    if (time === 'adjunct') {
      a += 2;
      trimEdges();
      if (a < b && COORDINATORS.has(tokens[a]!.lower)) return null;
      if (a < b - 2 && tokens[a]!.lower === 'that' && !quoteOf[a] && !timePhraseAfterThat(view, a, b)) {
        a++;
        trimEdges();
      }
    } else {
      a++;
      trimEdges();
    }
  }
  if (b <= a) return null;
  // Fully quoted: every token belongs to one quote (marks included).
  const first = quoteOf[a];
  if (first && isMark[a]) {
    let whole = true;
    for (let i = a; i < b && whole; i++) whole = quoteOf[i] === first;
    if (whole) return { kind: 'quote', segments: first.segments.map(([s, e]) => [s, e] as [number, number]), quote: first, start: a, end: b };
  }
  // Fully in single marks, as headlines quote: "Warns Council: ‘We Cannot Wait.’"
  const lastEnd = tokens[b - 1]!.end;
  const single = view.nested.find((q) => q.parent === -1 && q.open === tokens[a]!.start && q.close !== -1 && q.close + q.closeWidth >= lastEnd - 1 && q.close + q.closeWidth <= lastEnd);
  if (single) return { kind: 'quote', segments: [[single.start, single.end]], quote: null, start: a, end: b };
  return plainContent(view, a, b);
}

function plainContent(view: SentenceView, a: number, b: number): Content {
  return { kind: 'claim', segments: [[view.tokens[a]!.start, view.tokens[b - 1]!.end]], quote: null, start: a, end: b };
}

const COORDINATORS = new Set(['and', 'but', 'or', 'yet', 'nor']);

/**
 * What "that" and a time noun after it are ("that night", "that year"): a determiner and its noun,
 * never the "that" of a clause whose subject is a bare "night". Before a verb they are the
 * clause's subject; otherwise a time phrase before the clause. Null when no time noun follows.
 */
function timePhraseAfterThat(view: SentenceView, at: number, end: number): 'subject' | 'adjunct' | null {
  const { tokens, quoteOf } = view;
  const noun = tokens[at + 1];
  if (!noun || at + 2 >= end || quoteOf[at + 1]) return null;
  const next = tokens[at + 2]!;
  // "that year's budget was …": the possessive makes the time noun part of the subject.
  const possessive = /^(\p{L}+)['’]s$/u.exec(noun.lower);
  if (possessive && TIME_NOUNS.has(possessive[1]!)) return 'subject';
  if (!TIME_NOUNS.has(noun.lower)) return null;
  if (FINITE_AUXILIARIES.has(next.lower) || /^['’]s$/.test(next.text)) return 'subject';
  return opensClauseAfterTime(next) ? 'adjunct' : null;
}

/**
 * What may follow a time phrase "that night" before the clause it dates: an article, a pronoun, a
 * name, a number, a preposition, punctuation or a joiner. A lower-case noun makes the time noun its
 * modifier ("that season ticket holders", "that night shifts"), so "that" opens the clause.
 */
function opensClauseAfterTime(next: Token): boolean {
  if (next.kind !== 'word' || next.cap) return true;
  const w = next.lower;
  return DETERMINERS.has(w) || SUBJECT_PRONOUNS.has(w) || NP_LINKERS.has(w) || COORDINATORS.has(w) || w === 'that';
}

/** Whether no word stands before `at` in its sentence. */
function opensSentence(view: SentenceView, at: number): boolean {
  for (let i = 0; i < at; i++) if (view.tokens[i]!.kind !== 'punct') return false;
  return true;
}

/** Whether the token at `close` is a ")" whose "(" opens inside [from, close): "(Bon Jovi, Sheryl Crow)" keeps its end. */
function closesOwnBracket(view: SentenceView, from: number, close: number): boolean {
  if (view.tokens[close]!.text !== ')') return false;
  let depth = 0;
  for (let i = from; i < close; i++) {
    const t = view.tokens[i]!.text;
    if (t === '(') depth++;
    else if (t === ')' && depth > 0) depth--;
  }
  return depth > 0;
}

/** Number of word tokens in a range. */
export function wordCount(view: SentenceView, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) if (view.tokens[i]!.kind !== 'punct') n++;
  return n;
}

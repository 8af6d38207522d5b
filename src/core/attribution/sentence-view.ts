/**
 * One sentence seen for attribution: its tokens, which of them lie inside a top-level quote and
 * which are the quote marks themselves.
 */
import type { QuoteSpan } from './quotes';
import type { Sentence } from './sentences';
import type { Token } from './tokens';

export interface SentenceView {
  sentence: Sentence;
  tokens: Token[];
  /** Per token: the top-level quote it belongs to (content or mark), or null for narrative text. */
  quoteOf: Array<QuoteSpan | null>;
  /** Per token: true for an opening or closing quote mark. */
  isMark: boolean[];
  /** Top-level quotes that touch this sentence, in order. */
  quotes: QuoteSpan[];
  /** Quotes nested one level inside the top-level ones or inside narrative text (single quotes). */
  nested: QuoteSpan[];
}

/** Per-paragraph mark positions of a quote: where each part's opening and closing marks are. */
function partMarks(text: string, quote: QuoteSpan): Array<{ open: number; openEnd: number; close: number; closeEnd: number }> {
  return quote.segments.map(([s, e], k) => {
    // The opening mark sits just before the (trimmed) content start, past any spaces.
    let open = k === 0 ? quote.open : s;
    while (k > 0 && open > 0 && /[\s"'“”„«»‘’]/u.test(text[open - 1]!) && text[open - 1] !== '\n') open--;
    const openEnd = s;
    const last = k === quote.segments.length - 1;
    const close = last && quote.close !== -1 ? quote.close : e;
    const closeEnd = last && quote.close !== -1 ? quote.close + quote.closeWidth : e;
    return { open, openEnd, close, closeEnd };
  });
}

export function viewSentence(text: string, sentence: Sentence, topLevel: QuoteSpan[], nestedAll: QuoteSpan[]): SentenceView {
  const tokens = sentence.tokens;
  const quoteOf: Array<QuoteSpan | null> = new Array(tokens.length).fill(null);
  const isMark: boolean[] = new Array(tokens.length).fill(false);
  const quotes: QuoteSpan[] = [];
  for (const q of topLevel) {
    let touched = false;
    for (const m of partMarks(text, q)) {
      if (m.closeEnd <= sentence.start || m.open >= sentence.end) continue;
      touched = true;
      for (let i = firstAtOrAfter(tokens, m.open); i < tokens.length && tokens[i]!.end <= m.closeEnd; i++) {
        const t = tokens[i]!;
        quoteOf[i] = q;
        if (t.start < m.openEnd || t.start >= m.close) isMark[i] = t.kind === 'punct';
      }
    }
    if (touched) quotes.push(q);
  }
  const nested = nestedAll.filter((q) => q.start >= sentence.start && q.end <= sentence.end);
  return { sentence, tokens, quoteOf, isMark, quotes, nested };
}

/**
 * “…,” and ''…,'': true when token `i` ends a closing quote mark — one token, or the two
 * apostrophes of a doubled one — right after a comma inside it, which works as a comma outside.
 */
export function closesAfterComma(view: SentenceView, i: number): boolean {
  const q = view.quoteOf[i];
  if (!q || !view.isMark[i] || view.quoteOf[i + 1]) return false;
  let k = i;
  while (k > 0 && view.isMark[k - 1] && view.quoteOf[k - 1] === q && view.tokens[k - 1]!.end === view.tokens[k]!.start) k--;
  const before = view.tokens[k - 1];
  return !!before && before.kind === 'punct' && before.text === ',';
}

/** Index of the first token starting at or after `pos` (binary search). */
function firstAtOrAfter(tokens: Token[], pos: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export const CLOSING_MARKS = new Set(['"', "'", '”', '’', '»', '›']);
export const DASHES = new Set(['—', '–', '―', '--']);

/** " - " written with spaces: a dash, not a hyphen. */
export function isSpacedHyphen(view: SentenceView, i: number): boolean {
  const t = view.tokens[i]!;
  const prev = view.tokens[i - 1];
  const next = view.tokens[i + 1];
  return t.text === '-' && !!prev && !!next && prev.end < t.start && next.start > t.end;
}

/** A dash or a hyphen as punctuation of its own: what signs a quote ("― Name", "- Name"), spaced or not. */
export function isSigningDash(t: Token | undefined): boolean {
  return !!t && t.kind === 'punct' && (DASHES.has(t.text) || t.text === '-');
}

/** A dash at token `i`: a dash character, "--", or a hyphen with spaces around it. */
export function isDash(view: SentenceView, i: number): boolean {
  return DASHES.has(view.tokens[i]!.text) || isSpacedHyphen(view, i);
}

/** TextQuoteSelector: describe a span by its text and context, and find it again. */
import { QUOTE_CONTEXT, type TextQuoteSelector, type TextSpan } from './types';
import { contextScore } from './context';
import { fuzzyMatch } from './fuzzy';

/** Describes `text[start, end)` by its exact text and up to 32 characters on either side. */
export function describeQuote(text: string, span: TextSpan): TextQuoteSelector {
  return {
    type: 'TextQuoteSelector',
    exact: text.slice(span.start, span.end),
    prefix: text.slice(Math.max(0, span.start - QUOTE_CONTEXT), span.start),
    suffix: text.slice(span.end, span.end + QUOTE_CONTEXT),
  };
}

/** Stops the scan on pathological texts (a one-letter quote in a long page). */
const MAX_CANDIDATES = 2000;

/**
 * Finds a quote in `text`: every exact occurrence is scored by how much of its prefix and suffix
 * agree (ties go to the one nearest `hint`, the old position); when there is none, a fuzzy match.
 */
export function matchQuote(text: string, quote: TextQuoteSelector, hint?: number): TextSpan | null {
  if (!quote.exact) return null;
  let best: { span: TextSpan; score: number; distance: number } | null = null;
  let seen = 0;
  for (let at = text.indexOf(quote.exact); at !== -1 && seen < MAX_CANDIDATES; at = text.indexOf(quote.exact, at + 1), seen++) {
    const span = { start: at, end: at + quote.exact.length };
    const score = contextScore(text, span, quote.prefix, quote.suffix);
    const distance = hint === undefined ? 0 : Math.abs(at - hint);
    if (!best || score > best.score || (score === best.score && distance < best.distance)) best = { span, score, distance };
  }
  return best?.span ?? fuzzyMatch(text, quote, hint);
}

/** From selectors back to the page, simplest way first (as Hypothesis re-anchors). */
import type { BodyText } from './body-text';
import { describeQuote, matchQuote } from './quote';
import type { DomPoint, ItemSelectors, TextPositionSelector, TextQuoteSelector, TextSpan } from './types';

type AnySelector = TextQuoteSelector | TextPositionSelector;

/** The selectors of one item, computed over the body text. */
export function describeSpan(text: string, span: TextSpan): ItemSelectors {
  return [describeQuote(text, span), { type: 'TextPositionSelector', start: span.start, end: span.end }];
}

/**
 * Finds the span the selectors describe in `text` (the body text): the position when the text
 * there still equals the quote, else the quote by its context, else a fuzzy match. Null when the
 * words are no longer on the page.
 */
export function anchorSpan(text: string, selectors: readonly AnySelector[]): TextSpan | null {
  const quote = selectors.find((s): s is TextQuoteSelector => s.type === 'TextQuoteSelector');
  const position = selectors.find((s): s is TextPositionSelector => s.type === 'TextPositionSelector');
  if (position && position.start >= 0 && position.end <= text.length && position.start < position.end) {
    if (!quote || text.slice(position.start, position.end) === quote.exact) return { start: position.start, end: position.end };
  }
  return quote ? matchQuote(text, quote, position?.start) : null;
}

/** Both ends of a body-text span as DOM points, ready for `Range.setStart/setEnd`. */
export function spanToPoints(body: BodyText, span: TextSpan): { start: DomPoint; end: DomPoint } | null {
  const start = body.pointAt(span.start, 'start');
  const end = body.pointAt(span.end, 'end');
  return start && end ? { start, end } : null;
}

/** A live Range for the selectors on this document, or null when they no longer anchor. */
export function anchorRange(doc: Document, body: BodyText, selectors: readonly AnySelector[]): Range | null {
  const span = anchorSpan(body.text, selectors);
  const points = span && spanToPoints(body, span);
  if (!points) return null;
  const range = doc.createRange();
  range.setStart(points.start.node, points.start.offset);
  range.setEnd(points.end.node, points.end.offset);
  return range;
}

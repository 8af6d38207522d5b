/**
 * The entries SayWho shows on a page: the engine's fresh run merged with the page's saved
 * analysis (see core/corrections/merge.ts for the rules), and the live Ranges that paint them.
 */
import type { ArticleText } from '../core/article';
import { anchorItems, anchorRange, anchorSpan, BodyText, describeQuote, describeSpan, type ItemAnchor, type TextSpan } from '../core/anchoring';
import { mergeAnalysis, type Merged, type Placement, type SavedAnalysis } from '../core/corrections';
import type { AnalysisResult, Item } from '../core/types';
import { recordKey } from '../shared/storage/keys';
import type { PaintedItem } from './painter';

/** One engine run on the page, before any merging. */
export interface EngineRun {
  result: AnalysisResult;
  articleText: ArticleText | null;
  /** The engine items' selectors over the body text (recomputed when the DOM moved). */
  anchors: Record<string, ItemAnchor>;
  items: Map<string, Item>;
  analysedAt: string;
}

export interface PageEntries {
  merged: Merged;
  /** Quotes first: hit tests then name the quote, not the claim around it. */
  painted: PaintedItem[];
}

export function engineRun(doc: Document, result: AnalysisResult, articleText: ArticleText | null, analysedAt: Date): EngineRun {
  const anchors = articleText ? itemAnchors(doc, result.items, articleText) : {};
  return { result, articleText, anchors, items: new Map(result.items.map((item) => [item.id, item])), analysedAt: analysedAt.toISOString() };
}

/** Selectors again after the DOM moved; items the text model lost keep their last good selectors. */
export function refreshAnchors(doc: Document, run: EngineRun): void {
  if (!run.articleText) return;
  const anchors = itemAnchors(doc, run.result.items, run.articleText);
  for (const [id, anchor] of Object.entries(anchors)) {
    if (!anchor.found && run.anchors[id]?.found) anchors[id] = run.anchors[id]!;
  }
  run.anchors = anchors;
}

/**
 * Selectors over the body text for each item. Two cases the text model alone misses:
 * - text in a shadow tree is not part of the body text: no selector, but the text model still
 *   places the item on the page, so it is found all the same;
 * - the page changed text under the item while it was being analysed (a live counter inside a
 *   quote): the item is looked up in the current body text by its words and their context.
 */
function itemAnchors(doc: Document, items: readonly Item[], articleText: ArticleText): Record<string, ItemAnchor> {
  const body = BodyText.of(doc);
  const anchors = anchorItems(body, items, articleText);
  for (const item of items) {
    const anchor = anchors[item.id];
    if (!anchor || anchor.found || anchor.selector !== null || item.in === 'title') continue;
    if (itemRanges(item, articleText).length > 0) {
      anchor.found = true;
      continue;
    }
    const span = anchorSpan(body.text, [describeQuote(articleText.text, { start: item.start, end: item.end })]);
    if (span) anchors[item.id] = { found: true, selector: describeSpan(body.text, span) };
  }
  return anchors;
}

/** The merged entries of the page and their ranges. */
export function pageEntries(doc: Document, run: EngineRun, saved: SavedAnalysis | null): PageEntries {
  const body = BodyText.of(doc);
  const { result, articleText } = run;
  const key = recordKey(result.url, result.canonicalUrl) ?? result.url;
  const toArticle = articleText ? (span: TextSpan) => articleSpan(body, articleText, span) : undefined;
  const merged = mergeAnalysis({ fresh: run, saved, bodyText: body.text, key, toArticle });
  const painted: PaintedItem[] = [];
  for (const item of merged.result.items) {
    const anchor = merged.anchors[item.id];
    const ranges = entryRanges(doc, body, run, merged.placements[item.id], anchor);
    // Painted means on the page, also where body-text selectors cannot point (text in a shadow tree).
    if (anchor) anchor.found = ranges.length > 0;
    if (ranges.length) painted.push({ id: item.id, kind: item.kind, ranges });
  }
  painted.sort((a, b) => (a.kind === b.kind ? 0 : a.kind === 'quote' ? -1 : 1));
  return { merged, painted };
}

/**
 * The live ranges of an entry: an engine item's own ranges from the text model (one per segment
 * of an interrupted quote), else one range from its selectors over `body`.
 */
export function entryRanges(doc: Document, body: BodyText, run: EngineRun, placement: Placement | undefined, anchor: ItemAnchor | undefined): Range[] {
  if (!placement) return [];
  if ('freshId' in placement) {
    const item = run.items.get(placement.freshId);
    const ranges = item && run.articleText ? itemRanges(item, run.articleText) : [];
    if (ranges.length && !ranges.some(isDetached)) return ranges;
  }
  const range = anchor?.selector ? anchorRange(doc, body, anchor.selector) : null;
  return range ? [range] : [];
}

/** The live ranges of an engine item: one per segment of an interrupted quote. */
export function itemRanges(item: Item, articleText: ArticleText): Range[] {
  if (item.in === 'title') return [];
  const parts = item.segments?.length ? item.segments : [[item.start, item.end] as [number, number]];
  const ranges: Range[] = [];
  for (const [start, end] of parts) {
    const range = articleText.toRange(start, end);
    if (range && !range.collapsed) ranges.push(range);
  }
  return ranges;
}

export function isDetached(range: Range): boolean {
  return range.collapsed || !range.startContainer.isConnected || !range.endContainer.isConnected;
}

/** Article-text offsets of a body-text span, when both ends lie in the article. */
export function articleSpan(body: BodyText, articleText: ArticleText, span: TextSpan): TextSpan | null {
  const from = body.pointAt(span.start, 'start');
  const to = body.pointAt(span.end, 'end');
  const start = from && articleText.fromDom(from.node, from.offset);
  const end = to && articleText.fromDom(to.node, to.offset);
  return start != null && end != null && end > start ? { start, end } : null;
}

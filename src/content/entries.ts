/**
 * The entries SayWho shows on a page: the engine's fresh run merged with the page's saved
 * analysis (see core/corrections/merge.ts for the rules), and the live Ranges that paint them.
 *
 * On a long article every step here touches thousands of items, so each offers a pause (the
 * time-sliced yielder) between items: the page never waits on one long task. The body text is
 * walked once per analysis and reused until the page changes.
 */
import type { ArticleText } from '../core/article';
import { anchorItemsSliced, anchorRange, anchorSpan, BodyText, describeQuote, describeSpan, type ItemAnchor, type TextSpan } from '../core/anchoring';
import { mergeAnalysisSliced, type Merged, type Placement, type SavedAnalysis } from '../core/corrections';
import { neverYield, type AnalysisResult, type Item, type Yielder } from '../core/types';
import { recordKey } from '../shared/storage/keys';
import type { PaintedItem } from './painter';

/** One engine run on the page, before any merging. */
export interface EngineRun {
  result: AnalysisResult;
  articleText: ArticleText | null;
  /** The engine items' selectors over the body text (recomputed when the page's text changed). */
  anchors: Record<string, ItemAnchor>;
  items: Map<string, Item>;
  analysedAt: string;
  /** The body text the selectors were taken over. */
  body: BodyText;
  /** Set when the DOM changed since `body` was read: its nodes may be gone (its text may be the same). */
  bodyStale: boolean;
}

export interface PageEntries {
  merged: Merged;
  /** Quotes first: hit tests then name the quote, not the claim around it. */
  painted: PaintedItem[];
}

export async function engineRun(doc: Document, result: AnalysisResult, articleText: ArticleText | null, analysedAt: Date, pause: Yielder = neverYield): Promise<EngineRun> {
  const body = await BodyText.ofSliced(doc, pause);
  const anchors = articleText ? await itemAnchors(body, result.items, articleText, pause) : {};
  return { result, articleText, anchors, items: new Map(result.items.map((item) => [item.id, item])), analysedAt: analysedAt.toISOString(), body, bodyStale: false };
}

/**
 * Makes the run's selectors fit the page as it is now. When the page's text is still the same
 * (the DOM moved, an ad came and went around the article) the selectors still hold and only the
 * node map is read again; otherwise they are taken again, and items the text model lost keep
 * their last good selectors. Returns whether the selectors changed.
 */
export async function refreshAnchors(doc: Document, run: EngineRun, pause: Yielder = neverYield): Promise<boolean> {
  if (!run.bodyStale) return false;
  // Cleared before the read: a change while it runs marks the body stale again.
  run.bodyStale = false;
  const before = run.body.text;
  // In slices: on a 50k-word page one walk of the body held the page for 40 ms (Firefox), at
  // every opening of the popup once the page had changed anything.
  run.body = await BodyText.ofSliced(doc, pause);
  if (run.body.text === before) return false;
  if (!run.articleText) return true;
  const anchors = await itemAnchors(run.body, run.result.items, run.articleText, pause);
  for (const [id, anchor] of Object.entries(anchors)) {
    if (!anchor.found && run.anchors[id]?.found) anchors[id] = run.anchors[id]!;
  }
  run.anchors = anchors;
  return true;
}

/**
 * Selectors over the body text for each item. Two cases the text model alone misses:
 * - text in a shadow tree is not part of the body text: no selector, but the text model still
 *   places the item on the page, so it is found all the same;
 * - the page changed text under the item while it was being analysed (a live counter inside a
 *   quote): the item is looked up in the current body text by its words and their context.
 */
async function itemAnchors(body: BodyText, items: readonly Item[], articleText: ArticleText, pause: Yielder): Promise<Record<string, ItemAnchor>> {
  const anchors = await anchorItemsSliced(body, items, articleText, pause);
  for (const item of items) {
    const anchor = anchors[item.id];
    if (!anchor || anchor.found || anchor.selector !== null || item.in === 'title') continue;
    if (itemRanges(item, articleText).length > 0) {
      anchor.found = true;
      continue;
    }
    const span = anchorSpan(body.text, [describeQuote(articleText.text, { start: item.start, end: item.end })]);
    if (span) anchors[item.id] = { found: true, selector: describeSpan(body.text, span) };
    const waiting = pause();
    if (waiting) await waiting;
  }
  return anchors;
}

/** The merged entries of the page and their ranges (the run's body text must be current). */
export async function pageEntries(doc: Document, run: EngineRun, saved: SavedAnalysis | null, pause: Yielder = neverYield): Promise<PageEntries> {
  const { result, articleText, body } = run;
  const key = recordKey(result.url, result.canonicalUrl) ?? result.url;
  const toArticle = articleText ? (span: TextSpan) => articleSpan(body, articleText, span) : undefined;
  const merged = await mergeAnalysisSliced({ fresh: run, saved, bodyText: body.text, key, toArticle }, pause);
  const painted: PaintedItem[] = [];
  for (const item of merged.result.items) {
    const anchor = merged.anchors[item.id];
    const ranges = entryRanges(doc, body, run, merged.placements[item.id], anchor);
    // Painted means on the page, also where body-text selectors cannot point (text in a shadow tree).
    if (anchor) anchor.found = ranges.length > 0;
    if (ranges.length) painted.push({ id: item.id, kind: item.kind, ranges });
    const waiting = pause();
    if (waiting) await waiting;
  }
  return { merged, painted: painted.sort(quotesFirst) };
}

/**
 * What a fresh run paints, from the text model alone (quotes first, as {@link pageEntries} orders
 * them): without saved entries the merge keeps every engine item and its id, so these are the
 * entries it will paint.
 */
export async function freshPainted(items: readonly Item[], articleText: ArticleText, pause: Yielder = neverYield): Promise<PaintedItem[]> {
  const painted: PaintedItem[] = [];
  for (const item of items) {
    const ranges = itemRanges(item, articleText);
    if (ranges.length) painted.push({ id: item.id, kind: item.kind, ranges });
    const waiting = pause();
    if (waiting) await waiting;
  }
  return painted.sort(quotesFirst);
}

/** Quotes before claims, each in text order (a stable sort): hit tests then name the quote, not the claim around it. */
function quotesFirst(a: PaintedItem, b: PaintedItem): number {
  return a.kind === b.kind ? 0 : a.kind === 'quote' ? -1 : 1;
}

/** True when two paintings show the same entries, as the same kinds, in the same order. */
export function samePainting(a: readonly PaintedItem[], b: readonly PaintedItem[]): boolean {
  return a.length === b.length && a.every((item, i) => item.id === b[i]!.id && item.kind === b[i]!.kind && item.ranges.length === b[i]!.ranges.length);
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

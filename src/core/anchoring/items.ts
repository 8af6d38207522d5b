/** Selectors for every item of an analysis, over the page's body text. */
import type { Item, Yielder } from '../types';
import { describeSpan } from './anchor';
import type { BodyText } from './body-text';
import type { ItemAnchor } from './types';

/** The part of the article text model this needs: where an article offset lies in the DOM. */
export interface ArticleDomMap {
  toDom(offset: number, affinity?: 'start' | 'end'): { node: Node; offset: number } | null;
}

/**
 * Maps each item's article-text offsets to the DOM and from there to body-text offsets.
 * Headline items (`in: "title"`) and items the DOM no longer holds come back `found: false`.
 */
export function anchorItems(body: BodyText, items: readonly Item[], article: ArticleDomMap): Record<string, ItemAnchor> {
  const anchors: Record<string, ItemAnchor> = {};
  for (const item of items) anchors[item.id] = anchorItem(body, item, article);
  return anchors;
}

/**
 * The same, offering `pause` a break after every item: thousands of items on a long page would
 * otherwise hold the page's main thread for a long task.
 */
export async function anchorItemsSliced(body: BodyText, items: readonly Item[], article: ArticleDomMap, pause: Yielder): Promise<Record<string, ItemAnchor>> {
  const anchors: Record<string, ItemAnchor> = {};
  for (const item of items) {
    anchors[item.id] = anchorItem(body, item, article);
    const waiting = pause();
    if (waiting) await waiting;
  }
  return anchors;
}

function anchorItem(body: BodyText, item: Item, article: ArticleDomMap): ItemAnchor {
  if (item.in === 'title') return { found: false, selector: null };
  const startPoint = article.toDom(item.start, 'start');
  const endPoint = article.toDom(item.end, 'end');
  const start = startPoint && body.offsetOf(startPoint.node, startPoint.offset);
  const end = endPoint && body.offsetOf(endPoint.node, endPoint.offset);
  if (start == null || end == null || end <= start) return { found: false, selector: null };
  return { found: true, selector: describeSpan(body.text, { start, end }) };
}

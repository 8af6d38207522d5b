// PLACEHOLDER (being replaced by the article-detection work): the interface the rest of the engine uses.
import type { PageMetadata } from '../types';

/** The element holding the article, and a test for the parts inside it that are not article text. */
export interface ArticleRoot {
  root: Element;
  /** True for elements inside `root` that are not article text (captions, share bars, related links…). */
  isExcluded(element: Element): boolean;
}

/** Article text with a two-way map between its offsets and the DOM. */
export interface ArticleText {
  /** Block-aware text: blocks joined by "\n\n", <br> as "\n", whitespace collapsed as rendered. */
  text: string;
  /** Where a text offset lies in the DOM. `affinity` picks the side at a node boundary. */
  toDom(offset: number, affinity?: 'start' | 'end'): { node: Text; offset: number } | null;
  /** A live Range for [start, end) of `text`, or null when the DOM no longer holds it. */
  toRange(start: number, end: number): Range | null;
  /** The text offset of a DOM position, or null when it lies outside the article text. */
  fromDom(node: Node, offset: number): number | null;
}

export function findArticle(doc: Document): ArticleRoot | null {
  const root = doc.querySelector('article') ?? doc.body;
  return root ? { root, isExcluded: () => false } : null;
}

export function readMetadata(doc: Document, url: string): PageMetadata {
  let domain = '';
  try { domain = new URL(url).hostname; } catch { /* not a URL */ }
  return { title: doc.title, byline: null, published: null, outlet: { name: domain, domain }, canonicalUrl: null };
}

export function buildArticleText(article: ArticleRoot): ArticleText {
  const text = (article.root.textContent ?? '').replace(/\s+/g, ' ').trim();
  return { text, toDom: () => null, toRange: () => null, fromDom: () => null };
}

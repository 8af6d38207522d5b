/**
 * The page half of the engine (metadata, article, text model) around a given text half. It does
 * not import the attribution itself: the content script passes one that runs in the background,
 * so the page's script carries and compiles only the DOM half; `analyze.ts` passes the local one.
 */
import { buildArticleTextSliced, findArticleSliced, readMetadata, rendersText, type ArticleText } from './article';
import type { AnalysisResult, Attribution, Yielder } from './types';
import { neverYield } from './types';

export interface AnalyzeOptions {
  /** Hands the main thread back between chunks of work (the content script passes a time-sliced one). */
  yielder?: Yielder;
  /** Skip quotes and claims: article detection and metadata only (`saywho article`). */
  articleOnly?: boolean;
}

/** The analysis plus the live text model the content script needs to paint highlights. */
export interface PageAnalysis {
  result: AnalysisResult;
  /** Null when the page has no article. */
  articleText: ArticleText | null;
}

/** Quotes, claims and speakers of an article text (the engine's `attribute`, here or elsewhere). */
export type Attribute = (text: string, options: { title: string; yielder: Yielder }) => Promise<Attribution>;

/** Runs the whole pipeline on a document, with `attribute` as the text half, and keeps the DOM map for highlighting. */
export async function analyzePageWith(attribute: Attribute, doc: Document, url: string, options: AnalyzeOptions = {}): Promise<PageAnalysis> {
  const yielder = options.yielder ?? neverYield;
  const meta = readMetadata(doc, url);
  const base: AnalysisResult = {
    url,
    outlet: meta.outlet,
    title: meta.title,
    byline: meta.byline,
    published: meta.published,
    canonicalUrl: meta.canonicalUrl,
    article: { text: '' },
    speakers: [],
    items: [],
  };
  // rendersText also looks into open shadow roots: a page may hold its whole text in web components.
  if (!doc.body || !rendersText(doc.body)) return { result: { ...base, reason: 'empty-page' }, articleText: null };
  // Each stage offers the main thread back between slices of its work (a no-op in Node).
  const found = await findArticleSliced(doc, yielder);
  if (!found) return { result: { ...base, reason: 'no-article' }, articleText: null };
  const articleText = await buildArticleTextSliced(found, yielder);
  const result: AnalysisResult = { ...base, article: { text: articleText.text } };
  if (!articleText.text.trim()) return { result: { ...result, reason: 'no-article' }, articleText: null };
  if (options.articleOnly) return { result, articleText };
  const wait = yielder();
  if (wait) await wait;
  const { items, speakers } = await attribute(articleText.text, { title: meta.title, yielder });
  return { result: { ...result, items, speakers }, articleText };
}

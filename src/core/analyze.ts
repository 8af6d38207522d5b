import { buildArticleTextSliced, findArticleSliced, readMetadata, rendersText, type ArticleText } from './article';
import { attribute } from './attribution';
import type { AnalysisResult, Yielder } from './types';
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

/** Runs the whole pipeline on a document and keeps the DOM map for highlighting. */
export async function analyzePage(doc: Document, url: string, options: AnalyzeOptions = {}): Promise<PageAnalysis> {
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

/** The engine's one entry: who said what in this document. */
export async function analyze(doc: Document, url: string, options: AnalyzeOptions = {}): Promise<AnalysisResult> {
  return (await analyzePage(doc, url, options)).result;
}

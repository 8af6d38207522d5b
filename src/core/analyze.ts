import { attribute } from './attribution';
import type { AnalysisResult } from './types';
import { analyzePageWith, type AnalyzeOptions, type PageAnalysis } from './page-analysis';

export type { AnalyzeOptions, PageAnalysis } from './page-analysis';

/** Runs the whole pipeline on a document and keeps the DOM map for highlighting. */
export function analyzePage(doc: Document, url: string, options: AnalyzeOptions = {}): Promise<PageAnalysis> {
  return analyzePageWith(attribute, doc, url, options);
}

/** The engine's one entry: who said what in this document. */
export async function analyze(doc: Document, url: string, options: AnalyzeOptions = {}): Promise<AnalysisResult> {
  return (await analyzePage(doc, url, options)).result;
}

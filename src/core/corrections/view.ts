/**
 * A saved analysis on its own, without its page (the history page, exports of a saved page): its
 * entries with the reader's corrections applied, each with its saved selectors, none "found"
 * (there is no page to look at).
 */
import type { ItemAnchor } from '../anchoring/types';
import type { AnalysisResult } from '../types';
import { mergeAnalysis } from './merge';
import type { SavedAnalysis } from './types';

export function viewOfRecord(record: SavedAnalysis): { result: AnalysisResult; anchors: Record<string, ItemAnchor> } {
  // Merged with an engine run that found nothing, every saved entry is kept as it was saved.
  const empty: AnalysisResult = {
    url: record.url,
    outlet: record.outlet,
    title: record.title,
    byline: record.byline,
    published: record.published,
    canonicalUrl: record.canonicalUrl,
    article: { text: '' },
    speakers: [],
    items: [],
    reason: 'no-article',
  };
  const { result, anchors } = mergeAnalysis({ fresh: { result: empty, anchors: {}, analysedAt: record.analysedAt }, saved: record, bodyText: '', key: record.key });
  const { reason: _reason, ...saved } = result;
  return { result: saved, anchors };
}

/** What every export reads: the analysis and, when the page was open, where each item sits on it. */
import type { ItemAnchor } from '../anchoring/types';
import type { AnalysisResult, Item, Speaker } from '../types';

export interface ExportInput {
  result: AnalysisResult;
  /** W3C selectors by item id (from the content script, or the CLI's own DOM). */
  anchors?: Record<string, ItemAnchor>;
}

export function speakerOf(result: AnalysisResult, item: Item): Speaker | null {
  return item.speakerId ? (result.speakers.find((speaker) => speaker.id === item.speakerId) ?? null) : null;
}

/** "2024-03-12" from an ISO date-time; other date strings as the page gave them. */
export function displayDate(published: string | null): string {
  if (!published) return '';
  const iso = /^(\d{4}-\d{2}-\d{2})(?:[T ]|$)/.exec(published);
  return iso ? iso[1]! : published;
}

/** The address to cite: the page's canonical URL when it declares one. */
export function citeUrl(result: AnalysisResult): string {
  return result.canonicalUrl || result.url;
}

export function outletName(result: AnalysisResult): string {
  return result.outlet.name || result.outlet.domain;
}

export const KIND_NAMES = { quote: 'Quote', claim: 'Attributed claim' } as const;

/**
 * Saved analyses as the history page shows them: each record with the reader's corrections
 * applied (the same view the popup and the exports give), plus what searching and filtering read.
 */
import { viewOfRecord, type SavedAnalysis } from '../core/corrections';
import type { ItemKind, Speaker } from '../core/types';
import { foldForSearch } from '../popup/state';

export interface HistoryEntry {
  id: string;
  kind: ItemKind;
  text: string;
  speaker: Speaker | null;
  note: string | null;
  corrected: boolean;
}

export interface HistoryArticle {
  key: string;
  url: string;
  title: string;
  /** The outlet's name, else its domain. */
  outlet: string;
  domain: string;
  /** As the page gave it (ISO 8601 when it could be read). */
  published: string | null;
  /**
   * The day the date filter uses (YYYY-MM-DD): the article's own date when the page gives one,
   * else the local day it was analysed.
   */
  day: string;
  analysedAt: string;
  updatedAt: string;
  /** The entries as shown (deleted ones left out, corrections applied), in article order. */
  entries: HistoryEntry[];
  counts: Record<ItemKind, number>;
  record: SavedAnalysis;
  /** Folded text the search box looks in: title, outlet, speakers, entries, notes. */
  haystack: string;
}

export function toHistoryArticle(record: SavedAnalysis): HistoryArticle {
  const { result } = viewOfRecord(record);
  const speakers = new Map(result.speakers.map((speaker) => [speaker.id, speaker]));
  const entries: HistoryEntry[] = [...result.items]
    .sort((a, b) => Number(b.in === 'title') - Number(a.in === 'title') || a.start - b.start)
    .map((item) => ({
      id: item.id,
      kind: item.kind,
      text: item.text,
      speaker: (item.speakerId && speakers.get(item.speakerId)) || null,
      note: item.note ?? null,
      corrected: item.corrected === true,
    }));
  const counts = { quote: 0, claim: 0 };
  for (const entry of entries) counts[entry.kind]++;
  const outlet = record.outlet.name || record.outlet.domain;
  const haystack = foldForSearch(
    [record.title, outlet, record.outlet.domain, record.byline ?? '', ...entries.flatMap((entry) => [entry.text, entry.speaker?.name ?? '', entry.speaker?.role ?? '', entry.note ?? ''])].join('\n'),
  );
  return {
    key: record.key,
    url: record.canonicalUrl || record.url,
    title: record.title,
    outlet,
    domain: record.outlet.domain,
    published: record.published,
    day: articleDay(record.published, record.analysedAt),
    analysedAt: record.analysedAt,
    updatedAt: record.updatedAt,
    entries,
    counts,
    record,
    haystack,
  };
}

/** The article's own date (YYYY-MM-DD) when the page gives one, else the local day of `analysedAt`. */
export function articleDay(published: string | null, analysedAt: string): string {
  const own = published ? /^(\d{4}-\d{2}-\d{2})(?:[T ]|$)/.exec(published)?.[1] : undefined;
  if (own) return own;
  const at = new Date(analysedAt);
  if (Number.isNaN(at.getTime())) return analysedAt.slice(0, 10);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
}

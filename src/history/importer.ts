/** Writing an import into the store: each record added, or merged with the stored one of its page. */
import type { SavedAnalysis } from '../core/corrections';
import type { AnalysisStore } from '../shared/storage';
import { mergeRecords } from './merge';

export interface ImportReport {
  added: number;
  merged: number;
  unchanged: number;
  /** Records that could not be written, with why. */
  failed: Array<{ title: string; reason: string }>;
}

export async function importRecords(store: AnalysisStore, records: readonly SavedAnalysis[]): Promise<ImportReport> {
  const report: ImportReport = { added: 0, merged: 0, unchanged: 0, failed: [] };
  for (const incoming of records) {
    const title = incoming.title || incoming.url;
    const stored = await store.load(incoming.key);
    let record = incoming;
    let outcome: 'added' | 'merged' = 'added';
    if (stored.status === 'found') {
      const merge = mergeRecords(stored.record, incoming);
      if (!merge.changed) {
        report.unchanged++;
        continue;
      }
      record = merge.record;
      outcome = 'merged';
    } else if (stored.status === 'newer') {
      report.failed.push({ title, reason: 'this page was saved by a newer version of SayWho' });
      continue;
    } else if (stored.status === 'failed') {
      report.failed.push({ title, reason: stored.message });
      continue;
    }
    // 'unreadable': the damaged copy was set aside by the store; the imported one takes its place.
    const saved = await store.save(record);
    if (saved.status === 'saved') report[outcome]++;
    else if (saved.status === 'unchanged' || saved.status === 'stale') report.unchanged++;
    else report.failed.push({ title, reason: saved.status === 'quota' ? 'storage is full' : saved.status === 'newer' ? 'saved by a newer version of SayWho' : saved.message });
  }
  return report;
}

/** What the page says after an import. */
export function importSummary(report: ImportReport): string {
  const parts: string[] = [];
  if (report.added) parts.push(`${report.added} new ${report.added === 1 ? 'article' : 'articles'}`);
  if (report.merged) parts.push(`${report.merged} merged with ${report.merged === 1 ? 'the saved copy' : 'saved copies'}`);
  if (report.unchanged) parts.push(`${report.unchanged} already saved`);
  let text = parts.length ? `Imported: ${parts.join(', ')}.` : 'The file holds no articles; nothing changed.';
  if (report.failed.length) text += ` Not imported: ${report.failed.map((failure) => `“${failure.title}” (${failure.reason})`).join('; ')}.`;
  return text;
}

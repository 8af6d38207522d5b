/**
 * "Export all": every saved article in one file. JSON is the history archive (archive.ts), which
 * import reads back; CSV and Markdown reuse the one-page exports (core/export) over each saved
 * article with the reader's corrections applied.
 */
import { viewOfRecord, type SavedAnalysis } from '../core/corrections';
import { CSV_COLUMNS, csvCell, toCsv, toMarkdown, type ExportFile } from '../core/export';
import { makeArchive } from './archive';

export type HistoryExportFormat = 'json' | 'csv' | 'md';

export function exportHistory(format: HistoryExportFormat, records: readonly SavedAnalysis[], exportedAt: Date = new Date()): ExportFile {
  const day = exportedAt.toISOString().slice(0, 10);
  switch (format) {
    case 'json':
      return { fileName: `saywho-history-${day}.json`, mimeType: 'application/json', text: makeArchive(records, exportedAt) };
    case 'csv':
      return { fileName: `saywho-history-${day}.csv`, mimeType: 'text/csv;charset=utf-8', text: historyCsv(records) };
    case 'md':
      return { fileName: `saywho-history-${day}.md`, mimeType: 'text/markdown;charset=utf-8', text: historyMarkdown(records, exportedAt) };
  }
}

/** One header, then every article's rows (the columns name the article on each row). */
export function historyCsv(records: readonly SavedAnalysis[]): string {
  const header = `${CSV_COLUMNS.map(csvCell).join(',')}\r\n`;
  const rows = records.map((record) => toCsv({ result: viewOfRecord(record).result }).slice(header.length));
  return header + rows.join('');
}

/** A title, then each article as the one-page export writes it, one heading level down. */
export function historyMarkdown(records: readonly SavedAnalysis[], exportedAt: Date): string {
  const parts = [`# SayWho: saved articles`, '', `_${records.length} ${records.length === 1 ? 'article' : 'articles'}, exported on ${exportedAt.toISOString().slice(0, 10)}._`, ''];
  for (const record of records) {
    const page = toMarkdown({ result: viewOfRecord(record).result }, exportedAt);
    // The one-page footer (a rule and the "exported with" line) is written once, at the end.
    const body = page.slice(0, page.lastIndexOf('\n---\n'));
    parts.push(body.replace(/^(#+) /gm, '#$1 ').trimEnd(), '');
  }
  parts.push('---', '', `_Exported with SayWho on ${exportedAt.toISOString().slice(0, 10)}. Highlights mark quoted speech and attributed claims; they say nothing about whether a claim is true._`, '');
  return parts.join('\n');
}

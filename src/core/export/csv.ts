/**
 * CSV export, RFC 4180: comma-separated, CRLF line ends, fields with a quote, comma or line break
 * quoted with inner quotes doubled. Page text that starts like a spreadsheet formula is prefixed
 * with an apostrophe, so opening the file cannot run it (OWASP "CSV injection").
 */
import { citeUrl, displayDate, outletName, speakerOf, type ExportInput } from './input';
import { wellFormed } from './well-formed';

/** `corrected`: "true" when the reader corrected the entry or marked it; `note`: the reader's note. */
export const CSV_COLUMNS = ['kind', 'text', 'speaker', 'role', 'speaker kind', 'outlet', 'title', 'url', 'published', 'cue', 'source', 'corrected', 'note'] as const;

const FORMULA_START = /^[=+\-@\t\r]/;

/** One CSV field: neutralised against formulas, then quoted when RFC 4180 requires it. */
export function csvCell(value: string): string {
  let cell = wellFormed(value);
  if (FORMULA_START.test(cell)) cell = `'${cell}`;
  return /[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

export function toCsv({ result }: ExportInput): string {
  const rows: string[][] = [[...CSV_COLUMNS]];
  for (const item of result.items) {
    const speaker = speakerOf(result, item);
    rows.push([
      item.kind,
      item.text,
      speaker?.name ?? '',
      speaker?.role ?? '',
      speaker?.kind ?? '',
      outletName(result),
      result.title,
      citeUrl(result),
      displayDate(result.published),
      item.cue?.text ?? '',
      item.source?.text ?? '',
      item.corrected ? 'true' : 'false',
      item.note ?? '',
    ]);
  }
  return rows.map((row) => `${row.map(csvCell).join(',')}\r\n`).join('');
}

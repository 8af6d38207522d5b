/** Dates and counts as the history page writes them. */
import { formatDate } from '../popup/state';

export { formatDate };

/** "12 Mar 2024, 14:05" in the reader's locale. */
export function formatMoment(iso: string, locale?: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

export function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** "3 entries (2 quotes, 1 claim)". */
export function entryCounts(counts: { quote: number; claim: number }): string {
  const total = counts.quote + counts.claim;
  return `${plural(total, 'entry', 'entries')} (${plural(counts.quote, 'quote', 'quotes')}, ${plural(counts.claim, 'claim', 'claims')})`;
}

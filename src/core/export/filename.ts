/** Export file names: `saywho-<slug>-<date>.<ext>`, safe on every file system. */
import type { AnalysisResult } from '../types';
import { displayDate } from './input';

const MAX_SLUG = 50;

/** Lowercase ASCII words joined by dashes ("Ünïcode – Title!" → "unicode-title"). */
export function slugify(text: string): string {
  const words = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .match(/[a-z0-9]+/g);
  let slug = '';
  for (const word of words ?? []) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > MAX_SLUG) return slug || word.slice(0, MAX_SLUG);
    slug = next;
  }
  return slug;
}

/** The article's date when it has one (YYYY-MM-DD), else the day of the export. */
export function exportFileName(result: AnalysisResult, extension: string, exportedAt: Date): string {
  const slug = slugify(result.title) || slugify(result.outlet.domain) || 'page';
  const published = displayDate(result.published);
  const date = /^\d{4}-\d{2}-\d{2}$/.test(published) ? published : exportedAt.toISOString().slice(0, 10);
  return `saywho-${slug}-${date}.${extension}`;
}

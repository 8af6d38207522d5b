/**
 * The history's own export file ("Export all, JSON") and the checks an import runs on a file
 * before anything is written: the saved records as stored (schema and all), so an export read
 * back gives the very same data.
 *
 * ```json
 * { "saywho": "history", "version": 1, "generator": "SayWho", "exportedAt": "…", "records": [ … ] }
 * ```
 * `version` is the file format's version; each record carries its own `schema` and is migrated
 * like a stored record when it is older (shared/storage/migrate.ts).
 */
import type { SavedAnalysis } from '../core/corrections';
import { stringifyWellFormed } from '../core/export';
import { CURRENT_SCHEMA, migrateRecord, recordKey, toStored } from '../shared/storage';

export const ARCHIVE_FORMAT = 'history';
export const ARCHIVE_VERSION = 1;
/** Larger files are refused before they are parsed (10 MB holds several hundred articles). */
export const MAX_ARCHIVE_CHARS = 50 * 1024 * 1024;
const MAX_RECORDS = 20_000;

export interface HistoryArchive {
  saywho: typeof ARCHIVE_FORMAT;
  version: number;
  generator: 'SayWho';
  exportedAt: string;
  records: unknown[];
}

export function makeArchive(records: readonly SavedAnalysis[], exportedAt: Date): string {
  const archive: HistoryArchive = { saywho: ARCHIVE_FORMAT, version: ARCHIVE_VERSION, generator: 'SayWho', exportedAt: exportedAt.toISOString(), records: records.map(toStored) };
  return `${stringifyWellFormed(archive)}\n`;
}

export type ReadArchive = { ok: true; records: SavedAnalysis[]; migrated: number } | { ok: false; message: string };

const NOT_OURS = 'This file is not a SayWho export, so nothing was imported. Choose a file made with “Export all: JSON” on this page.';

/** Checks a whole file; any problem refuses all of it (an import never half-happens because of the file). */
export function readArchive(text: string): ReadArchive {
  if (text.length > MAX_ARCHIVE_CHARS) return { ok: false, message: `This file is too large to be a SayWho export (over ${MAX_ARCHIVE_CHARS / 1024 / 1024} MB); nothing was imported.` };
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, message: NOT_OURS };
  }
  if (!isObject(value)) return { ok: false, message: NOT_OURS };
  if (value.saywho !== ARCHIVE_FORMAT) {
    if (value.generator === 'SayWho' && Array.isArray(value.items)) {
      return { ok: false, message: 'This is the export of a single page from the SayWho popup. Import reads the file made with “Export all: JSON” on this page; nothing was imported.' };
    }
    return { ok: false, message: NOT_OURS };
  }
  const version = value.version;
  if (typeof version !== 'number' || !Number.isSafeInteger(version) || version < 1) return { ok: false, message: NOT_OURS };
  if (version > ARCHIVE_VERSION) return { ok: false, message: newer(`export version ${version}`) };
  if (!Array.isArray(value.records)) return { ok: false, message: NOT_OURS };
  if (value.records.length > MAX_RECORDS) return { ok: false, message: `This file holds more than ${MAX_RECORDS} articles; nothing was imported.` };
  const records: SavedAnalysis[] = [];
  let migrated = 0;
  for (const [index, raw] of value.records.entries()) {
    const read = migrateRecord(raw);
    if (read.status === 'newer') return { ok: false, message: newer(`saved-article schema ${read.schema}; this version reads schema ${CURRENT_SCHEMA}`) };
    if (read.status === 'unreadable') return { ok: false, message: `Article ${index + 1} in this file is damaged (${read.problem}), so nothing was imported.` };
    const record = read.record;
    // A file could claim another page's key; a record must be stored under its own address.
    if (record.key !== recordKey(record.url, record.canonicalUrl)) return { ok: false, message: `Article ${index + 1} in this file is damaged (its key does not match its address), so nothing was imported.` };
    if (read.from !== CURRENT_SCHEMA) migrated++;
    records.push(record);
  }
  return { ok: true, records, migrated };
}

function newer(detail: string): string {
  return `This file was made by a newer version of SayWho (${detail}). Update SayWho to import it; nothing was imported.`;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

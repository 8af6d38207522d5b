/**
 * Migrations between stored schema versions, one step per version: `MIGRATIONS[n]` turns a
 * version-n value into a version n+1 value. A value is migrated step by step up to
 * {@link CURRENT_SCHEMA} and then checked; any failure on the way makes it unreadable (the store
 * sets it aside, it never guesses).
 */
import type { Correction, SavedAnalysis, SavedEntry } from '../../core/corrections/types';
import { recordKey } from './keys';
import { checkRecord, CURRENT_SCHEMA, schemaOf, type StoredRecordV1, type StoredRecordV2 } from './schema';
import { array, integer, object, ShapeError, string } from './shape';

type Migration = (value: unknown) => unknown;

export const MIGRATIONS: Record<number, Migration> = {
  1: v1ToV2,
};

export type Migrated =
  | { status: 'current'; record: SavedAnalysis; from: number }
  | { status: 'newer'; schema: number }
  | { status: 'unreadable'; problem: string };

/** Brings a stored value to the current schema and checks it. */
export function migrateRecord(value: unknown): Migrated {
  const from = schemaOf(value);
  if (from === null) return { status: 'unreadable', problem: 'no schema version' };
  if (from > CURRENT_SCHEMA) return { status: 'newer', schema: from };
  let current: unknown = value;
  try {
    for (let version = from; version < CURRENT_SCHEMA; version++) {
      const step = MIGRATIONS[version];
      if (!step) return { status: 'unreadable', problem: `no migration from schema ${version}` };
      current = step(current);
    }
    return { status: 'current', record: checkRecord(current), from };
  } catch (error) {
    return { status: 'unreadable', problem: error instanceof ShapeError ? error.message : `schema ${from}: ${String(error)}` };
  }
}

/**
 * Version 1 → 2. Version 1 wrote corrections over the engine's values, so for a corrected entry
 * the saved kind and speaker become the reader's correction (what the engine had said is lost and
 * the next engine run supplies it again). Notes, deletions and added entries carry over; the
 * outlet name gets its domain from the URL; the selectors become one pair.
 */
function v1ToV2(value: unknown): StoredRecordV2 {
  const v1 = object(value, 'record') as unknown as StoredRecordV1;
  const url = string(v1.url, 'url');
  const canonicalUrl = typeof v1.canonicalUrl === 'string' ? v1.canonicalUrl : null;
  const key = recordKey(url, canonicalUrl);
  if (!key) throw new ShapeError('url', 'not a page address');
  const at = new Date(integer(v1.analysedAt, 'analysedAt')).toISOString();
  const speakers = array(v1.speakers, 'speakers', 2000).map((speaker) => ({ ...(object(speaker, 'speaker') as unknown as StoredRecordV1['speakers'][number]), mentions: [] }));
  const nameOf = new Map(speakers.map((speaker) => [speaker.id, speaker.name]));
  const entries: SavedEntry[] = array(v1.entries, 'entries', 5000).map((raw, i) => {
    const entry = object(raw, `entries[${i}]`) as unknown as StoredRecordV1['entries'][number];
    const quote = entry.quote;
    // Version 1 could keep a quote without a position; an empty position makes anchoring use the quote.
    const position = entry.position ?? { type: 'TextPositionSelector' as const, start: 0, end: 0 };
    const migrated: SavedEntry = {
      id: entry.id,
      kind: entry.kind,
      text: entry.text,
      start: position.start,
      end: position.end,
      selectors: quote && entry.in !== 'title' ? [quote, position] : null,
      speakerId: entry.speakerId,
      cue: null,
      source: null,
    };
    if (entry.in === 'title') migrated.in = 'title';
    const correction: Correction = { at };
    if (entry.corrected) {
      correction.kind = entry.kind;
      correction.speaker = entry.speakerId === null ? null : (nameOf.get(entry.speakerId) ?? null);
    }
    if (typeof entry.note === 'string' && entry.note) correction.note = entry.note;
    if (entry.deleted) correction.deleted = true;
    if (entry.userAdded) correction.added = true;
    if (Object.keys(correction).length > 1) migrated.correction = correction;
    return migrated;
  });
  return {
    schema: 2,
    key,
    url,
    canonicalUrl,
    title: v1.title,
    outlet: { name: v1.outlet, domain: domainOf(url) },
    published: v1.published ?? null,
    byline: v1.byline ?? null,
    createdAt: at,
    analysedAt: at,
    updatedAt: at,
    revision: 0,
    speakers,
    entries,
  };
}

function domainOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}

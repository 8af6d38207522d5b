/**
 * The stored form of a saved analysis, version by version, and the check every record passes when
 * it is read back (storage is data from the past: another version, a bug, a disk error).
 *
 * Version 2 (current): a {@link SavedAnalysis} (src/core/corrections/types.ts) plus
 * `schema: 2`, one record per page under `saywho:analysis:<page key>`. Each entry keeps the
 * engine's view and, apart from it, the reader's `correction`.
 *
 * Version 1 (the first prototype's shape, never shipped; kept so the migration path is real and
 * tested): corrections were written over the engine's values (`kind`, `speakerId` held the
 * corrected values and `corrected: true` said so), selectors were two separate fields, the outlet
 * was a name and `analysedAt` a number of milliseconds. See migrate.ts.
 */
import type { ItemSelectors, TextPositionSelector, TextQuoteSelector } from '../../core/anchoring/types';
import type { Correction, SavedAnalysis, SavedEntry, SavedSpeaker } from '../../core/corrections/types';
import { MAX_NOTE, MAX_SPEAKER_NAME, RECORD_COUNT_LIMITS as COUNTS, RECORD_TEXT_LIMITS as LIMITS } from '../../core/corrections/types';
import type { ItemKind, SpeakerKind } from '../../core/types';
import { MAX_ADDRESS } from './keys';
import { array, integer, isoDate, nullableString, object, oneOf, ShapeError, string, type Obj } from './shape';

export const CURRENT_SCHEMA = 2;

export type StoredRecordV2 = SavedAnalysis & { schema: 2 };

export interface StoredRecordV1 {
  schema: 1;
  url: string;
  canonicalUrl?: string | null;
  title: string;
  outlet: string;
  published: string | null;
  byline: string | null;
  /** Milliseconds since 1970. */
  analysedAt: number;
  speakers: Array<{ id: string; name: string; role: string | null; kind: SpeakerKind }>;
  entries: Array<{
    id: string;
    kind: ItemKind;
    text: string;
    in?: 'title';
    quote: TextQuoteSelector | null;
    position: TextPositionSelector | null;
    speakerId: string | null;
    corrected?: boolean;
    note?: string;
    deleted?: boolean;
    userAdded?: boolean;
  }>;
}

const KINDS: readonly ItemKind[] = ['quote', 'claim'];
const SPEAKER_KINDS: readonly SpeakerKind[] = ['person', 'organization', 'unnamed', 'other'];
const MAX_ID = 200;

/** The schema version a stored value says it has, or null when it says none. */
export function schemaOf(value: unknown): number | null {
  const schema = (value as { schema?: unknown } | null)?.schema;
  return Number.isSafeInteger(schema) && (schema as number) > 0 ? (schema as number) : null;
}

/** Checks a current-version record; throws a ShapeError naming the first wrong field. */
export function checkRecord(value: unknown): SavedAnalysis {
  const record = object(value, 'record');
  if (record.schema !== undefined && record.schema !== CURRENT_SCHEMA) throw new ShapeError('record.schema', `not ${CURRENT_SCHEMA}`);
  const outlet = object(record.outlet, 'outlet');
  const speakers = array(record.speakers, 'speakers', COUNTS.speakers).map((speaker, i) => checkSpeaker(speaker, `speakers[${i}]`));
  const entries = array(record.entries, 'entries', COUNTS.entries).map((entry, i) => checkEntry(entry, `entries[${i}]`));
  const ids = new Set<string>();
  for (const [i, entry] of entries.entries()) {
    if (ids.has(entry.id)) throw new ShapeError(`entries[${i}].id`, 'used twice');
    ids.add(entry.id);
  }
  return {
    key: string(record.key, 'key', MAX_ADDRESS),
    url: string(record.url, 'url', MAX_ADDRESS),
    canonicalUrl: nullableString(record.canonicalUrl, 'canonicalUrl', MAX_ADDRESS),
    title: string(record.title, 'title', LIMITS.title),
    outlet: { name: string(outlet.name, 'outlet.name', LIMITS.outlet), domain: string(outlet.domain, 'outlet.domain', LIMITS.outlet) },
    published: nullableString(record.published, 'published', LIMITS.published),
    byline: nullableString(record.byline, 'byline', LIMITS.byline),
    createdAt: isoDate(record.createdAt, 'createdAt'),
    analysedAt: isoDate(record.analysedAt, 'analysedAt'),
    updatedAt: isoDate(record.updatedAt, 'updatedAt'),
    revision: integer(record.revision, 'revision'),
    speakers,
    entries,
  };
}

function checkSpeaker(value: unknown, path: string): SavedSpeaker {
  const speaker = object(value, path);
  return {
    id: string(speaker.id, `${path}.id`, MAX_ID),
    name: string(speaker.name, `${path}.name`, LIMITS.speaker),
    role: nullableString(speaker.role, `${path}.role`, LIMITS.speaker),
    kind: oneOf(speaker.kind, `${path}.kind`, SPEAKER_KINDS),
    mentions: array(speaker.mentions ?? [], `${path}.mentions`, COUNTS.mentions).map((mention, i) => string(mention, `${path}.mentions[${i}]`, LIMITS.speaker)),
  };
}

function checkEntry(value: unknown, path: string): SavedEntry {
  const entry = object(value, path);
  const checked: SavedEntry = {
    id: string(entry.id, `${path}.id`, MAX_ID),
    kind: oneOf(entry.kind, `${path}.kind`, KINDS),
    text: string(entry.text, `${path}.text`),
    start: integer(entry.start, `${path}.start`),
    end: integer(entry.end, `${path}.end`),
    selectors: entry.selectors === null ? null : checkSelectors(entry.selectors, `${path}.selectors`),
    speakerId: nullableString(entry.speakerId, `${path}.speakerId`, MAX_ID),
    cue: nullableString(entry.cue, `${path}.cue`, LIMITS.cue),
    source: nullableString(entry.source, `${path}.source`, LIMITS.source),
  };
  if (!checked.id) throw new ShapeError(`${path}.id`, 'empty');
  if (entry.in !== undefined) checked.in = oneOf(entry.in, `${path}.in`, ['title'] as const);
  if (entry.correction !== undefined) checked.correction = checkCorrection(entry.correction, `${path}.correction`);
  return checked;
}

export function checkSelectors(value: unknown, path: string): ItemSelectors {
  const list = array(value, path, 2);
  const quote = object(list[0], `${path}[0]`);
  const position = object(list[1], `${path}[1]`);
  if (quote.type !== 'TextQuoteSelector') throw new ShapeError(`${path}[0].type`, 'not TextQuoteSelector');
  if (position.type !== 'TextPositionSelector') throw new ShapeError(`${path}[1].type`, 'not TextPositionSelector');
  return [
    { type: 'TextQuoteSelector', exact: string(quote.exact, `${path}[0].exact`), prefix: string(quote.prefix, `${path}[0].prefix`, 1000), suffix: string(quote.suffix, `${path}[0].suffix`, 1000) },
    { type: 'TextPositionSelector', start: integer(position.start, `${path}[1].start`), end: integer(position.end, `${path}[1].end`) },
  ];
}

function checkCorrection(value: unknown, path: string): Correction {
  const correction: Obj = object(value, path);
  const checked: Correction = { at: isoDate(correction.at, `${path}.at`) };
  if (correction.kind !== undefined) checked.kind = oneOf(correction.kind, `${path}.kind`, KINDS);
  if (correction.speaker !== undefined) checked.speaker = nullableString(correction.speaker, `${path}.speaker`, MAX_SPEAKER_NAME);
  if (correction.note !== undefined) checked.note = string(correction.note, `${path}.note`, MAX_NOTE);
  if (correction.deleted !== undefined) {
    if (correction.deleted !== true) throw new ShapeError(`${path}.deleted`, 'not true');
    checked.deleted = true;
  }
  if (correction.added !== undefined) {
    if (correction.added !== true) throw new ShapeError(`${path}.added`, 'not true');
    checked.added = true;
  }
  return checked;
}

/** The record as stored (current version). */
export function toStored(record: SavedAnalysis): StoredRecordV2 {
  return { schema: CURRENT_SCHEMA, ...record };
}

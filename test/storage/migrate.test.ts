import { describe, expect, it } from 'vitest';
import { checkRecord, CURRENT_SCHEMA, migrateRecord, MIGRATIONS, toStored } from '../../src/shared/storage';
import { recordV1, savedRecord } from './records';

describe('migration v1 → v2', () => {
  const migrated = migrateRecord(recordV1());
  if (migrated.status !== 'current') throw new Error(`migration failed: ${JSON.stringify(migrated)}`);
  const record = migrated.record;
  const entry = (id: string) => record.entries.find((item) => item.id === id)!;

  it('has a step for every older version up to the current one', () => {
    for (let version = 1; version < CURRENT_SCHEMA; version++) expect(MIGRATIONS[version]).toBeTypeOf('function');
    expect(migrated.from).toBe(1);
  });

  it('keys the record by its normalised address and gives the outlet its domain', () => {
    expect(record.key).toBe('https://www.news.example.com/world/talks');
    expect(record.outlet).toEqual({ name: 'Example News', domain: 'news.example.com' });
    expect(record.analysedAt).toBe('2024-03-12T10:00:00.000Z');
    expect([record.createdAt, record.updatedAt, record.revision]).toEqual([record.analysedAt, record.analysedAt, 0]);
    expect(record.speakers.map((speaker) => speaker.mentions)).toEqual([[], []]);
  });

  it('joins the two selectors into one pair and keeps headline entries without selectors', () => {
    const q1 = entry('q1');
    expect(q1.selectors?.map((selector) => selector.type)).toEqual(['TextQuoteSelector', 'TextPositionSelector']);
    expect(q1.correction).toBeUndefined();
    expect(entry('h1').selectors).toBeNull();
    expect(entry('h1').in).toBe('title');
    // A quote without a position gets an empty one, so anchoring goes by the quote.
    expect(entry('c1').selectors?.[1]).toEqual({ type: 'TextPositionSelector', start: 0, end: 0 });
  });

  it('turns the values version 1 wrote over the engine’s into corrections', () => {
    expect(entry('c1').correction).toEqual({ kind: 'quote', speaker: 'Maria Zakharova', note: 'Zakharova, not an official', at: record.analysedAt });
    expect(entry('h1').correction).toEqual({ deleted: true, at: record.analysedAt });
    expect(entry('u1').correction).toEqual({ added: true, at: record.analysedAt });
  });

  it('produces a record that passes the current checks and round-trips', () => {
    expect(checkRecord(toStored(record))).toEqual(record);
    expect(migrateRecord(toStored(record))).toEqual({ status: 'current', record, from: CURRENT_SCHEMA });
  });

  it('fails cleanly on a version-1 record that is not one', () => {
    expect(migrateRecord({ ...recordV1(), entries: 'none' })).toMatchObject({ status: 'unreadable', problem: expect.stringMatching(/entries/) });
    expect(migrateRecord({ ...recordV1(), url: 'mailto:x@y' })).toMatchObject({ status: 'unreadable', problem: expect.stringMatching(/url/) });
    expect(migrateRecord({ ...recordV1(), entries: [{ ...recordV1().entries[0], kind: 'joke' }] })).toMatchObject({ status: 'unreadable', problem: expect.stringMatching(/kind/) });
  });

  it('says when a value is newer or has no version', () => {
    expect(migrateRecord({ schema: 7 })).toEqual({ status: 'newer', schema: 7 });
    expect(migrateRecord(null)).toEqual({ status: 'unreadable', problem: 'no schema version' });
    expect(migrateRecord(toStored(savedRecord())).status).toBe('current');
  });
});

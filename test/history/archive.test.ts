import { describe, expect, it } from 'vitest';
import { makeArchive, readArchive } from '../../src/history/archive';
import { exportHistory } from '../../src/history/exports';
import { importRecords, importSummary } from '../../src/history/importer';
import { AnalysisStore, toStored } from '../../src/shared/storage';
import { FakeStorageArea } from '../storage/fake-area';
import { recordV1 } from '../storage/records';
import { savedRecord, secondRecord, undatedRecord } from './records';

const AT = new Date('2024-07-01T10:00:00Z');
const all = () => [savedRecord(), secondRecord(), undatedRecord()];

async function storeWith(records = all()) {
  const area = new FakeStorageArea();
  const store = new AnalysisStore(area);
  for (const record of records) expect((await store.save(record)).status).toBe('saved');
  return { area, store };
}

function failure(text: string): string {
  const read = readArchive(text);
  if (read.ok) throw new Error('expected the file to be refused');
  return read.message;
}

describe('the history archive (Export all: JSON)', () => {
  it('round trip loses nothing: export all → clear → import → the same saved data', async () => {
    const { area, store } = await storeWith();
    const before = structuredClone(Object.fromEntries(area.data));
    const listed = (await store.list()).records;
    const file = exportHistory('json', listed, AT);
    expect(file.fileName).toBe('saywho-history-2024-07-01.json');
    await store.clear();
    expect((await store.list()).records).toEqual([]);
    const read = readArchive(file.text);
    if (!read.ok) throw new Error(read.message);
    const report = await importRecords(store, read.records);
    expect(report).toEqual({ added: 3, merged: 0, unchanged: 0, failed: [] });
    // Everything as before, beside the note of when the reader cleared (store.deletedSince).
    const { 'saywho:cleared': cleared, ...after } = Object.fromEntries(area.data);
    expect(typeof cleared).toBe('string');
    expect(after).toEqual(before);
    expect((await store.list()).records).toEqual(listed);
  });

  it('importing the same file again changes nothing', async () => {
    const { area, store } = await storeWith();
    const read = readArchive(makeArchive((await store.list()).records, AT));
    if (!read.ok) throw new Error(read.message);
    const writes = area.writes;
    expect(await importRecords(store, read.records)).toEqual({ added: 0, merged: 0, unchanged: 3, failed: [] });
    expect(area.writes).toBe(writes);
  });

  it('is stored records as they are, with a format name and version', () => {
    const archive = JSON.parse(makeArchive([savedRecord()], AT));
    expect(archive).toEqual({ saywho: 'history', version: 1, generator: 'SayWho', exportedAt: AT.toISOString(), records: [toStored(savedRecord())] });
  });

  it('migrates records of an older schema in the file', () => {
    const read = readArchive(JSON.stringify({ saywho: 'history', version: 1, records: [recordV1()] }));
    expect(read.ok && read.migrated).toBe(1);
    expect(read.ok && read.records[0]!.entries.find((entry) => entry.id === 'c1')?.correction?.note).toBe('Zakharova, not an official');
  });

  it.each([
    ['not JSON', 'title,text\nTalks,We will'],
    ['another program’s JSON', JSON.stringify({ data: [1, 2, 3] })],
    ['a JSON list', JSON.stringify([toStored(savedRecord())])],
    ['a bad version', JSON.stringify({ saywho: 'history', version: 'one', records: [] })],
    ['records that are not a list', JSON.stringify({ saywho: 'history', version: 1, records: {} })],
  ])('refuses %s: not a SayWho export', (_what, text) => {
    expect(failure(text)).toMatch(/not a SayWho export, so nothing was imported/);
  });

  it('explains that a one-page popup export is not a history export', () => {
    expect(failure(JSON.stringify({ url: 'https://x.example/', items: [], speakers: [], generator: 'SayWho' }))).toMatch(/single page from the SayWho popup/);
  });

  it('refuses files from a newer SayWho, whether the file format or a record schema is newer', () => {
    expect(failure(JSON.stringify({ saywho: 'history', version: 2, records: [] }))).toMatch(/newer version of SayWho \(export version 2\)/);
    expect(failure(JSON.stringify({ saywho: 'history', version: 1, records: [toStored(savedRecord()), { ...toStored(secondRecord()), schema: 3 }] }))).toMatch(/newer version.*schema 3/);
  });

  it('refuses the whole file when one record is damaged, naming it', () => {
    const damaged = { ...toStored(secondRecord()), entries: 'none' };
    expect(failure(JSON.stringify({ saywho: 'history', version: 1, records: [toStored(savedRecord()), damaged] }))).toMatch(/Article 2 in this file is damaged \(entries: not a list\)/);
  });

  it('refuses a record that claims another page’s key', () => {
    const forged = { ...toStored(savedRecord()), key: 'https://bank.example/' };
    expect(failure(JSON.stringify({ saywho: 'history', version: 1, records: [forged] }))).toMatch(/key does not match its address/);
  });

  it('accepts a file saved with a byte-order mark', () => {
    expect(readArchive(`\uFEFF${makeArchive([savedRecord()], AT)}`).ok).toBe(true);
  });
});

describe('importRecords', () => {
  it('adds new pages and merges known ones without losing the stored corrections', async () => {
    const stored = savedRecord();
    const { store } = await storeWith([stored]);
    // The same page exported elsewhere: analysed later, its own note on the quote, no correction on the claim.
    const elsewhere = savedRecord({ analysedAt: '2024-04-01T10:00:00.000Z', updatedAt: '2024-04-01T10:00:00.000Z' });
    elsewhere.entries = elsewhere.entries.map((entry) => (entry.id === 'q1' ? { ...entry, correction: { note: 'Checked the video.', at: '2024-04-01T10:00:00.000Z' } } : { ...entry, correction: undefined })).map(({ correction, ...entry }) => (correction ? { ...entry, correction } : entry));
    const report = await importRecords(store, [elsewhere, secondRecord()]);
    expect(report).toEqual({ added: 1, merged: 1, unchanged: 0, failed: [] });
    expect(importSummary(report)).toBe('Imported: 1 new article, 1 merged with the saved copy.');
    const loaded = await store.load(stored.key);
    if (loaded.status !== 'found') throw new Error(loaded.status);
    const byId = Object.fromEntries(loaded.record.entries.map((entry) => [entry.id, entry.correction]));
    expect(byId.c1).toEqual(stored.entries[1]!.correction);
    expect(byId.q1).toEqual({ note: 'Checked the video.', at: '2024-04-01T10:00:00.000Z' });
    expect(loaded.record.revision).toBe(1);
  });

  it('reports pages it could not write and goes on with the others', async () => {
    const area = new FakeStorageArea(3000);
    const store = new AnalysisStore(area);
    const report = await importRecords(store, [savedRecord(), secondRecord(), undatedRecord()]);
    expect(report.added).toBeGreaterThanOrEqual(1);
    expect(report.failed.length).toBeGreaterThanOrEqual(1);
    expect(report.failed[0]!.reason).toBe('storage is full');
    expect(importSummary(report)).toMatch(/Not imported: “.+” \(storage is full\)/);
  });

  it('never overwrites a page saved by a newer version', async () => {
    const area = new FakeStorageArea();
    const store = new AnalysisStore(area);
    const newer = { ...toStored(savedRecord()), schema: 9 };
    area.plant(`saywho:analysis:${savedRecord().key}`, newer);
    const report = await importRecords(store, [savedRecord()]);
    expect(report.failed).toEqual([{ title: 'Talks stall', reason: 'this page was saved by a newer version of SayWho' }]);
    expect(area.data.get(`saywho:analysis:${savedRecord().key}`)).toEqual(newer);
  });
});

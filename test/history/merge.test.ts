import { describe, expect, it } from 'vitest';
import type { SavedAnalysis, SavedEntry } from '../../src/core/corrections';
import { mergeRecords } from '../../src/history/merge';
import { checkRecord } from '../../src/shared/storage';
import { savedRecord } from './records';

const later = (record: SavedAnalysis, at: string): SavedAnalysis => ({ ...record, analysedAt: at, updatedAt: at });
const entry = (record: SavedAnalysis, id: string) => record.entries.find((candidate) => candidate.id === id);

describe('mergeRecords', () => {
  it('a copy merged with itself, or with an older copy it holds, changes nothing', () => {
    const record = savedRecord();
    expect(mergeRecords(record, structuredClone(record))).toEqual({ record, changed: false });
    const older = { ...savedRecord(), revision: 0, entries: savedRecord().entries.map(({ correction: _c, ...rest }) => rest as SavedEntry) };
    const current = { ...savedRecord(), revision: 4 };
    expect(mergeRecords(current, older).changed).toBe(false);
  });

  it('keeps the later correction of the same entry', () => {
    const stored = savedRecord();
    const imported = savedRecord();
    imported.entries[1] = { ...imported.entries[1]!, correction: { speaker: 'Maria Zakharova', at: '2024-03-13T00:00:00.000Z' } };
    const { record, changed } = mergeRecords(stored, imported);
    expect(changed).toBe(true);
    expect(entry(record, 'c1')?.correction).toEqual({ speaker: 'Maria Zakharova', at: '2024-03-13T00:00:00.000Z' });
    // The other way round, the stored (later) correction stays.
    expect(entry(mergeRecords(imported, stored).record, 'c1')?.correction?.speaker).toBe('Maria Zakharova');
  });

  it('the copy analysed last supplies page details and engine entries; the other copy’s corrected entries are kept', () => {
    const stored = savedRecord();
    const imported = later(savedRecord({ title: 'Talks stall (updated)' }), '2024-04-01T00:00:00.000Z');
    // The newer engine run no longer reports the claim; the stored copy had a correction on it.
    imported.entries = [imported.entries[0]!];
    const { record } = mergeRecords(stored, imported);
    expect(record.title).toBe('Talks stall (updated)');
    expect(record.analysedAt).toBe('2024-04-01T00:00:00.000Z');
    expect(record.createdAt).toBe(stored.createdAt);
    expect(record.entries.map((e) => e.id)).toEqual(['q1', 'c1']);
    expect(entry(record, 'c1')?.correction).toEqual(stored.entries[1]!.correction);
    expect(() => checkRecord(record)).not.toThrow();
  });

  it('drops the older copy’s untouched engine entries (the later run wins where the reader said nothing)', () => {
    const stored = savedRecord();
    const imported = later(savedRecord(), '2024-04-01T00:00:00.000Z');
    imported.entries = [imported.entries[1]!];
    const { record } = mergeRecords(stored, imported);
    expect(record.entries.map((e) => e.id)).toEqual(['c1']);
  });

  it('keeps entries each copy added itself, under free ids, with their speakers matched by name', () => {
    const stored = savedRecord();
    const imported = savedRecord({ speakers: [{ id: 's1', name: 'Maria Zakharova', role: null, kind: 'person', mentions: [] }] });
    const mine: SavedEntry = { ...stored.entries[0]!, id: 'u1', text: 'Talks stall', speakerId: null, correction: { added: true, at: '2024-03-12T11:00:00.000Z' } };
    const theirs: SavedEntry = { ...stored.entries[0]!, id: 'u1', text: 'A senior official said', speakerId: 's1', correction: { added: true, at: '2024-03-12T12:00:00.000Z' } };
    stored.entries.push(mine);
    imported.entries = [...imported.entries.map((e) => ({ ...e, speakerId: null })), theirs];
    const { record } = mergeRecords(stored, imported);
    expect(record.entries.map((e) => [e.id, e.text])).toEqual([
      ['q1', 'We will not accept this,'],
      ['c1', 'the talks had stalled'],
      ['u1', 'Talks stall'],
      ['u1-2', 'A senior official said'],
    ]);
    const added = entry(record, 'u1-2')!;
    expect(record.speakers.find((speaker) => speaker.id === added.speakerId)?.name).toBe('Maria Zakharova');
    expect(() => checkRecord(record)).not.toThrow();
  });

  it('gives the merge a revision above both copies', () => {
    const stored = { ...savedRecord(), revision: 3 };
    const imported = { ...savedRecord(), revision: 7 };
    imported.entries[0] = { ...imported.entries[0]!, correction: { note: 'n', at: '2024-03-20T00:00:00.000Z' } };
    expect(mergeRecords(stored, imported).record.revision).toBe(8);
  });

  it('refuses to merge two different pages', () => {
    expect(() => mergeRecords(savedRecord(), savedRecord({ key: 'https://elsewhere.example/' }))).toThrow(/same page/);
  });
});

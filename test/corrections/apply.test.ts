import { describe, expect, it } from 'vitest';
import { applyChange, cleanNote, isCorrected, MAX_NOTE, RECORD_COUNT_LIMITS, type Correction, type SavedAnalysis } from '../../src/core/corrections';
import { savedRecord } from '../storage/records';

const NOW = new Date('2024-04-01T12:00:00Z');
const AT = NOW.toISOString();

function change(record: SavedAnalysis, ...args: Parameters<typeof applyChange> extends [SavedAnalysis, infer C, Date] ? [C] : never) {
  const applied = applyChange(record, args[0], NOW);
  if (!applied) throw new Error('change refused');
  return applied;
}

describe('applying a correction', () => {
  it('sets the speaker by name, keeping the engine’s speaker apart; an empty name clears it', () => {
    const { record, itemId } = change(savedRecord(), { type: 'speaker', itemId: 'q1', name: '  Maria   Zakharova ' });
    const q1 = record.entries.find((entry) => entry.id === 'q1')!;
    expect(itemId).toBe('q1');
    expect(q1.speakerId).toBe('s1');
    expect(q1.correction).toEqual({ speaker: 'Maria Zakharova', at: AT });
    expect([record.revision, record.updatedAt]).toEqual([1, AT]);
    const cleared = change(record, { type: 'speaker', itemId: 'q1', name: '   ' }).record;
    expect(cleared.entries[0]!.correction).toEqual({ speaker: null, at: AT });
    expect(cleared.revision).toBe(2);
  });

  it('switches the kind and keeps earlier corrections of the entry', () => {
    const { record } = change(savedRecord(), { type: 'kind', itemId: 'c1', kind: 'quote' });
    expect(record.entries[1]!.correction).toEqual({ speaker: 'a senior official', note: 'Who is this?', kind: 'quote', at: AT });
    expect(record.entries[1]!.kind).toBe('claim');
  });

  it('adds, edits and removes a note', () => {
    let { record } = change(savedRecord(), { type: 'note', itemId: 'q1', note: '  Said   twice,\n\n\n  see the video. ' });
    expect(record.entries[0]!.correction?.note).toBe('Said twice,\nsee the video.');
    record = change(record, { type: 'note', itemId: 'q1', note: '' }).record;
    expect(record.entries[0]!.correction).toEqual({ at: AT });
    expect(isCorrected(record.entries[0]!.correction)).toBe(false);
    expect(cleanNote('x'.repeat(MAX_NOTE + 50))).toHaveLength(MAX_NOTE);
  });

  it('deletes an entry by marking it, and refuses further changes to it', () => {
    const { record } = change(savedRecord(), { type: 'delete', itemId: 'q1' });
    expect(record.entries).toHaveLength(2);
    expect(record.entries[0]!.correction).toEqual({ deleted: true, at: AT });
    expect(applyChange(record, { type: 'note', itemId: 'q1', note: 'x' }, NOW)).toBeNull();
    expect(applyChange(record, { type: 'kind', itemId: 'nope', kind: 'quote' }, NOW)).toBeNull();
  });

  it('adds entries the reader marked, with fresh ids that are never reused', () => {
    const base = savedRecord();
    const selectors = base.entries[0]!.selectors!;
    const first = change(base, { type: 'add', entry: { kind: 'quote', text: 'Lavrov said', selectors, start: 40, end: 51 } });
    expect(first.itemId).toBe('u1');
    const added = first.record.entries.at(-1)!;
    expect(added).toMatchObject({ id: 'u1', kind: 'quote', text: 'Lavrov said', speakerId: null, correction: { added: true, at: AT } });
    expect(isCorrected(added.correction)).toBe(true);
    const second = change(first.record, { type: 'add', entry: { kind: 'claim', text: 'x', selectors, start: 0, end: 1 } });
    expect(second.itemId).toBe('u2');
    expect(applyChange(base, { type: 'add', entry: { kind: 'claim', text: '   ', selectors, start: 0, end: 0 } }, NOW)).toBeNull();
  });

  it('adds none when storage could not keep every entry the reader touched', () => {
    const base = savedRecord();
    const selectors = base.entries[0]!.selectors!;
    const add = { type: 'add', entry: { kind: 'quote', text: 'Lavrov said', selectors, start: 40, end: 51 } } as const;
    const many = (correction: Correction | undefined): SavedAnalysis => ({ ...base, entries: Array.from({ length: RECORD_COUNT_LIMITS.entries }, (_, i) => ({ ...base.entries[0]!, id: `e${i}`, correction })) });
    expect(applyChange(many({ added: true, at: AT }), add, NOW)).toBeNull();
    // The engine's own entries make room when the record is stored.
    expect(applyChange(many(undefined), add, NOW)).not.toBeNull();
  });

  it('never changes the record it was given', () => {
    const base = savedRecord();
    const copy = structuredClone(base);
    change(base, { type: 'speaker', itemId: 'q1', name: 'X' });
    change(base, { type: 'delete', itemId: 'c1' });
    expect(base).toEqual(copy);
  });
});

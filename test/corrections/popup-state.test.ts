import { describe, expect, it } from 'vitest';
import { groupEntries, initialState, knownSpeakerNames, missingEntries, phaseOf, reduce, visibleCount } from '../../src/popup/state';
import type { TabAnalysis } from '../../src/shared/messages';
import { fakeResult } from '../export/fixtures';

const found = { q1: true, c1: false, c2: true, q2: true, h1: false };
const ready = (extra: Partial<TabAnalysis & { status: 'ready' }> = {}): TabAnalysis => ({ status: 'ready', result: fakeResult(), found, elapsedMs: 1, ...extra });

describe('entries not found on the page', () => {
  it('are grouped apart from the speakers; headline entries stay with their speaker', () => {
    const result = fakeResult();
    const groups = groupEntries(result, 'all', '', found);
    const listed = groups.flatMap((group) => group.items.map((item) => item.id));
    expect(listed).not.toContain('c1');
    expect(listed).toContain('h1');
    expect(missingEntries(result, found, 'all', '').map(({ item, speaker }) => [item.id, speaker?.name])).toEqual([['c1', 'a senior official']]);
    expect(visibleCount(groups) + 1).toBe(result.items.length);
    // Filters and search apply to them too.
    expect(missingEntries(result, found, 'quote', '')).toEqual([]);
    expect(missingEntries(result, found, 'all', 'stalled')).toHaveLength(1);
    // Without `found` (older callers) every entry is grouped by speaker.
    expect(visibleCount(groupEntries(result, 'all', ''))).toBe(result.items.length);
  });
});

describe('corrections in the popup state', () => {
  it('selects the entry the reader pointed at when the popup opens, not later', () => {
    const opened = reduce(initialState, { type: 'answer', answer: ready({ pointedItemId: 'c2' }) });
    expect(opened.selectedId).toBe('c2');
    const later = reduce({ ...opened, selectedId: 'q1' }, { type: 'corrected', answer: ready({ pointedItemId: 'c2' }) });
    expect(later.selectedId).toBe('q1');
  });

  it('takes a corrected analysis and its storage report, and ignores a failed correction', () => {
    const state = reduce(initialState, { type: 'answer', answer: ready() });
    const result = fakeResult();
    result.items[0] = { ...result.items[0]!, corrected: true, note: 'n' };
    const storage = { restored: true, saved: false, notices: [{ code: 'quota' as const, message: 'full' }] };
    const corrected = reduce({ ...state, filter: 'quote' }, { type: 'corrected', answer: ready({ result, storage }) });
    expect(corrected.result!.items[0]).toMatchObject({ corrected: true, note: 'n' });
    expect(corrected.storage).toEqual(storage);
    expect(corrected.filter).toBe('quote');
    expect(reduce(corrected, { type: 'corrected', answer: { status: 'error', message: 'gone' } })).toBe(corrected);
  });

  it('lists entries the reader marked on a page without an article', () => {
    expect(phaseOf(fakeResult({ reason: 'no-article' }))).toBe('ready');
    expect(phaseOf(fakeResult({ reason: 'no-article', items: [] }))).toBe('no-article');
  });

  it('offers the page’s speakers in the picker, once each', () => {
    const result = fakeResult();
    result.speakers.push({ ...result.speakers[0]!, id: 's9' });
    expect(knownSpeakerNames(result)).toEqual(['Sergei Lavrov', 'a senior official', 'Jane Smith']);
  });
});

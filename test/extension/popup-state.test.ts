import { describe, expect, it } from 'vitest';
import { tabIdFromQuery } from '../../src/popup/api';
import { countKinds, dateFormat, formatDate, groupEntries, initialState, matchesQuery, phaseOf, reduce, truncate, visibleCount, type PopupState } from '../../src/popup/state';
import type { TabAnalysis } from '../../src/shared/messages';
import { fakeResult, SPEAKERS } from '../export/fixtures';

const ready = (result = fakeResult()): TabAnalysis => ({ status: 'ready', result, found: {}, elapsedMs: 3 });
const ids = (state: { items: Array<{ id: string }> }) => state.items.map((item) => item.id);

describe('popup phases', () => {
  it('starts loading and shows the analysis when it arrives', () => {
    expect(initialState.phase).toBe('loading');
    const state = reduce(initialState, { type: 'answer', answer: ready() });
    expect(state.phase).toBe('ready');
    expect(state.result?.items).toHaveLength(5);
  });

  it('tells no article, nothing found, cannot read and errors apart', () => {
    expect(reduce(initialState, { type: 'answer', answer: ready(fakeResult({ items: [], reason: 'no-article' })) }).phase).toBe('no-article');
    expect(phaseOf(fakeResult({ items: [], reason: 'empty-page' }))).toBe('no-article');
    expect(reduce(initialState, { type: 'answer', answer: ready(fakeResult({ items: [] })) }).phase).toBe('nothing-found');
    const cannot = reduce(initialState, { type: 'answer', answer: { status: 'cannot-read', reason: 'pdf', detail: 'x' } });
    expect([cannot.phase, cannot.reason, cannot.detail]).toEqual(['cannot-read', 'pdf', 'x']);
    const error = reduce(initialState, { type: 'answer', answer: { status: 'error', message: 'boom' } });
    expect([error.phase, error.detail]).toEqual(['error', 'boom']);
    expect(reduce(initialState, { type: 'failed', message: 'no background' }).phase).toBe('error');
  });

  it('takes how saving went when told after the answer, not before it', () => {
    const report = { restored: false, saved: false, notices: [{ code: 'quota' as const, message: 'full' }] };
    expect(reduce(initialState, { type: 'storage', storage: report }), 'still loading: the answer will say').toBe(initialState);
    const shown = reduce(initialState, { type: 'answer', answer: { ...ready(), storage: { restored: false, saved: true, notices: [] } } as TabAnalysis });
    const told = reduce(shown, { type: 'storage', storage: report });
    expect(told.storage).toEqual(report);
    expect(told.result).toBe(shown.result);
  });

  it('keeps filter, search and selection', () => {
    let state: PopupState = reduce(initialState, { type: 'answer', answer: ready() });
    state = reduce(state, { type: 'filter', filter: 'claim' });
    state = reduce(state, { type: 'search', query: 'talks' });
    state = reduce(state, { type: 'select', itemId: 'c1' });
    expect([state.filter, state.query, state.selectedId]).toEqual(['claim', 'talks', 'c1']);
  });
});

describe('grouping by speaker', () => {
  it('puts the speaker with most entries first, ties by who spoke first, headline entries first', () => {
    const groups = groupEntries(fakeResult(), 'all', '');
    expect(groups.map((group) => group.key)).toEqual(['s1', 's3', 's2']);
    expect(ids(groups[0]!)).toEqual(['h1', 'q1']);
    expect(ids(groups[1]!)).toEqual(['c2', 'q2']);
    expect(groups[1]!.counts).toEqual({ quote: 1, claim: 1 });
    expect(visibleCount(groups)).toBe(5);
  });

  it('collects entries without a known speaker in a last group', () => {
    const result = fakeResult();
    result.items.find((item) => item.id === 'q1')!.speakerId = null;
    result.items.find((item) => item.id === 'c1')!.speakerId = 'no-such-speaker';
    const groups = groupEntries(result, 'all', '');
    expect(groups.at(-1)!.key).toBe('');
    expect(groups.at(-1)!.speaker).toBeNull();
    expect(ids(groups.at(-1)!)).toEqual(['q1', 'c1']);
  });

  it('filters by kind but keeps each speaker’s full counts', () => {
    const groups = groupEntries(fakeResult(), 'quote', '');
    expect(groups.flatMap(ids)).toEqual(['h1', 'q1', 'q2']);
    expect(groups.map((group) => group.key)).toEqual(['s1', 's3']);
    expect(groups[1]!.counts).toEqual({ quote: 1, claim: 1 });
    expect(groupEntries(fakeResult(), 'claim', '').flatMap(ids)).toEqual(['c2', 'c1']);
  });

  it('searches text, speaker names and roles, every word, ignoring case and accents', () => {
    expect(groupEntries(fakeResult(), 'all', 'lavrov').flatMap(ids)).toEqual(['h1', 'q1']);
    expect(groupEntries(fakeResult(), 'all', 'MAYOR joke').flatMap(ids)).toEqual(['c2', 'q2']);
    expect(groupEntries(fakeResult(), 'all', 'stalled').flatMap(ids)).toEqual(['c1']);
    expect(groupEntries(fakeResult(), 'all', 'nothing matches this').length).toBe(0);
    const jose = { ...SPEAKERS[0]!, name: 'José Núñez' };
    expect(matchesQuery(fakeResult().items[0]!, jose, 'jose nunez')).toBe(true);
  });
});

describe('small helpers', () => {
  it('count kinds', () => {
    expect(countKinds(fakeResult().items)).toEqual({ quote: 3, claim: 2 });
  });

  it('truncate long entries at a word boundary', () => {
    expect(truncate('short')).toEqual({ text: 'short', truncated: false });
    const long = 'word '.repeat(100).trim();
    const cut = truncate(long, 50);
    expect(cut.truncated).toBe(true);
    expect(cut.text).toMatch(/^(word ){8,9}word…$/);
    expect(cut.text.length).toBeLessThanOrEqual(51);
  });

  it('format dates for people, leaving unparseable ones alone', () => {
    expect(formatDate('2024-03-12', 'en-GB')).toBe('12 Mar 2024');
    expect(formatDate('2024-03-12T08:30:00Z', 'en-GB')).toMatch(/Mar 2024/);
    expect(formatDate('last Tuesday')).toBe('last Tuesday');
    expect(formatDate(null)).toBeNull();
  });

  it('make each date format once (a date-only value is shown in UTC, a timestamp in local time)', () => {
    expect(dateFormat('en-GB')).toBe(dateFormat('en-GB'));
    expect(dateFormat('en-GB', 'UTC')).not.toBe(dateFormat('en-GB'));
    expect(dateFormat('en-GB', 'UTC').resolvedOptions().timeZone).toBe('UTC');
    expect(formatDate('2024-03-12', 'en-GB')).toBe(dateFormat('en-GB', 'UTC').format(new Date('2024-03-12T12:00:00Z')));
  });

  it('read the target tab from ?tabId=N only when it is a plain number', () => {
    expect(tabIdFromQuery('?tabId=42')).toBe(42);
    expect(tabIdFromQuery('?tabId=-1')).toBeNull();
    expect(tabIdFromQuery('?tabId=4e2')).toBeNull();
    expect(tabIdFromQuery('')).toBeNull();
  });
});

/**
 * Opening the popup: the list the background kept for the tab is shown at once, the page's
 * answer replaces it, and a long list is drawn a part at a time. The kept list itself lives in
 * `storage.session` (here a fake one).
 */
import { describe, expect, it, vi } from 'vitest';
import { firstEntries, groupEntries, initialState, reduce, visibleCount } from '../../src/popup/state';
import type { TabAnalysis, TabView } from '../../src/shared/messages';
import { fakeResult } from '../export/fixtures';

const session = vi.hoisted(() => {
  const data = new Map<string, unknown>();
  const area = {
    data,
    full: false,
    get: async (key: string) => (data.has(key) ? { [key]: data.get(key) } : {}),
    set: async (values: Record<string, unknown>) => {
      if (area.full) throw new Error('QUOTA_BYTES quota exceeded');
      for (const [key, value] of Object.entries(values)) data.set(key, value);
    },
    remove: async (keys: string | string[]) => {
      for (const key of typeof keys === 'string' ? [keys] : keys) data.delete(key);
    },
  };
  (globalThis as unknown as { chrome: unknown }).chrome = { storage: { session: area, local: area } };
  return area;
});

const { forgetTabView, keepTabView, readTabView, viewKey } = await import('../../src/shared/tab-views');

const { article: _article, ...listed } = fakeResult();
const kept: TabView = { status: 'ready', result: listed, found: { q1: true, c1: false }, elapsedMs: 5 };
const answer = (extra: Partial<TabAnalysis & { status: 'ready' }> = {}): TabAnalysis => ({ ...kept, found: { q1: true, c1: true }, ...extra });

describe('the list kept for a tab', () => {
  it('is kept as text and read back as the same list', async () => {
    await keepTabView(3, { ...kept, storage: { restored: true, saved: true, notices: [] } });
    expect(typeof session.data.get(viewKey(3))).toBe('string');
    expect(await readTabView(3)).toEqual({ ...kept, storage: { restored: true, saved: true, notices: [] } });
    expect(await readTabView(4)).toBeNull();
    await forgetTabView(3);
    expect(await readTabView(3)).toBeNull();
  });

  it('is never read back when it is not a list', async () => {
    session.data.set(viewKey(5), '{"status":"ready"');
    expect(await readTabView(5)).toBeNull();
    session.data.set(viewKey(5), JSON.stringify({ ...kept, found: 'all' }));
    expect(await readTabView(5)).toBeNull();
  });

  it('gives way when the area is full: the older list is forgotten rather than shown out of date', async () => {
    await keepTabView(6, kept);
    session.full = true;
    await keepTabView(6, { ...kept, elapsedMs: 9 });
    session.full = false;
    expect(await readTabView(6)).toBeNull();
  });
});

describe('opening on a kept list', () => {
  it('shows the kept list at once, then the page’s answer in its place', () => {
    const opened = reduce(initialState, { type: 'kept', view: kept });
    expect([opened.phase, opened.source, opened.found.c1]).toEqual(['ready', 'kept', false]);
    const answered = reduce(opened, { type: 'answer', answer: answer({ pointedItemId: 'c1' }) });
    expect([answered.source, answered.found.c1, answered.selectedId]).toEqual(['page', true, 'c1']);
  });

  it('never lets a kept list replace what the page said', () => {
    const answered = reduce(initialState, { type: 'answer', answer: answer() });
    expect(reduce(answered, { type: 'kept', view: kept })).toBe(answered);
  });

  it('keeps a correction made before the page answered the opening', () => {
    const opened = reduce(initialState, { type: 'kept', view: kept });
    const result = { ...listed, items: listed.items.map((item) => (item.id === 'q1' ? { ...item, note: 'mine' } : item)) };
    const corrected = reduce(opened, { type: 'corrected', answer: answer({ result }) });
    const late = reduce(corrected, { type: 'answer', answer: answer() });
    expect(late).toBe(corrected);
    expect(late.result!.items.find((item) => item.id === 'q1')!.note).toBe('mine');
  });

  it('still says when the page cannot be read after all', () => {
    const opened = reduce(initialState, { type: 'kept', view: kept });
    expect(reduce(opened, { type: 'answer', answer: { status: 'error', message: 'gone' } }).phase).toBe('error');
  });
});

describe('a long list, a part at a time', () => {
  it('takes the first entries in listed order, keeping each speaker’s counts', () => {
    const groups = groupEntries(fakeResult(), 'all', '');
    const all = groups.flatMap((group) => group.items.map((item) => item.id));
    for (let limit = 0; limit <= all.length + 1; limit++) {
      const shown = firstEntries(groups, limit);
      expect(shown.flatMap((group) => group.items.map((item) => item.id))).toEqual(all.slice(0, limit));
      expect(shown.map((group) => group.counts)).toEqual(groups.slice(0, shown.length).map((group) => group.counts));
    }
    expect(visibleCount(firstEntries(groups, 2))).toBe(2);
    expect(firstEntries(groups, all.length)).toEqual(groups);
  });
});

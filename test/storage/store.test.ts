import { describe, expect, it } from 'vitest';
import { analysisKey, AnalysisStore, CURRENT_SCHEMA, META_KEY, QUARANTINE_PREFIX, type SavedAnalysis } from '../../src/shared/storage';
import { FakeStorageArea } from './fake-area';
import { recordV1, savedRecord } from './records';

const KEY = 'https://news.example.com/world/talks';
const NOW = new Date('2024-04-01T00:00:00Z');

function storeWith(area = new FakeStorageArea()) {
  return { area, store: new AnalysisStore(area, () => NOW) };
}

describe('saving and loading', () => {
  it('saves a record under its page key with the schema version and reads it back equal', async () => {
    const { area, store } = storeWith();
    expect(await store.save(savedRecord())).toEqual({ status: 'saved' });
    const stored = area.data.get(analysisKey(KEY)) as { schema: number };
    expect(stored.schema).toBe(CURRENT_SCHEMA);
    expect(await store.load(KEY)).toEqual({ status: 'found', record: savedRecord(), migratedFrom: null });
    expect(await store.load('https://news.example.com/other')).toEqual({ status: 'missing' });
  });

  it('does not write when nothing changed, and never lets an older revision overwrite a newer one', async () => {
    const { area, store } = storeWith();
    await store.save(savedRecord({ revision: 3 }));
    expect(await store.save(savedRecord({ revision: 3 }))).toEqual({ status: 'unchanged' });
    expect(await store.save(savedRecord({ revision: 2, title: 'Older' }))).toEqual({ status: 'stale' });
    expect(await store.save(savedRecord({ revision: 3, title: 'Same revision, new engine run' }))).toEqual({ status: 'saved' });
    expect(area.writes).toBe(2);
    const loaded = await store.load(KEY);
    expect(loaded.status === 'found' && loaded.record.title).toBe('Same revision, new engine run');
  });

  it('saves what storage holds of a page with more highlights than that: the reader’s entries all stay', async () => {
    const { store } = storeWith();
    const base = savedRecord();
    const entries = Array.from({ length: 5200 }, (_, i) => ({ ...base.entries[0]!, id: `e${i}`, ...(i === 5100 ? { correction: { note: 'late', at: NOW.toISOString() } } : {}) }));
    expect(await store.save({ ...base, entries })).toEqual({ status: 'saved' });
    const loaded = await store.load(KEY);
    const kept = loaded.status === 'found' ? loaded.record.entries : [];
    expect(kept).toHaveLength(5000);
    expect(kept.find((entry) => entry.id === 'e5100')?.correction?.note).toBe('late');
  });

  it('saves and finds a page whose address is long (a search or app page with a 10,000-character query)', async () => {
    const { store } = storeWith();
    const url = `https://news.example.com/search?q=${'talks+'.repeat(1700)}`;
    const record = savedRecord({ key: url, url, canonicalUrl: null });
    expect(await store.save(record)).toEqual({ status: 'saved' });
    expect(await store.load(url)).toEqual({ status: 'found', record, migratedFrom: null });
  });

  it('refuses to save a record that fails the checks, leaving the stored one', async () => {
    const { store } = storeWith();
    await store.save(savedRecord());
    const broken = { ...savedRecord({ revision: 5 }), entries: [{ id: 'q1' }] } as unknown as SavedAnalysis;
    const result = await store.save(broken);
    expect(result.status).toBe('failed');
    expect(result.status === 'failed' && result.message).toMatch(/entries\[0\]\.kind/);
    expect(await store.load(KEY)).toMatchObject({ status: 'found', record: { revision: 0 } });
  });

  it('moves the record when the page key changed (replaces) and lists records newest first', async () => {
    const { store } = storeWith();
    const old = savedRecord({ key: 'https://news.example.com/world/talks?id=1', canonicalUrl: null, url: 'https://news.example.com/world/talks?id=1' });
    await store.save(old);
    await store.save(savedRecord({ updatedAt: '2024-03-13T00:00:00.000Z' }), old.key);
    expect(await store.load(old.key)).toEqual({ status: 'missing' });
    const other = savedRecord({ key: 'https://news.example.com/b', url: 'https://news.example.com/b', canonicalUrl: null, updatedAt: '2024-03-14T00:00:00.000Z' });
    await store.save(other);
    const { records, skipped } = await store.list();
    expect(records.map((record) => record.key)).toEqual(['https://news.example.com/b', KEY]);
    expect(skipped).toEqual([]);
    await store.remove(KEY);
    expect((await store.list()).records.map((record) => record.key)).toEqual(['https://news.example.com/b']);
    await store.clear();
    expect((await store.list()).records).toEqual([]);
  });

  it('serialises writes to one page: the last correction wins whatever the timing', async () => {
    const { store } = storeWith();
    const results = await Promise.all([1, 2, 3].map((revision) => store.save(savedRecord({ revision, title: `rev ${revision}` }))));
    expect(results.every((result) => result.status === 'saved')).toBe(true);
    expect(await store.load(KEY)).toMatchObject({ record: { revision: 3, title: 'rev 3' } });
  });
});

describe('schema versions and migration', () => {
  it('migrates a version-1 record on read, writes it back, and reads it plainly the next time', async () => {
    const { area, store } = storeWith();
    const key = 'https://www.news.example.com/world/talks';
    area.plant(analysisKey(key), recordV1());
    const first = await store.load(key);
    expect(first.status).toBe('found');
    expect(first.status === 'found' && first.migratedFrom).toBe(1);
    expect((area.data.get(analysisKey(key)) as { schema: number }).schema).toBe(2);
    const second = await store.load(key);
    expect(second.status === 'found' && second.migratedFrom).toBeNull();
    expect(second.status === 'found' && second.record).toEqual(first.status === 'found' && first.record);
  });

  it('migrateAll brings every record to the current schema once, then skips the scan', async () => {
    const { area, store } = storeWith();
    const v1 = recordV1();
    area.plant(analysisKey('https://www.news.example.com/world/talks'), v1);
    area.plant(analysisKey('https://news.example.com/b'), { ...recordV1(), url: 'https://news.example.com/b' });
    area.plant(analysisKey(KEY), { schema: 2, ...savedRecord() });
    expect(await store.migrateAll()).toEqual({ migrated: 2, unreadable: 0 });
    expect(area.data.get(META_KEY)).toEqual({ schema: CURRENT_SCHEMA });
    for (const [key, value] of area.data) if (key.startsWith('saywho:analysis:')) expect((value as { schema: number }).schema).toBe(2);
    area.plant(analysisKey('https://news.example.com/c'), { ...recordV1(), url: 'https://news.example.com/c' });
    expect(await store.migrateAll()).toEqual({ migrated: 0, unreadable: 0 });
    // Reading still migrates what the skipped scan left.
    expect(await store.load('https://news.example.com/c')).toMatchObject({ status: 'found', migratedFrom: 1 });
  });

  it('leaves a record from a newer version alone and refuses to overwrite it', async () => {
    const { area, store } = storeWith();
    const future = { schema: 3, ...savedRecord(), somethingNew: [1, 2] };
    area.plant(analysisKey(KEY), future);
    expect(await store.load(KEY)).toEqual({ status: 'newer', schema: 3 });
    expect(await store.save(savedRecord({ revision: 9 }))).toEqual({ status: 'newer', schema: 3 });
    expect(area.data.get(analysisKey(KEY))).toEqual(future);
    expect((await store.list()).skipped).toEqual([{ key: KEY, problem: 'saved by a newer version (schema 3)' }]);
  });
});

describe('corrupt and foreign data', () => {
  const damaged: Array<[string, unknown, RegExp]> = [
    ['not an object', 'garbage', /no schema/],
    ['no schema', { ...savedRecord() }, /no schema/],
    ['a field of the wrong type', { schema: 2, ...savedRecord(), revision: 'two' }, /revision/],
    ['a bad selector', { schema: 2, ...savedRecord(), entries: [{ ...savedRecord().entries[0], selectors: [{ type: 'CssSelector' }, {}] }] }, /selectors\[0\]\.type/],
    ['a broken version-1 record', { schema: 1, url: 'not a url', entries: [] }, /url|analysedAt|speakers/],
    ['an unknown old version', { schema: 0.5 }, /no schema/],
  ];

  for (const [what, value, problem] of damaged) {
    it(`sets aside ${what}, keeps the rest`, async () => {
      const { area, store } = storeWith();
      await store.save(savedRecord({ key: 'https://news.example.com/b', url: 'https://news.example.com/b', canonicalUrl: null }));
      area.plant(analysisKey(KEY), value);
      const loaded = await store.load(KEY);
      expect(loaded.status).toBe('unreadable');
      expect(loaded.status === 'unreadable' && loaded.problem).toMatch(problem);
      expect(area.data.has(analysisKey(KEY))).toBe(false);
      const [held] = await store.quarantined();
      expect(held).toEqual({ from: analysisKey(KEY), problem: expect.stringMatching(problem), at: NOW.toISOString(), value });
      // The other record is untouched, and the page can be saved afresh.
      expect(await store.load('https://news.example.com/b')).toMatchObject({ status: 'found' });
      expect(await store.save(savedRecord())).toEqual({ status: 'saved' });
    });
  }

  it('does not take a record stored under another page’s key', async () => {
    const { area, store } = storeWith();
    area.plant(analysisKey('https://evil.example.org/'), { schema: 2, ...savedRecord() });
    expect(await store.load('https://evil.example.org/')).toEqual({ status: 'unreadable', problem: 'stored under another page' });
  });

  it('lists the readable records and names the skipped ones', async () => {
    const { area, store } = storeWith();
    await store.save(savedRecord());
    area.plant(analysisKey('https://news.example.com/x'), { schema: 2, title: 42 });
    area.plant('other-extension-key', { anything: true });
    const { records, skipped } = await store.list();
    expect(records.map((record) => record.key)).toEqual([KEY]);
    expect(skipped).toEqual([{ key: 'https://news.example.com/x', problem: expect.stringMatching(/^outlet/) }]);
    expect(area.data.get('other-extension-key')).toEqual({ anything: true });
  });

  it('reports a storage area that fails to read', async () => {
    const { area, store } = storeWith();
    area.failGet = new Error('IO error');
    expect(await store.load(KEY)).toEqual({ status: 'failed', message: 'IO error' });
  });
});

describe('a full quota', () => {
  it('reports the quota, keeps everything saved before, and saves once there is room', async () => {
    const area = new FakeStorageArea();
    const { store } = storeWith(area);
    expect(await store.save(savedRecord())).toEqual({ status: 'saved' });
    // Room for the record as it is, not for one 1,500 characters longer.
    area.QUOTA_BYTES = (await area.getBytesInUse()) + 1000;
    const before = structuredClone(area.data);
    const big = savedRecord({ revision: 1, byline: 'x'.repeat(1500) });
    expect(await store.save(big)).toEqual({ status: 'quota', message: 'QUOTA_BYTES quota exceeded' });
    expect(area.data).toEqual(before);
    expect(await store.load(KEY)).toMatchObject({ status: 'found', record: { revision: 0 } });
    area.QUOTA_BYTES += 1000;
    expect(await store.save(big)).toEqual({ status: 'saved' });
    expect((await store.usage()).bytes).toBeGreaterThan(1500);
  });

  it('tells a quota error from other write errors', async () => {
    const { area, store } = storeWith();
    const quota = new Error('The quota has been exceeded.');
    quota.name = 'QuotaExceededError';
    area.failSet = quota;
    expect((await store.save(savedRecord())).status).toBe('quota');
    area.failSet = new Error('disk on fire');
    expect(await store.save(savedRecord())).toEqual({ status: 'failed', message: 'disk on fire' });
  });

  it('leaves a damaged record in place when there is no room to set it aside', async () => {
    const area = new FakeStorageArea(400);
    const { store } = storeWith(area);
    area.plant(analysisKey(KEY), { schema: 2, title: 'x'.repeat(300) });
    expect((await store.load(KEY)).status).toBe('unreadable');
    expect(area.data.has(analysisKey(KEY))).toBe(true);
    expect(await store.quarantined()).toEqual([]);
  });
});

describe('the reader’s deletions', () => {
  it('note when a page’s analysis (history) or every one (settings) was deleted', async () => {
    const { area, store } = storeWith();
    const before = new Date(NOW.getTime() - 1000).toISOString();
    const after = new Date(NOW.getTime() + 1000).toISOString();
    await store.save(savedRecord());
    expect(await store.deletedSince(KEY, before)).toBe(false);
    await store.delete(KEY);
    expect((await store.load(KEY)).status).toBe('missing');
    expect(await store.deletedSince(KEY, before)).toBe(true);
    expect(await store.deletedSince(KEY, after), 'corrections made after the deletion are the reader’s new ones').toBe(false);
    expect(await store.deletedSince('https://news.example.com/other', before)).toBe(false);
    expect([...area.data.keys()].some((key) => key.includes('news.example.com')), 'the deleted address is not kept readable').toBe(false);
    await store.clear();
    expect(await store.deletedSince('https://news.example.com/other', before)).toBe(true);
    expect([...area.data.keys()].filter((key) => key.startsWith('saywho:deleted:')), 'clearing stands for every page’s mark').toEqual([]);
  });

  it('are forgotten at the browser’s start, and nothing else with them', async () => {
    const { area, store } = storeWith();
    const before = new Date(NOW.getTime() - 1000).toISOString();
    await store.save(savedRecord());
    await store.delete(KEY);
    await store.clear();
    await store.save(savedRecord());
    expect(await store.deletedSince(KEY, before)).toBe(true);
    await store.forgetDeletionMarks(new Date(NOW.getTime() + 1));
    expect(await store.deletedSince(KEY, before)).toBe(false);
    expect([...area.data.keys()].filter((key) => key.startsWith('saywho:deleted:') || key === 'saywho:cleared')).toEqual([]);
    expect((await store.load(KEY)).status, 'the saved analysis stays').toBe('found');
  });

  it('keep a mark made since the browser started', async () => {
    const { store } = storeWith();
    await store.save(savedRecord());
    await store.delete(KEY);
    await store.forgetDeletionMarks(NOW);
    expect(await store.deletedSince(KEY, new Date(NOW.getTime() - 1000).toISOString())).toBe(true);
  });
});

/**
 * The background's saving and restoring (src/background/saved-analyses.ts) against a fake
 * browser: `storage.local` is the fake area, tabs answer from a table, and the content script is
 * a function. Injection itself (inject.ts) is replaced: its job is tested end to end.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { analyseAndRestore, correctEntry, readAndRestore } from '../../src/background/saved-analyses';
import type { SavedAnalysis } from '../../src/core/corrections';
import type { TabAnalysis } from '../../src/shared/messages';
import { analysisKey } from '../../src/shared/storage';
import { FakeStorageArea } from './fake-area';
import { savedRecord } from './records';

const TAB = 7;
const KEY = 'https://news.example.com/world/talks';

interface FakeBrowser {
  area: FakeStorageArea;
  tab: { url?: string; incognito: boolean };
  /** What the content script answers to a request, given the saved analysis it was handed. */
  content: (message: { type: string; saved?: SavedAnalysis }) => TabAnalysis;
  requests: Array<{ type: string; saved?: SavedAnalysis }>;
}

// Hoisted above the imports: `ext` reads `globalThis.chrome` when it is first imported.
const fake = vi.hoisted(() => {
  const state = {
    area: null as unknown as FakeStorageArea,
    tab: { url: undefined as string | undefined, incognito: false },
    content: (() => ({ status: 'error', message: 'unset' })) as FakeBrowser['content'],
    requests: [] as FakeBrowser['requests'],
  };
  (globalThis as unknown as { chrome: unknown }).chrome = {
    storage: {
      get local() {
        return state.area;
      },
    },
    tabs: {
      get: async (id: number) => {
        if (id !== 7) throw new Error('no tab');
        return { id, ...state.tab };
      },
      sendMessage: async (_tabId: number, message: { type: string; saved?: SavedAnalysis }) => {
        state.requests.push(message);
        return state.content(message);
      },
    },
    runtime: { id: 'test', getURL: (path: string) => `chrome-extension://test/${path}` },
  };
  return state;
});
fake.area = new FakeStorageArea();

vi.mock('../../src/background/inject', () => ({
  analyseTab: async (_tabId: number, saved?: SavedAnalysis) => {
    const message = { type: 'getResult', ...(saved ? { saved } : {}) };
    fake.requests.push(message);
    return fake.content(message);
  },
}));


/** A content script that shows `record` merged with whatever saved analysis it is handed. */
function contentShowing(record: SavedAnalysis) {
  return (message: { saved?: SavedAnalysis }): TabAnalysis => {
    const shown = message.saved ? { ...record, revision: message.saved.revision, entries: message.saved.entries } : record;
    return { status: 'ready', result: { url: record.url, outlet: record.outlet, title: record.title, byline: null, published: null, speakers: [], items: [] }, found: {}, elapsedMs: 1, record: shown };
  };
}

beforeEach(() => {
  fake.area.data.clear();
  fake.area.QUOTA_BYTES = Number.POSITIVE_INFINITY;
  fake.requests = [];
  fake.tab = { url: KEY, incognito: false };
});

describe('reading a tab', () => {
  it('saves the first analysis and hands it back on the next visit', async () => {
    fake.content = contentShowing(savedRecord());
    const first = await analyseAndRestore(TAB);
    expect(first).toMatchObject({ status: 'ready', storage: { restored: false, saved: true, notices: [] } });
    expect(first).not.toHaveProperty('record');
    expect(fake.requests).toEqual([{ type: 'getResult' }]);
    expect(fake.area.data.has(analysisKey(KEY))).toBe(true);

    fake.requests = [];
    const second = await analyseAndRestore(TAB);
    expect(second).toMatchObject({ storage: { restored: true, saved: true } });
    expect(fake.requests).toEqual([{ type: 'getResult', saved: savedRecord() }]);
  });

  it('finds the analysis saved under the page’s canonical address in a second step', async () => {
    fake.area.plant(analysisKey(KEY), { schema: 2, ...savedRecord({ revision: 4 }) });
    fake.tab.url = `${KEY}?page=2`;
    fake.content = contentShowing(savedRecord({ url: `${KEY}?page=2` }));
    const answer = await analyseAndRestore(TAB);
    expect(fake.requests.map((request) => [request.type, request.saved?.revision])).toEqual([
      ['getResult', undefined],
      ['getResult', 4],
    ]);
    expect(answer).toMatchObject({ storage: { restored: true, saved: true } });
  });

  it('does not write a record that is not the tab’s page', async () => {
    const foreign = savedRecord({ key: 'https://bank.example.org/', url: 'https://bank.example.org/', canonicalUrl: null });
    fake.content = contentShowing(foreign);
    const answer = await analyseAndRestore(TAB);
    expect(answer).toMatchObject({ storage: { saved: false, notices: [{ code: 'failed' }] } });
    expect(fake.area.data.size).toBe(0);
  });

  it('never writes pages of private windows, and says so', async () => {
    fake.tab.incognito = true;
    fake.content = contentShowing(savedRecord());
    const answer = await analyseAndRestore(TAB);
    expect(answer).toMatchObject({ storage: { saved: false, notices: [{ code: 'private' }] } });
    expect(fake.area.data.size).toBe(0);
  });

  it('reports a full quota and a damaged saved record, once each', async () => {
    fake.area.plant(analysisKey(KEY), { schema: 2, title: 'torn' });
    fake.area.QUOTA_BYTES = 500;
    fake.content = contentShowing(savedRecord());
    const answer = await analyseAndRestore(TAB);
    expect(answer.status === 'ready' && answer.storage?.notices.map((notice) => notice.code)).toEqual(['unreadable', 'quota']);
    expect(answer.status === 'ready' && answer.storage?.notices[1]!.message).toMatch(/storage is full/);
  });

  it('answers before the record is written, and then says how writing went', async () => {
    fake.content = contentShowing(savedRecord());
    // A write that waits until released: the answer must not wait for it.
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    const set = fake.area.set.bind(fake.area);
    fake.area.set = async (items) => {
      await released;
      return set(items);
    };
    try {
      const { shown, settled } = await readAndRestore(TAB);
      expect(shown).toMatchObject({ status: 'ready', storage: { restored: false, saved: true, notices: [] } });
      expect(shown).not.toHaveProperty('record');
      expect(fake.area.data.has(analysisKey(KEY)), 'not written yet').toBe(false);
      release();
      expect(await settled).toEqual(shown);
      expect(fake.area.data.has(analysisKey(KEY))).toBe(true);
    } finally {
      fake.area.set = set;
    }
  });

  it('says only afterwards that a full storage kept the record from being written', async () => {
    fake.area.QUOTA_BYTES = 500;
    fake.content = contentShowing(savedRecord());
    const { shown, settled } = await readAndRestore(TAB);
    expect(shown).toMatchObject({ storage: { saved: true, notices: [] } });
    expect(await settled).toMatchObject({ storage: { saved: false, notices: [{ code: 'quota' }] } });
  });

  it('says at once what it knows before writing (a private window)', async () => {
    fake.tab.incognito = true;
    fake.content = contentShowing(savedRecord());
    const { shown, settled } = await readAndRestore(TAB);
    expect(shown).toMatchObject({ storage: { saved: false, notices: [{ code: 'private' }] } });
    expect(await settled).toEqual(shown);
  });

  it('passes on what the content script could not do', async () => {
    fake.content = () => ({ status: 'cannot-read', reason: 'pdf' });
    expect(await analyseAndRestore(TAB)).toEqual({ status: 'cannot-read', reason: 'pdf' });
  });
});

describe('corrections', () => {
  it('saves what the content script corrected', async () => {
    fake.content = contentShowing(savedRecord({ revision: 1, title: 'Corrected' }));
    const answer = await correctEntry(TAB, { type: 'delete', itemId: 'q1' });
    expect(fake.requests).toEqual([{ type: 'correct', edit: { type: 'delete', itemId: 'q1' } }]);
    expect(answer).toMatchObject({ status: 'ready', storage: { saved: true } });
    expect((fake.area.data.get(analysisKey(KEY)) as SavedAnalysis).title).toBe('Corrected');
  });

  it('says so when the page is gone', async () => {
    fake.content = () => {
      throw new Error('Could not establish connection. Receiving end does not exist.');
    };
    expect(await correctEntry(TAB, { type: 'delete', itemId: 'q1' })).toEqual({ status: 'error', message: expect.stringMatching(/did not answer/) });
  });
});

describe('a page whose saved analysis the reader deleted while it stayed open', () => {
  it('forgets the corrections it holds instead of saving them back', async () => {
    // The tab still holds the reader's note (revision 1, made at 10:05); the history's delete came later.
    const held = savedRecord({ revision: 1, updatedAt: '2024-03-12T10:05:00.000Z' });
    const fresh = savedRecord({ entries: savedRecord().entries.map(({ correction: _dropped, ...entry }) => entry) });
    fake.area.plant('saywho:cleared', '2024-03-12T11:00:00.000Z');
    const answering = contentShowing(held);
    fake.content = (message) => ((message as { forget?: boolean }).forget ? contentShowing(fresh)(message) : answering(message));
    const answer = await analyseAndRestore(TAB);
    expect(fake.requests.map((request) => (request as { forget?: boolean }).forget === true)).toEqual([false, true]);
    expect(answer).toMatchObject({ status: 'ready', storage: { saved: true } });
    const stored = JSON.stringify(fake.area.data.get(analysisKey(KEY)));
    expect(stored).not.toContain('Who is this?');
  });

  it('forgets them too when the page was saved afresh since (opened again in another tab), and not when the deletion was undone', async () => {
    const held = savedRecord({ revision: 2, updatedAt: '2024-03-12T10:05:00.000Z' });
    const fresh = savedRecord({ revision: 0, updatedAt: '2024-03-12T12:00:00.000Z', entries: savedRecord().entries.map(({ correction: _dropped, ...entry }) => entry) });
    fake.area.plant('saywho:cleared', '2024-03-12T11:00:00.000Z');
    for (const [stored, forgets] of [
      [fresh, true],
      [held, false],
    ] as const) {
      fake.requests = [];
      fake.area.plant(analysisKey(KEY), { schema: 2, ...stored });
      // The tab keeps its own record unless the saved one is newer (as the session does).
      fake.content = (message) => ((message as { forget?: boolean }).forget ? contentShowing(fresh)(message) : contentShowing(held)({}));
      await analyseAndRestore(TAB);
      expect(fake.requests.some((request) => (request as { forget?: boolean }).forget === true), `forget, with ${stored.revision === 0 ? 'a fresh record' : 'the undone one'} stored`).toBe(forgets);
    }
  });

  it('saves corrections made after the deletion', async () => {
    fake.area.plant('saywho:cleared', '2024-03-12T09:00:00.000Z');
    fake.content = contentShowing(savedRecord({ revision: 1, updatedAt: '2024-03-12T10:05:00.000Z' }));
    await analyseAndRestore(TAB);
    expect(fake.requests).toHaveLength(1);
    expect(JSON.stringify(fake.area.data.get(analysisKey(KEY)))).toContain('Who is this?');
  });
});


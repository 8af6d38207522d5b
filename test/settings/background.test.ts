/**
 * Automatic mode and the keyboard command in the background (src/background/auto-mode.ts,
 * commands.ts) against a fake browser: storage is the fake area, permissions a set, the scripting
 * API a table of registered scripts that refuses a duplicate id as browsers do.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { answerStart, AUTO_SCRIPT_ID, syncAutoMode } from '../../src/background/auto-mode';
import { onCommand } from '../../src/background/commands';
import { highlightCss, type Settings } from '../../src/shared/settings';
import { SETTINGS_KEY, toStored } from '../../src/shared/storage';
import { FakeStorageArea } from '../storage/fake-area';
import { savedRecord } from '../storage/records';

interface Script {
  id: string;
  matches: string[];
  js: string[];
  runAt?: string;
  persistAcrossSessions?: boolean;
}

const fake = vi.hoisted(() => {
  const state = {
    area: null as unknown as import('../storage/fake-area').FakeStorageArea,
    held: new Set<string>(),
    scripts: new Map<string, Script>(),
    calls: [] as string[],
    tabUrl: 'http://127.0.0.1:4000/news/story.html',
    badge: '',
    sent: [] as Array<{ tabId: number; message: { type: string } }>,
  };
  (globalThis as unknown as { chrome: unknown }).chrome = {
    storage: {
      get local() {
        return state.area;
      },
    },
    permissions: { contains: async ({ origins }: { origins: string[] }) => origins.every((origin) => state.held.has(origin)) },
    scripting: {
      getRegisteredContentScripts: async ({ ids }: { ids: string[] }) => ids.filter((id) => state.scripts.has(id)).map((id) => structuredClone(state.scripts.get(id)!)),
      registerContentScripts: async (scripts: Script[]) => {
        // Let another call interleave, as the real (asynchronous) API would.
        await new Promise((resolve) => setTimeout(resolve, 5));
        for (const script of scripts) {
          if (state.scripts.has(script.id)) throw new Error(`Duplicate script ID '${script.id}'`);
          state.scripts.set(script.id, structuredClone(script));
        }
        state.calls.push('register');
      },
      updateContentScripts: async (scripts: Script[]) => {
        for (const script of scripts) state.scripts.set(script.id, structuredClone(script));
        state.calls.push('update');
      },
      unregisterContentScripts: async ({ ids }: { ids: string[] }) => {
        for (const id of ids) state.scripts.delete(id);
        state.calls.push('unregister');
      },
      insertCSS: async ({ css }: { css: string }) => void state.calls.push(`insertCSS:${css.length}`),
      removeCSS: async () => void state.calls.push('removeCSS'),
    },
    tabs: {
      get: async (id: number) => ({ id, url: state.tabUrl, incognito: false }),
      query: async () => [{ id: 3 }],
      sendMessage: async (tabId: number, message: { type: string }) => {
        state.sent.push({ tabId, message });
        return { ok: true };
      },
    },
    action: {
      getBadgeText: async () => state.badge,
      setBadgeText: async ({ text }: { text: string }) => void (state.badge = text),
      setBadgeBackgroundColor: async () => undefined,
      setBadgeTextColor: async () => undefined,
      setTitle: async () => undefined,
    },
    runtime: { id: 'test', getURL: (path: string) => `chrome-extension://test/${path}` },
  };
  return state;
});

vi.mock('../../src/background/inject', () => ({ CONTENT_SCRIPT_PATH: '/src/content/content-script.js' }));
const analyse = vi.hoisted(() => ({ calls: 0 }));
vi.mock('../../src/background/saved-analyses', () => ({
  analyseAndRestore: async () => {
    analyse.calls++;
    return { status: 'ready', result: { items: [{}, {}, {}] }, anchors: {}, elapsedMs: 1 };
  },
}));

const settings = (patch: Partial<Settings> = {}): Settings => ({ schema: 1, kinds: { quote: true, claim: true }, style: 'classic', auto: { all: false, sites: [] }, ...patch });
const store = (value: Settings) => fake.area.set({ [SETTINGS_KEY]: value });

beforeEach(() => {
  fake.area = new FakeStorageArea();
  fake.held = new Set(['http://127.0.0.1/*']);
  fake.scripts.clear();
  fake.calls = [];
  fake.badge = '';
  fake.sent = [];
  fake.tabUrl = 'http://127.0.0.1:4000/news/story.html';
  analyse.calls = 0;
});

describe('syncAutoMode', () => {
  it('registers nothing while automatic mode is off (the default)', async () => {
    expect(await syncAutoMode()).toEqual({ registered: [], missing: [] });
    expect(fake.scripts.size).toBe(0);
    expect(fake.calls).toEqual([]);
  });

  it('registers the content script for the sites whose permission is held, across browser restarts', async () => {
    await store(settings({ auto: { all: false, sites: ['http://127.0.0.1', 'example.com'] } }));
    expect(await syncAutoMode()).toEqual({ registered: ['http://127.0.0.1/*'], missing: ['*://*.example.com/*'] });
    expect(fake.scripts.get(AUTO_SCRIPT_ID)).toEqual({ id: AUTO_SCRIPT_ID, matches: ['http://127.0.0.1/*'], js: ['src/content/content-script.js'], runAt: 'document_idle', allFrames: false, persistAcrossSessions: true });
  });

  it('follows a permission granted later, and updates the registration in place', async () => {
    await store(settings({ auto: { all: false, sites: ['http://127.0.0.1', 'example.com'] } }));
    await syncAutoMode();
    fake.held.add('*://*.example.com/*');
    expect(await syncAutoMode()).toEqual({ registered: ['http://127.0.0.1/*', '*://*.example.com/*'], missing: [] });
    expect(fake.calls).toEqual(['register', 'update']);
    expect(fake.scripts.get(AUTO_SCRIPT_ID)?.matches).toEqual(['http://127.0.0.1/*', '*://*.example.com/*']);
  });

  it('unregisters when automatic mode is turned off or its permission is taken back', async () => {
    await store(settings({ auto: { all: false, sites: ['http://127.0.0.1'] } }));
    await syncAutoMode();
    fake.held.clear();
    expect(await syncAutoMode()).toEqual({ registered: [], missing: ['http://127.0.0.1/*'] });
    expect(fake.scripts.size).toBe(0);
    fake.held.add('http://127.0.0.1/*');
    await syncAutoMode();
    await store(settings());
    await syncAutoMode();
    expect(fake.calls).toEqual(['register', 'unregister', 'register', 'unregister']);
  });

  it('"all sites" registers for every web page', async () => {
    fake.held.add('*://*/*');
    await store(settings({ auto: { all: true, sites: ['http://127.0.0.1'] } }));
    expect((await syncAutoMode()).registered).toEqual(['*://*/*']);
  });

  it('runs one sync at a time: two quick changes never register the script twice', async () => {
    await store(settings({ auto: { all: false, sites: ['http://127.0.0.1'] } }));
    const results = await Promise.all([syncAutoMode(), syncAutoMode(), syncAutoMode()]);
    expect(results.every((result) => result.registered.length === 1)).toBe(true);
    expect(fake.calls).toEqual(['register', 'update', 'update']);
  });

  it('damaged settings mean the defaults: automatic mode off', async () => {
    await fake.area.set({ [SETTINGS_KEY]: 'garbage' });
    fake.scripts.set(AUTO_SCRIPT_ID, { id: AUTO_SCRIPT_ID, matches: ['http://127.0.0.1/*'], js: [] });
    expect(await syncAutoMode()).toEqual({ registered: [], missing: [] });
    expect(fake.scripts.size).toBe(0);
  });
});

describe('answerStart', () => {
  it('a page automatic mode covers: styled with the preset, its display, and its saved analysis', async () => {
    const record = savedRecord({ key: 'http://127.0.0.1:4000/news/story.html', url: 'http://127.0.0.1:4000/news/story.html', canonicalUrl: null });
    await fake.area.set({ [`saywho:analysis:${record.key}`]: toStored(record) });
    await store(settings({ kinds: { quote: true, claim: false }, style: 'underline', auto: { all: false, sites: ['http://127.0.0.1'] } }));
    const answer = await answerStart(5);
    expect(answer).toEqual({ auto: true, display: { kinds: ['quote'], css: highlightCss('underline') }, saved: record });
    // Every preset's sheet taken off first, then the chosen one put on.
    expect(fake.calls).toEqual(['removeCSS', 'removeCSS', 'removeCSS', `insertCSS:${highlightCss('underline').length}`]);
  });

  it('a page it does not cover: only the display, nothing inserted', async () => {
    await store(settings({ auto: { all: false, sites: ['example.com'] } }));
    expect(await answerStart(5)).toEqual({ auto: false, display: { kinds: ['quote', 'claim'], css: highlightCss('classic') } });
    expect(fake.calls).toEqual([]);
  });
});

describe('the "analyze" command', () => {
  it('highlights the tab when nothing is shown, and takes the highlights off when they are', async () => {
    expect(await onCommand('analyze', { id: 3 })).toBe('shown');
    expect(analyse.calls).toBe(1);
    expect(fake.badge).toBe('3');
    expect(await onCommand('analyze', { id: 3 })).toBe('cleared');
    expect(fake.sent).toEqual([{ tabId: 3, message: { type: 'clear' } }]);
    expect(fake.badge).toBe('');
    expect(await onCommand('analyze', { id: 3 })).toBe('shown');
    expect(analyse.calls).toBe(2);
  });

  it('uses the active tab when the browser names none; ignores other commands', async () => {
    expect(await onCommand('analyze')).toBe('shown');
    expect(await onCommand('_execute_action', { id: 3 })).toBe('ignored');
    expect(analyse.calls).toBe(1);
  });
});

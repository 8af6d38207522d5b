/**
 * A tab's navigation and its count and list (src/background/tab-navigation.ts): a new document
 * clears them; a jump within the page keeps them, also for a long article whose list was not
 * sent ahead (only its address is kept); a page's notice and a loading report never interleave,
 * and a notice from a document the tab has left is dropped.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';

const browser = vi.hoisted(() => {
  const data = new Map<string, unknown>();
  const badges = new Map<number, string>();
  // A test may hold the next read back, as a busy storage does, to let another event come in.
  const reads = { held: null as Promise<void> | null };
  const session = {
    get: async (key: string) => {
      if (reads.held) await reads.held;
      return data.has(key) ? { [key]: data.get(key) } : {};
    },
    set: async (values: Record<string, unknown>) => {
      for (const [key, value] of Object.entries(values)) data.set(key, value);
    },
    remove: async (keys: string | string[]) => {
      for (const key of typeof keys === 'string' ? [keys] : keys) data.delete(key);
    },
  };
  const action = {
    setBadgeText: async ({ tabId, text }: { tabId: number; text: string }) => void badges.set(tabId, text),
    setBadgeBackgroundColor: async () => undefined,
    setBadgeTextColor: async () => undefined,
    setTitle: async () => undefined,
  };
  (globalThis as unknown as { chrome: unknown }).chrome = { storage: { session }, action };
  return { data, badges, reads };
});

const { onPageCleared, onPageShows, onTabLoading, pageAddress } = await import('../../src/background/tab-navigation');
const { keepTabAddress, readTabAddress } = await import('../../src/shared/tab-views');
const { showCount } = await import('../../src/background/badge');

const TAB = 7;
const PAGE = 'https://news.example.com/world/talks';

async function analysed(url = PAGE): Promise<void> {
  await showCount(TAB, 412);
  await keepTabAddress(TAB, url);
}

beforeEach(() => {
  browser.data.clear();
  browser.badges.clear();
  browser.reads.held = null;
});

describe('a tab that starts loading', () => {
  it('keeps its count after a jump within the page, by a link or a fragment set by a script', async () => {
    await analysed();
    await onTabLoading(TAB, `${PAGE}#comments`);
    expect(browser.badges.get(TAB)).toBe('412');
    await onTabLoading(TAB, `${PAGE}#part-2`);
    expect(browser.badges.get(TAB)).toBe('412');
    expect(await readTabAddress(TAB)).toBe(PAGE);
  });

  // The fragment left out (a#x → a) is a new document when a link leads there, the same one when
  // Back does: the address cannot tell, so the count goes and the page itself says it again.
  it('clears it for what may be a new document: a reload, another page, a route, the fragment left out', async () => {
    for (const next of [undefined, 'https://news.example.com/world/other', 'https://news.example.com/#/story/2', PAGE]) {
      await analysed(next === PAGE ? `${PAGE}#comments` : PAGE);
      await onTabLoading(TAB, next);
      expect(browser.badges.get(TAB), String(next)).toBe('');
      expect(await readTabAddress(TAB), String(next)).toBeNull();
    }
  });

  it('clears it when nothing says which page was read', async () => {
    await showCount(TAB, 3);
    await onTabLoading(TAB, `${PAGE}#comments`);
    expect(browser.badges.get(TAB)).toBe('');
  });
});

describe("a page's notice of what it shows", () => {
  const NEXT = 'https://news.example.com/world/sanctions';

  it('shows the count and keeps the address of the page that sent it', async () => {
    await onPageShows(TAB, { count: 9 }, NEXT, NEXT);
    expect(browser.badges.get(TAB)).toBe('9');
    expect(await readTabAddress(TAB)).toBe(NEXT);
  });

  // The old document's last notice can come after the tab began loading another article.
  it('is dropped when it comes from a document the tab has left for another article', async () => {
    await analysed();
    await onTabLoading(TAB, NEXT);
    await onPageShows(TAB, { count: 412 }, PAGE, NEXT);
    expect(browser.badges.get(TAB)).toBe('');
    expect(await readTabAddress(TAB)).toBeNull();
  });

  it('of clearing is dropped too when it comes from a document the tab has left', async () => {
    await onPageShows(TAB, { count: 6 }, NEXT, NEXT);
    await onPageCleared(TAB, PAGE, NEXT);
    expect(browser.badges.get(TAB)).toBe('6');
    await onPageCleared(TAB, NEXT, NEXT);
    expect(browser.badges.get(TAB)).toBe('');
  });

  it('is taken from the same article at another fragment, or when the tab address is unknown', async () => {
    await onPageShows(TAB, { count: 4 }, PAGE, `${PAGE}#comments`);
    expect(browser.badges.get(TAB)).toBe('4');
    await onPageShows(TAB, { count: 5 }, PAGE, undefined);
    expect(browser.badges.get(TAB)).toBe('5');
  });

  // A waking worker gets both events at once: the loading report reads the kept address first,
  // and the new page's count must not be cleared by it once that read is done.
  it('that comes while a loading report is still reading is applied after it, not undone by it', async () => {
    await analysed();
    let release = () => undefined as void;
    browser.reads.held = new Promise<void>((resolve) => (release = resolve));
    const loading = onTabLoading(TAB, NEXT);
    const shows = onPageShows(TAB, { count: 6 }, NEXT, NEXT);
    await Promise.resolve();
    browser.reads.held = null;
    release();
    await Promise.all([loading, shows]);
    expect(browser.badges.get(TAB)).toBe('6');
    expect(await readTabAddress(TAB)).toBe(NEXT);
  });
});

describe('the address a notice speaks for', () => {
  it("is the page's own after pushState, within the origin the browser says sent it", () => {
    expect(pageAddress(`${PAGE}?story=2`, PAGE)).toBe(`${PAGE}?story=2`);
  });

  it("is the browser's when the page names another origin or nothing", () => {
    expect(pageAddress('https://elsewhere.example.net/talks', PAGE)).toBe(PAGE);
    expect(pageAddress(undefined, PAGE)).toBe(PAGE);
    expect(pageAddress(`${PAGE}?story=2`, undefined)).toBeUndefined();
  });
});

/**
 * A tab's navigation and its count and list (src/background/tab-navigation.ts): a new document
 * clears them; a jump within the page keeps them, also for a long article whose list was not
 * sent ahead (only its address is kept).
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';

const browser = vi.hoisted(() => {
  const data = new Map<string, unknown>();
  const badges = new Map<number, string>();
  const session = {
    get: async (key: string) => (data.has(key) ? { [key]: data.get(key) } : {}),
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
  return { data, badges };
});

const { onTabLoading } = await import('../../src/background/tab-navigation');
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

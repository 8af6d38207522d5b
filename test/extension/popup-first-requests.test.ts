/**
 * What the popup does before it draws anything: the first module it evaluates asks for the list
 * kept for the tab, then for the page's answer, and the opening carries the kept list.
 */
import { describe, expect, it, vi } from 'vitest';
import type { TabView } from '../../src/shared/messages';
import { viewKey } from '../../src/shared/tab-views';
import { fakeResult } from '../export/fixtures';

const { article: _article, ...listed } = fakeResult();
const kept: TabView = { status: 'ready', result: listed, found: { q1: true }, elapsedMs: 5 };

const fake = vi.hoisted(() => {
  const calls: string[] = [];
  const stored = new Map<string, unknown>();
  const slow = { ms: 0 };
  const browser = {
    storage: {
      session: {
        get: async (key: string) => {
          calls.push(`session.get ${key}`);
          if (slow.ms) await new Promise((resolve) => setTimeout(resolve, slow.ms));
          return stored.has(key) ? { [key]: stored.get(key) } : {};
        },
      },
    },
    runtime: {
      sendMessage: async (message: { type: string; tabId: number }) => {
        calls.push(`sendMessage ${message.type} ${message.tabId}`);
        return { packed: JSON.stringify({ status: 'cannot-read', reason: 'no-access' }) };
      },
    },
    tabs: {
      query: async () => {
        calls.push('tabs.query');
        return [{ id: 9 }];
      },
    },
  };
  (globalThis as unknown as { chrome: unknown }).chrome = browser;
  (globalThis as unknown as { location: unknown }).location = { search: '?tabId=7' };
  return { calls, stored, slow };
});

describe('the popup’s first requests', () => {
  it('ask for the kept list, then the page’s answer, for the tab named in the query', async () => {
    fake.stored.set(viewKey(7), JSON.stringify(kept));
    const { opening } = await import('../../src/popup/opening');
    const opened = await opening;
    expect(fake.calls).toEqual([`session.get ${viewKey(7)}`, 'sendMessage analyzeTab 7']);
    expect(opened.tabId).toBe(7);
    expect(opened.kept).toEqual(kept);
    expect(opened.keptLate).toBeNull();
    await expect(opened.answer).resolves.toEqual({ status: 'cannot-read', reason: 'no-access' });
  });

  it('draw without a kept list that is slow to come, and hand it over when it does', async () => {
    const { openPopup } = await import('../../src/popup/boot');
    fake.stored.set(viewKey(7), JSON.stringify(kept));
    fake.slow.ms = 1000;
    const started = Date.now();
    const opened = await openPopup();
    expect(Date.now() - started).toBeLessThan(800);
    expect(opened.kept).toBeNull();
    await expect(opened.keptLate).resolves.toEqual(kept);
    fake.slow.ms = 0;
  });
});

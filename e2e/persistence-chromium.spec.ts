/**
 * Saved analyses and corrections in Debian's Chromium (test package, popup in a tab). The
 * scenarios are in support/persistence-flows.ts, shared with Firefox.
 */
import type { ChromiumSession } from './support/chromium.ts';
import { expect, requireBrowser, test } from './support/fixtures.ts';
import { clickMarkMenuChromium, startArticleServer, storageNotices, type ArticleServer } from './support/persistence.ts';
import { correctionsLast, markedQuoteLasts, opensOnPointedEntry, type PersistenceBrowser } from './support/persistence-flows.ts';
import { settledState } from './support/expectations.ts';
import { waitFor } from './support/views.ts';

requireBrowser('chromium');

/** A tab id no tab has: a popup page aimed at it reads nothing (used only as an extension page). */
const NO_TAB = 2_000_000_000;

let server: ArticleServer;
test.beforeEach(async () => {
  server = await startArticleServer();
});
test.afterEach(async () => {
  await server.close();
});

function chromiumAdapter(chromium: ChromiumSession): PersistenceBrowser {
  return {
    async openArticle(url) {
      const page = await chromium.openPage(url);
      return {
        article: chromium.article(page),
        tabId: await chromium.tabIdOf(page),
        reload: async () => void (await page.reload()),
        pointAt: async ({ x, y }) => {
          await page.bringToFront();
          await page.mouse.move(x, y, { steps: 4 });
        },
      };
    },
    async openPopup(tabId) {
      const { page, view } = await chromium.openPopupInTab(tabId);
      return { view, close: () => page.close() };
    },
    // A native context menu cannot be clicked headless: this calls the menu's own click listener.
    clickMarkMenu: (tabId, kind) => clickMarkMenuChromium(chromium, tabId, kind),
    stopBackground: () => stopServiceWorker(chromium),
  };
}

/**
 * Stops the extension's service worker as Chrome does after 30 s idle (the next message starts it
 * again): CDP `ServiceWorker.stopWorker`, from an extension page of the same origin.
 */
async function stopServiceWorker(chromium: ChromiumSession): Promise<void> {
  const origin = `chrome-extension://${chromium.extensionId}/`;
  const { page } = await chromium.openPopupInTab(NO_TAB);
  const cdp = await chromium.context.newCDPSession(page);
  let running: string | null = null;
  let stopped = false;
  cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
    for (const version of versions) {
      if (!version.scriptURL.startsWith(origin)) continue;
      if (version.runningStatus === 'running') running = version.versionId;
      if (version.runningStatus === 'stopped') stopped = true;
    }
  });
  await cdp.send('ServiceWorker.enable');
  const versionId = await waitFor('the running service worker', async () => running ?? undefined);
  await cdp.send('ServiceWorker.stopWorker', { versionId });
  await waitFor('the service worker to stop', async () => stopped);
  await cdp.detach();
  await page.close();
}

test('corrections and notes last: reload with the service worker stopped, then an edited page; exports flag them', async ({ launchChromium }) => {
  const chromium = await launchChromium('test');
  await correctionsLast(chromiumAdapter(chromium), server);
});

test('a missed quote marked from a selection (context-menu handler) is highlighted and saved', async ({ launchChromium }) => {
  const chromium = await launchChromium('test');
  await markedQuoteLasts(chromiumAdapter(chromium), server);
});

test('pointing at a highlight, then opening SayWho, opens the popup on that entry', async ({ launchChromium }) => {
  const chromium = await launchChromium('test');
  await opensOnPointedEntry(chromiumAdapter(chromium), server);
});

test('the shipped package holds the context menu permission but no test hooks', async ({ launchChromium }) => {
  const chromium = await launchChromium('shipped');
  expect(chromium.pkg.manifest.permissions).toContain('contextMenus');
  const worker = chromium.context.serviceWorkers().find((w) => w.url().startsWith(`chrome-extension://${chromium.extensionId}/`))!;
  expect(await worker.evaluate(() => typeof (globalThis as { saywhoTest?: unknown }).saywhoTest)).toBe('undefined');
});

test('a full storage quota: the popup says so, the correction stays on the page and is saved once there is room', async ({ launchChromium }) => {
  const chromium = await launchChromium('test');
  const browser = chromiumAdapter(chromium);
  server.serve('original');
  const page = await browser.openArticle(server.url);
  const { view } = await browser.openPopup(page.tabId);
  expect(await settledState(view)).toBe('ready');
  const worker = chromium.context.serviceWorkers().find((w) => w.url().startsWith(`chrome-extension://${chromium.extensionId}/`))!;
  // Fill storage.local up to its quota with one value of another key.
  await worker.evaluate(async () => {
    const local = (globalThis as unknown as { chrome: { storage: { local: { QUOTA_BYTES: number; getBytesInUse(keys: null): Promise<number>; set(items: object): Promise<void> } } } }).chrome.storage.local;
    const used = await local.getBytesInUse(null);
    await local.set({ 'test-filler': 'x'.repeat(local.QUOTA_BYTES - used - 64) });
  });
  const [first] = await view.read((doc) => Array.from(doc.querySelectorAll('[data-testid="entry"]'), (entry) => entry.getAttribute('data-item-id')!), null);
  await view.click(`[data-testid="entry"][data-item-id="${first}"] [data-testid="add-note"]`);
  await view.type(`[data-testid="entry"][data-item-id="${first}"] [data-testid="note-input"]`, 'Noted while the disk was full.');
  await view.click(`[data-testid="entry"][data-item-id="${first}"] [data-testid="note-save"]`);
  const notices = await waitFor('the quota notice', async () => {
    const now = await storageNotices(view);
    return now.length ? now : undefined;
  });
  expect(notices).toEqual([{ code: 'quota', text: expect.stringMatching(/storage is full/) }]);
  // Not lost: the note is shown, and it is saved with the next change once there is room.
  expect(await view.read((doc, id) => doc.querySelector(`[data-item-id="${id}"] [data-testid="entry-note"]`)?.textContent ?? '', first)).toContain('Noted while the disk was full.');
  await worker.evaluate(() => (globalThis as unknown as { chrome: { storage: { local: { remove(key: string): Promise<void> } } } }).chrome.storage.local.remove('test-filler'));
  await view.click(`[data-testid="entry"][data-item-id="${first}"] [data-testid="toggle-kind"]`);
  await waitFor('the notice to go', async () => (await storageNotices(view)).length === 0);
  await page.reload();
  const again = await browser.openPopup(page.tabId);
  expect(await settledState(again.view)).toBe('ready');
  const entry = await again.view.read((doc, id) => {
    const el = doc.querySelector(`[data-testid="entry"][data-item-id="${id}"]`);
    return { note: el?.querySelector('[data-testid="entry-note"]')?.textContent ?? '', corrected: el?.getAttribute('data-corrected') };
  }, first);
  expect(entry).toEqual({ note: expect.stringContaining('Noted while the disk was full.'), corrected: 'true' });
});

test('a storage already full when the popup opens: the list shows at once, the quota notice follows', async ({ launchChromium }) => {
  const chromium = await launchChromium('test');
  const browser = chromiumAdapter(chromium);
  server.serve('original');
  const worker = chromium.context.serviceWorkers().find((w) => w.url().startsWith(`chrome-extension://${chromium.extensionId}/`))!;
  await worker.evaluate(async () => {
    const local = (globalThis as unknown as { chrome: { storage: { local: { QUOTA_BYTES: number; getBytesInUse(keys: null): Promise<number>; set(items: object): Promise<void> } } } }).chrome.storage.local;
    const used = await local.getBytesInUse(null);
    await local.set({ 'test-filler': 'x'.repeat(local.QUOTA_BYTES - used - 64) });
  });
  const page = await browser.openArticle(server.url);
  const { view } = await browser.openPopup(page.tabId);
  // The background answers before writing the record; the write fails and it says so afterwards.
  expect(await settledState(view)).toBe('ready');
  const notices = await waitFor('the quota notice', async () => {
    const now = await storageNotices(view);
    return now.length ? now : undefined;
  });
  expect(notices).toEqual([{ code: 'quota', text: expect.stringMatching(/storage is full/) }]);
  expect((await view.read((doc) => doc.querySelectorAll('[data-testid="entry"]').length, null)) > 0, 'the entries stay').toBe(true);
});

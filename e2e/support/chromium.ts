/**
 * Chromium with a SayWho package loaded, driven by Playwright.
 *
 * The popup can be reached three ways, all used by the tests:
 * - `clickToolbarButton`: the user's path. CDP `Extensions.triggerAction` on the article's *tab*
 *   target does what a click on the toolbar button does, including granting `activeTab` (needs
 *   `--enable-unsafe-extension-debugging`), so the shipped package can read the page.
 * - `openToolbarPopup`: `chrome.action.openPopup()` from the service worker shows the real toolbar
 *   popup but grants nothing, so it needs the test package's host permission.
 * - `openPopupInTab`: the popup page in a tab with `?tabId=N`, which Playwright drives fully
 *   (downloads included).
 * Playwright's own context does not list the toolbar popup; a second client attached with
 * `connectOverCDP` does. That client takes over download handling for the whole browser, so a
 * session that has used it cannot download any more (`download` then fails loudly).
 */
import { chromium, type Browser, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser as WebExtensionApi } from 'webextension-polyfill';
import type { TestNet } from './net.ts';
import type { ExtensionPackage } from './package.ts';
import { popupQuerySource, waitFor, type ArticleView, type PopupView } from './views.ts';

export const CHROMIUM_PATH = process.env.SAYWHO_CHROMIUM ?? '/usr/bin/chromium';

export interface ChromiumSession {
  readonly context: BrowserContext;
  readonly extensionId: string;
  readonly pkg: ExtensionPackage;
  /** Opens a fixture page from the test server in a new tab. */
  openPage(fixtureOrUrl: string): Promise<Page>;
  article(page: Page): ArticleView;
  /** The extension's id for the tab showing `page` (the tab is brought to the front). */
  tabIdOf(page: Page): Promise<number>;
  openPopupInTab(tabId: number): Promise<{ page: Page; view: PopupView }>;
  /** The clipboard's text, read from `page` (a page of the test server, brought to the front). */
  readClipboard(page: Page): Promise<string>;
  clickToolbarButton(page: Page): Promise<PopupView>;
  openToolbarPopup(page: Page): Promise<PopupView>;
  /** Loads the package again (an update or a reload): same id, a new service worker; open tabs keep the old content script. */
  reloadExtension(): Promise<void>;
  close(): Promise<void>;
}

function pagePopupView(page: Page, where: PopupView['where'], canDownload: () => boolean): PopupView {
  return {
    where,
    read: (query, arg) => page.evaluate(popupQuerySource(query, 'document', arg)),
    click: (selector) => page.locator(selector).click(),
    type: (selector, text) => page.locator(selector).fill(text),
    download: async (selector) => {
      if (!canDownload()) throw new Error('this Chromium session attached a CDP client; downloads need a fresh session');
      const [download] = await Promise.all([page.waitForEvent('download'), page.locator(selector).click()]);
      const file = await download.path();
      return { name: download.suggestedFilename(), text: readFileSync(file, 'utf8') };
    },
  };
}

export async function launchChromium(pkg: ExtensionPackage, net: TestNet): Promise<ChromiumSession> {
  const userDataDir = mkdtempSync(path.join(os.tmpdir(), 'saywho-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    acceptDownloads: true,
    args: [
      `--disable-extensions-except=${pkg.dir}`,
      `--load-extension=${pkg.dir}`,
      // Lets CDP press the toolbar button (Extensions.triggerAction).
      '--enable-unsafe-extension-debugging',
      // A port for the second client that sees the toolbar popup.
      '--remote-debugging-port=0',
      // Everything but 127.0.0.1 goes to the refusing proxy, and no other name resolves.
      `--proxy-server=http://${net.proxyHost}:${net.proxyPort}`,
      '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
    ],
  });
  context.on('request', (request) => {
    let from = 'service worker';
    try {
      from = request.frame().url();
    } catch {
      // Worker requests have no frame.
    }
    net.seen.push({ observer: 'browser', url: request.url(), from });
  });

  const worker: Worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 10_000 }));
  const extensionId = new URL(worker.url()).host;
  const origin = `chrome-extension://${extensionId}/`;
  const popupUrl = origin + pkg.popupPath;
  let cdpClient: Browser | undefined;
  // The newest: after a reload (reloadExtension) the old worker may still be listed.
  const serviceWorker = () => context.serviceWorkers().findLast((w) => w.url().startsWith(origin)) ?? worker;
  const browserSession = await context.browser()!.newBrowserCDPSession();

  async function popupTargetIds(): Promise<Set<string>> {
    const { targetInfos } = await browserSession.send('Target.getTargets');
    return new Set(targetInfos.filter((t) => t.type === 'page' && t.url.startsWith(popupUrl)).map((t) => t.targetId));
  }

  /**
   * The toolbar popup that opened after `before` was taken. A CDP client only lists the pages that
   * exist when it connects (it does not attach to popups opened later), so connect afresh.
   */
  async function toolbarPopup(before: Set<string>): Promise<PopupView> {
    const targetId = await waitFor('the toolbar popup', async () => [...(await popupTargetIds())].find((id) => !before.has(id)));
    await cdpClient?.close();
    const portFile = path.join(userDataDir, 'DevToolsActivePort');
    const port = await waitFor('DevToolsActivePort', async () => existsSync(portFile) && readFileSync(portFile, 'utf8').split('\n')[0]);
    const client = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
    cdpClient = client;
    let popup: Page | undefined;
    for (const page of client.contexts().flatMap((c) => c.pages())) {
      if (!page.url().startsWith(popupUrl)) continue;
      const cdp = await page.context().newCDPSession(page);
      const { targetInfo } = await cdp.send('Target.getTargetInfo');
      await cdp.detach();
      if (targetInfo.targetId === targetId) popup = page;
    }
    if (!popup) throw new Error('the second CDP client does not list the toolbar popup');
    popup.on('request', (request) => net.seen.push({ observer: 'browser', url: request.url(), from: 'toolbar popup' }));
    return pagePopupView(popup, 'toolbar', () => false);
  }

  const session: ChromiumSession = {
    context,
    extensionId,
    pkg,
    async openPage(fixtureOrUrl) {
      const page = await context.newPage();
      await page.goto(/^[a-z-]+:/.test(fixtureOrUrl) ? fixtureOrUrl : net.url(fixtureOrUrl));
      return page;
    },
    article(page) {
      return { url: page.url(), evaluate: <A, R>(fn: (arg: A) => R, arg: A) => page.evaluate(fn as (arg: unknown) => R, arg as unknown) };
    },
    async tabIdOf(page) {
      await page.bringToFront();
      return serviceWorker().evaluate(async () => {
        // Runs in the service worker (sent as source: no outside references).
        const api = (globalThis as unknown as { chrome: WebExtensionApi }).chrome;
        const [tab] = await api.tabs.query({ active: true, lastFocusedWindow: true });
        if (tab?.id === undefined) throw new Error('no active tab');
        return tab.id;
      });
    },
    async openPopupInTab(tabId) {
      const page = await context.newPage();
      await page.goto(`${popupUrl}?tabId=${tabId}`);
      return { page, view: pagePopupView(page, 'tab', () => cdpClient === undefined) };
    },
    async readClipboard(page) {
      // Chromium grants clipboard access to web origins only: read from a page of the test server.
      await context.grantPermissions(['clipboard-read'], { origin: new URL(page.url()).origin });
      await page.bringToFront();
      return page.evaluate(() => navigator.clipboard.readText());
    },
    async clickToolbarButton(page) {
      await page.bringToFront();
      const before = await popupTargetIds();
      // The button belongs to the tab (not to the page inside it): address the tab target.
      const { targetInfos } = await browserSession.send('Target.getTargets', { filter: [{ type: 'tab' }] });
      const tab = targetInfos.find((target) => target.url === page.url());
      if (!tab) throw new Error(`no tab target for ${page.url()}`);
      await browserSession.send('Extensions.triggerAction', { id: extensionId, targetId: tab.targetId });
      return toolbarPopup(before);
    },
    async openToolbarPopup(page) {
      await page.bringToFront();
      const before = await popupTargetIds();
      await serviceWorker().evaluate(() => (globalThis as unknown as { chrome: WebExtensionApi }).chrome.action.openPopup());
      return toolbarPopup(before);
    },
    async reloadExtension() {
      const { id } = await browserSession.send('Extensions.loadUnpacked', { path: pkg.dir });
      if (id !== extensionId) throw new Error(`the reloaded package got another id (${id})`);
      await waitFor('the new service worker', async () => context.serviceWorkers().some((w) => w.url().startsWith(origin) && w !== worker));
    },
    async close() {
      // Disconnect the second client first: closing it must not race the browser's shutdown.
      await cdpClient?.close().catch(() => undefined);
      await browserSession.detach().catch(() => undefined);
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
  return session;
}

/**
 * Firefox ESR with a SayWho package installed as a temporary add-on, driven by puppeteer-core over
 * WebDriver BiDi (Playwright cannot drive stock Firefox nor install add-ons in it).
 *
 * - `clickToolbarButton`: the user's path. In the browser's chrome (privileged) context, reached by
 *   BiDi thanks to `--remote-allow-system-access`, the extension's browser action is triggered the
 *   way a click on its toolbar button triggers it, which grants `activeTab`.
 * - `openToolbarPopup`: `browser.action.openPopup()` from an extension page (grants nothing).
 * - The toolbar popup has no BiDi browsing context of its own; an extension page in a background
 *   tab (the "driver") reaches its document through `browser.extension.getViews({type:'popup'})`.
 * - `openPopupInTab`: the popup page in a tab with `?tabId=N`.
 * Extension pages never finish a BiDi navigation (`goto` hangs), so they are opened without
 * waiting and polled until loaded. The add-on's `moz-extension://` host (a random UUID per
 * install) is read from the browser's chrome context after each install.
 *
 * Starting Firefox is the slow part (seconds, much more on a busy machine), so one browser serves
 * a whole worker: each test gets a session that installs the package it asks for (replacing the
 * other one, same add-on id) and closes the tabs it opened when it ends.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import type { Browser as WebExtensionApi } from 'webextension-polyfill';
import type { TestNet } from './net.ts';
import type { ExtensionPackage } from './package.ts';
import { popupQuerySource, waitFor, type ArticleView, type DownloadedFile, type PopupQuery, type PopupView } from './views.ts';

export const FIREFOX_PATH = process.env.SAYWHO_FIREFOX ?? '/usr/bin/firefox-esr';

export interface FirefoxSession {
  readonly browser: Browser;
  readonly pkg: ExtensionPackage;
  /** `moz-extension://UUID/` */
  readonly origin: string;
  openPage(fixtureOrUrl: string): Promise<Page>;
  article(page: Page): ArticleView;
  tabIdOf(page: Page): Promise<number>;
  openPopupInTab(tabId: number): Promise<{ page: Page; view: PopupView }>;
  clickToolbarButton(page: Page): Promise<PopupView>;
  openToolbarPopup(page: Page): Promise<PopupView>;
  close(): Promise<void>;
}

/** The raw WebDriver BiDi connection puppeteer keeps (not part of its typed API). */
interface BidiConnection {
  send(method: string, params: object): Promise<{ result: unknown }>;
}

interface EvaluateResult {
  type: 'success' | 'exception';
  result?: { value?: unknown };
  exceptionDetails?: { text?: string };
}

function firefoxPrefs(net: TestNet, downloads: string): Record<string, unknown> {
  return {
    // Everything but loopback goes to the refusing proxy.
    'network.proxy.type': 1,
    'network.proxy.http': net.proxyHost,
    'network.proxy.http_port': net.proxyPort,
    'network.proxy.ssl': net.proxyHost,
    'network.proxy.ssl_port': net.proxyPort,
    'network.proxy.allow_hijacking_localhost': false,
    'network.proxy.no_proxies_on': '',
    // Exports land in this folder without a dialog; an open downloads panel would block openPopup().
    'browser.download.dir': downloads,
    'browser.download.folderList': 2,
    'browser.download.useDownloadDir': true,
    'browser.download.always_ask_before_handling_new_types': false,
    'browser.download.alwaysOpenPanel': false,
    'browser.download.panel.shown': true,
    'extensions.webextOptionalPermissionPrompts': false,
  };
}

/** Waits for a file that was not in `before` to finish downloading (Firefox writes it empty first). */
export async function nextDownload(dir: string, before: Set<string>): Promise<DownloadedFile> {
  let lastSize = -1;
  return waitFor('a downloaded file', async () => {
    const name = readdirSync(dir).find((file) => !before.has(file) && !file.endsWith('.part'));
    if (!name) return undefined;
    const file = path.join(dir, name);
    const size = statSync(file).size;
    const settled = size > 0 && size === lastSize && !readdirSync(dir).some((other) => other.endsWith('.part'));
    lastSize = size;
    return settled ? { name, text: readFileSync(file, 'utf8') } : undefined;
  });
}

/** Sets a field's value and fires `input`, as typing does, from the field's own window. */
const typeInto: PopupQuery<[string, string], void> = (doc, [selector, text]) => {
  const field = doc.querySelector(selector) as HTMLInputElement | null;
  if (!field) throw new Error(`no ${selector} in the popup`);
  field.focus();
  field.value = text;
  field.dispatchEvent(new (doc.defaultView as Window & typeof globalThis).Event('input', { bubbles: true }));
};

const clickOn: PopupQuery<string, void> = (doc, selector) => {
  const element = doc.querySelector(selector) as HTMLElement | null;
  if (!element) throw new Error(`no ${selector} in the popup`);
  element.click();
};

/** Opens an extension page in `page` and waits until it has loaded. */
async function openExtensionPage(page: Page, url: string): Promise<void> {
  page.goto(url).catch(() => undefined);
  await waitFor(`${url} to load`, () => page.evaluate((want) => location.href === want && document.readyState === 'complete', url));
}

/** One Firefox for a worker; `session` installs a package and hands out a test's session. */
export interface FirefoxBrowser {
  session(pkg: ExtensionPackage): Promise<FirefoxSession>;
  close(): Promise<void>;
}

/** Runs `expression` in the browser window's chrome (privileged) context and returns its value. */
export async function evaluateInChrome(browser: Browser, expression: string): Promise<unknown> {
  const bidi = (browser as unknown as { connection: BidiConnection }).connection;
  const tree = (await bidi.send('browsingContext.getTree', { 'moz:scope': 'chrome' })).result as { contexts: Array<{ context: string; url: string }> };
  const chromeWindow = tree.contexts.find((context) => context.url.startsWith('chrome://browser/'));
  if (!chromeWindow) throw new Error('no browser window in the chrome scope');
  const outcome = (await bidi.send('script.evaluate', { expression, target: { context: chromeWindow.context }, awaitPromise: true })).result as EvaluateResult;
  if (outcome.type !== 'success') throw new Error(`chrome-context script failed: ${outcome.exceptionDetails?.text ?? 'unknown error'}`);
  return outcome.result?.value;
}

export async function startFirefox(net: TestNet): Promise<FirefoxBrowser> {
  const downloads = mkdtempSync(path.join(os.tmpdir(), 'saywho-firefox-downloads-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    // Lets BiDi open moz-extension:// pages and evaluate in the browser's chrome context.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: firefoxPrefs(net, downloads),
  });
  let installed: { pkg: ExtensionPackage; origin: string } | undefined;
  return {
    async session(pkg) {
      if (!pkg.geckoId) throw new Error(`${pkg.dir}/manifest.json: browser_specific_settings.gecko.id is missing`);
      if (installed?.pkg.dir !== pkg.dir) {
        if (installed) await browser.uninstallExtension(installed.pkg.geckoId!);
        installed = undefined;
        const id = await browser.installExtension(pkg.dir);
        if (id !== pkg.geckoId) throw new Error(`installed ${id}, expected ${pkg.geckoId}`);
        const host = await evaluateInChrome(browser, `WebExtensionPolicy.getByID(${JSON.stringify(id)}).mozExtensionHostname`);
        installed = { pkg, origin: `moz-extension://${String(host)}/` };
      }
      return openSession(browser, pkg, installed.origin, downloads, net);
    },
    async close() {
      await browser.close();
      rmSync(downloads, { recursive: true, force: true });
    },
  };
}

function openSession(browser: Browser, pkg: ExtensionPackage, origin: string, downloads: string, net: TestNet): FirefoxSession {
  const popupUrl = origin + pkg.popupPath;
  const opened: Page[] = [];
  async function newPage(): Promise<Page> {
    const page = await browser.newPage();
    opened.push(page);
    return page;
  }

  const record = (page: Page) =>
    page.on('request', (request) => net.seen.push({ observer: 'browser', url: request.url(), from: page.url() }));

  let driver: Page | undefined;
  /** An extension page in a background tab, from which the toolbar popup is reachable. */
  async function driverPage(): Promise<Page> {
    if (driver) return driver;
    driver = await newPage();
    // The driver is a popup page reading its own tab: an extension page, which it cannot read.
    await openExtensionPage(driver, popupUrl);
    return driver;
  }

  function downloadVia(click: (selector: string) => Promise<void>) {
    return async (selector: string) => {
      const before = new Set(readdirSync(downloads));
      await click(selector);
      return nextDownload(downloads, before);
    };
  }

  async function toolbarPopupView(): Promise<PopupView> {
    const page = await driverPage();
    const popupDocument = `(() => {
      const [view] = browser.extension.getViews({ type: 'popup' });
      if (!view) throw new Error('no toolbar popup is open');
      return view.document;
    })()`;
    const read = <A, R>(query: PopupQuery<A, R>, arg: A) => page.evaluate(popupQuerySource(query, popupDocument, arg)) as Promise<R>;
    await waitFor('the toolbar popup', () => read((doc) => doc.readyState === 'complete', null));
    const click = (selector: string) => read(clickOn, selector);
    return { where: 'toolbar', read, click, type: (selector, text) => read(typeInto, [selector, text]), download: downloadVia(click) };
  }

  const session: FirefoxSession = {
    browser,
    pkg,
    origin,
    async openPage(fixtureOrUrl) {
      const page = await newPage();
      record(page);
      if (/^[a-z-]+:/.test(fixtureOrUrl) && !fixtureOrUrl.startsWith('http')) {
        // Privileged pages (about:addons) never report a finished navigation over BiDi.
        page.goto(fixtureOrUrl).catch(() => undefined);
        await waitFor(fixtureOrUrl, async () => page.url() === fixtureOrUrl);
      } else {
        await page.goto(/^https?:/.test(fixtureOrUrl) ? fixtureOrUrl : net.url(fixtureOrUrl));
      }
      return page;
    },
    article(page) {
      return { url: page.url(), evaluate: (fn, arg) => page.evaluate(fn as (a: unknown) => unknown, arg) as never };
    },
    async tabIdOf(page) {
      const helper = await driverPage();
      await page.bringToFront();
      return helper.evaluate(async () => {
        // Runs in the extension page (sent as source: no outside references).
        const api = (globalThis as unknown as { browser: WebExtensionApi }).browser;
        const [tab] = await api.tabs.query({ active: true, currentWindow: true });
        if (tab?.id === undefined) throw new Error('no active tab');
        return tab.id;
      });
    },
    async openPopupInTab(tabId) {
      const page = await newPage();
      record(page);
      await openExtensionPage(page, `${popupUrl}?tabId=${tabId}`);
      const read = <A, R>(query: PopupQuery<A, R>, arg: A) => page.evaluate(popupQuerySource(query, 'document', arg)) as Promise<R>;
      const click = (selector: string) => page.click(selector);
      return { page, view: { where: 'tab', read, click, type: (selector, text) => read(typeInto, [selector, text]), download: downloadVia(click) } };
    },
    async clickToolbarButton(page) {
      await driverPage();
      await page.bringToFront();
      // What a click on the toolbar button runs: the browser action's trigger for this window.
      await evaluateInChrome(
        browser,
        `(() => {
          const { ExtensionParent } = ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs');
          const extension = ExtensionParent.GlobalManager.getExtension(${JSON.stringify(pkg.geckoId)});
          ExtensionParent.apiManager.global.browserActionFor(extension).triggerAction(window);
        })()`,
      );
      return toolbarPopupView();
    },
    async openToolbarPopup(page) {
      const tabId = await session.tabIdOf(page);
      const helper = await driverPage();
      await helper.evaluate(async (id) => {
        const api = (globalThis as unknown as { browser: WebExtensionApi }).browser;
        await api.tabs.update(id, { active: true });
        await api.action.openPopup();
      }, tabId);
      return toolbarPopupView();
    },
    async close() {
      // The browser stays for the next test; the first tab (never ours) keeps its window open.
      for (const page of opened) await page.close().catch(() => undefined);
    },
  };
  return session;
}

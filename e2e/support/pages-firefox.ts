/**
 * The pages adapter for Firefox: puppeteer pages (WebDriver BiDi) of a {@link FirefoxSession}.
 * Extension pages never finish a BiDi navigation, so they are opened without waiting and polled.
 * `prefers-color-scheme` is set through the content override preference (puppeteer's media
 * emulation needs CDP); {@link resetColorScheme} puts it back for the next test.
 */
import { readdirSync } from 'node:fs';
import type { Page } from 'puppeteer-core';
import type { Browser as WebExtensionApi } from 'webextension-polyfill';
import { evaluateInChrome, nextDownload, type FirefoxSession } from './firefox.ts';
import { whenRendered, type DriverPage, type PagesBrowser } from './pages.ts';
import { waitFor } from './views.ts';

const SCHEME_PREF = 'layout.css.prefers-color-scheme.content-override';
/** A tab id no tab has: a popup page aimed at it reads nothing (used only as an extension page). */
const NO_TAB = 2_000_000_000;

/** Extension pages never finish a BiDi navigation: start it, then poll until the page has loaded. */
async function openExtensionPage(page: Page, url: string): Promise<void> {
  page.goto(url).catch(() => undefined);
  await waitFor(`${url} to load`, () => page.evaluate((want) => location.href === want && document.readyState === 'complete', url));
}

/** Playwright key names ("Shift+Tab") as puppeteer presses them. */
async function pressKey(page: Page, key: string): Promise<void> {
  const parts = key === '+' ? ['+'] : key.split('+');
  const main = parts.pop()!;
  for (const modifier of parts) await page.keyboard.down(modifier as never);
  await page.keyboard.press(main as never);
  for (const modifier of parts.reverse()) await page.keyboard.up(modifier as never);
}

function firefoxPage(firefox: FirefoxSession, page: Page): DriverPage {
  const downloads = async () => String(await evaluateInChrome(firefox.browser, `Services.prefs.getStringPref('browser.download.dir')`));
  return {
    url: () => page.url(),
    evaluate: (fn, arg) => page.evaluate(fn as never, arg as never) as never,
    evaluateSource: (source) => page.evaluate(source),
    click: (selector) => page.click(selector),
    async fill(selector, text) {
      await page.focus(selector);
      await page.evaluate((wanted) => (document.querySelector(wanted) as HTMLInputElement | null)?.select(), selector);
      await page.keyboard.press('Backspace');
      await page.keyboard.type(text);
    },
    press: (key) => pressKey(page, key),
    type: (text) => page.keyboard.type(text),
    select: async (selector, value) => void (await page.select(selector, value)),
    async upload(selector, file) {
      const input = await page.$(selector);
      if (!input) throw new Error(`no ${selector}`);
      await (input as unknown as { uploadFile(...files: string[]): Promise<void> }).uploadFile(file);
    },
    async download(selector) {
      const dir = await downloads();
      const before = new Set(readdirSync(dir));
      await page.click(selector);
      return nextDownload(dir, before);
    },
    async colorScheme(scheme) {
      await evaluateInChrome(firefox.browser, `Services.prefs.setIntPref(${JSON.stringify(SCHEME_PREF)}, ${scheme === 'dark' ? 0 : 1})`);
      await waitFor(`prefers-color-scheme: ${scheme}`, () => page.evaluate((wanted) => matchMedia(`(prefers-color-scheme: ${wanted})`).matches, scheme));
    },
    reload: async () => {
      const url = page.url();
      if (url.startsWith('moz-extension:')) {
        page.reload().catch(() => undefined);
        await waitFor(`${url} to reload`, () => page.evaluate(() => document.readyState === 'complete'));
      } else {
        await page.reload();
      }
    },
    bringToFront: () => page.bringToFront(),
    close: () => page.close(),
  };
}

/** Back to the browser's own colour scheme (the browser serves the next tests too). */
export async function resetColorScheme(firefox: FirefoxSession): Promise<void> {
  await evaluateInChrome(firefox.browser, `Services.prefs.clearUserPref(${JSON.stringify(SCHEME_PREF)})`);
}

export function firefoxPages(firefox: FirefoxSession): PagesBrowser {
  let helper: Page | undefined;
  /** Tabs the extension opened (the session closes only the tabs it opened itself). */
  const adopted: Page[] = [];
  /** An extension page in a background tab, to reach the event page from. */
  async function helperPage(): Promise<Page> {
    if (helper && !helper.isClosed()) return helper;
    helper = (await firefox.openPopupInTab(NO_TAB)).page;
    return helper;
  }
  return {
    name: 'firefox',
    origin: firefox.origin,
    async openExtensionPage(pagePath) {
      const page = await firefox.browser.newPage();
      adopted.push(page);
      await openExtensionPage(page, firefox.origin + pagePath);
      const driver = firefoxPage(firefox, page);
      await whenRendered(driver);
      return driver;
    },
    async openWebPage(fixtureOrUrl) {
      const page = await firefox.openPage(fixtureOrUrl);
      return { page: firefoxPage(firefox, page), tabId: await firefox.tabIdOf(page) };
    },
    async openPopup(tabId) {
      const { page } = await firefox.openPopupInTab(tabId);
      return firefoxPage(firefox, page);
    },
    async clickToNewTab(page, selector, urlStart) {
      const before = new Set(await firefox.browser.pages());
      await page.click(selector);
      // A tab the extension opened does not always report its address to BiDi: ask the page.
      const tab = await waitFor(
        `a new tab at ${urlStart}`,
        async () => {
          for (const candidate of await firefox.browser.pages()) {
            if (before.has(candidate)) continue;
            const href = await candidate.evaluate(() => location.href).catch(() => '');
            if (href.startsWith(urlStart)) return candidate;
          }
          return undefined;
        },
        20_000,
      );
      adopted.push(tab);
      const driver = firefoxPage(firefox, tab);
      await whenRendered(driver);
      return driver;
    },
    async backgroundHook(name, args) {
      const page = await helperPage();
      return page.evaluate(
        async (hook, hookArgs) => {
          const api = (globalThis as unknown as { browser: WebExtensionApi }).browser;
          const background = (await api.runtime.getBackgroundPage()) as unknown as { saywhoTest?: Record<string, (...a: unknown[]) => unknown> };
          if (!background.saywhoTest?.[hook]) throw new Error(`no test hook ${hook}: is this the test package?`);
          // Plain data out of the background's compartment.
          return JSON.parse(JSON.stringify((await background.saywhoTest[hook](...hookArgs)) ?? null));
        },
        name,
        args,
      ) as never;
    },
    async dispose() {
      for (const page of adopted) await page.close().catch(() => undefined);
      await resetColorScheme(firefox).catch(() => undefined);
    },
  };
}

/**
 * Runs a scenario with a clean extension state, and leaves it clean: one Firefox serves every
 * test of a worker with the same installed package, so storage, registered scripts and granted
 * optional permissions would otherwise carry over from test to test.
 */
export async function withFirefoxPages(firefox: FirefoxSession, scenario: (browser: PagesBrowser) => Promise<void>): Promise<void> {
  const browser = firefoxPages(firefox);
  await resetExtension(firefox);
  try {
    await scenario(browser);
  } finally {
    await browser.dispose();
    await resetExtension(firefox);
  }
}

async function resetExtension(firefox: FirefoxSession): Promise<void> {
  const { page } = await firefox.openPopupInTab(NO_TAB);
  try {
    await page.evaluate(async () => {
      const api = (globalThis as unknown as { browser: WebExtensionApi }).browser;
      await api.scripting.unregisterContentScripts();
      const { origins = [] } = await api.permissions.getAll();
      const declared = (api.runtime.getManifest() as { host_permissions?: string[] }).host_permissions ?? [];
      const optional = origins.filter((origin) => !declared.includes(origin));
      if (optional.length) await api.permissions.remove({ origins: optional });
      await api.storage.local.clear();
    });
  } finally {
    await page.close();
  }
}

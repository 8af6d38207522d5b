/**
 * Hostile pages in both browsers: one handle for an article tab (main-world probes, the errors it
 * reports, its tab id) and one for the browser (open a fixture, open the popup against a tab,
 * throw a canary error in the content script's world). `hostile-suite.ts` writes the checks once
 * against these; Chromium (Playwright) and Firefox (puppeteer over BiDi) provide adapters.
 */
import type { Page as PlaywrightPage } from '@playwright/test';
import type { Page as PuppeteerPage } from 'puppeteer-core';
import type { Browser as WebExtensionApi } from 'webextension-polyfill';
import type { ChromiumSession } from './chromium.ts';
import type { FirefoxSession } from './firefox.ts';
import type { PopupView } from './views.ts';

type Primitive = string | number | boolean | null;

export interface HostileTab {
  readonly url: string;
  readonly tabId: number;
  /**
   * Runs `fn(arg)` in the page's main world. Only primitives in and out: one of the pages breaks
   * `Array.prototype.map` and `JSON`, which Playwright's own object serialisation relies on.
   */
  probe<A extends Primitive, R extends Primitive>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  /** Makes the tab the active one (background tabs have their timers throttled). */
  toFront(): Promise<void>;
  /** Uncaught exceptions and rejections (any world of the page) and console errors, as text. */
  readonly errors: string[];
}

export interface HostileBrowser {
  readonly name: 'chromium' | 'firefox';
  /** The extension's origin (`chrome-extension://ID/`, `moz-extension://UUID/`). */
  readonly origin: string;
  open(fixture: string): Promise<HostileTab>;
  /** The popup page, opened in a tab of its own against `tab` (the test package may read 127.0.0.1). */
  popup(tab: HostileTab): Promise<PopupView>;
  /** Throws `message` asynchronously in the content scripts' world of `tab`. */
  canary(tab: HostileTab, message: string): Promise<void>;
  /** Closes the tabs this test opened (the browser itself serves the next test). */
  close(): Promise<void>;
}

export function chromiumHostile(session: ChromiumSession): HostileBrowser {
  const origin = `chrome-extension://${session.extensionId}/`;
  const opened: PlaywrightPage[] = [];
  const worker = () => {
    const found = session.context.serviceWorkers().find((w) => w.url().startsWith(origin));
    if (!found) throw new Error('no SayWho service worker');
    return found;
  };
  return {
    name: 'chromium',
    origin,
    async open(fixture) {
      const page: PlaywrightPage = await session.openPage(fixture);
      opened.push(page);
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}\n${error.stack ?? ''}`));
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(`console: ${message.text()} @ ${message.location().url}`);
      });
      const tabId = await session.tabIdOf(page);
      return {
        url: page.url(),
        tabId,
        errors,
        probe: (fn, arg) => page.evaluate(fn as unknown as (a: Primitive) => Primitive, arg as Primitive) as never,
        toFront: () => page.bringToFront(),
      };
    },
    async popup(tab) {
      const { page, view } = await session.openPopupInTab(tab.tabId);
      opened.push(page);
      return view;
    },
    async canary(tab, message) {
      await worker().evaluate(
        async ([tabId, text]) => {
          const api = (globalThis as unknown as { chrome: WebExtensionApi }).chrome;
          // `func` travels as source twice (to the worker, then to the tab): it is written inline.
          const func = (m: string) => void setTimeout(() => {
            throw new Error(m);
          }, 0);
          await api.scripting.executeScript({ target: { tabId }, func, args: [text] });
        },
        [tab.tabId, message] as const,
      );
    },
    async close() {
      for (const page of opened.splice(0)) await page.close().catch(() => undefined);
    },
  };
}

export function firefoxHostile(session: FirefoxSession): HostileBrowser {
  let extensionPage: PuppeteerPage | undefined;
  return {
    name: 'firefox',
    origin: session.origin,
    async open(fixture) {
      const page = await session.openPage(fixture);
      const errors: string[] = [];
      page.on('pageerror', (error) => {
        const e = error as Error;
        errors.push(`uncaught: ${e.message}\n${e.stack ?? ''}`);
      });
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(`console: ${message.text()} @ ${message.location().url ?? ''}`);
      });
      const tabId = await session.tabIdOf(page);
      return {
        url: page.url(),
        tabId,
        errors,
        probe: (fn, arg) => page.evaluate(fn as unknown as (a: Primitive) => Primitive, arg as Primitive) as never,
        toFront: () => page.bringToFront(),
      };
    },
    async popup(tab) {
      const { page, view } = await session.openPopupInTab(tab.tabId);
      extensionPage = page;
      return view;
    },
    async canary(tab, message) {
      if (!extensionPage) await this.popup(tab);
      await extensionPage!.evaluate(
        async (tabId, text) => {
          const api = (globalThis as unknown as { browser: WebExtensionApi }).browser;
          const func = (m: string) => void setTimeout(() => {
            throw new Error(m);
          }, 0);
          await api.scripting.executeScript({ target: { tabId }, func, args: [text] });
        },
        tab.tabId,
        message,
      );
    },
    // The session closes its tabs when the test ends (fixtures.ts).
    close: async () => undefined,
  };
}

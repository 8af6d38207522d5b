/** The pages adapter for Chromium: Playwright pages of a {@link ChromiumSession}. */
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import type { ChromiumSession } from './chromium.ts';
import { whenRendered, type DriverPage, type PagesBrowser } from './pages.ts';
import { waitFor } from './views.ts';

export function chromiumPage(page: Page): DriverPage {
  return {
    url: () => page.url(),
    evaluate: (fn, arg) => page.evaluate(fn as never, arg as never),
    evaluateSource: (source) => page.evaluate(source),
    click: (selector) => page.locator(selector).first().click(),
    async fill(selector, text) {
      const field = page.locator(selector).first();
      await field.focus();
      await field.selectText().catch(() => undefined);
      await page.keyboard.press('Backspace');
      await page.keyboard.type(text);
    },
    press: (key) => page.keyboard.press(key),
    type: (text) => page.keyboard.type(text),
    select: async (selector, value) => void (await page.locator(selector).first().selectOption(value)),
    upload: (selector, file) => page.locator(selector).first().setInputFiles(file),
    async download(selector) {
      const [download] = await Promise.all([page.waitForEvent('download'), page.locator(selector).first().click()]);
      return { name: download.suggestedFilename(), text: readFileSync(await download.path(), 'utf8') };
    },
    colorScheme: (scheme) => page.emulateMedia({ colorScheme: scheme }),
    reload: async () => void (await page.reload()),
    bringToFront: () => page.bringToFront(),
    close: () => page.close(),
  };
}

export function chromiumPages(chromium: ChromiumSession): PagesBrowser {
  const origin = `chrome-extension://${chromium.extensionId}/`;
  const worker = () => chromium.context.serviceWorkers().find((w) => w.url().startsWith(origin));
  return {
    name: 'chromium',
    origin,
    async openExtensionPage(pagePath) {
      const page = await chromium.context.newPage();
      await page.goto(origin + pagePath);
      const driver = chromiumPage(page);
      await whenRendered(driver);
      return driver;
    },
    async openWebPage(fixtureOrUrl) {
      const page = await chromium.openPage(fixtureOrUrl);
      return { page: chromiumPage(page), tabId: await chromium.tabIdOf(page) };
    },
    async openPopup(tabId) {
      const { page } = await chromium.openPopupInTab(tabId);
      return chromiumPage(page);
    },
    async clickToNewTab(page, selector, urlStart) {
      const opened = chromium.context.waitForEvent('page', { predicate: (candidate) => candidate.url().startsWith(urlStart), timeout: 20_000 });
      await page.click(selector);
      const tab = await opened;
      const driver = chromiumPage(tab);
      await whenRendered(driver);
      return driver;
    },
    async backgroundHook(name, args) {
      const sw = worker() ?? (await waitFor('the service worker', async () => worker()));
      return sw.evaluate(
        async ({ name, args }) => {
          const hooks = (globalThis as unknown as { saywhoTest?: Record<string, (...a: unknown[]) => unknown> }).saywhoTest;
          if (!hooks?.[name]) throw new Error(`no test hook ${name}: is this the test package?`);
          return JSON.parse(JSON.stringify((await hooks[name](...args)) ?? null));
        },
        { name, args },
      ) as never;
    },
    // The session's context closes every page.
    dispose: async () => undefined,
  };
}


/**
 * Accessibility of the popup (ready state), the history and the settings page, in both browsers:
 * axe-core finds no violation in light or dark mode (the pages follow `prefers-color-scheme`),
 * and everything is reached and used with the keyboard alone: Tab order, a visible focus
 * indicator on every stop, Enter and Space to activate.
 */
import { expect } from '@playwright/test';
import { analyseInPopup, ARTICLES, historyWithArticles, messageText } from './pages-flows.ts';
import { axeViolations, count, focused, OPTIONS_PATH, tabTo, testId, type DriverPage, type FocusState, type PagesBrowser } from './pages.ts';
import { waitFor } from './views.ts';

async function expectNoViolations(page: DriverPage, what: string): Promise<void> {
  for (const scheme of ['light', 'dark'] as const) {
    await page.colorScheme(scheme);
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor, null);
    // The page follows the scheme (white in light mode, near-black in dark mode).
    expect(background, `${what} background in ${scheme} mode`).toBe(scheme === 'light' ? 'rgb(255, 255, 255)' : 'rgb(22, 25, 31)');
    expect(await axeViolations(page), `axe violations: ${what}, ${scheme} mode`).toEqual([]);
  }
}

function expectVisibleFocus(stops: FocusState[], what: string): void {
  for (const stop of stops) expect(stop.visible, `visible focus on ${JSON.stringify(stop)} (${what})`).toBe(true);
}

export async function pagesPassAxe(browser: PagesBrowser): Promise<void> {
  const { popup } = await analyseInPopup(browser, ARTICLES.seed.fixture);
  await popup.click(testId('voices-toggle'));
  await expectNoViolations(popup, 'popup (ready)');

  const history = await historyWithArticles(browser);
  await expectNoViolations(history, 'history, articles');
  await history.click(testId('voices-tab'));
  await history.click(`${testId('voice')} ${testId('voice-toggle')}`);
  await expectNoViolations(history, 'history, voices');

  const options = await browser.openExtensionPage(OPTIONS_PATH);
  await expectNoViolations(options, 'settings');
  await options.fill(testId('auto-site-input'), 'http://127.0.0.1');
  await options.click(testId('auto-site-add'));
  await messageText(options, 'settings-message', /Added/);
  await options.click(testId('clear-all-data'));
  await expectNoViolations(options, 'settings, a site listed, confirming');
}

export async function popupByKeyboard(browser: PagesBrowser): Promise<void> {
  const { popup } = await analyseInPopup(browser, ARTICLES.seed.fixture);
  await popup.bringToFront();
  const toVoices = await tabTo(popup, 'voices-toggle');
  await popup.press('Enter');
  await waitFor('the voices summary to open', () => popup.evaluate(() => document.querySelector('[data-testid="voices-summary"]')?.hasAttribute('open') ?? false, null));
  expect(await count(popup, testId('voice-share'))).toBeGreaterThanOrEqual(1);
  const toFilter = await tabTo(popup, 'filter-quotes');
  await popup.press(' ');
  await waitFor('only quotes', async () => (await popup.evaluate(() => Array.from(document.querySelectorAll('[data-testid="entry"]'), (entry) => entry.getAttribute('data-kind')), null)).every((kind) => kind === 'quote'));
  const toSearch = await tabTo(popup, 'search');
  await popup.type('Syria');
  const toRest = await tabTo(popup, 'auto-site-current', 250);
  expectVisibleFocus([...toVoices, ...toFilter, ...toSearch, ...toRest], 'popup');
  // Every entry and control on the way was reachable: the entries' own buttons among them.
  expect(toRest.some((stop) => stop.testId === 'copy-citation')).toBe(true);
  expect(toRest.some((stop) => stop.testId === 'export-json')).toBe(true);
  expect(toRest.some((stop) => stop.testId === 'open-history')).toBe(true);
}

export async function historyByKeyboard(browser: PagesBrowser): Promise<void> {
  const history = await historyWithArticles(browser);
  await history.bringToFront();
  const toSearch = await tabTo(history, 'history-search');
  await history.type('lavrov');
  await waitFor('two articles', async () => (await count(history, testId('history-item'))) === 2);
  const toTabs = await tabTo(history, 'articles-tab');
  await history.press('ArrowRight');
  expect((await focused(history)).testId).toBe('voices-tab');
  await waitFor('the voices', async () => (await count(history, testId('voice'))) >= 1);
  const toVoice = await tabTo(history, 'voice-toggle');
  await history.press('Enter');
  await waitFor('the voice open', async () => (await count(history, testId('voice-article'))) === 2);
  await history.press('Shift+Tab');
  expect((await focused(history)).testId).toBe('voices-tab');
  await history.press('ArrowLeft');
  expect((await focused(history)).testId).toBe('articles-tab');
  await waitFor('the articles', async () => (await count(history, testId('history-item'))) === 2);
  const toDelete = await tabTo(history, 'history-delete');
  await history.press('Enter');
  await waitFor('one article left', async () => (await count(history, testId('history-item'))) === 1);
  // The focus moves to "Undo", which Space activates.
  await waitFor('the focus on Undo', async () => (await focused(history)).testId === 'history-undo', 2_000).catch(() => undefined);
  expect((await focused(history)).testId).toBe('history-undo');
  await history.press(' ');
  await waitFor('two articles again', async () => (await count(history, testId('history-item'))) === 2);
  const toExport = await tabTo(history, 'import-file');
  expectVisibleFocus([...toSearch, ...toTabs, ...toVoice, ...toDelete, ...toExport], 'history');
  expect(toExport.some((stop) => stop.testId === 'export-all-json')).toBe(true);
}

export async function settingsByKeyboard(browser: PagesBrowser): Promise<void> {
  const options = await browser.openExtensionPage(OPTIONS_PATH);
  await options.bringToFront();
  // The page says "Loading…" until the settings are read; a Tab pressed while the form replaces
  // it found the body (a CI run failed so).
  await waitFor('the settings form', async () => (await count(options, testId('setting-kind-claims'))) === 1);
  const toClaims = await tabTo(options, 'setting-kind-claims');
  await options.press(' ');
  await messageText(options, 'settings-message', /no longer be highlighted/);
  await options.press(' ');
  await messageText(options, 'settings-message', /Attributed claims will be highlighted/);
  const toStyle = await tabTo(options, 'setting-style');
  await options.press('ArrowDown');
  await messageText(options, 'settings-message', /Highlight style: High contrast/);
  const toSite = await tabTo(options, 'auto-site-input');
  await options.type('http://127.0.0.1');
  await options.press('Enter');
  await messageText(options, 'settings-message', /Added 127\.0\.0\.1/);
  const toRemove = await tabTo(options, 'auto-site-remove');
  await options.press('Enter');
  await messageText(options, 'settings-message', /Removed 127\.0\.0\.1/);
  // The removed site's button is gone: the focus is on the site field, not lost to the body.
  await waitFor('the focus on the site field', async () => (await focused(options)).testId === 'auto-site-input', 2_000).catch(() => undefined);
  expect((await focused(options)).testId).toBe('auto-site-input');
  const toClear = await tabTo(options, 'clear-all-data');
  await options.press('Enter');
  await waitFor('the confirmation focused', async () => (await focused(options)).testId === 'clear-all-confirm');
  await options.press('Enter');
  await messageText(options, 'settings-message', /All saved analyses and corrections were deleted/);
  for (const [name, stops] of Object.entries({ toClaims, toStyle, toSite, toRemove, toClear })) expectVisibleFocus(stops, `settings, ${name}: ${stops.map((s) => s.testId ?? s.tag).join(' → ')}`);
  expect(toClaims.some((stop) => stop.testId === 'setting-kind-quotes')).toBe(true);
  expect(toSite.some((stop) => stop.testId === 'auto-mode-all')).toBe(true);
  expect(toClear.some((stop) => stop.testId === 'open-history')).toBe(true);
}

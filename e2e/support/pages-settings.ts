/**
 * The settings page, automatic mode and the keyboard command end to end, written once for both
 * browsers against {@link PagesBrowser}.
 *
 * Permissions: automatic mode for `http://127.0.0.1` needs that host permission. Chromium cannot
 * answer a permission prompt headless, so these tests use the test package, which already holds
 * `http://127.0.0.1/*` (`permissions.request` then resolves without a prompt); Firefox runs with
 * `extensions.webextOptionalPermissionPrompts` = false, which grants optional permissions without
 * a prompt, so it also tests "all sites" and giving permissions back.
 */
import { expect } from '@playwright/test';
import type { Browser as WebExtensionApi } from 'webextension-polyfill';
import { analyseInPopup, ARTICLES, messageText } from './pages-flows.ts';
import { count, extensionStorage, OPTIONS_PATH, readText, savedAnalyses, setExtensionStorage, testId, type DriverPage, type PagesBrowser } from './pages.ts';
import { waitFor } from './views.ts';

const SETTINGS_KEY = 'saywho:settings';
const AUTO = { late: 'auto/late-quote.html', spa: 'auto/spa.html' } as const;

export interface Highlights {
  quote: string[];
  claim: string[];
}

/** The highlighted texts on a page, per kind, as the page itself sees them. */
export function highlights(page: DriverPage): Promise<Highlights> {
  return page.evaluate(() => {
    const read = (name: string) => {
      const highlight = CSS.highlights.get(name);
      return highlight ? Array.from(highlight as unknown as Iterable<Range>, (range) => range.toString().replace(/\s+/g, ' ').trim()) : [];
    };
    return { quote: read('saywho-quote'), claim: read('saywho-claim') };
  }, null);
}

export function waitForHighlights(page: DriverPage, what: string, test: (now: Highlights) => boolean, timeoutMs = 30_000): Promise<Highlights> {
  return waitFor(
    what,
    async () => {
      const now = await highlights(page);
      return test(now) ? now : undefined;
    },
    timeoutMs,
  );
}

/**
 * How the page paints its first quote highlight (the user-origin sheet included); `inShadow`: the
 * first one inside a shadow root (styled by the content script's own sheet there).
 */
function quoteStyle(page: DriverPage, inShadow = false): Promise<{ background: string; decoration: string } | null> {
  return page.evaluate((shadow) => {
    const ranges = Array.from((CSS.highlights.get('saywho-quote') ?? []) as unknown as Iterable<Range>);
    const range = ranges.find((candidate) => !shadow || candidate.startContainer.getRootNode() instanceof ShadowRoot);
    const element = range?.startContainer.parentElement;
    if (!element) return null;
    const style = getComputedStyle(element, '::highlight(saywho-quote)');
    return { background: style.backgroundColor, decoration: style.textDecorationStyle };
  }, inShadow);
}

async function registered(page: DriverPage): Promise<Array<{ id: string; matches: string[] }>> {
  const scripts = await page.evaluate(async () => {
    const scope = globalThis as unknown as { browser?: WebExtensionApi; chrome: WebExtensionApi };
    return (await (scope.browser ?? scope.chrome).scripting.getRegisteredContentScripts()).map((script) => ({ id: script.id, matches: script.matches ?? [] }));
  }, null);
  return JSON.parse(JSON.stringify(scripts));
}

async function hasPermission(page: DriverPage, pattern: string): Promise<boolean> {
  return page.evaluate(async (origin) => {
    const scope = globalThis as unknown as { browser?: WebExtensionApi; chrome: WebExtensionApi };
    return (scope.browser ?? scope.chrome).permissions.contains({ origins: [origin] });
  }, pattern);
}

async function badge(page: DriverPage, tabId: number): Promise<string> {
  return page.evaluate(async (id) => {
    const scope = globalThis as unknown as { browser?: WebExtensionApi; chrome: WebExtensionApi };
    return (scope.browser ?? scope.chrome).action.getBadgeText({ tabId: id });
  }, tabId);
}

async function storedSettings(page: DriverPage): Promise<unknown> {
  return (await extensionStorage(page))[SETTINGS_KEY];
}

export async function kindsAndStyleApply(browser: PagesBrowser): Promise<void> {
  const options = await browser.openExtensionPage(OPTIONS_PATH);
  await options.click(testId('setting-kind-claims'));
  await messageText(options, 'settings-message', /Attributed claims will no longer be highlighted/);
  await options.select(testId('setting-style'), 'underline');
  await messageText(options, 'settings-message', /Highlight style: Underline only/);
  expect(await storedSettings(options)).toEqual({ schema: 1, kinds: { quote: true, claim: false }, style: 'underline', auto: { all: false, sites: [] } });

  const { page, popup, tabId } = await analyseInPopup(browser, ARTICLES.seed.fixture);
  const painted = await waitForHighlights(page, 'quote highlights', (now) => now.quote.length >= 5);
  expect(painted.claim, 'claims are not painted').toEqual([]);
  expect(await count(popup, '[data-testid="entry"][data-kind="claim"]'), 'the popup still lists the claims').toBeGreaterThanOrEqual(5);
  expect(await quoteStyle(page)).toEqual({ background: 'rgba(0, 0, 0, 0)', decoration: 'solid' });
  // An article inside a web component's shadow root gets the preset too.
  const shadow = await analyseInPopup(browser, 'hostile/shadow.html');
  await waitForHighlights(shadow.page, 'quote highlights in the shadow root', (now) => now.quote.length >= 2);
  expect(await quoteStyle(shadow.page, true)).toEqual({ background: 'rgba(0, 0, 0, 0)', decoration: 'solid' });

  // Both kinds again, in high contrast: the next popup applies them to the open page.
  await options.bringToFront();
  await options.click(testId('setting-kind-claims'));
  await messageText(options, 'settings-message', /Attributed claims will be highlighted/);
  await options.select(testId('setting-style'), 'high-contrast');
  await messageText(options, 'settings-message', /High contrast/);
  await popup.close();
  await browser.openPopup(tabId);
  await waitForHighlights(page, 'claims painted again', (now) => now.claim.length >= 5 && now.quote.length >= 5);
  await waitFor('the high-contrast style', async () => (await quoteStyle(page))?.background === 'rgb(196, 226, 255)');
}

export async function damagedSettingsAndClearAll(browser: PagesBrowser): Promise<void> {
  const { popup } = await analyseInPopup(browser, ARTICLES.seed.fixture);
  await setExtensionStorage(popup, { [SETTINGS_KEY]: { schema: 1, kinds: 'all of them', style: 42 } });
  const saved = savedAnalyses(await extensionStorage(popup));
  expect(Object.keys(saved)).toHaveLength(1);

  const options = await browser.openExtensionPage(OPTIONS_PATH);
  await messageText(options, 'settings-message', /could not be read \(kinds, style, auto\).*Everything else, including your saved articles, is unchanged/);
  expect(await options.evaluate(() => Array.from(document.querySelectorAll('input[type="checkbox"][data-testid^="setting-kind"]'), (box) => (box as HTMLInputElement).checked), null)).toEqual([true, true]);
  expect(await options.evaluate(() => (document.querySelector('[data-testid="setting-style"]') as HTMLSelectElement).value, null)).toBe('classic');
  expect(savedAnalyses(await extensionStorage(options)), 'nothing else lost').toEqual(saved);
  await options.select(testId('setting-style'), 'underline');
  await messageText(options, 'settings-message', /Underline only/);
  expect(await storedSettings(options)).toEqual({ schema: 1, kinds: { quote: true, claim: true }, style: 'underline', auto: { all: false, sites: [] } });

  // Deleting everything asks first; cancelling keeps it all.
  await options.click(testId('clear-all-data'));
  await options.click(testId('clear-all-cancel'));
  expect(savedAnalyses(await extensionStorage(options))).toEqual(saved);
  await options.click(testId('clear-all-data'));
  await options.click(testId('clear-all-confirm'));
  await messageText(options, 'settings-message', /All saved analyses and corrections were deleted\. Your settings are kept/);
  expect(savedAnalyses(await extensionStorage(options))).toEqual({});
  expect((await storedSettings(options)) as { style: string }).toMatchObject({ style: 'underline' });
}

/** Automatic mode for http://127.0.0.1: pages, late paragraphs and in-page navigation, without a click. */
export async function automaticModeFollowsPages(browser: PagesBrowser): Promise<void> {
  const options = await browser.openExtensionPage(OPTIONS_PATH);
  expect(await registered(options), 'off by default').toEqual([]);
  await options.fill(testId('auto-site-input'), 'http://127.0.0.1');
  await options.click(testId('auto-site-add'));
  await messageText(options, 'settings-message', /Added 127\.0\.0\.1 \(http only\)/);
  expect(await options.evaluate(() => Array.from(document.querySelectorAll('[data-testid="auto-site"]'), (site) => [site.getAttribute('data-site'), site.getAttribute('data-permission')]), null)).toEqual([['http://127.0.0.1', 'granted']]);
  expect(await registered(options)).toEqual([{ id: 'saywho-auto', matches: ['http://127.0.0.1/*'] }]);

  // A page: highlighted as it loads, badge included.
  const seed = await browser.openWebPage(ARTICLES.seed.fixture);
  await waitForHighlights(seed.page, 'highlights without a click', (now) => now.quote.length >= 5 && now.claim.length >= 5);
  await waitFor('the badge', async () => Number(await badge(options, seed.tabId)) >= 12);
  expect(savedAnalyses(await extensionStorage(options)), 'pages read automatically are not saved by themselves').toEqual({});
  // A jump within the page (#comments): the same page, highlights and badge kept.
  const painted = await highlights(seed.page);
  await seed.page.evaluate(() => void (location.hash = 'comments'), null);
  await new Promise((resolve) => setTimeout(resolve, 2000));
  expect(await highlights(seed.page), 'the highlights after a jump within the page').toEqual(painted);
  await waitFor('the badge after a jump within the page', async () => Number(await badge(options, seed.tabId)) >= 12);
  // The same by a script (pushState to a fragment fires no hashchange): still the same page.
  await seed.page.evaluate(() => history.pushState(null, '', '#part-2'), null);
  await new Promise((resolve) => setTimeout(resolve, 1000));
  expect(await highlights(seed.page), 'the highlights after pushState to a fragment').toEqual(painted);
  expect(Number(await badge(options, seed.tabId)), 'the badge after pushState to a fragment').toBeGreaterThanOrEqual(12);
  // Back twice, to the bare address: still the same document.
  for (const step of ['#comments', 'the bare address']) {
    await seed.page.evaluate(() => history.back(), null);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(await highlights(seed.page), `the highlights after going back to ${step}`).toEqual(painted);
    await waitFor(`the badge after going back to ${step}`, async () => Number(await badge(options, seed.tabId)) >= 12);
  }
  expect(await seed.page.evaluate(() => location.hash, null), 'back at the bare address').toBe('');

  // A paragraph that arrives after the first reading: highlighted too, once.
  const LATE = 'We will look at the weekend hours next,';
  const late = await browser.openWebPage(AUTO.late);
  const first = await waitForHighlights(late.page, 'the first highlights', (now) => now.quote.length > 0);
  expect(first.quote).not.toContain(LATE);
  const after = await waitForHighlights(late.page, 'the late quote highlighted', (now) => now.quote.includes(LATE));
  expect(after.quote.filter((text) => text === LATE), 'no duplicate highlight').toHaveLength(1);
  expect(new Set(after.quote).size, 'no range painted twice').toBe(after.quote.length);
  for (const text of first.quote) expect(after.quote).toContain(text);
  // Quiet page, quiet highlights: no repaint in the next 3 s.
  const repaints = await late.page.evaluate(async () => {
    const seen = new Set<unknown>([CSS.highlights.get('saywho-quote')]);
    for (let i = 0; i < 30; i++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      seen.add(CSS.highlights.get('saywho-quote'));
    }
    return seen.size - 1;
  }, null);
  expect(repaints, 'repaints of a page that no longer changes').toBe(0);

  // A single-page site: pushState + a new article in place; the highlights follow.
  const spa = await browser.openWebPage(AUTO.spa);
  await waitForHighlights(spa.page, 'the first story highlighted', (now) => now.quote.some((text) => text.startsWith('This line will take twenty thousand cars')));
  await spa.page.evaluate(() => (window as unknown as { goToStory2(): void }).goToStory2(), null);
  const second = await waitForHighlights(spa.page, 'the second story highlighted', (now) => now.quote.some((text) => text.startsWith('Families have waited long enough')));
  expect([...second.quote, ...second.claim].join(' '), 'nothing of the first story').not.toMatch(/twenty thousand cars|budget left no room/);
  expect(spa.page.url()).toMatch(/story=2$/);
  await waitFor('the badge of the second story', async () => Number(await badge(options, spa.tabId)) >= 3);

  // Off again: unregistered; a new page is not read, nor the next article of the single-page
  // site still open (its old highlights go with the old article).
  await options.bringToFront();
  await options.click(`${testId('auto-site')} ${testId('auto-site-remove')}`);
  await messageText(options, 'settings-message', /Removed 127\.0\.0\.1/);
  await waitFor('no registered script', async () => (await registered(options)).length === 0);
  // Each check of an absence first waits for the sign that the page's script decided: the
  // background's answer "off" to it (a test-package hook), or the page loaded without the script.
  const answersBefore = { spa: (await autoAnswersTo(browser, spa.tabId)).length, late: (await autoAnswersTo(browser, late.tabId)).length };
  await spa.page.evaluate(() => (window as unknown as { goToStory3(): void }).goToStory3(), null);
  // … nor a quote that arrives late on a page read while it was on.
  const LATER = 'The Sunday hours will follow in the spring,';
  await late.page.evaluate((text) => {
    const p = document.createElement('p');
    p.textContent = `“${text}” Ashford told the Courier on Thursday, before the council met again.`;
    document.getElementById('live')!.appendChild(p);
  }, LATER);
  const after2 = await browser.openWebPage(ARTICLES.report.fixture);
  await waitFor('the new page loaded', () => after2.page.evaluate(() => document.readyState === 'complete', null));
  // Registered scripts run at document_idle, at the latest right after the load event.
  await new Promise((resolve) => setTimeout(resolve, 500));
  expect(await contentScriptIn(options, after2.tabId), 'the content script on a page opened after automatic mode was turned off').toBe(false);
  expect(await highlights(after2.page)).toEqual({ quote: [], claim: [] });
  await waitFor('automatic mode’s “off” to the single-page site’s next article', async () => (await autoAnswersTo(browser, spa.tabId)).slice(answersBefore.spa).some((answer) => answer.asked === 'started' && !answer.auto));
  expect(spa.page.url()).toMatch(/story=3$/);
  expect(await highlights(spa.page), 'the single-page site after automatic mode was turned off').toEqual({ quote: [], claim: [] });
  // The page re-reads a grown page only after the answer, at most a few seconds apart (auto.ts).
  await waitFor('automatic mode’s “off” to the grown page', async () => (await autoAnswersTo(browser, late.tabId)).slice(answersBefore.late).some((answer) => answer.asked === 'stillAuto' && !answer.auto), 20_000);
  expect((await highlights(late.page)).quote, 'a late quote after automatic mode was turned off').not.toContain(LATER);
}

/** What automatic mode answered the tab's page so far (test packages only: `saywhoTest.autoAnswersTo`). */
function autoAnswersTo(browser: PagesBrowser, tabId: number): Promise<Array<{ asked: 'started' | 'stillAuto'; auto: boolean }>> {
  return browser.backgroundHook('autoAnswersTo', [tabId]);
}

/** Whether SayWho's content script runs in the tab (its flag in the extension's isolated world), asked from an extension page. */
async function contentScriptIn(page: DriverPage, tabId: number): Promise<boolean> {
  return page.evaluate(async (id) => {
    const scope = globalThis as unknown as { browser?: WebExtensionApi; chrome: WebExtensionApi };
    const [found] = await (scope.browser ?? scope.chrome).scripting.executeScript({ target: { tabId: id }, func: () => (globalThis as Record<symbol, unknown>)[Symbol.for('saywho.content-script')] === true });
    return found?.result === true;
  }, tabId);
}

/** "Automatic on this site" from the popup. */
export async function automaticModeFromPopup(browser: PagesBrowser): Promise<void> {
  const { popup } = await analyseInPopup(browser, ARTICLES.seed.fixture);
  const toggle = testId('auto-site-current');
  expect(await popup.evaluate((selector) => document.querySelector(selector)?.getAttribute('aria-pressed'), toggle)).toBe('false');
  await popup.click(toggle);
  // The popup's notice line (it has no test id of its own).
  await waitFor('the popup’s notice', async () => /SayWho will highlight pages on 127\.0\.0\.1 as they open/.test(await readText(popup, '.notice')));
  await waitFor('the toggle pressed', async () => (await popup.evaluate((selector) => document.querySelector(selector)?.getAttribute('aria-pressed'), toggle)) === 'true');
  expect((await storedSettings(popup)) as { auto: unknown }).toMatchObject({ auto: { all: false, sites: ['http://127.0.0.1'] } });
  expect(await registered(popup)).toEqual([{ id: 'saywho-auto', matches: ['http://127.0.0.1/*'] }]);
  const report = await browser.openWebPage(ARTICLES.report.fixture);
  await waitForHighlights(report.page, 'highlights without a click', (now) => now.quote.length >= 3);

  const again = await browser.openPopup(report.tabId);
  await waitFor('the popup', async () => (await again.evaluate((selector) => document.querySelector(selector)?.getAttribute('aria-pressed'), toggle)) === 'true');
  await again.click(toggle);
  await waitFor('the toggle released', async () => (await again.evaluate((selector) => document.querySelector(selector)?.getAttribute('aria-pressed'), toggle)) === 'false');
  await waitFor('no registered script', async () => (await registered(again)).length === 0);
}

/** Firefox: optional permissions are granted without a prompt; "all sites" and giving them back. */
export async function automaticModePermissions(browser: PagesBrowser): Promise<void> {
  const options = await browser.openExtensionPage(OPTIONS_PATH);
  expect(await hasPermission(options, '*://*/*')).toBe(false);
  await options.click(testId('auto-mode-all'));
  await messageText(options, 'settings-message', /on for every site/);
  expect(await hasPermission(options, '*://*/*')).toBe(true);
  expect(await registered(options)).toEqual([{ id: 'saywho-auto', matches: ['*://*/*'] }]);
  const page = await browser.openWebPage(ARTICLES.wire.fixture);
  await waitForHighlights(page.page, 'highlights on every site', (now) => now.quote.length + now.claim.length >= 3);
  await options.bringToFront();
  await options.click(testId('auto-mode-all'));
  await messageText(options, 'settings-message', /Automatic mode is off/);
  expect(await hasPermission(options, '*://*/*'), 'the permission is given back').toBe(false);
  expect(await registered(options)).toEqual([]);

  await options.fill(testId('auto-site-input'), 'localhost');
  await options.press('Enter');
  await messageText(options, 'settings-message', /Added localhost/);
  expect(await hasPermission(options, '*://localhost/*')).toBe(true);
  expect(await registered(options)).toEqual([{ id: 'saywho-auto', matches: ['*://localhost/*'] }]);
  await options.click(`${testId('auto-site')} ${testId('auto-site-remove')}`);
  await messageText(options, 'settings-message', /Removed localhost/);
  expect(await hasPermission(options, '*://localhost/*')).toBe(false);
  expect(await registered(options)).toEqual([]);
  // What is not a site is refused with a message, and nothing changes.
  await options.fill(testId('auto-site-input'), 'file:///etc/passwd');
  await options.click(testId('auto-site-add'));
  await messageText(options, 'settings-message', /is not a web site/);
  expect(await count(options, testId('auto-site'))).toBe(0);
}

/** The "analyze" command's handler (a browser shortcut cannot be pressed headless): show, hide, show. */
export async function commandToggles(browser: PagesBrowser): Promise<void> {
  const { page, tabId } = await browser.openWebPage(ARTICLES.seed.fixture);
  expect(await browser.backgroundHook('onCommand', ['analyze', { id: tabId }])).toBe('shown');
  await waitForHighlights(page, 'highlights after the command', (now) => now.quote.length >= 5 && now.claim.length >= 5);
  expect(await browser.backgroundHook('onCommand', ['analyze', { id: tabId }])).toBe('cleared');
  await waitForHighlights(page, 'no highlights', (now) => now.quote.length === 0 && now.claim.length === 0);
  expect(await browser.backgroundHook('onCommand', ['analyze', { id: tabId }])).toBe('shown');
  await waitForHighlights(page, 'highlights again', (now) => now.quote.length >= 5);
  expect(await browser.backgroundHook('onCommand', ['something-else', { id: tabId }])).toBe('ignored');
}

/**
 * Browser-neutral handles on SayWho's full-tab pages (history, settings), the popup page and web
 * pages, for the history, settings and accessibility suites. Chromium (Playwright) and Firefox
 * (puppeteer over WebDriver BiDi) each provide an adapter (pages-chromium.ts, pages-firefox.ts);
 * the scenarios (pages-flows.ts, pages-a11y.ts) are written once against these interfaces.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser as WebExtensionApi } from 'webextension-polyfill';
import { ROOT } from './package.ts';
import { waitFor, type DownloadedFile } from './views.ts';

export const HISTORY_PATH = 'src/history/index.html';
export const OPTIONS_PATH = 'src/options/index.html';

export const testId = (id: string) => `[data-testid="${id}"]`;

/** A tab the test drives with real input (mouse, keyboard), and reads by running code in it. */
export interface DriverPage {
  url(): string;
  /** Runs `fn(arg)` in the page (the page's own world for web pages) and returns its JSON result. */
  evaluate<A, R>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  /** Evaluates script source text through the driver (so a page's CSP does not block it). */
  evaluateSource(source: string): Promise<unknown>;
  click(selector: string): Promise<void>;
  /** Focuses a text field and types `text` over its value, key by key. */
  fill(selector: string, text: string): Promise<void>;
  /** Presses a key (Playwright key names: "Tab", "Shift+Tab", "Enter", " ", "ArrowDown"). */
  press(key: string): Promise<void>;
  /** Types text at the focused element. */
  type(text: string): Promise<void>;
  select(selector: string, value: string): Promise<void>;
  /** Picks a file in an `<input type=file>` as the file dialog would. */
  upload(selector: string, file: string): Promise<void>;
  /** Clicks a control that downloads a file and returns that file. */
  download(selector: string): Promise<DownloadedFile>;
  /** Makes the page see `prefers-color-scheme: scheme`. */
  colorScheme(scheme: 'light' | 'dark'): Promise<void>;
  reload(): Promise<void>;
  bringToFront(): Promise<void>;
  close(): Promise<void>;
}

export interface PagesBrowser {
  readonly name: 'chromium' | 'firefox';
  /** `chrome-extension://ID/` or `moz-extension://UUID/`. */
  readonly origin: string;
  /** An extension page of the package (`HISTORY_PATH`…), loaded. */
  openExtensionPage(pagePath: string): Promise<DriverPage>;
  /** A page of the test server (fixture path or URL), and its tab id. */
  openWebPage(fixtureOrUrl: string): Promise<{ page: DriverPage; tabId: number }>;
  /** The popup page aimed at a tab (`?tabId=N`), loaded. */
  openPopup(tabId: number): Promise<DriverPage>;
  /** Clicks `selector` in `page`, which opens a new tab at an address starting with `urlStart`. */
  clickToNewTab(page: DriverPage, selector: string, urlStart: string): Promise<DriverPage>;
  /** Calls the test package's background hook `saywhoTest[name](...args)`; returns its JSON result. */
  backgroundHook<R>(name: string, args: unknown[]): Promise<R>;
  /** Closes what the adapter opened that its session does not close itself. */
  dispose(): Promise<void>;
}

/** Waits for an extension page's Preact app to render its first heading. */
export async function whenRendered(page: DriverPage, selector = 'h1'): Promise<void> {
  await waitFor(`${page.url()} to render`, () => page.evaluate((wanted) => document.readyState === 'complete' && document.querySelector(wanted) !== null, selector));
}

export function readText(page: DriverPage, selector: string): Promise<string> {
  return page.evaluate((wanted) => (document.querySelector(wanted)?.textContent ?? '').replace(/\s+/g, ' ').trim(), selector);
}

export function count(page: DriverPage, selector: string): Promise<number> {
  return page.evaluate((wanted) => document.querySelectorAll(wanted).length, selector);
}

/** `storage.local` of the extension, read from one of its pages. */
export function extensionStorage(page: DriverPage): Promise<Record<string, unknown>> {
  return page.evaluate(async () => {
    const scope = globalThis as unknown as { browser?: WebExtensionApi; chrome: WebExtensionApi };
    const api = scope.browser ?? scope.chrome;
    return JSON.parse(JSON.stringify(await api.storage.local.get(null))) as Record<string, unknown>;
  }, null);
}

export function setExtensionStorage(page: DriverPage, items: Record<string, unknown>): Promise<void> {
  return page.evaluate(async (values) => {
    const scope = globalThis as unknown as { browser?: WebExtensionApi; chrome: WebExtensionApi };
    const api = scope.browser ?? scope.chrome;
    await api.storage.local.set(values);
  }, items);
}

/** Only the saved analyses (`saywho:analysis:*`) of a storage snapshot. */
export function savedAnalyses(storage: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(storage).filter(([key]) => key.startsWith('saywho:analysis:')));
}

const AXE_SOURCE = path.join(ROOT, 'node_modules/axe-core/axe.min.js');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/** Runs axe-core (every rule it runs by default, best practices included) on the page. */
export async function axeViolations(page: DriverPage): Promise<AxeViolation[]> {
  const source = readFileSync(AXE_SOURCE, 'utf8');
  // Evaluated by the driver (not a <script> or eval), so the extension page's CSP does not apply.
  if (!(await page.evaluate(() => typeof (globalThis as { axe?: unknown }).axe === 'object', null))) await page.evaluateSource(`${source};void 0`);
  return page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: Array<{ id: string; impact: string | null; help: string; nodes: Array<{ target: unknown[] }> }> }> } }).axe;
    const { violations } = await axe.run(document, { resultTypes: ['violations'] });
    return violations.map((violation) => ({ id: violation.id, impact: violation.impact, help: violation.help, targets: violation.nodes.map((node) => node.target.join(' ')) }));
  }, null);
}

/** The focused element (a short description) and whether it shows a visible focus indicator. */
export interface FocusState {
  testId: string | null;
  tag: string;
  text: string;
  /** An outline (or a box shadow) of at least 2 px is drawn around it. */
  visible: boolean;
  /** The outline as computed (for failure messages). */
  outline: string;
}

export function focused(page: DriverPage): Promise<FocusState> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element || element === document.body) return { testId: null, tag: 'body', text: '', visible: false, outline: '' };
    const style = getComputedStyle(element);
    const outline = style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) >= 2;
    return {
      testId: element.getAttribute('data-testid'),
      tag: element.tagName.toLowerCase(),
      text: (element.textContent ?? element.getAttribute('aria-label') ?? '').replace(/\s+/g, ' ').trim().slice(0, 80),
      visible: outline || style.boxShadow !== 'none',
      outline: `${style.outlineStyle} ${style.outlineWidth} ${style.boxShadow}`,
    };
  }, null);
}

/**
 * Presses Tab until the element with `data-testid=wanted` has the focus; fails after `max` presses.
 * Returns every element the focus passed through (the tab order), each with its focus indicator.
 */
export async function tabTo(page: DriverPage, wanted: string, max = 60, key = 'Tab'): Promise<FocusState[]> {
  const passed: FocusState[] = [];
  for (let i = 0; i < max; i++) {
    await page.press(key);
    const now = await focused(page);
    passed.push(now);
    if (now.testId === wanted) return passed;
  }
  throw new Error(`${wanted} not reached with ${max} presses of ${key}; passed: ${passed.map((f) => f.testId ?? `${f.tag}:${f.text}`).join(' → ')}`);
}

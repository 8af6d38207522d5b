/**
 * Helpers for the "annotations that last" suites (e2e/persistence-*.spec.ts): an article server
 * whose page can be swapped for an edited version at the same address, popup actions for the
 * corrections, and the context-menu handler called the way the menu calls it.
 */
import { readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Page as PuppeteerPage } from 'puppeteer-core';
import type { Browser as WebExtensionApi } from 'webextension-polyfill';
import type { ChromiumSession } from './chromium.ts';
import { HIGHLIGHTS } from './expectations.ts';
import { FIXTURES } from './package.ts';
import { byTestId, entrySelector, waitFor, type ArticleView, type PopupView } from './views.ts';

/** What the edited version of the seed article changes. */
export const EDITS = {
  /** A paragraph inserted at the top of the article body: every later offset moves. */
  ad: 'Advertisement — Get our Middle East briefing in your inbox every morning. Sign up today, it is free.',
  /** A claim whose wording changes a little. */
  changedFrom: 'are not true, Russian Foreign Minister',
  changedTo: 'are simply untrue, Russian Foreign Minister',
  /** A quote whose paragraph is removed (words with plain spaces: the fixture has NBSPs around them). */
  removed: 'avoid taking aim',
} as const;

export type Variant = 'original' | 'edited';

/** The seed article with the edits above; fails loudly if the fixture no longer has the sentences. */
export function editedSeed(html: string): string {
  const removedParagraph = new RegExp(`\\s*<p>[^<]*${EDITS.removed}[^<]*</p>`);
  if (!removedParagraph.test(html) || !html.includes(EDITS.changedFrom) || !html.includes('<div class="article__body">')) {
    throw new Error('seed-article.html changed: update EDITS in e2e/support/persistence.ts');
  }
  return html
    .replace(removedParagraph, '')
    .replace(EDITS.changedFrom, EDITS.changedTo)
    .replace('<div class="article__body">', `<div class="article__body">\n        <p class="ad">${EDITS.ad}</p>`);
}

export interface ArticleServer {
  /** The article's one address, whichever version is served. */
  readonly url: string;
  serve(variant: Variant): void;
  close(): Promise<void>;
}

/** Serves the seed article (original or edited) at one address on 127.0.0.1; nothing else. */
export async function startArticleServer(): Promise<ArticleServer> {
  const original = readFileSync(path.join(FIXTURES, 'seed-article.html'), 'utf8');
  const pages: Record<Variant, string> = { original, edited: editedSeed(original) };
  let variant: Variant = 'original';
  const server = http.createServer((req, res) => {
    if (new URL(req.url ?? '/', 'http://127.0.0.1').pathname !== '/news/lavrov-syria.html') {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(pages[variant]);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/news/lavrov-syria.html`,
    serve(next) {
      variant = next;
    },
    close() {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

/** An entry as the popup lists it, with what the corrections show. */
export interface ListedEntry {
  id: string;
  kind: string;
  text: string;
  speaker: string;
  found: boolean;
  corrected: boolean;
  note: string;
  /** Listed in the "not found on this page" group. */
  missing: boolean;
}

export function listedEntries(popup: PopupView): Promise<ListedEntry[]> {
  return popup.read(
    (doc) =>
      Array.from(doc.querySelectorAll('[data-testid="entry"]'), (entry) => ({
        id: entry.getAttribute('data-item-id') ?? '',
        kind: entry.getAttribute('data-kind') ?? '',
        text: (entry.querySelector('.entry-text')?.textContent ?? '').replace(/\s+/g, ' ').trim(),
        speaker: (entry.querySelector('[data-testid="entry-speaker"]')?.textContent ?? '').replace(/\s+/g, ' ').trim(),
        found: entry.getAttribute('data-found') === 'true',
        corrected: entry.getAttribute('data-corrected') === 'true',
        note: (entry.querySelector('[data-testid="entry-note"]')?.textContent ?? '').replace(/^Your note:\s*/, '').trim(),
        missing: entry.closest('[data-testid="missing-group"]') !== null,
      })),
    null,
  );
}

/** The one listed entry whose text contains `words` (waits for it). */
export function entryWith(popup: PopupView, words: string, check: (entry: ListedEntry) => boolean = () => true, what = `an entry with "${words}"`): Promise<ListedEntry> {
  return waitFor(what, async () => {
    const matches = (await listedEntries(popup)).filter((entry) => entry.text.includes(words));
    if (matches.length > 1) throw new Error(`${matches.length} entries contain "${words}"`);
    return matches[0] && check(matches[0]) ? matches[0] : undefined;
  });
}

const within = (id: string, testId: string) => `${entrySelector(id)} ${byTestId(testId)}`;

/** Speaker picker: open it, type a name (known or new), save. */
export async function changeSpeaker(popup: PopupView, id: string, name: string): Promise<void> {
  await popup.click(within(id, 'edit-speaker'));
  await popup.type(within(id, 'speaker-input'), name);
  await popup.click(within(id, 'speaker-save'));
}

export async function addNote(popup: PopupView, id: string, note: string): Promise<void> {
  await popup.click(within(id, 'add-note'));
  await popup.type(within(id, 'note-input'), note);
  await popup.click(within(id, 'note-save'));
}

export const toggleKind = (popup: PopupView, id: string) => popup.click(within(id, 'toggle-kind'));
export const deleteEntry = (popup: PopupView, id: string) => popup.click(within(id, 'delete-entry'));

/** The speakers the picker suggests (the popup's datalist). */
export function suggestedSpeakers(popup: PopupView): Promise<string[]> {
  return popup.read((doc) => Array.from(doc.querySelectorAll('datalist#known-speakers option'), (option) => (option as HTMLOptionElement).value), null);
}

export function storageNotices(popup: PopupView): Promise<Array<{ code: string; text: string }>> {
  return popup.read((doc) => Array.from(doc.querySelectorAll('[data-testid="storage-notice"]'), (el) => ({ code: el.getAttribute('data-code') ?? '', text: el.textContent ?? '' })), null);
}

/** Where the popup's list comes from (see the popup's Status): "kept", "page" or "none". */
export function listSource(popup: PopupView): Promise<string | null> {
  return popup.read((doc) => doc.querySelector('[data-testid="state"]')?.getAttribute('data-source') ?? null, null);
}

/** The texts of the page's highlighted ranges, by highlight name (CSS Custom Highlight API). */
export function highlightedTexts(article: ArticleView): Promise<Record<string, string[]>> {
  return article.evaluate(
    (names) => Object.fromEntries(names.map((name) => [name, Array.from((CSS.highlights.get(name) ?? []) as Iterable<Range>, (range) => range.toString().replace(/\s+/g, ' '))])),
    [HIGHLIGHTS.quote, HIGHLIGHTS.claim],
  );
}

/** Selects the first occurrence of `text` in the article page, as a reader's drag would. */
export function selectText(article: ArticleView, text: string): Promise<string> {
  return article.evaluate((wanted) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      const at = node.data.indexOf(wanted);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + wanted.length);
      const selection = document.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
      return selection.toString();
    }
    throw new Error(`"${wanted}" is not on the page`);
  }, text);
}

/** The answer of the context-menu handler (a TabAnalysis), reduced to what the tests read. */
export interface MarkAnswer {
  status: string;
  message?: string;
  items?: Array<{ id: string; kind: string; text: string; corrected?: boolean }>;
}

const MENU_ITEM = { quote: 'saywho-mark-quote', claim: 'saywho-mark-claim' } as const;

/**
 * Chromium: a native context menu cannot be clicked headless, so this calls, in the service
 * worker, the very listener `contextMenus.onClicked` calls (exposed by test packages only).
 */
export async function clickMarkMenuChromium(chromium: ChromiumSession, tabId: number, kind: 'quote' | 'claim'): Promise<MarkAnswer> {
  const origin = `chrome-extension://${chromium.extensionId}/`;
  const worker = chromium.context.serviceWorkers().find((w) => w.url().startsWith(origin)) ?? (await chromium.context.waitForEvent('serviceworker'));
  return worker.evaluate(
    async ({ tabId, menuItemId }) => {
      const hooks = (globalThis as unknown as { saywhoTest?: { onMarkMenuClick(info: object, tab: object): Promise<unknown> | undefined } }).saywhoTest;
      if (!hooks) throw new Error('no test hooks: is this the test package?');
      const answer = (await hooks.onMarkMenuClick({ menuItemId }, { id: tabId })) as { status: string; message?: string; result?: { items: unknown[] } };
      return { status: answer.status, message: answer.message, items: answer.result?.items } as never;
    },
    { tabId, menuItemId: MENU_ITEM[kind] },
  );
}

/**
 * Firefox: the same, from an extension page, through the event page's window
 * (`runtime.getBackgroundPage()`).
 */
export async function clickMarkMenuFirefox(extensionPage: PuppeteerPage, tabId: number, kind: 'quote' | 'claim'): Promise<MarkAnswer> {
  return extensionPage.evaluate(
    async (id, menuItemId) => {
      const api = (globalThis as unknown as { browser: WebExtensionApi }).browser;
      const background = (await api.runtime.getBackgroundPage()) as unknown as { saywhoTest?: { onMarkMenuClick(info: object, tab: object): Promise<unknown> | undefined } };
      if (!background.saywhoTest) throw new Error('no test hooks: is this the test package?');
      const answer = (await background.saywhoTest.onMarkMenuClick({ menuItemId }, { id })) as { status: string; message?: string; result?: { items: unknown[] } };
      // Plain data out of the background's compartment.
      return JSON.parse(JSON.stringify({ status: answer.status, message: answer.message, items: answer.result?.items }));
    },
    tabId,
    MENU_ITEM[kind],
  );
}

/**
 * The centre of the first box of the highlighted range whose text starts with `words`, scrolled
 * into view first (viewport coordinates, for a real pointer move).
 */
export function highlightCentre(article: ArticleView, words: string): Promise<{ x: number; y: number }> {
  return article.evaluate(
    ({ names, wanted }) => {
      const ranges = names.flatMap((name) => Array.from((CSS.highlights.get(name) ?? []) as Iterable<Range>));
      const range = ranges.find((candidate) => candidate.toString().replace(/\s+/g, ' ').startsWith(wanted));
      if (!range) throw new Error(`no highlight starts with "${wanted}"`);
      (range.startContainer.parentElement ?? document.body).scrollIntoView({ block: 'center' });
      const box = range.getClientRects()[0]!;
      return { x: box.left + Math.min(20, box.width / 2), y: box.top + box.height / 2 };
    },
    { names: [HIGHLIGHTS.quote, HIGHLIGHTS.claim], wanted: words },
  );
}

/** The entry the popup shows as selected (`aria-current`) and whether it has the focus. */
export function selectedEntry(popup: PopupView): Promise<{ id: string | null; focused: boolean }> {
  return popup.read((doc) => {
    const entry = doc.querySelector('[data-testid="entry"][aria-current="true"]');
    return { id: entry?.getAttribute('data-item-id') ?? null, focused: entry !== null && doc.activeElement === entry };
  }, null);
}

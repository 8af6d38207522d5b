/**
 * The history page end to end, written once for both browsers against {@link PagesBrowser}:
 * articles saved the real way (SayWho opened on pages of the test server) plus one saved record
 * from another outlet, then listing, search, filters, voices, delete and undo, exports, and the
 * import round trip (export all → delete everything → import → the same saved data).
 */
import { expect } from '@playwright/test';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseCsv } from './csv.ts';
import { count, extensionStorage, HISTORY_PATH, OPTIONS_PATH, readText, savedAnalyses, setExtensionStorage, testId, type DriverPage, type PagesBrowser } from './pages.ts';
import { waitFor } from './views.ts';

export const ARTICLES = {
  seed: { fixture: 'seed-article.html', outlet: 'Sputnik International', speaker: 'Sergei Lavrov' },
  report: { fixture: 'bench/news-report.html', outlet: 'Northport Daily' },
  wire: { fixture: 'bench/wire-story.html', outlet: 'Coastal Wire' },
} as const;

/** A saved analysis from another outlet (stored schema 2), quoting the seed article's speaker. */
export const OTHER_RECORD = {
  schema: 2,
  key: 'https://world.example.org/2020/lavrov-geneva',
  url: 'https://world.example.org/2020/lavrov-geneva',
  canonicalUrl: null,
  title: 'Lavrov meets envoys in Geneva',
  outlet: { name: 'World Desk', domain: 'world.example.org' },
  published: '2020-01-15',
  byline: null,
  createdAt: '2020-01-15T10:00:00.000Z',
  analysedAt: '2020-01-15T10:00:00.000Z',
  updatedAt: '2020-01-16T09:00:00.000Z',
  revision: 1,
  speakers: [{ id: 's1', name: 'Sergei Lavrov', role: 'foreign minister', kind: 'person', mentions: ['Lavrov'] }],
  entries: [
    { id: 'q1', kind: 'quote', text: 'We are ready to talk to everyone', start: 10, end: 42, selectors: null, speakerId: 's1', cue: 'said', source: 'Lavrov' },
    { id: 'c1', kind: 'claim', text: 'the envoys had agreed on a timetable', start: 60, end: 96, selectors: null, speakerId: 's1', cue: 'said', source: 'he', correction: { note: 'Check the timetable.', at: '2020-01-16T09:00:00.000Z' } },
  ],
};

/** Opens SayWho's popup on a page (which saves its analysis) and waits for the entries. */
export async function analyseInPopup(browser: PagesBrowser, fixture: string): Promise<{ popup: DriverPage; page: DriverPage; tabId: number }> {
  const { page, tabId } = await browser.openWebPage(fixture);
  const popup = await browser.openPopup(tabId);
  const state = await waitFor(
    `the popup on ${fixture}`,
    async () => {
      const now = await popup.evaluate(() => document.querySelector('[data-testid="state"]')?.getAttribute('data-state') ?? null, null);
      return now && now !== 'loading' ? now : undefined;
    },
    45_000,
  );
  expect(state, `popup state on ${fixture}`).toBe('ready');
  return { popup, page, tabId };
}

interface ListedArticle {
  key: string;
  title: string;
  outlet: string;
  date: string;
  count: number;
  analysed: string;
}

export function listedArticles(history: DriverPage): Promise<ListedArticle[]> {
  return history.evaluate(
    () =>
      Array.from(document.querySelectorAll('[data-testid="history-item"]'), (item) => {
        const text = (id: string) => (item.querySelector(`[data-testid="${id}"]`)?.textContent ?? '').replace(/\s+/g, ' ').trim();
        return {
          key: item.getAttribute('data-key') ?? '',
          title: text('history-title'),
          outlet: text('history-outlet'),
          date: text('history-date'),
          count: Number(item.querySelector('[data-testid="history-count"]')?.getAttribute('data-count') ?? NaN),
          analysed: text('history-analysed'),
        };
      }),
    null,
  );
}

async function titlesShown(history: DriverPage): Promise<string[]> {
  return (await listedArticles(history)).map((article) => article.title);
}

/** Waits until the list shows exactly `n` articles. */
async function expectListed(history: DriverPage, n: number, what: string): Promise<void> {
  await waitFor(`${n} listed articles (${what})`, async () => (await count(history, testId('history-item'))) === n);
}

/** Sets a date field the way a picker does (typing dates is locale-dependent), then `input`. */
async function setDate(page: DriverPage, selector: string, value: string): Promise<void> {
  await page.evaluate(
    ({ selector, value }) => {
      const field = document.querySelector(selector) as HTMLInputElement;
      field.value = value;
      field.dispatchEvent(new Event('input', { bubbles: true }));
    },
    { selector, value },
  );
}

export async function messageText(page: DriverPage, id: string, pattern: RegExp): Promise<string> {
  return waitFor(`${id} to say ${pattern}`, async () => {
    const text = await readText(page, testId(id));
    return pattern.test(text) ? text : undefined;
  });
}

function tempFile(name: string, text: string): string {
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'saywho-import-')), name);
  writeFileSync(file, text);
  return file;
}

/** Three articles analysed for real, one saved record from elsewhere; the history opened from the popup. */
export async function historyWithArticles(browser: PagesBrowser): Promise<DriverPage> {
  await analyseInPopup(browser, ARTICLES.report.fixture);
  await analyseInPopup(browser, ARTICLES.wire.fixture);
  const { popup } = await analyseInPopup(browser, ARTICLES.seed.fixture);
  await setExtensionStorage(popup, { [`saywho:analysis:${OTHER_RECORD.key}`]: OTHER_RECORD });
  const history = await browser.clickToNewTab(popup, testId('open-history'), browser.origin + HISTORY_PATH);
  await expectListed(history, 4, 'three analysed, one stored');
  return history;
}

export async function historyListsSearchesAndFilters(browser: PagesBrowser): Promise<void> {
  const history = await historyWithArticles(browser);
  const listed = await listedArticles(history);
  // Newest change first: the stored record from 2020 comes last.
  expect(listed.at(-1)).toMatchObject({ title: OTHER_RECORD.title, outlet: 'World Desk', count: 2 });
  for (const article of listed) {
    expect(article.title, 'title').not.toBe('');
    expect(article.outlet, 'outlet').not.toBe('');
    expect(article.date, `date of ${article.title}`).not.toBe('');
    expect(article.count, `entries of ${article.title}`).toBeGreaterThan(0);
    expect(article.analysed, 'analysed at').not.toBe('');
  }
  expect(listed.map((article) => article.outlet).sort()).toEqual(['Coastal Wire', 'Northport Daily', 'Sputnik International', 'World Desk']);
  const seed = listed.find((article) => article.outlet === ARTICLES.seed.outlet)!;
  expect(seed.count).toBeGreaterThanOrEqual(12);

  // One search box: a speaker, an outlet, words of an entry.
  await history.fill(testId('history-search'), 'lavrov');
  await expectListed(history, 2, 'speaker');
  expect((await listedArticles(history)).map((article) => article.outlet).sort()).toEqual(['Sputnik International', 'World Desk']);
  await history.fill(testId('history-search'), 'northport');
  await expectListed(history, 1, 'outlet');
  await history.fill(testId('history-search'), 'blank cheque');
  await expectListed(history, 1, 'words of a quote');
  expect(await titlesShown(history)).toEqual([expect.stringContaining('harbour bridge')]);
  await history.fill(testId('history-search'), '');
  await expectListed(history, 4, 'search cleared');

  await history.select(testId('history-filter-outlet'), 'Coastal Wire');
  await expectListed(history, 1, 'outlet filter');
  expect(await titlesShown(history)).toEqual([expect.stringContaining('fishing quotas')]);
  await history.select(testId('history-filter-outlet'), '');
  await setDate(history, testId('history-filter-from'), '2024-05-01');
  await setDate(history, testId('history-filter-to'), '2024-12-31');
  await expectListed(history, 2, 'date range');
  expect((await listedArticles(history)).map((article) => article.outlet).sort()).toEqual(['Coastal Wire', 'Northport Daily']);
  await setDate(history, testId('history-filter-from'), '');
  await setDate(history, testId('history-filter-to'), '2019-12-31');
  await expectListed(history, 1, 'only an end date');
  expect((await listedArticles(history)).map((article) => article.outlet)).toEqual([ARTICLES.seed.outlet]);
  await setDate(history, testId('history-filter-to'), '');
  await expectListed(history, 4, 'filters cleared');

  // Voices: the same speaker across two outlets is one voice.
  await history.click(testId('voices-tab'));
  await waitFor('the voices', async () => (await count(history, testId('voice'))) > 5);
  const lavrov = `${testId('voice')}[data-voice-key="sergei lavrov"]`;
  expect(await count(history, lavrov)).toBe(1);
  await history.click(`${lavrov} ${testId('voice-toggle')}`);
  await waitFor('Lavrov’s articles', async () => (await count(history, `${lavrov} ${testId('voice-article')}`)) === 2);
  const lavrovText = await readText(history, lavrov);
  expect(lavrovText).toContain('We are ready to talk to everyone');
  expect(lavrovText).toMatch(/2 articles/);
  await history.fill(testId('history-search'), 'Haddad');
  await waitFor('one voice', async () => (await count(history, testId('voice'))) === 1);
  expect(await readText(history, testId('voice'))).toContain('Amira Haddad');
}

/**
 * `freshBrowser` starts the same package in a new browser profile: the export made here is
 * imported there and must give the same saved data (what a user moving machines does).
 */
export async function historyDeletesExportsAndImports(browser: PagesBrowser, freshBrowser?: () => Promise<PagesBrowser>): Promise<void> {
  const history = await historyWithArticles(browser);

  // Delete one, then undo.
  const otherItem = `${testId('history-item')}[data-key="${OTHER_RECORD.key}"]`;
  await history.click(`${otherItem} ${testId('history-delete')}`);
  await expectListed(history, 3, 'after delete');
  await messageText(history, 'history-message', /Deleted “Lavrov meets envoys in Geneva”/);
  expect(savedAnalyses(await extensionStorage(history))[`saywho:analysis:${OTHER_RECORD.key}`]).toBeUndefined();
  await history.click(testId('history-undo'));
  await expectListed(history, 4, 'after undo');
  await messageText(history, 'history-message', /Restored/);
  expect(savedAnalyses(await extensionStorage(history))[`saywho:analysis:${OTHER_RECORD.key}`]).toEqual(OTHER_RECORD);

  // Export everything, in three formats.
  const before = savedAnalyses(await extensionStorage(history));
  const json = await history.download(testId('export-all-json'));
  expect(json.name).toMatch(/^saywho-history-\d{4}-\d{2}-\d{2}\.json$/);
  const archive = JSON.parse(json.text) as { saywho: string; version: number; records: Array<{ key: string }> };
  expect(archive).toMatchObject({ saywho: 'history', version: 1 });
  expect(archive.records.map((record) => record.key).sort()).toEqual(Object.keys(before).map((key) => key.slice('saywho:analysis:'.length)).sort());
  const csv = await history.download(testId('export-all-csv'));
  expect(csv.name).toMatch(/\.csv$/);
  const rows = parseCsv(csv.text);
  const listed = await listedArticles(history);
  expect(rows[0]!.slice(0, 3)).toEqual(['kind', 'text', 'speaker']);
  expect(rows.length - 1, 'one row per entry of every article').toBe(listed.reduce((sum, article) => sum + article.count, 0));
  expect(new Set(rows.slice(1).map((row) => row[5]))).toEqual(new Set(listed.map((article) => article.outlet)));
  const md = await history.download(testId('export-all-md'));
  expect(md.text.split('\n')[0]).toBe('# SayWho: saved articles');
  for (const article of listed) expect(md.text).toContain(`## ${article.title.replace(/[\\`*_{}[\]()<>#+!|~&$]/g, '\\$&')}`);

  // Round trip: delete everything (settings page, with confirmation), import the export.
  const options = await browser.openExtensionPage(OPTIONS_PATH);
  await options.click(testId('clear-all-data'));
  await options.click(testId('clear-all-confirm'));
  await messageText(options, 'settings-message', /All saved analyses and corrections were deleted/);
  expect(savedAnalyses(await extensionStorage(options))).toEqual({});
  await waitFor('the history to empty', async () => (await count(history, testId('history-empty'))) === 1);
  await history.upload(testId('import-file'), tempFile(json.name, json.text));
  await messageText(history, 'history-message', /Imported: 4 new articles\./);
  await expectListed(history, 4, 'after import');
  expect(savedAnalyses(await extensionStorage(history)), 'the same saved data after the round trip').toEqual(before);

  // Files that are not a SayWho export, or from a newer SayWho, change nothing.
  await history.upload(testId('import-file'), tempFile('other.json', JSON.stringify({ hello: 'world' })));
  await messageText(history, 'history-message', /not a SayWho export, so nothing was imported/);
  await history.upload(testId('import-file'), tempFile('newer.json', JSON.stringify({ ...archive, version: 99 })));
  await messageText(history, 'history-message', /newer version of SayWho.*nothing was imported/);
  await history.upload(testId('import-file'), tempFile('page.csv', csv.text));
  await messageText(history, 'history-message', /not a SayWho export/);
  expect(savedAnalyses(await extensionStorage(history))).toEqual(before);

  // Import merges: a copy of the other record with a later note on the quote and without the claim's note.
  const elsewhere = structuredClone(OTHER_RECORD) as typeof OTHER_RECORD & { entries: Array<Record<string, unknown>> };
  elsewhere.entries[0]!.correction = { note: 'Said twice on camera.', at: '2021-02-01T00:00:00.000Z' };
  delete elsewhere.entries[1]!.correction;
  await history.upload(testId('import-file'), tempFile('elsewhere.json', JSON.stringify({ ...archive, records: [elsewhere] })));
  await messageText(history, 'history-message', /1 merged with the saved copy/);
  const merged = savedAnalyses(await extensionStorage(history))[`saywho:analysis:${OTHER_RECORD.key}`] as typeof OTHER_RECORD & { entries: Array<{ correction?: { note?: string } }> };
  expect(merged.entries.map((entry) => entry.correction?.note)).toEqual(['Said twice on camera.', 'Check the timetable.']);
  expect(merged.revision).toBe(OTHER_RECORD.revision + 1);
  await expectListed(history, 4, 'after the merge');

  if (!freshBrowser) return;
  // The first export, imported into a new profile that has never seen these articles.
  const elsewhereBrowser = await freshBrowser();
  const freshHistory = await elsewhereBrowser.openExtensionPage(HISTORY_PATH);
  await waitFor('the new profile to show an empty history', async () => (await count(freshHistory, testId('history-empty'))) === 1);
  expect(savedAnalyses(await extensionStorage(freshHistory))).toEqual({});
  await freshHistory.upload(testId('import-file'), tempFile(json.name, json.text));
  await messageText(freshHistory, 'history-message', /Imported: 4 new articles\./);
  await expectListed(freshHistory, 4, 'in the new profile');
  expect(savedAnalyses(await extensionStorage(freshHistory)), 'the same saved data in a new profile').toEqual(before);
}

/** The history page in Debian's Chromium (test package). Scenarios: support/pages-flows.ts. */
import { requireBrowser, test } from './support/fixtures.ts';
import { chromiumPages } from './support/pages-chromium.ts';
import { historyDeletesExportsAndImports, historyListsSearchesAndFilters } from './support/pages-flows.ts';

requireBrowser('chromium');
test.setTimeout(240_000);

test('history: opened from the popup, lists saved articles; search, outlet and date filters; voices across articles', async ({ launchChromium }) => {
  await historyListsSearchesAndFilters(chromiumPages(await launchChromium('test')));
});

test('history: delete with undo; export all (JSON, CSV, Markdown); import round trip, refused files, merge keeping corrections; import into a new profile', async ({ launchChromium }) => {
  await historyDeletesExportsAndImports(chromiumPages(await launchChromium('test')), async () => chromiumPages(await launchChromium('test')));
});

/** The history page in Firefox ESR (test package). Scenarios: support/pages-flows.ts. */
import { requireBrowser, test } from './support/fixtures.ts';
import { withFirefoxPages } from './support/pages-firefox.ts';
import { historyDeletesExportsAndImports, historyListsSearchesAndFilters } from './support/pages-flows.ts';

requireBrowser('firefox');
test.setTimeout(240_000);

test('history: opened from the popup, lists saved articles; search, outlet and date filters; voices across articles', async ({ launchFirefox }) => {
  await withFirefoxPages(await launchFirefox('test'), historyListsSearchesAndFilters);
});

test('history: delete with undo; export all (JSON, CSV, Markdown); import round trip, refused files, merge keeping corrections', async ({ launchFirefox }) => {
  await withFirefoxPages(await launchFirefox('test'), historyDeletesExportsAndImports);
});

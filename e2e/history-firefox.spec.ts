/** The history page in Firefox ESR (test package). Scenarios: support/pages-flows.ts. */
import { requireBrowser, test } from './support/fixtures.ts';
import { startFirefox, type FirefoxBrowser } from './support/firefox.ts';
import { readPackage } from './support/package.ts';
import { firefoxPages, withFirefoxPages } from './support/pages-firefox.ts';
import { historyDeletesExportsAndImports, historyListsSearchesAndFilters } from './support/pages-flows.ts';

requireBrowser('firefox');
test.setTimeout(240_000);

test('history: opened from the popup, lists saved articles; search, outlet and date filters; voices across articles', async ({ launchFirefox }) => {
  await withFirefoxPages(await launchFirefox('test'), historyListsSearchesAndFilters);
});

test('history: delete with undo; export all (JSON, CSV, Markdown); import round trip, refused files, merge keeping corrections; import into a new profile', async ({ launchFirefox, net }) => {
  // The new profile is a second Firefox of its own (the worker's Firefox keeps its one profile).
  let elsewhere: FirefoxBrowser | undefined;
  try {
    await withFirefoxPages(await launchFirefox('test'), (browser) =>
      historyDeletesExportsAndImports(browser, async () => {
        elsewhere = await startFirefox(net);
        return firefoxPages(await elsewhere.session(readPackage('firefox', 'test')));
      }),
    );
  } finally {
    await elsewhere?.close();
  }
});

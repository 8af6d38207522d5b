/**
 * Saved analyses and corrections in Firefox ESR (test package, popup in a tab; puppeteer-core over
 * WebDriver BiDi). The scenarios are in support/persistence-flows.ts, shared with Chromium.
 */
import type { FirefoxSession } from './support/firefox.ts';
import { requireBrowser, test } from './support/fixtures.ts';
import { clickMarkMenuFirefox, startArticleServer, type ArticleServer } from './support/persistence.ts';
import { correctionsLast, markedQuoteLasts, opensOnPointedEntry, type PersistenceBrowser } from './support/persistence-flows.ts';

requireBrowser('firefox');

let server: ArticleServer;
test.beforeEach(async () => {
  server = await startArticleServer();
});
test.afterEach(async () => {
  await server.close();
});

/** A tab id no tab has: a popup page aimed at it reads nothing (used only as an extension page). */
const NO_TAB = 2_000_000_000;

function firefoxAdapter(firefox: FirefoxSession): PersistenceBrowser {
  return {
    async openArticle(url) {
      const page = await firefox.openPage(url);
      return {
        article: firefox.article(page),
        tabId: await firefox.tabIdOf(page),
        reload: async () => void (await page.reload()),
        pointAt: async ({ x, y }) => {
          await page.bringToFront();
          await page.mouse.move(x, y, { steps: 4 });
        },
      };
    },
    async openPopup(tabId) {
      const { page, view } = await firefox.openPopupInTab(tabId);
      return { view, close: () => page.close() };
    },
    // A native context menu cannot be clicked headless: an extension page calls the menu's own
    // click listener in the event page. The page is aimed at no tab, so it reads nothing itself.
    async clickMarkMenu(tabId, kind) {
      const { page } = await firefox.openPopupInTab(NO_TAB);
      try {
        return await clickMarkMenuFirefox(page, tabId, kind);
      } finally {
        await page.close();
      }
    },
  };
}

test('corrections and notes last: reload, then an edited page; exports flag them', async ({ launchFirefox }) => {
  const firefox = await launchFirefox('test');
  await correctionsLast(firefoxAdapter(firefox), server);
});

test('a missed quote marked from a selection (context-menu handler) is highlighted and saved', async ({ launchFirefox }) => {
  const firefox = await launchFirefox('test');
  await markedQuoteLasts(firefoxAdapter(firefox), server);
});

test('pointing at a highlight, then opening SayWho, opens the popup on that entry', async ({ launchFirefox }) => {
  const firefox = await launchFirefox('test');
  await opensOnPointedEntry(firefoxAdapter(firefox), server);
});

/**
 * SayWho in Debian's Firefox ESR (puppeteer-core over WebDriver BiDi, inside Playwright's runner).
 * Same checks as in Chromium: the shipped package through a (simulated) toolbar click, the test
 * package (which may also read 127.0.0.1) for the popup in a tab and `action.openPopup()`.
 */
import {
  SEED,
  downloadExports,
  expectEntryClickScrolls,
  expectExports,
  expectFiltersAndSearch,
  expectHighlights,
  expectLongArticle,
  expectSeedPopup,
  readHighlightSizes,
  settledState,
} from './support/expectations.ts';
import { expect, requireBrowser, test } from './support/fixtures.ts';
import { LONG_ARTICLE } from './support/net.ts';
import { expectOnlyLocalRequests } from './support/privacy.ts';

requireBrowser('firefox');

test.describe('shipped package (dist/firefox)', () => {
  test('only a toolbar click lets it read the article: highlights, entries by speaker, click to scroll', async ({ launchFirefox }) => {
    const firefox = await launchFirefox('shipped');
    expect(firefox.pkg.manifest.host_permissions ?? [], 'the shipped package asks for no host').toEqual([]);
    const page = await firefox.openPage(SEED.page);
    const article = firefox.article(page);
    expect(Object.values(await readHighlightSizes(article)), 'nothing runs before the click').toEqual([0, 0, 0]);
    // Without the click's activeTab grant, the popup page cannot read the article.
    const { view: unclicked } = await firefox.openPopupInTab(await firefox.tabIdOf(page));
    expect(await settledState(unclicked)).not.toBe('ready');
    expect(Object.values(await readHighlightSizes(article))).toEqual([0, 0, 0]);

    const popup = await firefox.clickToolbarButton(page);
    expect(popup.where).toBe('toolbar');
    await expectSeedPopup(popup);
    await expectHighlights(article);
    await expectEntryClickScrolls(popup, article);
  });
});

test.describe('test package (dist/firefox-test)', () => {
  test('the popup against the article tab lists its entries; filters, search and exports work', async ({ launchFirefox }) => {
    const firefox = await launchFirefox('test');
    const page = await firefox.openPage(SEED.page);
    const { view } = await firefox.openPopupInTab(await firefox.tabIdOf(page));
    const entries = await expectSeedPopup(view);
    await expectHighlights(firefox.article(page));
    await expectFiltersAndSearch(view);
    const files = await downloadExports(view);
    const bodyText = await page.evaluate(() => document.body.textContent ?? '');
    expectExports(files, entries, bodyText);
  });

  test('the real toolbar popup (action.openPopup) shows the article', async ({ launchFirefox }) => {
    const firefox = await launchFirefox('test');
    const page = await firefox.openPage(SEED.page);
    const popup = await firefox.openToolbarPopup(page);
    expect(popup.where).toBe('toolbar');
    await expectSeedPopup(popup);
    await expectHighlights(firefox.article(page));
  });

  test('a long article (answers sent in parts) reaches the popup, the highlights and every export whole', async ({ launchFirefox }) => {
    const firefox = await launchFirefox('test');
    const page = await firefox.openPage(LONG_ARTICLE);
    const { view } = await firefox.openPopupInTab(await firefox.tabIdOf(page));
    await expectLongArticle(view, firefox.article(page));
  });

  test('a page without an article says so', async ({ launchFirefox }) => {
    const firefox = await launchFirefox('test');
    const page = await firefox.openPage('e2e/no-article.html');
    const { view } = await firefox.openPopupInTab(await firefox.tabIdOf(page));
    expect(await settledState(view)).toBe('no-article');
  });

  test('a browser page cannot be read', async ({ launchFirefox }) => {
    const firefox = await launchFirefox('test');
    const page = await firefox.openPage('about:addons');
    const { view } = await firefox.openPopupInTab(await firefox.tabIdOf(page));
    expect(await settledState(view)).toBe('cannot-read');
  });
});

test('privacy: no request goes anywhere but 127.0.0.1', async ({ launchFirefox, net }) => {
  // Runs last: the log holds this worker's whole run, plus a click-to-analyse of its own.
  const firefox = await launchFirefox('shipped');
  const page = await firefox.openPage(SEED.page);
  await expectSeedPopup(await firefox.clickToolbarButton(page));
  expectOnlyLocalRequests(net, 'firefox', page.url());
});

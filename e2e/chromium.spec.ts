/**
 * SayWho in Debian's Chromium (Playwright). The shipped package is reached the way a user reaches
 * it, by a (simulated) click on its toolbar button; the test package, which may also read
 * 127.0.0.1, serves the checks that need the popup in a tab (downloads) or `action.openPopup()`.
 */
import {
  SEED,
  downloadExports,
  expectCopyCitation,
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
import { chromeIdFromKey } from './support/package.ts';
import { LONG_ARTICLE } from './support/net.ts';
import { expectOnlyLocalRequests } from './support/privacy.ts';

requireBrowser('chromium');

test.describe('shipped package (dist/chrome)', () => {
  test('a toolbar click reads the article: highlights, entries by speaker, click to scroll', async ({ launchChromium }) => {
    const chromium = await launchChromium('shipped');
    expect(chromium.pkg.manifest.host_permissions ?? [], 'the shipped package asks for no host').toEqual([]);
    if (chromium.pkg.manifest.key) expect(chromium.extensionId, 'the manifest key pins the id').toBe(chromeIdFromKey(chromium.pkg.manifest.key));
    const page = await chromium.openPage(SEED.page);
    const article = chromium.article(page);
    expect(Object.values(await readHighlightSizes(article)), 'nothing runs before the click').toEqual([0, 0, 0]);

    const popup = await chromium.clickToolbarButton(page);
    expect(popup.where).toBe('toolbar');
    await expectSeedPopup(popup);
    await expectHighlights(article);
    await expectEntryClickScrolls(popup, article);
  });

  test('without a click it cannot read the page', async ({ launchChromium }) => {
    const chromium = await launchChromium('shipped');
    const page = await chromium.openPage(SEED.page);
    const { view } = await chromium.openPopupInTab(await chromium.tabIdOf(page));
    expect(await settledState(view)).not.toBe('ready');
    expect(Object.values(await readHighlightSizes(chromium.article(page)))).toEqual([0, 0, 0]);
  });
});

test.describe('test package (dist/chrome-test)', () => {
  test('the popup against the article tab lists its entries; filters, search and copy with citation', async ({ launchChromium }) => {
    const chromium = await launchChromium('test');
    const page = await chromium.openPage(SEED.page);
    const { view } = await chromium.openPopupInTab(await chromium.tabIdOf(page));
    await expectSeedPopup(view);
    await expectHighlights(chromium.article(page));
    await expectFiltersAndSearch(view);
    await expectCopyCitation(view, page.url(), () => chromium.readClipboard(page));
  });

  test('after the extension is reloaded, the copy left in an open tab retires: no repainting fight, Clear clears', async ({ launchChromium }) => {
    const chromium = await launchChromium('test');
    const page = await chromium.openPage(SEED.page);
    const first = await chromium.openPopupInTab(await chromium.tabIdOf(page));
    await expectSeedPopup(first.view);
    await expectHighlights(chromium.article(page));
    await first.page.close();
    await chromium.reloadExtension();
    const second = await chromium.openPopupInTab(await chromium.tabIdOf(page));
    await expectSeedPopup(second.view);
    // Two copies both watching their highlights would repaint over each other every 1.5 s.
    const paintings = () => page.evaluate(() => performance.getEntriesByName('saywho:painted').length);
    const before = await paintings();
    await new Promise((resolve) => setTimeout(resolve, 4000));
    expect((await paintings()) - before, 'paintings in the 4 s after the reload').toBeLessThanOrEqual(1);
    await second.view.click('[data-testid="clear-highlights"]');
    await new Promise((resolve) => setTimeout(resolve, 3500));
    expect(Object.values(await readHighlightSizes(chromium.article(page))), 'highlights 3.5 s after Clear').toEqual([0, 0, 0]);
  });

  test('every export downloads a file that parses and holds the entries', async ({ launchChromium }) => {
    const chromium = await launchChromium('test');
    const page = await chromium.openPage(SEED.page);
    const { view } = await chromium.openPopupInTab(await chromium.tabIdOf(page));
    const entries = await expectSeedPopup(view);
    const files = await downloadExports(view);
    const bodyText = await page.evaluate(() => document.body.textContent ?? '');
    expectExports(files, entries, bodyText);
  });

  test('the real toolbar popup (action.openPopup) shows the article', async ({ launchChromium }) => {
    const chromium = await launchChromium('test');
    const page = await chromium.openPage(SEED.page);
    const popup = await chromium.openToolbarPopup(page);
    expect(popup.where).toBe('toolbar');
    await expectSeedPopup(popup);
    await expectHighlights(chromium.article(page));
  });

  test('a long article (answers sent in parts) reaches the popup, the highlights and every export whole', async ({ launchChromium }) => {
    const chromium = await launchChromium('test');
    const page = await chromium.openPage(LONG_ARTICLE);
    const { view } = await chromium.openPopupInTab(await chromium.tabIdOf(page));
    await expectLongArticle(view, chromium.article(page));
  });

  test('a page without an article says so', async ({ launchChromium }) => {
    const chromium = await launchChromium('test');
    const page = await chromium.openPage('e2e/no-article.html');
    const { view } = await chromium.openPopupInTab(await chromium.tabIdOf(page));
    expect(await settledState(view)).toBe('no-article');
  });

  test('a browser page cannot be read', async ({ launchChromium }) => {
    const chromium = await launchChromium('test');
    const page = await chromium.openPage('chrome://version/');
    const { view } = await chromium.openPopupInTab(await chromium.tabIdOf(page));
    expect(await settledState(view)).toBe('cannot-read');
  });
});

test('privacy: no request goes anywhere but 127.0.0.1', async ({ launchChromium, net }) => {
  // Runs last: the log holds this worker's whole run, plus a click-to-analyse of its own.
  const chromium = await launchChromium('shipped');
  const page = await chromium.openPage(SEED.page);
  await expectSeedPopup(await chromium.clickToolbarButton(page));
  expectOnlyLocalRequests(net, 'chromium', page.url());
});

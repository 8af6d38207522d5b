/** Accessibility in Debian's Chromium: axe-core (light and dark) and keyboard use. Scenarios: support/pages-a11y.ts. */
import { requireBrowser, test } from './support/fixtures.ts';
import { historyByKeyboard, pagesPassAxe, popupByKeyboard, settingsByKeyboard } from './support/pages-a11y.ts';
import { chromiumPages } from './support/pages-chromium.ts';

requireBrowser('chromium');
test.setTimeout(240_000);

test('axe finds no violation on the popup (ready), the history and the settings, light and dark', async ({ launchChromium }) => {
  await pagesPassAxe(chromiumPages(await launchChromium('test')));
});

test('the popup by keyboard: tab order, visible focus, Enter and Space', async ({ launchChromium }) => {
  await popupByKeyboard(chromiumPages(await launchChromium('test')));
});

test('the history by keyboard: search, tabs with arrow keys, a voice, delete and undo', async ({ launchChromium }) => {
  await historyByKeyboard(chromiumPages(await launchChromium('test')));
});

test('the settings by keyboard: kinds, style, a site added and removed, delete all with confirmation', async ({ launchChromium }) => {
  await settingsByKeyboard(chromiumPages(await launchChromium('test')));
});

/** Accessibility in Firefox ESR: axe-core (light and dark) and keyboard use. Scenarios: support/pages-a11y.ts. */
import { requireBrowser, test } from './support/fixtures.ts';
import { historyByKeyboard, pagesPassAxe, popupByKeyboard, settingsByKeyboard } from './support/pages-a11y.ts';
import { withFirefoxPages } from './support/pages-firefox.ts';

requireBrowser('firefox');
test.setTimeout(240_000);

test('axe finds no violation on the popup (ready), the history and the settings, light and dark', async ({ launchFirefox }) => {
  await withFirefoxPages(await launchFirefox('test'), pagesPassAxe);
});

test('the popup by keyboard: tab order, visible focus, Enter and Space', async ({ launchFirefox }) => {
  await withFirefoxPages(await launchFirefox('test'), popupByKeyboard);
});

test('the history by keyboard: search, tabs with arrow keys, a voice, delete and undo', async ({ launchFirefox }) => {
  await withFirefoxPages(await launchFirefox('test'), historyByKeyboard);
});

test('the settings by keyboard: kinds, style, a site added and removed, delete all with confirmation', async ({ launchFirefox }) => {
  await withFirefoxPages(await launchFirefox('test'), settingsByKeyboard);
});

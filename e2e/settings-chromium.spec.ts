/**
 * Settings, automatic mode and the keyboard command in Debian's Chromium. Headless Chromium cannot
 * answer a permission prompt: the test package already holds `http://127.0.0.1/*`, so turning
 * automatic mode on for that site asks for nothing. "All sites" (which would prompt) is tested in
 * Firefox. Scenarios: support/pages-settings.ts.
 */
import { requireBrowser, test } from './support/fixtures.ts';
import { chromiumPages } from './support/pages-chromium.ts';
import { automaticModeFollowsPages, automaticModeFromPopup, commandToggles, damagedSettingsAndClearAll, kindsAndStyleApply } from './support/pages-settings.ts';

requireBrowser('chromium');
test.setTimeout(180_000);

test('settings: the kinds and the style preset chosen are what the page paints', async ({ launchChromium }) => {
  await kindsAndStyleApply(chromiumPages(await launchChromium('test')));
});

test('settings: damaged settings fall back to defaults with a message, nothing else lost; delete all data asks first', async ({ launchChromium }) => {
  await damagedSettingsAndClearAll(chromiumPages(await launchChromium('test')));
});

test('automatic mode for 127.0.0.1: highlights on load, on a late paragraph, after pushState; off again', async ({ launchChromium }) => {
  await automaticModeFollowsPages(chromiumPages(await launchChromium('test')));
});

test('automatic mode: "this site" from the popup, on and off', async ({ launchChromium }) => {
  await automaticModeFromPopup(chromiumPages(await launchChromium('test')));
});

test('the "analyze" command handler shows, hides and shows the highlights', async ({ launchChromium }) => {
  await commandToggles(chromiumPages(await launchChromium('test')));
});

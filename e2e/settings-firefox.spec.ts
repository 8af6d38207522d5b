/**
 * Settings, automatic mode and the keyboard command in Firefox ESR. Firefox runs with
 * `extensions.webextOptionalPermissionPrompts` = false (support/firefox.ts), so optional host
 * permissions are granted without a prompt: "all sites" and giving permissions back are tested
 * here. Scenarios: support/pages-settings.ts.
 */
import { requireBrowser, test } from './support/fixtures.ts';
import { withFirefoxPages } from './support/pages-firefox.ts';
import { automaticModeFollowsPages, automaticModeFromPopup, automaticModePermissions, commandToggles, damagedSettingsAndClearAll, kindsAndStyleApply } from './support/pages-settings.ts';

requireBrowser('firefox');
test.setTimeout(180_000);

test('settings: the kinds and the style preset chosen are what the page paints', async ({ launchFirefox }) => {
  await withFirefoxPages(await launchFirefox('test'), kindsAndStyleApply);
});

test('settings: damaged settings fall back to defaults with a message, nothing else lost; delete all data asks first', async ({ launchFirefox }) => {
  await withFirefoxPages(await launchFirefox('test'), damagedSettingsAndClearAll);
});

test('automatic mode for 127.0.0.1: highlights on load, on a late paragraph, after pushState; off again', async ({ launchFirefox }) => {
  await withFirefoxPages(await launchFirefox('test'), automaticModeFollowsPages);
});

test('automatic mode: "this site" from the popup, on and off', async ({ launchFirefox }) => {
  await withFirefoxPages(await launchFirefox('test'), automaticModeFromPopup);
});

test('automatic mode: "all sites" and single sites ask for their permission and give it back', async ({ launchFirefox }) => {
  await withFirefoxPages(await launchFirefox('test'), automaticModePermissions);
});

test('the "analyze" command handler shows, hides and shows the highlights', async ({ launchFirefox }) => {
  await withFirefoxPages(await launchFirefox('test'), commandToggles);
});

/**
 * The WebExtension API object: `browser` in Firefox, `chrome` in Chromium. In Manifest V3 both
 * return promises from the calls SayWho makes, so no polyfill is bundled (it would cost the content
 * script size for nothing). Message listeners answer through `sendResponse` + `return true`, the
 * one form both browsers accept.
 */
import type { Browser } from 'webextension-polyfill';

const scope = globalThis as unknown as { browser?: Browser; chrome?: Browser };

export const ext: Browser = (scope.browser ?? scope.chrome) as Browser;


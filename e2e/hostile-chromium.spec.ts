/** Hostile pages in Debian's Chromium (see support/hostile-suite.ts). */
import { requireBrowser } from './support/fixtures.ts';
import { hostileSuite } from './support/hostile-suite.ts';

requireBrowser('chromium');
hostileSuite('chromium');

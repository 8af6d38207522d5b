/** Hostile pages in Firefox ESR (see support/hostile-suite.ts). */
import { requireBrowser } from './support/fixtures.ts';
import { hostileSuite } from './support/hostile-suite.ts';

requireBrowser('firefox');
hostileSuite('firefox');

import { defineConfig } from '@playwright/test';

/**
 * Real-browser tests (e2e/). Both suites run in Playwright's runner; Chromium is driven by
 * Playwright, Firefox by puppeteer-core over WebDriver BiDi. Browsers are the Debian packages
 * (/usr/bin/chromium, /usr/bin/firefox-esr), never Playwright's downloads, and run one at a time.
 */
export default defineConfig({
  testDir: 'e2e',
  workers: 1,
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  retries: 0,
  timeout: 90_000,
  expect: { timeout: 15_000 },
  reporter: process.env.CI ? [['list'], ['junit', { outputFile: 'test-results/e2e-junit.xml' }]] : 'list',
  outputDir: 'test-results/e2e',
  projects: [
    { name: 'support', testMatch: 'support/*.spec.ts' },
    { name: 'chromium', testMatch: 'chromium.spec.ts' },
    { name: 'firefox', testMatch: 'firefox.spec.ts' },
    // Saved analyses and corrections (both browsers).
    { name: 'persistence', testMatch: 'persistence-*.spec.ts' },
    // History page, settings and automatic mode, accessibility (both browsers).
    { name: 'history', testMatch: 'history-*.spec.ts' },
    { name: 'settings', testMatch: 'settings-*.spec.ts' },
    { name: 'a11y', testMatch: 'a11y-*.spec.ts' },
    // Hostile pages (built-ins replaced, strict CSP, shadow DOM, frames, forged messages…).
    { name: 'hostile-chromium', testMatch: 'hostile-chromium.spec.ts' },
    { name: 'hostile-firefox', testMatch: 'hostile-firefox.spec.ts' },
  ],
});

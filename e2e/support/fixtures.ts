/**
 * Playwright fixtures shared by the browser suites: the local network (one per worker, so the
 * privacy test sees every request of the run), and launchers that close what they open.
 * No Playwright built-in browser fixture is used: both browsers are the system's Debian packages.
 */
import { test as base, expect } from '@playwright/test';
import { existsSync } from 'node:fs';
import { launchChromium as startChromium, CHROMIUM_PATH, type ChromiumSession } from './chromium.ts';
import { startFirefox, FIREFOX_PATH, type FirefoxBrowser, type FirefoxSession } from './firefox.ts';
import { startTestNet, type TestNet } from './net.ts';
import { readPackage, type Build } from './package.ts';

type Launch<S> = (build: Build) => Promise<S>;

interface Launchers {
  /** Starts Chromium with the shipped or the test package; closed after the test. */
  launchChromium: Launch<ChromiumSession>;
  /** Firefox (one per worker) with the shipped or the test package; the test's tabs close after it. */
  launchFirefox: Launch<FirefoxSession>;
}

/** Hands the test a launcher and closes every browser it launched. */
async function closingAfterwards<S extends { close(): Promise<void> }>(open: Launch<S>, use: (launch: Launch<S>) => Promise<void>) {
  const sessions: S[] = [];
  try {
    await use(async (build) => {
      const session = await open(build);
      sessions.push(session);
      return session;
    });
  } finally {
    for (const session of sessions) await session.close();
  }
}

export const test = base.extend<Launchers & { net: TestNet }, { workerNet: TestNet; workerFirefox: FirefoxBrowser }>({
  workerNet: [
    async ({}, use) => {
      const net = await startTestNet();
      await use(net);
      await net.close();
    },
    { scope: 'worker' },
  ],
  // Starting Firefox costs seconds: one browser per worker, started when a test first needs it.
  workerFirefox: [
    async ({ workerNet }, use) => {
      const firefox = await startFirefox(workerNet);
      await use(firefox);
      await firefox.close();
    },
    { scope: 'worker' },
  ],
  net: async ({ workerNet }, use) => use(workerNet),
  launchChromium: ({ net }, use) => closingAfterwards((build) => startChromium(readPackage('chrome', build), net), use),
  launchFirefox: ({ workerFirefox }, use) => closingAfterwards((build) => workerFirefox.session(readPackage('firefox', build)), use),
});

export { expect };

/**
 * Skips a suite whose browser is not installed, except under CI, where a missing browser must
 * fail the run instead.
 */
export function requireBrowser(browser: 'chromium' | 'firefox'): void {
  const executable = browser === 'chromium' ? CHROMIUM_PATH : FIREFOX_PATH;
  const install = `apt-get install -y ${browser === 'chromium' ? 'chromium' : 'firefox-esr'}`;
  if (existsSync(executable)) return;
  if (process.env.CI) {
    // Every test fails (rather than one failing and the rest not running) so the report is plain.
    test.beforeEach(() => {
      throw new Error(`${executable} is missing (CI never skips browser tests): ${install}`);
    });
  } else {
    test.skip(true, `${executable} is missing: ${install}`);
  }
}

/**
 * Playwright fixtures shared by the browser suites: the local network (one per worker, so the
 * privacy test sees every request of the run), and launchers that close what they open.
 * No Playwright built-in browser fixture is used: both browsers are the system's Debian packages.
 */
import { test as base, expect } from '@playwright/test';
import { existsSync } from 'node:fs';
import { launchChromium as startChromium, CHROMIUM_PATH, type ChromiumSession } from './chromium.ts';
import { startFirefox, FIREFOX_PATH, type FirefoxBrowser, type FirefoxSession } from './firefox.ts';
import { startTestNet, type SeenRequest, type TestNet } from './net.ts';
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
 * fail the run instead (its launch then fails with the install command).
 */
export function requireBrowser(browser: 'chromium' | 'firefox'): void {
  const executable = browser === 'chromium' ? CHROMIUM_PATH : FIREFOX_PATH;
  const missing = !existsSync(executable);
  if (missing && process.env.CI) {
    test.beforeEach(() => {
      throw new Error(`${executable} is missing (CI never skips browser tests): apt-get install -y ${browser === 'chromium' ? 'chromium' : 'firefox-esr'}`);
    });
    return;
  }
  test.skip(missing, `${executable} is missing: apt-get install -y ${browser === 'chromium' ? 'chromium' : 'firefox-esr'}`);
}

const LOCAL_SCHEMES = ['chrome-extension:', 'moz-extension:', 'data:', 'blob:', 'about:', 'chrome:'];

/**
 * Background services of the browsers themselves, seen at the proxy with no extension loaded at
 * all (component updater, sign-in probe, network time, form-type predictions for pages with forms; Firefox remote settings). They are refused
 * like everything else; they are just not SayWho's.
 */
const BROWSER_OWN_HOSTS: Record<'chromium' | 'firefox', string[]> = {
  chromium: ['update.googleapis.com', 'accounts.google.com', 'clients2.google.com', 'content-autofill.googleapis.com'],
  firefox: ['firefox.settings.services.mozilla.com'],
};

function hostOf(request: SeenRequest): string {
  // Proxy entries are absolute URLs (`GET http://…`) or tunnels (`CONNECT host:443`).
  const target = request.url.replace(/^[A-Z]+ /, '');
  try {
    return new URL(target.includes('://') ? target : `https://${target}`).hostname;
  } catch {
    return target;
  }
}

/** Nothing the pages, the popup or the extension asked for went anywhere but 127.0.0.1. */
export function expectOnlyLocalRequests(net: TestNet, browser: 'chromium' | 'firefox', articleUrl: string): void {
  const fromBrowser = net.seen.filter((request) => request.observer === 'browser');
  // The observers work: the article itself was seen, both by the browser and by the server.
  expect(fromBrowser.map((request) => request.url)).toContain(articleUrl);
  expect(net.seen.some((request) => request.observer === 'server' && articleUrl.endsWith(new URL(request.url).pathname))).toBe(true);
  const leaving = fromBrowser.filter((request) => {
    const url = new URL(request.url);
    return !LOCAL_SCHEMES.includes(url.protocol) && url.origin !== net.origin;
  });
  expect(leaving, 'requests to anywhere but the local test server').toEqual([]);
  const notTheBrowsers = net.refused().filter((request) => !BROWSER_OWN_HOSTS[browser].includes(hostOf(request)));
  expect(notTheBrowsers, 'requests the proxy refused').toEqual([]);
}

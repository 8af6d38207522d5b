/**
 * The privacy check: what the browsers asked for during a run, as seen by the page/worker request
 * events and by the refusing proxy that every non-loopback request goes to.
 */
import { expect } from '@playwright/test';
import type { SeenRequest, TestNet } from './net.ts';

const LOCAL_SCHEMES = ['chrome-extension:', 'moz-extension:', 'data:', 'blob:', 'about:', 'chrome:'];

/**
 * Background services of the browsers themselves, seen at the proxy with no extension loaded at
 * all: Chromium's component updater, sign-in probe, network time and form-type predictions (on
 * pages with forms); Firefox's remote settings. Refused like everything else; just not SayWho's.
 * Requests from SayWho's own pages, worker and content script are checked without this list.
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

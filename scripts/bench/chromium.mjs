/**
 * Chromium (Debian's, headless) with the test package loaded, driven by Playwright: the same
 * launch as the end-to-end suite (e2e/support/chromium.ts): everything but 127.0.0.1 goes to the
 * refusing proxy and no other host name resolves. One tab is reused for every page; the content
 * script is injected from the service worker with `chrome.scripting.executeScript`, as the
 * background does. The CDP session on the tab gives the JS heap (HeapProfiler / Runtime) and
 * CPU profiles.
 */
import { chromium } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { answerRoundTripCall, BLANK_PAGE_FILE, injectAndReadCall, popupProbe, readDomInteractive, readPopupProbe } from './probe.mjs';
import { poll } from './util.mjs';

export const CHROMIUM_PATH = process.env.SAYWHO_CHROMIUM ?? '/usr/bin/chromium';

export async function launchChromium({ pkg, net }) {
  const userDataDir = mkdtempSync(path.join(os.tmpdir(), 'saywho-bench-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    viewport: { width: 1280, height: 900 },
    args: [
      `--disable-extensions-except=${pkg.dir}`,
      `--load-extension=${pkg.dir}`,
      `--proxy-server=http://${net.proxyHost}:${net.proxyPort}`,
      '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extensionId = new URL(worker.url()).host;
  const popupUrl = `chrome-extension://${extensionId}/${pkg.popupPath}`;
  const page = context.pages()[0] ?? (await context.newPage());
  const cdp = await context.newCDPSession(page);
  // The tab's requests to anywhere but the bench server fail in the browser at once, instead of
  // each taking a trip to the refusing proxy (which stays for everything else).
  await cdp.send('Network.enable');
  await cdp.send('Network.setBlockedURLs', { urls: [], urlPatterns: [{ urlPattern: `${net.origin}/*`, block: false }, { urlPattern: '*://*/*', block: true }] });
  let tabId = null;
  const serviceWorker = () => context.serviceWorkers().find((w) => w.url().startsWith(`chrome-extension://${extensionId}/`)) ?? worker;

  return {
    name: 'chromium',
    version: context.browser()?.version() ?? '?',
    async open(url) {
      await page.goto(url, { waitUntil: 'load', timeout: 15_000 }).catch(async () => {
        // A page whose load event never comes (a refused resource that keeps retrying): go on.
        await page.waitForLoadState('domcontentloaded', { timeout: 10_000 });
      });
      await page.bringToFront();
      // The bench tab is the only tab, and in front.
      tabId ??= await serviceWorker().evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id ?? null);
      if (tabId === null) throw new Error('no active tab');
      return page.url();
    },
    evaluate: (fn, arg) => page.evaluate(fn, arg),
    /** Runs `source` in every new document of the bench tab, before the page's own scripts. */
    preload: (source) => page.addInitScript(source),
    inject: (files, css) => serviceWorker().evaluate(injectAndReadCall('chrome', tabId, files, css)),
    /** A getResult round trip from the extension to the analysed tab: `{ms, bytes}`. */
    answerRoundTrip: () => serviceWorker().evaluate(answerRoundTripCall('chrome', tabId)),
    /** Live JS heap of the tab's isolate after a full GC (bytes). */
    async heapUsed() {
      await cdp.send('HeapProfiler.collectGarbage');
      const { usedSize } = await cdp.send('Runtime.getHeapUsage');
      return usedSize;
    },
    cdp,
    /** The popup opened on the bench tab (already analysed): when its first entry showed. */
    async popupTiming() {
      const popup = await context.newPage();
      try {
        await popup.addInitScript(popupProbe);
        await popup.goto(`${popupUrl}?tabId=${tabId}`);
        return await poll('the popup entries', () => popup.evaluate(readPopupProbe), 30_000);
      } finally {
        await popup.close();
        await page.bringToFront();
      }
    },
    /** The popup's baseline, a static extension page (probe.mjs): when its entry existed. */
    async blankPageTiming() {
      const blank = await context.newPage();
      try {
        await blank.goto(`chrome-extension://${extensionId}/${BLANK_PAGE_FILE}`);
        return await poll('the blank page', () => blank.evaluate(readDomInteractive), 10_000);
      } finally {
        await blank.close();
        await page.bringToFront();
      }
    },
    async close() {
      await cdp.detach().catch(() => undefined);
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

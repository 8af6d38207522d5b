/**
 * Firefox ESR (headless) with the test package installed as a temporary add-on, driven by
 * puppeteer-core over WebDriver BiDi, launched as in the end-to-end suite (e2e/support/firefox.ts):
 * a refusing proxy for everything but loopback, the add-on's UUID pinned by a pref. The content
 * script is injected with `browser.scripting.executeScript` from an extension page (the popup page
 * in a background tab), as the background does. Firefox has no 'longtask' entries and no heap
 * API for pages: those columns stay empty.
 */
import { randomUUID } from 'node:crypto';
import puppeteer from 'puppeteer-core';
import { answerRoundTripCall, BLANK_PAGE_FILE, injectAndReadCall, popupProbe, readDomInteractive, readPopupMarks, readPopupProbe } from './probe.mjs';
import { poll } from './util.mjs';

export const FIREFOX_PATH = process.env.SAYWHO_FIREFOX ?? '/usr/bin/firefox-esr';

/** Extension pages never finish a BiDi navigation: start it and poll until the page is there. */
async function openExtensionPage(page, url) {
  page.goto(url).catch(() => undefined);
  await poll(`${url} to load`, () => page.evaluate((want) => location.href === want && document.readyState === 'complete', url));
}

export async function launchFirefox({ pkg, net }) {
  if (!pkg.geckoId) throw new Error(`${pkg.dir}/manifest.json has no gecko id`);
  const uuid = randomUUID();
  const popupUrl = `moz-extension://${uuid}/${pkg.popupPath}`;
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    args: ['--remote-allow-system-access', '--width=1280', '--height=900'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [pkg.geckoId]: uuid }),
      'network.proxy.type': 1,
      'network.proxy.http': net.proxyHost,
      'network.proxy.http_port': net.proxyPort,
      'network.proxy.ssl': net.proxyHost,
      'network.proxy.ssl_port': net.proxyPort,
      'network.proxy.allow_hijacking_localhost': false,
      'network.proxy.no_proxies_on': '',
      // performance.now() to the microsecond, not rounded to 1 ms (a bench, not a user profile).
      'privacy.reduceTimerPrecision': false,
    },
  });
  const installed = await browser.installExtension(pkg.dir);
  if (installed !== pkg.geckoId) throw new Error(`installed ${installed}, expected ${pkg.geckoId}`);
  // The extension page that calls the scripting API (it reads its own tab: harmless).
  const driver = await browser.newPage();
  await openExtensionPage(driver, popupUrl);
  const page = await browser.newPage();
  // The tab's requests to anywhere but the bench server are failed by the browser at once (the
  // refusing proxy stays for everything else): saved pages ask for dozens of outside resources.
  await page.setRequestInterception(true);
  page.on('request', (request) => (request.url().startsWith(`${net.origin}/`) ? request.continue() : request.abort()).catch(() => undefined));
  let tabId = null;

  return {
    name: 'firefox',
    version: await browser.version(),
    async open(url) {
      // A page whose own script navigates elsewhere leaves puppeteer's goto waiting for a load that
      // never comes: mark the old document, navigate, and poll until a new document has loaded.
      await page.evaluate(() => (window.__saywhoBenchLeaving = true)).catch(() => undefined);
      page.goto(url, { waitUntil: 'load', timeout: 30_000 }).catch(() => undefined);
      // After 10 s a parsed page will do: a resource that never settles must not stall the bench.
      const patience = Date.now() + 10_000;
      const landed = await poll(
        `${url} to load`,
        () =>
          page
            .evaluate((settled) => !window.__saywhoBenchLeaving && (document.readyState === 'complete' || (settled && document.readyState === 'interactive')) && location.href, Date.now() > patience)
            .catch(() => null),
        30_000,
      );
      await page.bringToFront();
      // The bench tab is in front (the driver page is in the background).
      tabId ??= await driver.evaluate(async () => (await globalThis.browser.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id ?? null);
      if (tabId === null) throw new Error('no active tab');
      return landed;
    },
    evaluate: (fn, arg) => page.evaluate(fn, arg),
    /** Runs `source` in every new document of the bench tab, before the page's own scripts. */
    preload: (source) => page.evaluateOnNewDocument(source),
    inject: (files, css) => driver.evaluate(injectAndReadCall('browser', tabId, files, css)),
    /** A getResult round trip from the extension to the analysed tab: `{ms, bytes}`. */
    answerRoundTrip: () => driver.evaluate(answerRoundTripCall('browser', tabId)),
    heapUsed: null,
    async popupTiming() {
      const popup = await browser.newPage();
      const url = `${popupUrl}?tabId=${tabId}`;
      try {
        // Preload scripts do not run in moz-extension pages: the probe goes in as soon as the
        // popup's document exists (long before its answer comes back; checked below).
        popup.goto(url).catch(() => undefined);
        const install = `(() => {
          if (location.href !== ${JSON.stringify(url)}) return null;
          if (document.querySelector('[data-testid="entry"]')) return 'late';
          (${popupProbe.toString()})();
          return 'early';
        })()`;
        const early = await poll('the popup document', () => popup.evaluate(install), 10_000);
        // A popup quicker than the probe: its own mark says when the entries came (dropping these
        // would keep only the slow opens).
        if (early === 'late') return await poll('the popup entries mark', () => popup.evaluate(readPopupMarks), 10_000);
        return await poll('the popup entries', () => popup.evaluate(readPopupProbe), 30_000);
      } finally {
        await popup.close();
        await page.bringToFront();
      }
    },
    /** The popup's baseline, a static extension page (probe.mjs): when its entry existed. */
    async blankPageTiming() {
      const blank = await browser.newPage();
      try {
        // An extension page's navigation never finishes over BiDi (see openExtensionPage).
        const url = `moz-extension://${uuid}/${BLANK_PAGE_FILE}`;
        blank.goto(url).catch(() => undefined);
        return await poll('the blank page', () => blank.evaluate(`location.href === ${JSON.stringify(url)} ? (${readDomInteractive.toString()})() : null`), 10_000);
      } finally {
        await blank.close();
        await page.bringToFront();
      }
    },
    async close() {
      await browser.close();
    },
  };
}

/**
 * The hostile-page checks, written once and run in both browsers (hostile-chromium.spec.ts,
 * hostile-firefox.spec.ts) against the test package, whose popup may be opened in a tab against
 * a 127.0.0.1 page. Every page (test/fixtures/hostile/) carries an article with quotes and a
 * heartbeat counter of its own: after SayWho ran, the page's scripts must still be running,
 * SayWho must still show the page's real entries, and neither may report an uncaught error.
 */
import { HIGHLIGHT_CSS } from '../../src/shared/highlight-css.ts';
import { HIGHLIGHTS, readEntries, settledState, type PopupEntry } from './expectations.ts';
import { launchChromium, type ChromiumSession } from './chromium.ts';
import { expect, test } from './fixtures.ts';
import { expectOnlyLocalRequests } from './privacy.ts';
import { chromiumHostile, firefoxHostile, type HostileBrowser, type HostileTab } from './hostile.ts';
import { readPackage } from './package.ts';
import { waitFor, type PopupView } from './views.ts';

/** The quote highlight's background as the stylesheet sets it, e.g. `rgba(0, 114, 178, 0.17)`. */
const QUOTE_BACKGROUND = /::highlight\(saywho-quote\)\s*\{\s*background-color:\s*([^;]+);/.exec(HIGHLIGHT_CSS)![1]!;

// Main-world probes. They run in pages that break Array.prototype and JSON: plain loops and
// primitives only.
const heartbeat = (): number => Number(document.documentElement.getAttribute('data-heartbeat') || 0);

/** `name` in the top document's registry, or `name@frameId` in that frame's. */
const highlightSize = (spec: string): number => {
  const at = spec.indexOf('@');
  const name = at < 0 ? spec : spec.slice(0, at);
  const view = at < 0 ? window : ((document.getElementById(spec.slice(at + 1)) as HTMLIFrameElement).contentWindow as Window & typeof globalThis);
  const highlight = view.CSS.highlights.get(name);
  return highlight ? highlight.size : 0;
};

/** The text of every range of a highlight (same `name@frameId` form), ranges on detached nodes marked. */
const highlightedText = (spec: string): string => {
  const at = spec.indexOf('@');
  const name = at < 0 ? spec : spec.slice(0, at);
  const view = at < 0 ? window : ((document.getElementById(spec.slice(at + 1)) as HTMLIFrameElement).contentWindow as Window & typeof globalThis);
  let text = '';
  for (const range of (view.CSS.highlights.get(name) ?? []) as Iterable<Range>) {
    text += (range.startContainer.isConnected && range.endContainer.isConnected ? '' : '[detached]') + range.toString() + '\n';
  }
  return text;
};

/**
 * Computed `::highlight(name)` background of an element: `name|path`, the path a chain of
 * selectors joined by ` >>> `, each looked up inside the previous element's shadow root or frame.
 */
const highlightBackground = (spec: string): string => {
  const bar = spec.indexOf('|');
  const name = spec.slice(0, bar);
  let scope: ParentNode = document;
  let element: Element | null = null;
  for (const selector of spec.slice(bar + 1).split(' >>> ')) {
    element = scope.querySelector(selector);
    if (!element) return `missing ${selector}`;
    scope = element.shadowRoot ?? (element as HTMLIFrameElement).contentDocument ?? element;
  }
  return element!.ownerDocument.defaultView!.getComputedStyle(element!, `::highlight(${name})`).backgroundColor;
};

/** True when every range of the quote highlight lies in `#hostId`'s shadow root. */
const quotesInShadowOf = (hostId: string): boolean => {
  const shadow = document.getElementById(hostId)?.shadowRoot;
  let count = 0;
  for (const range of (CSS.highlights.get('saywho-quote') ?? []) as Iterable<Range>) {
    if (range.startContainer.getRootNode() !== shadow) return false;
    count++;
  }
  return count > 0;
};

const entriesNamed = (name: string): number => performance.getEntriesByName(name).length;
const dataset = (key: string): string => document.documentElement.dataset[key] ?? '';

/** The page's heartbeat keeps going: its own scripts still run. */
async function expectPageAlive(tab: HostileTab): Promise<void> {
  await tab.toFront();
  const before = await tab.probe(heartbeat, null);
  await waitFor(`the heartbeat of ${tab.url} to go on`, async () => (await tab.probe(heartbeat, null)) > before + 2);
}

/** No uncaught error and no console error, from SayWho or anything else, but the expected ones. */
function expectNoErrors(tab: HostileTab, expected: RegExp[] = []): void {
  const unexpected = tab.errors.filter((error) => !/favicon\.ico/.test(error) && !expected.some((pattern) => pattern.test(error)));
  expect(unexpected, `errors on ${tab.url}`).toEqual([]);
}

async function expectReadyWith(popup: PopupView, speakers: string[]): Promise<PopupEntry[]> {
  expect(await settledState(popup)).toBe('ready');
  const entries = await readEntries(popup);
  for (const speaker of speakers) expect(entries.some((entry) => entry.speaker === speaker), `an entry of ${speaker}`).toBe(true);
  expect(await popup.read((doc) => doc.querySelector('[data-testid="missing-group"]') === null, null), 'every entry is found on the page').toBe(true);
  return entries;
}

async function expectHighlighted(tab: HostileTab, frame = ''): Promise<void> {
  const at = frame ? `@${frame}` : '';
  await waitFor(`highlights on ${tab.url}`, async () => (await tab.probe(highlightSize, `${HIGHLIGHTS.quote}${at}`)) > 0);
}

/**
 * One Chromium with the test package for the whole hostile run (a launch per test costs seconds);
 * Firefox is already shared per worker by fixtures.ts.
 */
const hostile = test.extend<Record<never, never>, { hostileChromium: ChromiumSession }>({
  hostileChromium: [
    async ({ workerNet }, use) => {
      const session = await launchChromium(readPackage('chrome', 'test'), workerNet);
      try {
        await use(session);
      } finally {
        await session.close();
      }
    },
    { scope: 'worker' },
  ],
});

/** A test that gets the browser's hostile handle; only that browser's fixture is requested. */
function hostileTest(browserName: 'chromium' | 'firefox', title: string, body: (browser: HostileBrowser) => Promise<void>): void {
  const run = async (browser: HostileBrowser) => {
    try {
      await body(browser);
    } finally {
      await browser.close();
    }
  };
  if (browserName === 'chromium') hostile(title, async ({ hostileChromium }) => run(chromiumHostile(hostileChromium)));
  else hostile(title, async ({ launchFirefox }) => run(firefoxHostile(await launchFirefox('test'))));
}

export function hostileSuite(browserName: 'chromium' | 'firefox'): void {
  let lastUrl = '';

  hostileTest(browserName, 'built-ins replaced by the page: SayWho still reads, paints and answers; the page runs on', async (browser) => {
    const tab = await browser.open('hostile/builtins.html');
    expect(await tab.probe(dataset, 'builtinsReplaced'), 'the page did replace its built-ins').toBe('true');
    await expectReadyWith(await browser.popup(tab), ['Maria Okafor']);
    await expectHighlighted(tab);
    expect(await tab.probe(highlightedText, HIGHLIGHTS.quote)).toContain('We are not going back');
    // The error observer sees the content scripts' world: a canary thrown there is reported.
    await browser.canary(tab, 'saywho-canary');
    await waitFor('the canary error to be reported', async () => tab.errors.some((error) => error.includes('saywho-canary')));
    await expectPageAlive(tab);
    expectNoErrors(tab, [/saywho-canary/]);
  });

  hostileTest(browserName, 'strict Content-Security-Policy: highlights are styled, no violation, the page runs on', async (browser) => {
    const tab = await browser.open('hostile/csp.html');
    expect(await tab.probe(() => fetch(location.href).then((response) => response.headers.get('content-security-policy')), null)).toContain("style-src 'self'");
    await expectReadyWith(await browser.popup(tab), ['Ruth Alvarez']);
    await expectHighlighted(tab);
    await tab.toFront();
    expect(await tab.probe(highlightBackground, `${HIGHLIGHTS.quote}|article p:nth-of-type(2)`)).toBe(QUOTE_BACKGROUND);
    expect(await tab.probe(dataset, 'cspViolations'), 'CSP violations on the page').toBe('');
    await expectPageAlive(tab);
    expectNoErrors(tab);
  });

  hostileTest(browserName, 'forged SayWho messages and events from the page are ignored', async (browser) => {
    const tab = await browser.open('hostile/forged.html');
    const popup = await browser.popup(tab);
    const entries = await expectReadyWith(popup, ['Daniel Mbeki']);
    expect(entries.filter((entry) => /FORGED/.test(`${entry.text} ${entry.speaker}`))).toEqual([]);
    await expectHighlighted(tab);
    await tab.toFront();
    const painted = await tab.probe(highlightedText, HIGHLIGHTS.quote);
    const sent = Number(await tab.probe(() => document.getElementById('forged')!.textContent ?? '0', null));
    // A second of forged clear / scrollTo / result messages later, the highlights are the same.
    await waitFor('more forged messages', async () => Number(await tab.probe(() => document.getElementById('forged')!.textContent ?? '0', null)) > sent + 10);
    expect(await tab.probe(highlightedText, HIGHLIGHTS.quote)).toBe(painted);
    expect(await tab.probe(highlightSize, HIGHLIGHTS.focus), 'no forged scrollTo focused an entry').toBe(0);
    const again = await expectReadyWith(await browser.popup(tab), []);
    expect(again.map((entry) => entry.id)).toEqual(entries.map((entry) => entry.id));
    await expectPageAlive(tab);
    expectNoErrors(tab);
  });

  hostileTest(browserName, 'an article in an open shadow root and one in a same-origin frame are read, highlighted and styled', async (browser) => {
    const shadow = await browser.open('hostile/shadow.html');
    await expectReadyWith(await browser.popup(shadow), ['Lena Hofer']);
    await expectHighlighted(shadow);
    await shadow.toFront();
    expect(await shadow.probe(quotesInShadowOf, 'story'), 'the quote ranges lie in the shadow tree').toBe(true);
    expect(await shadow.probe(highlightBackground, `${HIGHLIGHTS.quote}|#story >>> article p:nth-of-type(2)`)).toBe(QUOTE_BACKGROUND);
    await expectPageAlive(shadow);
    expectNoErrors(shadow);

    const framed = await browser.open('hostile/frame.html');
    await expectReadyWith(await browser.popup(framed), ['Harriet Bloom']);
    await expectHighlighted(framed, 'reader');
    await framed.toFront();
    expect(await framed.probe(highlightedText, `${HIGHLIGHTS.quote}@reader`)).toContain('People here have waited long enough');
    expect(await framed.probe(highlightBackground, `${HIGHLIGHTS.quote}|#reader >>> article p:nth-of-type(2)`)).toBe(QUOTE_BACKGROUND);
    await expectPageAlive(framed);
    expectNoErrors(framed);
  });

  hostileTest(browserName, 'a page that clears highlights, drops sheets and re-renders paragraphs gets repainted', async (browser) => {
    const tab = await browser.open('hostile/tamper.html');
    await expectReadyWith(await browser.popup(tab), ['Amelia Novak']);
    await tab.toFront();
    for (let round = 0; round < 2; round++) {
      const clears = Number(await tab.probe(dataset, 'clears'));
      const rewrites = Number(await tab.probe(dataset, 'rewrites'));
      await waitFor('the page to clear the highlights and re-render again', async () => Number(await tab.probe(dataset, 'clears')) > clears && Number(await tab.probe(dataset, 'rewrites')) > rewrites);
      // Back within a few seconds, on the page's new paragraph nodes.
      await waitFor(
        'the highlights to be repainted on live nodes',
        async () => {
          const text = await tab.probe(highlightedText, HIGHLIGHTS.quote);
          return text.includes('Cancelling this tour') && !text.includes('[detached]');
        },
        5_000,
      );
    }
    expect(await tab.probe(highlightBackground, `${HIGHLIGHTS.quote}|#story p:nth-of-type(2)`)).toBe(QUOTE_BACKGROUND);
    await expectPageAlive(tab);
    expectNoErrors(tab);
  });

  hostileTest(browserName, 'text that changes every 100 ms costs a bounded number of repaints and no new analysis', async (browser) => {
    const tab = await browser.open('hostile/ticker.html');
    const entries = await expectReadyWith(await browser.popup(tab), ['Grace Liu']);
    await expectHighlighted(tab);
    await tab.toFront();
    const analyses = await tab.probe(entriesNamed, 'saywho:engine');
    const paintsBefore = await tab.probe(entriesNamed, 'saywho:painted');
    const updatesBefore = Number(await tab.probe(dataset, 'updates'));
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    const repaints = (await tab.probe(entriesNamed, 'saywho:painted')) - paintsBefore;
    const ticks = Number(await tab.probe(dataset, 'updates')) - updatesBefore;
    const note = `${browserName}: ${ticks} page updates, ${repaints} repaints, ${analyses} analysis in 3 s`;
    test.info().annotations.push({ type: 'ticker', description: note });
    console.log(note);
    expect(ticks, 'the page kept changing').toBeGreaterThan(10);
    // Each update re-renders a quoted paragraph; checks are debounced (300 ms, stretched up to
    // 1.2 s while the page stays busy) and repaint only what broke: a few, never one per update.
    expect(repaints, 'the page did break a highlight').toBeGreaterThan(0);
    expect(repaints).toBeLessThanOrEqual(8);
    expect(await tab.probe(entriesNamed, 'saywho:engine'), 'no new analysis').toBe(analyses);
    expect(analyses).toBe(1);
    const again = await expectReadyWith(await browser.popup(tab), []);
    expect(again.map((entry) => entry.id)).toEqual(entries.map((entry) => entry.id));
    await expectHighlighted(tab);
    await expectPageAlive(tab);
    expectNoErrors(tab);
  });

  hostileTest(browserName, 'page text that looks like HTML stays text in the popup', async (browser) => {
    const tab = await browser.open('hostile/xss.html');
    const popup = await browser.popup(tab);
    const entries = await expectReadyWith(popup, ['one of the defendants', 'Strand']);
    const texts = entries.map((entry) => entry.text).join('\n');
    expect(texts).toContain('<img src=x onerror=');
    expect(texts).toContain('<script>window.pwned = 1</script>');
    const popupState = await popup.read(
      (doc) => ({
        elements: doc.querySelectorAll('[data-testid="entry"] img, [data-testid="entry"] script, [data-testid="entry"] [onerror]').length,
        title: doc.title,
        pwned: (doc.defaultView as unknown as { pwned?: unknown }).pwned ?? null,
      }),
      null,
    );
    expect(popupState).toEqual({ elements: 0, title: expect.not.stringContaining('pwned') as unknown as string, pwned: null });
    expect(await tab.probe(() => document.title, null)).not.toContain('pwned');
    await expectPageAlive(tab);
    expectNoErrors(tab);
  });

  hostileTest(browserName, 'a page that keeps removing its body and its article while SayWho reads it sees no error', async (browser) => {
    const tab = await browser.open('hostile/unstable.html');
    lastUrl = tab.url;
    const state = await settledState(await browser.popup(tab));
    const note = `${browserName}: the popup settled on "${state}"`;
    test.info().annotations.push({ type: 'unstable', description: note });
    console.log(note);
    await tab.toFront();
    expect(Number(await tab.probe(dataset, 'flips')), 'the page did flip its body').toBeGreaterThan(20);
    // Let SayWho's page watch run a few checks against the flipping page too.
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    await expectPageAlive(tab);
    expectNoErrors(tab);
  });

  hostile('privacy: the hostile runs sent no request anywhere but 127.0.0.1', async ({ net }) => {
    // Runs last: the log holds this worker's whole hostile run.
    expect(lastUrl).not.toBe('');
    expectOnlyLocalRequests(net, browserName, lastUrl);
  });
}

/**
 * What the benchmark runs inside the browsers. Functions here are sent as source text (to the
 * page's main world, to the extension's service worker or one of its pages), so each must be
 * self-contained: no outside references.
 */

/** Marks the moment the injection starts; injected as a file just before the content script. */
export const INJECT_MARK = 'saywho-bench:inject';
export const BENCH_START_FILE = 'bench-start.js';
export const BENCH_START_SOURCE = `performance.mark(${JSON.stringify(INJECT_MARK)});\n`;

/**
 * The popup's baseline: a static extension page that holds one entry in its HTML, no script and
 * no request. The time its entry exists (its DOM is interactive) is what the browser itself takes
 * to open an extension page, measured the same way and in the same run as the popup.
 */
export const BLANK_PAGE_FILE = 'bench-blank.html';
export const BLANK_PAGE_SOURCE = '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bench</title></head><body><div data-testid="entry">entry</div></body></html>\n';

/** A page's navigation timing: when its DOM was interactive (ms since its navigation start). */
export function readDomInteractive() {
  const navigation = performance.getEntriesByType('navigation')[0];
  return navigation && navigation.domInteractive > 0 ? navigation.domInteractive : null;
}

/**
 * Main world, before injection: a long-task observer (Chromium; Firefox has no 'longtask'), and a
 * timer heartbeat in both browsers. Chromium's long-task entries miss the task that runs an
 * injected script (it arrives over IPC), so the heartbeat is what sees it: a zero-delay timer
 * chain (clamped to ~4 ms by the browsers) whose gaps show how long the main thread was held.
 * Returns whether long-task entries can be observed.
 */
export function installProbe() {
  const types = (typeof PerformanceObserver !== 'undefined' && PerformanceObserver.supportedEntryTypes) || [];
  const state = { longtasks: [], gaps: [], stopped: false };
  if (types.includes('longtask')) {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) state.longtasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask' });
  }
  let last = performance.now();
  const tick = () => {
    const now = performance.now();
    if (now - last > 20) state.gaps.push({ start: last, duration: now - last });
    last = now;
    if (!state.stopped) setTimeout(tick, 0);
  };
  setTimeout(tick, 0);
  Object.defineProperty(window, '__saywhoBench', { value: state, configurable: true });
  return types.includes('longtask');
}

/** Source that defines Readability in the page's main world (the file as published, unchanged). */
export function readabilityDefinition(readabilitySource) {
  return `(() => { const module = undefined; ${readabilitySource}\n;Object.defineProperty(window, '__saywhoBenchReadability', { value: Readability, configurable: true }); })()`;
}

/** Main world: Readability's parse() on a clone of the document, the clone included. */
export function timeReadability() {
  const Readability = window.__saywhoBenchReadability;
  const started = performance.now();
  let article = null;
  let error = null;
  try {
    const clone = document.cloneNode(true);
    article = new Readability(clone).parse();
  } catch (e) {
    error = String((e && e.message) || e);
  }
  const ms = performance.now() - started;
  return { ms, chars: article && article.textContent ? article.textContent.length : 0, error };
}

/**
 * Main world, after the content script answered: SayWho's User Timing spans and the long tasks
 * seen from the injection mark on (times in ms since navigation start).
 */
export async function collectTimings(injectMark) {
  // Long-task entries are delivered after the task ends: give them a moment.
  await new Promise((resolve) => setTimeout(resolve, 20));
  const last = (name) => {
    const entries = performance.getEntriesByName(name);
    const entry = entries[entries.length - 1];
    return entry ? { start: entry.startTime, duration: entry.duration } : null;
  };
  const inject = last(injectMark);
  const state = window.__saywhoBench;
  if (state) state.stopped = true;
  return {
    inject: inject ? inject.start : null,
    engine: last('saywho:engine'),
    attribute: last('saywho:attribute'),
    anchor: last('saywho:anchor'),
    paint: last('saywho:paint'),
    selectors: last('saywho:selectors'),
    answer: last('saywho:answer'),
    longtasks: (state && state.longtasks) || [],
    gaps: (state && state.gaps) || [],
  };
}

/**
 * In the extension: a request to the tab's content script and its answer, as the background gets
 * it (src/shared/rpc.ts): one JSON string ({packed}), or for a long answer a token to fetch the
 * text in parts over a port (src/shared/streamed-answer.ts).
 */
export async function askContent(api, tabId, message) {
  const raw = await api.tabs.sendMessage(tabId, message, { frameId: 0 });
  const answer = raw && typeof raw.packed === 'string' ? JSON.parse(raw.packed) : raw;
  if (!answer || typeof answer.streamed !== 'string') return answer;
  return new Promise((resolve, reject) => {
    const port = api.tabs.connect(tabId, { name: 'saywho:answer', frameId: 0 });
    const parts = [];
    port.onMessage.addListener((part) => {
      if (typeof part.part === 'string') parts.push(part.part);
      else if (part.done === true) {
        port.disconnect();
        resolve(JSON.parse(parts.join('')));
      }
    });
    port.onDisconnect.addListener(() => reject(new Error('the answer port closed')));
    port.postMessage({ token: answer.streamed });
  });
}

/**
 * In the extension (Chromium's service worker, a Firefox extension page): what the background
 * does to read a tab — insert the highlight styles, inject the content script files, ask for the
 * result — returning a summary of the answer. `api` is `chrome` or `browser`; `ask` is {@link askContent}.
 */
export async function injectAndRead(api, tabId, files, css, ask) {
  if (css) await api.scripting.insertCSS({ target: { tabId }, css }).catch(() => undefined);
  let results;
  try {
    results = await api.scripting.executeScript({ target: { tabId }, files });
  } catch (error) {
    return { status: 'inject-error', detail: String((error && error.message) || error) };
  }
  const failed = results.find((result) => result.error !== undefined && result.error !== null);
  if (failed) return { status: 'inject-error', detail: String((failed.error && failed.error.message) || failed.error) };
  const answer = await ask(api, tabId, { type: 'getResult' });
  if (!answer || answer.status !== 'ready') {
    return { status: (answer && answer.status) || 'no-answer', detail: (answer && (answer.reason || answer.message)) || null };
  }
  const result = answer.result;
  // The answer lists the entries without the article text (the popup does not need it): the
  // words are counted from the full analysis an export gets, asked for a moment later so that
  // its serialisation is not taken for part of the analysis.
  await new Promise((resolve) => setTimeout(resolve, 50));
  const full = await ask(api, tabId, { type: 'exportData' }).catch(() => null);
  const text = (full && full.result.article.text) || '';
  return {
    status: 'ready',
    detail: result.reason || null,
    items: result.items.length,
    quotes: result.items.filter((item) => item.kind === 'quote').length,
    speakers: result.speakers.length,
    anchored: Object.values(answer.found).filter(Boolean).length,
    words: (text.match(/\S+/g) || []).length,
  };
}

/** Source text calling `injectAndRead` with the given API global. */
export function injectAndReadCall(apiGlobal, tabId, files, css) {
  return `(${injectAndRead.toString()})(${apiGlobal}, ${JSON.stringify(tabId)}, ${JSON.stringify(files)}, ${JSON.stringify(css ?? null)}, ${askContent.toString()})`;
}

/**
 * Popup page, before its own scripts run: when the first entry enters the DOM (a MutationObserver
 * callback runs right after the render that inserted it), and the next frame after that.
 */
export function popupProbe() {
  const seen = { firstEntry: null, nextFrame: null, entries: 0 };
  Object.defineProperty(window, '__saywhoBenchPopup', { value: seen, configurable: true });
  const observer = new MutationObserver(() => {
    const entries = document.querySelectorAll('[data-testid="entry"]');
    if (!entries.length || seen.firstEntry !== null) return;
    seen.firstEntry = performance.now();
    seen.entries = entries.length;
    observer.disconnect();
    requestAnimationFrame(() => setTimeout(() => (seen.nextFrame = performance.now()), 0));
  });
  observer.observe(document, { childList: true, subtree: true });
}

/**
 * Popup page, when the probe came in after the entries (Firefox runs no script of ours in an
 * extension page before the page's own): the popup's own `saywho:entries` mark, set in the same
 * commit that put the first entries in the document. No next frame to tell after the fact.
 */
export function readPopupMarks() {
  const entries = performance.getEntriesByName('saywho:entries')[0];
  if (!entries) return null;
  const answered = performance.getEntriesByName('saywho:answered')[0];
  const navigation = performance.getEntriesByType('navigation')[0];
  return {
    firstEntry: entries.startTime,
    nextFrame: null,
    entries: document.querySelectorAll('[data-testid="entry"]').length,
    answered: answered ? answered.startTime : null,
    domContentLoaded: navigation ? navigation.domContentLoadedEventEnd : null,
    from: 'mark',
  };
}

/** Popup page: the probe's findings plus the popup's own mark (null until the entries showed). */
export function readPopupProbe() {
  const seen = window.__saywhoBenchPopup;
  if (!seen || seen.firstEntry === null || seen.nextFrame === null) return null;
  const answered = performance.getEntriesByName('saywho:answered')[0];
  const navigation = performance.getEntriesByType('navigation')[0];
  return {
    ...seen,
    answered: answered ? answered.startTime : null,
    // When the popup's own document had loaded: what comes after is asking for and showing the answer.
    domContentLoaded: navigation ? navigation.domContentLoadedEventEnd : null,
  };
}

/**
 * In the extension: one `getResult` round trip to the content script of an analysed tab (what the
 * background does for the popup), and the size of the answer.
 */
export function answerRoundTripCall(apiGlobal, tabId) {
  return `(async () => {
    const started = performance.now();
    const result = await (${askContent.toString()})(${apiGlobal}, ${JSON.stringify(tabId)}, { type: 'getResult' });
    return { ms: performance.now() - started, bytes: JSON.stringify(result).length };
  })()`;
}

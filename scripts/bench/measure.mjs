/**
 * One page, one run, in one browser: Readability's parse() on a clone of the document (the
 * baseline), then SayWho's built content script injected as the extension injects it, timed with
 * its own User Timing spans from the moment the injection started.
 */
import { collectTimings, installProbe, INJECT_MARK, readabilityDefinition, timeReadability } from './probe.mjs';
import { withTimeout } from './util.mjs';

/**
 * @param driver   a launched browser (chromium.mjs / firefox.mjs)
 * @param setup    `{ files, css, readabilitySource }`: what to inject, and Readability's source
 * @param page     `{ id, url, words? }`
 * @param options  `{ timeoutMs, readability }`
 */
export async function measurePage(driver, setup, page, { timeoutMs = 30_000, readability = true } = {}) {
  const record = { id: page.id, status: 'error', detail: null };
  try {
    const landed = await driver.open(page.url);
    // Some saved pages send themselves elsewhere (an http → https redirect in their own script):
    // the browser then shows an error page, which is not the page to measure.
    if (landed !== page.url) return { ...record, status: 'navigated-away', detail: `its own script went to ${landed}` };
    record.longtaskObserved = await driver.evaluate(installProbe);
    if (readability) {
      // Normally defined by the tab's preload script (see run.mjs); a page may have undone it.
      const defined = await driver.evaluate(() => typeof window.__saywhoBenchReadability === 'function');
      if (!defined) await driver.evaluate(readabilityDefinition(setup.readabilitySource));
      const baseline = await driver.evaluate(timeReadability);
      record.readabilityMs = baseline.ms;
      record.readabilityChars = baseline.chars;
      if (baseline.error) record.readabilityError = baseline.error;
    }
    const heapBefore = driver.heapUsed ? await driver.heapUsed() : null;
    let outcome;
    try {
      outcome = await withTimeout(driver.inject(setup.files, setup.css), timeoutMs, `SayWho on ${page.id}`);
    } catch (error) {
      if (!error.timeout) throw error;
      return { ...record, status: 'timeout', detail: error.message };
    }
    Object.assign(record, outcome);
    const timings = await driver.evaluate(collectTimings, INJECT_MARK);
    if (timings.inject === null || !timings.engine || !timings.anchor || !timings.paint) {
      record.detail = `${record.detail ?? ''} (no timings: ${JSON.stringify(timings)})`;
      if (record.status === 'ready') record.status = 'no-timings';
      return record;
    }
    const analysed = timings.anchor.start + timings.anchor.duration;
    const painted = timings.paint.start + timings.paint.duration;
    record.loadMs = timings.engine.start - timings.inject;
    record.engineMs = timings.engine.duration;
    record.anchorMs = timings.anchor.duration;
    record.analysisMs = analysed - timings.inject;
    record.paintMs = timings.paint.duration;
    if (record.longtaskObserved) {
      // Tasks that overlap the analysis, from the injection to the end of painting (the answer to
      // the background is sent at the end of the painting task, so its serialisation counts).
      const during = timings.longtasks.filter((task) => task.start < painted && task.start + task.duration > timings.inject);
      record.longTasks = during.length;
      record.longestTaskMs = during.reduce((longest, task) => Math.max(longest, task.duration), 0);
    }
    if (heapBefore !== null) record.heapBytes = (await driver.heapUsed()) - heapBefore;
    return record;
  } catch (error) {
    return { ...record, status: 'error', detail: String(error?.message ?? error).split('\n')[0] };
  }
}

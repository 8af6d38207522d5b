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
    const stillThere = await driver.evaluate(() => location.href).catch(() => null);
    if (stillThere !== page.url) return { ...record, status: 'navigated-away', detail: `its own script went to ${stillThere ?? 'an error page'}` };
    if (timings.inject === null || !timings.engine || !timings.anchor || !timings.paint) {
      record.detail = `${record.detail ?? ''} (no timings: ${JSON.stringify(timings)})`;
      if (record.status === 'ready') record.status = 'no-timings';
      return record;
    }
    const analysed = timings.anchor.start + timings.anchor.duration;
    const painted = timings.paint.start + timings.paint.duration;
    // The selectors and the merge (for exports and saving) come after the painting, then the answer
    // is written out: the work they hold the page with counts like the rest.
    const end = (span) => (span ? span.start + span.duration : -Infinity);
    const settled = Math.max(painted, end(timings.selectors), end(timings.answer));
    record.loadMs = timings.engine.start - timings.inject;
    record.engineMs = timings.engine.duration;
    // Within the engine: the text half, asked of the background (round trip included).
    if (timings.attribute) record.attributeMs = timings.attribute.duration;
    record.anchorMs = timings.anchor.duration;
    record.analysisMs = analysed - timings.inject;
    record.paintMs = timings.paint.duration;
    if (timings.selectors) record.selectorsMs = timings.selectors.duration;
    // Work that held the main thread, from the injection to the answer written out. Which part of
    // the work a task holds: the first runs the script and the engine's synchronous start
    // (metadata, article detection, text model); then attribution; then its end, anchoring and
    // painting; then selectors, merge and the answer.
    const overlapping = (tasks) => tasks.filter((task) => task.start < settled && task.start + task.duration > timings.inject);
    const phaseOf = (task) =>
      task.start <= timings.engine.start ? 'script + article' : task.start >= painted ? 'selectors + merge + answer' : task.start + task.duration >= timings.anchor.start ? 'attribution end + anchor + paint' : 'attribution';
    // A gap that began before the injection (the page's own rendering or scripts were holding the
    // thread when the injection came) counts from the injection on: nothing of ours ran before it.
    const blocked = overlapping(timings.gaps).map((gap) => {
      const start = Math.max(gap.start, timings.inject);
      return { start, duration: gap.start + gap.duration - start };
    });
    record.blockedMs = blocked.reduce((longest, gap) => Math.max(longest, gap.duration), 0);
    // The same counted from where each gap began, as the bench did before: for comparison only.
    record.blockedWholeMs = overlapping(timings.gaps).reduce((longest, gap) => Math.max(longest, gap.duration), 0);
    record.blockedList = blocked.filter((gap) => gap.duration > 50).map((gap) => ({ at: gap.start - timings.inject, ms: gap.duration, phase: phaseOf(gap) }));
    if (record.longtaskObserved) {
      const during = overlapping(timings.longtasks);
      record.longTasks = during.length;
      record.longestTaskMs = during.reduce((longest, task) => Math.max(longest, task.duration), 0);
    }
    if (heapBefore !== null) record.heapBytes = (await driver.heapUsed()) - heapBefore;
    return record;
  } catch (error) {
    const detail = String(error?.message ?? error).split('\n')[0];
    // The page's own script navigated while it was being measured.
    if (/context was destroyed|navigat|message channel closed/i.test(detail)) return { ...record, status: 'navigated-away', detail };
    return { ...record, status: 'error', detail };
  }
}

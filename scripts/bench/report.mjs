/** The benchmark's printed report: raw figures per page, summaries, scaling, popup, budgets. */
import { kb, max, median, ms, percentile, ratio, sum, table } from './stats.mjs';

const BROWSER_TITLE = { chromium: 'Chromium', firefox: 'Firefox' };
const shortId = (id) => (id.length > 16 ? id.slice(0, 12) : id);
const timed = (pages) => pages.filter((p) => Number.isFinite(p.analysisMs));

function sizeSection(size) {
  const lines = ['== Content script size (the built file) =='];
  for (const [browser, s] of Object.entries(size)) {
    let line = `${BROWSER_TITLE[browser]}: ${kb(s.bytes)} minified, ${kb(s.gzip)} gzip`;
    if (s.weights) {
      line += s.weights.found
        ? `; learned model weights ${kb(s.weights.bytes)} of it → without weights ${kb(s.weights.bytesWithout)} minified, ${kb(s.weights.gzipWithout)} gzip`
        : `; model weights not found in the file (${s.weights.tables} table(s) in src/core/attribution/model)`;
    }
    lines.push(line);
  }
  return lines.join('\n');
}

function pageTable(pages, browser) {
  const rows = pages.map((p) => [
    shortId(p.id),
    p.status === 'ready' ? (p.detail ?? 'ok') : p.status,
    p.words ?? '-',
    p.items ?? '-',
    ms(p.loadMs),
    ms(p.engineMs),
    ms(p.attributeMs),
    ms(p.anchorMs),
    ms(p.analysisMs),
    ms(p.paintMs, 2),
    ms(p.readabilityMs),
    ratio(p.analysisMs / p.readabilityMs),
    ms(p.blockedMs, 0),
    ...(browser === 'chromium' ? [p.longestTaskMs === 0 ? '<50' : ms(p.longestTaskMs, 0), Number.isFinite(p.heapBytes) ? (p.heapBytes / 1024).toFixed(0) : '-'] : []),
  ]);
  const header = ['page', 'result', 'words', 'items', 'load', 'engine', 'bg text', 'anchor', 'analysis(a)', 'paint(b)', 'readab.(c)', 'a/c', 'blocked', ...(browser === 'chromium' ? ['longtask API', 'heap KB'] : [])];
  return table(header, rows);
}

function summaryTable(pages, browser) {
  const ok = timed(pages);
  const row = (name, values, fmt = ms) => [name, fmt(median(values)), fmt(percentile(values, 95)), fmt(max(values)), values.filter(Number.isFinite).length];
  const rows = [
    row('load: script parse + eval, until the engine starts', ok.map((p) => p.loadMs)),
    row('engine (analyzePage)', ok.map((p) => p.engineMs)),
    row('  of it: text half in the background (round trip)', ok.map((p) => p.attributeMs ?? NaN)),
    row('anchor (text model → ranges)', ok.map((p) => p.anchorMs)),
    row('(a) analysis: injection → ready to paint', ok.map((p) => p.analysisMs)),
    row('(b) paint', ok.map((p) => p.paintMs), (v) => ms(v, 2)),
    row('after painting: selectors + merge (exports, saving)', ok.map((p) => p.selectorsMs ?? NaN)),
    row('(c) Readability: clone + parse()', ok.map((p) => p.readabilityMs)),
    row('a/c per page', ok.map((p) => p.analysisMs / p.readabilityMs), ratio),
  ];
  rows.push(row('main thread held (longest timer gap)', ok.map((p) => p.blockedMs ?? NaN)));
  rows.push(row('  the same, gaps counted whole (before the injection too)', ok.map((p) => p.blockedWholeMs ?? NaN)));
  if (browser === 'chromium') {
    rows.push(row('longest task, Long Tasks API (0: none ≥ 50)', ok.map((p) => p.longestTaskMs ?? NaN)));
    rows.push(row('JS heap retained after analysis, KB', ok.map((p) => (p.heapBytes ?? NaN) / 1024), (v) => ms(v, 0)));
  }
  return table(['figure (ms unless said)', 'median', 'p95', 'max', 'pages'], rows);
}

function overall(pages) {
  const ok = timed(pages).filter((p) => Number.isFinite(p.readabilityMs));
  return {
    pages: ok.length,
    medianRatio: median(ok.map((p) => p.analysisMs)) / median(ok.map((p) => p.readabilityMs)),
    medianOfRatios: median(ok.map((p) => p.analysisMs / p.readabilityMs)),
    totalRatio: sum(ok.map((p) => p.analysisMs)) / sum(ok.map((p) => p.readabilityMs)),
  };
}

function browserSection(name, data) {
  const lines = [`== ${BROWSER_TITLE[name]} ${data.version}: ${data.pages.length} pages (ms; one run each; ${data.seconds.toFixed(0)} s for this browser) ==`];
  lines.push(pageTable(data.pages, name));
  const counts = {};
  for (const p of data.pages) {
    const key = p.status === 'ready' ? (p.items > 0 ? 'items found' : (p.detail ?? 'nothing found')) : p.status;
    counts[key] = (counts[key] ?? 0) + 1;
  }
  lines.push('', `outcomes: ${Object.entries(counts).map(([k, v]) => `${k} ${v}`).join(', ')}`);
  for (const p of data.pages.filter((q) => !Number.isFinite(q.analysisMs))) lines.push(`  not timed: ${p.id}: ${p.status} ${p.detail ?? ''}`);
  lines.push('', summaryTable(data.pages, name));
  const o = overall(data.pages);
  lines.push('', `SayWho / Readability over ${o.pages} pages: median(a)/median(c) ${ratio(o.medianRatio)}, median of per-page ratios ${ratio(o.medianOfRatios)}, total(a)/total(c) ${ratio(o.totalRatio)}`);
  return lines.join('\n');
}

/** Per-word costs of the generated articles, and whether the largest grows at most linearly. */
function scaling(data) {
  return data.scaling.map((s) => ({
    ...s,
    msPerKWord: (s.analysisMs / s.pageWords) * 1000,
    heapPerWord: Number.isFinite(s.heapBytes) ? s.heapBytes / s.pageWords : NaN,
  }));
}

function linearity(rows, key) {
  const at = (n) => rows.find((r) => r.targetWords === n);
  const small = at(10_000);
  const large = at(200_000);
  if (!small || !large) return null;
  return { small: small[key], large: large[key], factor: large[key] / small[key] };
}

function scalingSection(results) {
  const lines = ['== Scaling: generated articles (scripts/bench/generate.mjs, seed 1), many quotes =='];
  for (const [name, data] of Object.entries(results.browsers)) {
    const rows = scaling(data);
    lines.push(`${BROWSER_TITLE[name]}:`);
    lines.push(
      table(
        ['words', 'quotes in page', 'result', 'items', 'analysis ms', 'engine', 'bg text', 'anchor', 'paint', 'Readab.', 'ms / 1k words', 'blocked', 'longtask API', 'heap KB', 'heap B / word'],
        rows.map((r) => [
          r.pageWords,
          r.quotesInPage,
          r.status === 'ready' ? 'ok' : `${r.status} ${r.detail ?? ''}`,
          r.items ?? '-',
          ms(r.analysisMs),
          ms(r.engineMs),
          ms(r.attributeMs),
          ms(r.anchorMs),
          ms(r.paintMs),
          ms(r.readabilityMs),
          ms(r.msPerKWord, 2),
          ms(r.blockedMs, 0),
          r.longestTaskMs === 0 ? '<50' : ms(r.longestTaskMs, 0),
          Number.isFinite(r.heapBytes) ? (r.heapBytes / 1024).toFixed(0) : '-',
          ms(r.heapPerWord, 0),
        ]),
      ),
    );
    for (const r of rows.filter((row) => row.blockedList?.length)) {
      const tasks = r.blockedList.map((task) => `${ms(task.ms, 0)} ms at +${ms(task.at, 0)} (${task.phase})`).join(', ');
      lines.push(`  main thread held > 50 ms, ${r.pageWords} words: ${tasks}`);
    }
  }
  return lines.join('\n');
}

function popupSection(results) {
  const lines = ['== Popup on an analysed tab: navigation start → first [data-testid=entry] in the DOM (ms) =='];
  const rows = [];
  for (const [name, data] of Object.entries(results.browsers)) {
    for (const p of data.popup) {
      rows.push([
        BROWSER_TITLE[name],
        shortId(p.id),
        p.status === 'ready' ? p.items : `${p.status} ${p.detail ?? ''}`,
        ms(p.domContentLoaded),
        ms(p.answered),
        ms(p.firstEntry),
        ms(p.blankMs),
        ms(p.nextFrame),
        p.entries ?? '-',
        ms(p.roundTripMs),
        Number.isFinite(p.answerBytes) ? (p.answerBytes / 1024).toFixed(0) : '-',
      ]);
    }
  }
  lines.push(table(['browser', 'page', 'items', 'DOMContentLoaded', 'answered mark', 'first entry', 'blank page', 'next frame', 'entries', 'getResult round trip (after)', 'answer KB'], rows));
  lines.push('blank page: a static extension page holding one entry in its HTML (no script), opened right after the popup: when its DOM was interactive.');
  return lines.join('\n');
}

function budgets(results) {
  const lines = [];
  const line = (pass, text) => lines.push(`${pass === null ? 'N/A ' : pass ? 'PASS' : 'FAIL'}  ${text}`);
  for (const [name, data] of Object.entries(results.browsers)) {
    const o = overall(data.pages);
    line(Number.isFinite(o.medianRatio) ? o.medianRatio <= 1 : null, `${BROWSER_TITLE[name]}: median analysis ≤ 1.0 × Readability parse on the same pages (aim 0.5×): ${ratio(o.medianRatio)} (median ${ms(median(timed(data.pages).map((p) => p.analysisMs)))} vs ${ms(median(timed(data.pages).map((p) => p.readabilityMs)))} ms)`);
  }
  const chromium = results.browsers.chromium;
  if (chromium) {
    const p95 = percentile(timed(chromium.pages).map((p) => p.analysisMs), 95);
    line(Number.isFinite(p95) ? p95 <= 100 : null, `Chromium: p95 analysis ≤ 100 ms: ${ms(p95)} ms`);
  }
  for (const [name, data] of Object.entries(results.browsers)) {
    const big = data.scaling.find((s) => s.targetWords === 50_000);
    if (!big) continue;
    const held = big.blockedMs;
    const api = Number.isFinite(big.longestTaskMs) ? `; Long Tasks API: ${big.longestTaskMs === 0 ? 'none ≥ 50 ms' : `${ms(big.longestTaskMs, 0)} ms`}` : '';
    line(Number.isFinite(held) ? held <= 50 : null, `${BROWSER_TITLE[name]}: no main-thread task over 50 ms on the 50k-word page: main thread held up to ${ms(held, 0)} ms (${big.blockedList?.length ?? 0} times over 50 ms)${api}`);
  }
  for (const [name, s] of Object.entries(results.size)) {
    const without = s.weights?.found ? s.weights.gzipWithout : s.gzip;
    line(without <= 40 * 1024, `${BROWSER_TITLE[name]}: content script ≤ 40 KB gzipped without model weights: ${kb(without)}`);
  }
  for (const [name, data] of Object.entries(results.browsers)) {
    const real = data.popup.filter((p) => p.real && p.status === 'ready');
    const worst = max(real.map((p) => p.firstEntry));
    line(Number.isFinite(worst) ? worst <= 100 : null, `${BROWSER_TITLE[name]}: popup shows the entries within 100 ms on an analysed tab: worst ${ms(worst)} ms, median ${ms(median(real.map((p) => p.firstEntry)))} ms over ${real.length} pages`);
    // Not a budget line: how much of that the browser takes to open any extension page.
    const own = real.filter((p) => Number.isFinite(p.blankMs)).map((p) => p.firstEntry - p.blankMs);
    if (own.length) lines.push(`      ${BROWSER_TITLE[name]}: of which a static extension page takes ${ms(median(real.map((p) => p.blankMs).filter(Number.isFinite)))} ms (median); the popup's own share (first entry − blank page, same run): median ${ms(median(own))}, worst ${ms(max(own))} ms`);
  }
  for (const [name, data] of Object.entries(results.browsers)) {
    const rows = scaling(data);
    const time = linearity(rows, 'msPerKWord');
    if (time) line(Number.isFinite(time.factor) ? time.factor <= 2 : false, `${BROWSER_TITLE[name]}: time per word at 200k ≤ 2 × at 10k: ${ms(time.large, 2)} vs ${ms(time.small, 2)} ms / 1k words (${ratio(time.factor)})`);
    const heap = linearity(rows, 'heapPerWord');
    if (heap && Number.isFinite(heap.small)) line(Number.isFinite(heap.factor) ? heap.factor <= 2 : false, `${BROWSER_TITLE[name]}: heap per word at 200k ≤ 2 × at 10k: ${ms(heap.large, 0)} vs ${ms(heap.small, 0)} B / word (${ratio(heap.factor)})`);
  }
  return ['== Budgets (computed from the figures above; the bench reports, it does not gate) ==', ...lines].join('\n');
}

export function report(results) {
  const head = [
    `SayWho bench, ${results.date}: ${results.machine.cpus} × ${results.machine.cpu}, Node ${results.machine.node}; load average ${results.machine.loadBefore.toFixed(1)} at the start, ${results.machine.loadAfter.toFixed(1)} at the end${results.machine.loadBefore > results.machine.cpus || results.machine.loadAfter > results.machine.cpus ? ' (BUSY MACHINE: other work competed for the CPUs; absolute times are inflated, ratios less so)' : ''}`,
    `Pages: ${results.source}. Served from 127.0.0.1, every other request refused (${results.refused} refused); the pages' own scripts left in.`,
    'SayWho: the built content script of the test package (…-test/src/content/content-script.js), injected by',
    '  scripting.executeScript({files}) as the background does, in the extension\'s isolated world, preceded in the same',
    '  call by a one-line file that marks the start. (a) = that mark → the content script\'s `saywho:anchor` span end',
    '  (script parse + evaluation, engine, anchoring: all before painting); (b) = its `saywho:paint` span. The engine\'s',
    '  text half (quotes, claims, speakers; the learned model) runs in the extension\'s background: its round trip from',
    '  the page (`saywho:attribute`, "bg text") is part of the engine time.',
    'blocked: the longest gap of a zero-delay timer chain in the page from the injection to the answer written out, counted from the injection on (how long',
    '  the main thread was held, ±4 ms); longtask API: PerformanceObserver(\'longtask\'), which misses the injection task.',
    `Baseline (c): @mozilla/readability ${results.readabilityVersion} parse() on document.cloneNode(true) (clone included), page main world, same page, same run, before SayWho.`,
  ];
  const sections = [head.join('\n'), sizeSection(results.size)];
  for (const [name, data] of Object.entries(results.browsers)) sections.push(browserSection(name, data));
  if (Object.keys(results.browsers).length) sections.push(scalingSection(results), popupSection(results));
  sections.push(budgets(results), `Total bench time ${results.seconds.toFixed(0)} s.`);
  return sections.join('\n\n');
}

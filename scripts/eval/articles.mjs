#!/usr/bin/env node
// Article-body evaluation: SayWho (`saywho article`, the built CLI) against the benchmark's ground
// truth, side by side with @mozilla/readability on the same pages, with the benchmark's metric
// (4-token shingles, precision and recall averaged over pages, F1 of the averages). Also times
// findArticle + buildArticleText against Readability's parse() on a clone, in this process.
//
//   npm run build:cli && node scripts/eval/articles.mjs [--in-process] [--no-timing] [--worst N] [--json OUT]
//
// Data: $SAYWHO_DATA (the data folder holding articles/, or articles/ itself), else ../shared/data.
// Without the data it says so and exits 0.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import zlib from 'node:zlib';

const projectDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** The articles folder (holding ground-truth.json and html/), or null when absent. */
export function findArticlesDir(dataDir = process.env.SAYWHO_DATA) {
  const candidates = dataDir ? [path.join(dataDir, 'articles'), dataDir] : [path.resolve(projectDir, '../shared/data/articles')];
  return candidates.find((dir) => fs.existsSync(path.join(dir, 'ground-truth.json'))) ?? null;
}

// ---------------------------------------------------------------------------------------------
// The benchmark metric (scrapinghub/article-extraction-benchmark, evaluate.py). Checked against
// the reference scorer in ../shared/eval/score-article.mjs whenever that file is present.

// Python's \w on str: Unicode letters, decimal/letter/other numbers and "_".
const TOKEN = /[\p{L}\p{Nd}\p{Nl}\p{No}_]+/gu;
const tokenize = (text) => (text || '').match(TOKEN) || [];

function shingleCounts(text, n = 4) {
  const tokens = tokenize(text);
  const counts = new Map();
  const last = Math.max(1, tokens.length - n + 1);
  for (let i = 0; i < last; i++) {
    const shingle = tokens.slice(i, i + n);
    if (shingle.length === 0) continue;
    const key = shingle.join('\u0000');
    counts.set(key, (counts.get(key) || 0) + 1);
  }
  return counts;
}

/** Per-page [tp, fp, fn], normalised to sum to 1. */
export function shingleMatch(truth, predicted) {
  const t = shingleCounts(truth);
  const p = shingleCounts(predicted);
  let tp = 0, fp = 0, fn = 0;
  for (const key of new Set([...t.keys(), ...p.keys()])) {
    const tc = t.get(key) || 0, pc = p.get(key) || 0;
    tp += Math.min(tc, pc);
    fp += Math.max(0, pc - tc);
    fn += Math.max(0, tc - pc);
  }
  const sum = tp + fp + fn;
  return sum > 0 ? [tp / sum, fp / sum, fn / sum] : [tp, fp, fn];
}

const precisionOf = (tp, fp, fn) => (fp === 0 && fn === 0 ? 1 : tp === 0 && fp === 0 ? 0 : tp / (tp + fp));
const recallOf = (tp, fp, fn) => (fp === 0 && fn === 0 ? 1 : tp === 0 && fn === 0 ? 0 : tp / (tp + fn));
const mean = (xs) => xs.reduce((a, b) => a + b, 0) / xs.length;

/** Precision, recall and F1 over pages, plus each page's figures. */
export function scoreBodies(truth, predicted) {
  const perPage = {};
  const matches = [];
  for (const id of Object.keys(truth)) {
    const m = shingleMatch(truth[id], predicted[id] ?? '');
    matches.push(m);
    perPage[id] = { precision: m[0] + m[1] > 0 ? precisionOf(...m) : null, recall: m[0] + m[2] > 0 ? recallOf(...m) : null };
  }
  const precision = mean(matches.filter(([tp, fp]) => tp + fp > 0).map((m) => precisionOf(...m)));
  const recall = mean(matches.filter(([tp, , fn]) => tp + fn > 0).map((m) => recallOf(...m)));
  return { precision, recall, f1: (2 * precision * recall) / (precision + recall), perPage };
}

async function checkAgainstReference(articlesDir, truth, predicted, ours) {
  const reference = path.resolve(articlesDir, '../../eval/score-article.mjs');
  if (!fs.existsSync(reference)) return 'reference scorer not found; metric not cross-checked';
  const { evaluate } = await import(pathToFileURL(reference).href);
  const gt = Object.fromEntries(Object.entries(truth).map(([id, body]) => [id, { articleBody: body }]));
  const pred = Object.fromEntries(Object.entries(predicted).map(([id, body]) => [id, { articleBody: body }]));
  const { metrics } = evaluate(gt, pred, 0);
  const same = ['precision', 'recall', 'f1'].every((k) => Math.abs(metrics[k] - ours[k]) < 1e-12);
  if (!same) throw new Error(`metric differs from the reference scorer: ${JSON.stringify(metrics)} vs ${JSON.stringify(ours)}`);
  return 'metric identical to the reference scorer';
}

// ---------------------------------------------------------------------------------------------
// Running SayWho through its command line

function runCli(file, url) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(projectDir, 'bin/saywho.mjs'), 'article', file, '--url', url], { stdio: ['ignore', 'pipe', 'pipe'] });
    const out = [];
    const err = [];
    child.stdout.on('data', (chunk) => out.push(chunk));
    child.stderr.on('data', (chunk) => err.push(chunk));
    child.on('close', (code) => {
      const stdout = Buffer.concat(out).toString('utf8');
      const stderr = Buffer.concat(err).toString('utf8').trim();
      if (code !== 0) return resolve({ text: '', error: stderr || `exit ${code}` });
      try {
        resolve({ text: JSON.parse(stdout).article?.text ?? '', error: stderr || null });
      } catch {
        resolve({ text: '', error: `unreadable output: ${stdout.slice(0, 80)}` });
      }
    });
  });
}

async function mapLimited(items, limit, fn) {
  const results = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i], i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

// ---------------------------------------------------------------------------------------------
// In-process runs: Readability, and SayWho's engine for timing

async function loadEngine() {
  const { runnerImport } = await import('vite');
  const { module } = await runnerImport(path.join(projectDir, 'src/core/article/index.ts'), { configFile: false, logLevel: 'silent' });
  return module;
}

function median(xs) {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Block-aware text of an HTML fragment (Readability's content), with SayWho's own text model. */
function fragmentText(engine, parseHTML, html) {
  const { document } = parseHTML(`<!DOCTYPE html><html><body>${html}</body></html>`);
  return engine.buildArticleText({ root: document.body, isExcluded: () => false }).text;
}

function timeIt(fn) {
  const start = performance.now();
  const value = fn();
  return [performance.now() - start, value];
}

// ---------------------------------------------------------------------------------------------

/**
 * Scores SayWho and Readability on the benchmark pages.
 * @returns null when the data is absent, else {saywho, readability, perPage, timing, pages, check}
 */
export async function runArticleEval({ dataDir, inProcess = false, timing = true, log = () => {} } = {}) {
  const articlesDir = findArticlesDir(dataDir);
  if (!articlesDir) return null;
  const groundTruth = JSON.parse(fs.readFileSync(path.join(articlesDir, 'ground-truth.json'), 'utf8'));
  const ids = Object.keys(groundTruth).filter((id) => fs.existsSync(path.join(articlesDir, 'html', `${id}.html.gz`)));
  const truth = Object.fromEntries(ids.map((id) => [id, groundTruth[id].articleBody ?? '']));
  const fileOf = (id) => path.join(articlesDir, 'html', `${id}.html.gz`);

  const { parseHTML } = await import('linkedom');
  const { Readability } = await import('@mozilla/readability');
  const engine = await loadEngine();

  const saywho = {};
  const errors = {};
  if (!inProcess) {
    if (!fs.existsSync(path.join(projectDir, 'build/cli/saywho.mjs'))) throw new Error('the CLI is not built: run `npm run build:cli` first');
    log(`running saywho article on ${ids.length} pages…`);
    const results = await mapLimited(ids, Math.max(2, os.availableParallelism?.() ?? os.cpus().length), (id) => runCli(fileOf(id), groundTruth[id].url));
    ids.forEach((id, i) => {
      saywho[id] = results[i].text;
      if (results[i].error) errors[id] = results[i].error;
    });
  }

  log('running Readability and timing in process…');
  const readability = {};
  const ratios = [];
  const ratiosWithoutClone = [];
  const ourTimes = [];
  const readabilityTimes = [];
  let cliMismatches = 0;
  for (const id of ids) {
    const html = zlib.gunzipSync(fs.readFileSync(fileOf(id))).toString('utf8');
    const { document } = parseHTML(html);
    const ours = () => {
      const found = engine.findArticle(document);
      return found ? engine.buildArticleText(found).text : '';
    };
    const theirs = () => {
      const [cloneMs, clone] = timeIt(() => document.cloneNode(true));
      const [parseMs, article] = timeIt(() => {
        try {
          return new Readability(clone).parse();
        } catch {
          return null;
        }
      });
      return { cloneMs, parseMs, article };
    };
    const [, ourText] = timeIt(ours);
    if (inProcess) saywho[id] = ourText;
    else if (ourText !== saywho[id]) cliMismatches++;
    const first = theirs();
    readability[id] = first.article?.content ? fragmentText(engine, parseHTML, first.article.content) : '';
    if (timing) {
      const runs = [];
      for (let r = 0; r < 3; r++) {
        const [ourMs] = timeIt(ours);
        const { cloneMs, parseMs } = theirs();
        runs.push([ourMs, cloneMs + parseMs, parseMs]);
      }
      const ourMs = median(runs.map((r) => r[0]));
      const theirMs = median(runs.map((r) => r[1]));
      const parseMs = median(runs.map((r) => r[2]));
      ourTimes.push(ourMs);
      readabilityTimes.push(theirMs);
      ratios.push(ourMs / theirMs);
      ratiosWithoutClone.push(ourMs / parseMs);
    }
  }

  const ourScore = scoreBodies(truth, saywho);
  const theirScore = scoreBodies(truth, readability);
  const check = await checkAgainstReference(articlesDir, truth, saywho, ourScore);
  const perPage = Object.fromEntries(
    ids.map((id) => [id, { url: groundTruth[id].url, saywho: ourScore.perPage[id], readability: theirScore.perPage[id], error: errors[id] ?? null }]),
  );
  const pick = ({ precision, recall, f1 }) => ({ precision, recall, f1 });
  return {
    pages: ids.length,
    saywho: pick(ourScore),
    readability: pick(theirScore),
    perPage,
    check,
    cliMismatches: inProcess ? null : cliMismatches,
    timing: timing
      ? {
          medianRatio: median(ratios),
          medianRatioWithoutClone: median(ratiosWithoutClone),
          medianSaywhoMs: median(ourTimes),
          medianReadabilityMs: median(readabilityTimes),
        }
      : null,
  };
}

const pageF1 = ({ precision, recall }) => {
  const p = precision ?? 0, r = recall ?? 0;
  return p + r > 0 ? (2 * p * r) / (p + r) : 0;
};

export function printReport(result, worst) {
  const f = (x) => x.toFixed(3);
  console.log(`article body on ${result.pages} pages (${result.check})`);
  console.log(`${'system'.padEnd(22)} ${'precision'.padStart(9)} ${'recall'.padStart(9)} ${'F1'.padStart(9)}`);
  for (const [name, m] of [['SayWho (saywho article)', result.saywho], ['Readability 0.6', result.readability]]) {
    console.log(`${name.padEnd(22)} ${f(m.precision).padStart(9)} ${f(m.recall).padStart(9)} ${f(m.f1).padStart(9)}`);
  }
  if (result.timing) {
    const t = result.timing;
    console.log(
      `time, findArticle+buildArticleText vs Readability clone+parse: median ratio ${t.medianRatio.toFixed(2)} ` +
        `(vs parse alone ${t.medianRatioWithoutClone.toFixed(2)}); medians ${t.medianSaywhoMs.toFixed(1)} ms vs ${t.medianReadabilityMs.toFixed(1)} ms`,
    );
  }
  if (result.cliMismatches) console.log(`warning: ${result.cliMismatches} page(s) where the CLI text differs from the in-process text`);
  const rows = Object.entries(result.perPage).map(([id, page]) => ({ id, ...page, f1: pageF1(page.saywho), theirF1: pageF1(page.readability) }));
  rows.sort((a, b) => a.f1 - b.f1);
  console.log(`\nworst ${worst} pages for SayWho (page F1, precision, recall; Readability's F1):`);
  for (const row of rows.slice(0, worst)) {
    console.log(`${f(row.f1)}  P ${f(row.saywho.precision ?? 0)}  R ${f(row.saywho.recall ?? 0)}  (Readability ${f(row.theirF1)})  ${row.id.slice(0, 12)}  ${row.url}${row.error ? `  [${row.error}]` : ''}`);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const args = process.argv.slice(2);
  const option = (name) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
  };
  if (!findArticlesDir()) {
    console.log('article eval: no benchmark pages found (looked for ../shared/data/articles, or $SAYWHO_DATA); nothing to do.');
    process.exit(0);
  }
  const result = await runArticleEval({
    inProcess: args.includes('--in-process'),
    timing: !args.includes('--no-timing'),
    log: (message) => console.error(message),
  });
  printReport(result, Number(option('--worst') ?? 10));
  const out = option('--json');
  if (out) fs.writeFileSync(out, JSON.stringify(result, null, 1));
}

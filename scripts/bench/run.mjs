#!/usr/bin/env node
/**
 * `npm run bench`: how fast SayWho reads real pages, in real headless Chromium and Firefox, with
 * the built content script injected as the extension injects it, against Mozilla Readability's
 * parse() on the same pages in the same run; how it scales with article length; its size; how
 * fast the popup shows an analysed tab. It prints figures and budget lines (PASS/FAIL) and exits
 * 0 whatever they say; it exits non-zero only when the bench itself breaks.
 *
 *   npm run bench [-- --browsers chromium,firefox] [--limit N] [--sizes 1000,10000,50000,200000]
 *                 [--json out.json] [--no-build]
 *
 * Pages: every ARTICLES/html/*.html.gz, where ARTICLES is $SAYWHO_DATA/articles (or $SAYWHO_DATA
 * itself) else ../shared/data/articles; without them, the bench's own pages in test/fixtures/bench.
 * Build: `SAYWHO_DIST=/tmp/bench-dist npm run build:test` ($SAYWHO_BENCH_DIST to change), so the
 * project's dist/ is never touched.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { launchChromium, CHROMIUM_PATH } from './chromium.mjs';
import { launchFirefox, FIREFOX_PATH } from './firefox.mjs';
import { generateArticle } from './generate.mjs';
import { measurePage } from './measure.mjs';
import { BENCH_START_FILE, BENCH_START_SOURCE, BLANK_PAGE_FILE, BLANK_PAGE_SOURCE, readabilityDefinition } from './probe.mjs';
import { report } from './report.mjs';
import { startBenchNet } from './server.mjs';
import { contentScriptSize } from './size.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const CONTENT_SCRIPT = 'src/content/content-script.js';
const MODEL_DIR = path.join(ROOT, 'src/core/attribution/model');
const POPUP_PAGES = 5;

function options(argv) {
  const value = (name, fallback) => {
    const at = argv.indexOf(`--${name}`);
    return at >= 0 && argv[at + 1] !== undefined ? argv[at + 1] : fallback;
  };
  return {
    browsers: value('browsers', 'chromium,firefox').split(',').filter(Boolean),
    limit: Number(value('limit', 'Infinity')),
    sizes: value('sizes', '1000,10000,50000,200000').split(',').map(Number).filter((n) => n > 0),
    json: value('json', null),
    build: !argv.includes('--no-build'),
  };
}

const say = (message) => process.stderr.write(`[bench] ${message}\n`);

function articlesDir() {
  const data = process.env.SAYWHO_DATA;
  const candidates = data ? [path.join(data, 'articles'), data] : [path.resolve(ROOT, '../shared/data/articles')];
  return candidates.find((dir) => existsSync(path.join(dir, 'html'))) ?? null;
}

/** The benchmark pages: `{id, path, file}`, and where they came from. */
function benchPages(limit) {
  const dir = articlesDir();
  if (dir) {
    const files = readdirSync(path.join(dir, 'html')).filter((f) => f.endsWith('.html.gz')).sort();
    const pages = files.slice(0, limit).map((f) => ({ id: f.replace(/\.html\.gz$/, ''), path: `/pages/${f.replace(/\.gz$/, '')}`, file: path.join(dir, 'html', f) }));
    return { source: `${pages.length} of ${files.length} pages from ${dir}`, pages };
  }
  const own = path.join(ROOT, 'test/fixtures/bench');
  const files = readdirSync(own).filter((f) => f.endsWith('.html')).sort();
  const pages = files.slice(0, limit).map((f) => ({ id: f.replace(/\.html$/, ''), path: `/own/${f}`, file: path.join(own, f) }));
  return { source: `NO BENCHMARK DATA (looked for ${process.env.SAYWHO_DATA ? '$SAYWHO_DATA' : '../shared/data'}/articles/html): the bench's own ${pages.length} pages in test/fixtures/bench`, pages };
}

function build(distRoot) {
  say(`building the test packages into ${distRoot} …`);
  execFileSync('npm', ['run', '--silent', 'build:test'], { cwd: ROOT, env: { ...process.env, SAYWHO_DIST: distRoot }, stdio: ['ignore', 'ignore', 'pipe'] });
}

function readPackage(dir) {
  const manifest = JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8'));
  if (!existsSync(path.join(dir, CONTENT_SCRIPT))) throw new Error(`${dir}/${CONTENT_SCRIPT} is missing`);
  return { dir, popupPath: manifest.action.default_popup.replace(/^\//, ''), geckoId: manifest.browser_specific_settings?.gecko?.id };
}

/** The highlight styles the background inserts, taken from the built package's own chunk. */
async function highlightCss(dir) {
  const assets = path.join(dir, 'assets');
  for (const file of readdirSync(assets).filter((f) => f.startsWith('highlight-css') && f.endsWith('.js'))) {
    const chunk = await import(pathToFileURL(path.join(assets, file)).href);
    const css = Object.values(chunk).find((value) => typeof value === 'string' && value.includes('::highlight('));
    if (css) return css;
  }
  return null;
}

async function runBrowser(name, launch, pkg, net, pages, generated, setup) {
  const started = Date.now();
  say(`${name}: launching`);
  const driver = await launch({ pkg, net });
  await driver.preload(readabilityDefinition(setup.readabilitySource));
  const out = { version: driver.version, pages: [], scaling: [], popup: [] };
  try {
    // One warm-up page (not counted): disk caches, the extension's first start.
    await measurePage(driver, setup, { id: 'warm-up', url: net.url(pages[0].path) });
    for (const [i, page] of pages.entries()) {
      const record = await measurePage(driver, setup, { id: page.id, url: net.url(page.path) });
      out.pages.push(record);
      if ((i + 1) % 20 === 0 || i + 1 === pages.length) say(`${name}: ${i + 1}/${pages.length} pages`);
    }
    for (const article of generated) {
      say(`${name}: generated article of ${article.words} words`);
      const record = await measurePage(driver, setup, { id: article.id, url: net.url(article.path) }, { timeoutMs: 300_000 });
      out.scaling.push({ ...record, targetWords: article.target, pageWords: article.words, quotesInPage: article.quotes });
    }
    // The popup on an analysed tab: the real pages with the most entries, then the 50k article.
    const busiest = [...out.pages].filter((p) => p.status === 'ready' && p.items > 0).sort((a, b) => b.items - a.items).slice(0, POPUP_PAGES);
    const big = generated.find((g) => g.target === 50_000);
    const targets = [...busiest.map((p) => ({ id: p.id, url: net.url(pages.find((q) => q.id === p.id).path), real: true })), ...(big ? [{ id: big.id, url: net.url(big.path), real: false }] : [])];
    for (const target of targets) {
      const analysed = await measurePage(driver, setup, target, { readability: false, timeoutMs: 120_000 });
      if (analysed.status !== 'ready') {
        out.popup.push({ id: target.id, real: target.real, status: analysed.status });
        continue;
      }
      try {
        const timing = await driver.popupTiming();
        // The same browser opening a static extension page right after: its share of the wait.
        const blankMs = await driver.blankPageTiming().catch(() => null);
        // After the popup: the content script's share of its wait (answer from cache, messaging).
        const roundTrip = await driver.answerRoundTrip();
        out.popup.push({ id: target.id, real: target.real, status: 'ready', items: analysed.items, ...timing, blankMs, roundTripMs: roundTrip.ms, answerBytes: roundTrip.bytes });
      } catch (error) {
        out.popup.push({ id: target.id, real: target.real, status: 'error', detail: String(error.message).split('\n')[0] });
      }
    }
  } finally {
    await driver.close();
  }
  out.seconds = (Date.now() - started) / 1000;
  say(`${name}: done in ${out.seconds.toFixed(0)} s`);
  return out;
}

async function main() {
  const opts = options(process.argv.slice(2));
  const started = Date.now();
  const distRoot = path.resolve(process.env.SAYWHO_BENCH_DIST ?? '/tmp/bench-dist');
  if (opts.build) build(distRoot);
  const packages = { chromium: readPackage(path.join(distRoot, 'chrome-test')), firefox: readPackage(path.join(distRoot, 'firefox-test')) };
  // The injection-start mark travels in the same executeScript call, just before the content script.
  // And the popup's baseline, a static extension page (see probe.mjs).
  for (const pkg of Object.values(packages)) {
    writeFileSync(path.join(pkg.dir, BENCH_START_FILE), BENCH_START_SOURCE);
    writeFileSync(path.join(pkg.dir, BLANK_PAGE_FILE), BLANK_PAGE_SOURCE);
  }

  const size = { chromium: contentScriptSize(path.join(packages.chromium.dir, CONTENT_SCRIPT), MODEL_DIR), firefox: contentScriptSize(path.join(packages.firefox.dir, CONTENT_SCRIPT), MODEL_DIR) };
  const { source, pages } = benchPages(opts.limit);
  const generated = opts.sizes.map((target) => {
    const article = generateArticle(target, 1);
    return { id: `generated-${target}`, target, path: `/generated/words-${target}.html`, html: article.html, words: article.words, quotes: article.quotes };
  });
  const served = new Map([...pages.map((p) => [p.path, { file: p.file }]), ...generated.map((g) => [g.path, { html: g.html }])]);
  const net = await startBenchNet(served);

  const readabilitySource = readFileSync(path.join(ROOT, 'node_modules/@mozilla/readability/Readability.js'), 'utf8');
  const readabilityVersion = JSON.parse(readFileSync(path.join(ROOT, 'node_modules/@mozilla/readability/package.json'), 'utf8')).version;
  const results = {
    date: new Date().toISOString(),
    machine: { cpus: os.cpus().length, cpu: os.cpus()[0]?.model, node: process.version, loadBefore: os.loadavg()[0] },
    source,
    readabilityVersion,
    size,
    browsers: {},
    refused: 0,
  };
  const launchers = { chromium: [launchChromium, CHROMIUM_PATH], firefox: [launchFirefox, FIREFOX_PATH] };
  let crashed = null;
  try {
    for (const name of opts.browsers) {
      const [launch, executable] = launchers[name] ?? [];
      if (!launch) throw new Error(`unknown browser ${name}`);
      if (!existsSync(executable)) throw new Error(`${executable} is missing (node scripts/setup/browsers.mjs installs it)`);
      const pkg = packages[name];
      const setup = { files: [`/${BENCH_START_FILE}`, `/${CONTENT_SCRIPT}`], css: await highlightCss(pkg.dir), readabilitySource };
      results.browsers[name] = await runBrowser(name, launch, pkg, net, pages, generated, setup);
    }
  } catch (error) {
    crashed = error;
  } finally {
    results.refused = net.refused();
    await net.close();
  }
  results.seconds = (Date.now() - started) / 1000;
  results.machine.loadAfter = os.loadavg()[0];
  const text = report(results);
  process.stdout.write(text + '\n');
  if (opts.json) writeFileSync(opts.json, JSON.stringify(results, null, 1));
  if (crashed) {
    process.stderr.write(`[bench] CRASHED: ${crashed.stack ?? crashed}\n`);
    process.exit(1);
  }
}

main().catch((error) => {
  process.stderr.write(`[bench] CRASHED: ${error.stack ?? error}\n`);
  process.exit(1);
});

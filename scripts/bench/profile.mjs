#!/usr/bin/env node
/**
 * Where the content script spends its time: a CPU profile (CDP Profiler, 100 µs sampling) of the
 * injection and analysis in Chromium, on an UNMINIFIED build of the same test package, aggregated
 * by function and by source module (the bundle's `// src/…` module comments), self and total time.
 *
 *   node scripts/bench/profile.mjs [--page ID]... [--words N]... [--top 30] [--no-build]
 *
 * `--page` takes ids of benchmark pages (file names without .html.gz; a prefix is enough),
 * `--words` a generated article (scripts/bench/generate.mjs). Figures are for finding hot spots,
 * not for the budgets: the profiler slows everything down a little.
 */
import { build } from 'vite';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from './chromium.mjs';
import { generateArticle } from './generate.mjs';
import { collectTimings, INJECT_MARK, BENCH_START_FILE, BENCH_START_SOURCE, installProbe } from './probe.mjs';
import { startBenchNet } from './server.mjs';
import { table } from './stats.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const CONTENT_SCRIPT = 'src/content/content-script.js';

function options(argv) {
  const all = (name) => argv.flatMap((arg, i) => (arg === `--${name}` && argv[i + 1] ? [argv[i + 1]] : []));
  return { pages: all('page'), words: all('words').map(Number), top: Number(all('top')[0] ?? 30), build: !argv.includes('--no-build') };
}

/** The module each line of the unminified bundle comes from (its `// src/core/…ts` markers). */
function regionsOf(code) {
  let current = '(bundle)';
  return code.split('\n').map((line) => {
    const marker = /^\s*\/\/ ((?:src|node_modules)\/\S+\.(?:[cm]?[jt]sx?|json))\s*$/.exec(line);
    if (marker) current = marker[1];
    return current;
  });
}

const DEFINITION = [
  /\bfunction\s+([\w$]+)\s*[(<]/,
  /^\s*(?:export\s+)?(?:const|let|var)\s+([\w$]+)\s*=\s*(?:async\s*)?(?:\(|function\b|[\w$]+\s*=>)/,
  /^\s*(?:(?:private|public|protected|static|async|readonly|get|set)\s+)*([\w$]+)\s*(?:<[^>]*>)?\([^)]*\)\s*(?::\s*[^={]+)?\{\s*$/,
];

/**
 * Where functions are defined in the sources (name → ["src/…ts:line"]). The bundle's module
 * markers are not enough on their own: scope hoisting moves some modules' code under another's
 * marker.
 */
function definitionsIn(dir, found = new Map()) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) definitionsIn(file, found);
    else if (/\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name)) {
      readFileSync(file, 'utf8').split('\n').forEach((line, i) => {
        for (const pattern of DEFINITION) {
          const name = pattern.exec(line)?.[1];
          if (!name || ['if', 'for', 'while', 'switch', 'catch', 'return'].includes(name)) continue;
          const list = found.get(name) ?? [];
          list.push(`${path.relative(ROOT, file)}:${i + 1}`);
          found.set(name, list);
          break;
        }
      });
    }
  }
  return found;
}

/** Self and total (inclusive) time per function and per module, from one CDP profile. */
function aggregate(profile, owner, definitions, into) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const label = (node) => {
    const { functionName, url, lineNumber } = node.callFrame;
    if (!url.endsWith(CONTENT_SCRIPT)) return { fn: functionName || `(${url ? 'page' : 'native'})`, module: url ? '(not SayWho)' : `(${functionName || 'program'})` };
    const marked = owner[lineNumber] ?? '(bundle)';
    const places = (functionName && definitions.get(functionName)) || [];
    // Several definitions of one name: the one in the module the bundle line is marked with.
    const place = places.length === 1 ? places[0] : places.find((p) => p.startsWith(`${marked}:`)) ?? null;
    const module = place ? place.replace(/:\d+$/, '') : marked;
    return { fn: `${functionName || '(anonymous)'} ${place ?? `${marked} (bundle line ${lineNumber + 1})`}`, module };
  };
  const labels = new Map(profile.nodes.map((node) => [node.id, label(node)]));
  profile.samples.forEach((sample, i) => {
    const dt = (profile.timeDeltas[i + 1] ?? profile.timeDeltas[i] ?? 0) / 1000;
    const leaf = labels.get(sample);
    const add = (map, key, field) => {
      const entry = map.get(key) ?? { self: 0, total: 0 };
      entry[field] += dt;
      map.set(key, entry);
    };
    add(into.functions, leaf.fn, 'self');
    add(into.modules, leaf.module, 'self');
    const seenFn = new Set();
    const seenModule = new Set();
    for (let id = sample; id !== undefined; id = parent.get(id)) {
      const { fn, module } = labels.get(id);
      if (!seenFn.has(fn)) {
        seenFn.add(fn);
        add(into.functions, fn, 'total');
      }
      if (!seenModule.has(module)) {
        seenModule.add(module);
        add(into.modules, module, 'total');
      }
      if (!byId.has(id)) break;
    }
  });
}

async function main() {
  const opts = options(process.argv.slice(2));
  const dist = path.resolve(process.env.SAYWHO_PROFILE_DIST ?? '/tmp/bench-profile-dist');
  if (opts.build) {
    process.env.SAYWHO_DIST = dist;
    await build({ configFile: path.join(ROOT, 'vite.config.ts'), mode: 'chrome-test', logLevel: 'warn', build: { minify: false } });
  }
  const dir = path.join(dist, 'chrome-test');
  writeFileSync(path.join(dir, BENCH_START_FILE), BENCH_START_SOURCE);
  const code = readFileSync(path.join(dir, CONTENT_SCRIPT), 'utf8');
  if (!/^\s*\/\/ src\//m.test(code)) throw new Error('the profiling build has no module markers (minified?): nothing to map lines to');
  const owner = regionsOf(code);
  const definitions = definitionsIn(path.join(ROOT, 'src'));
  const manifest = JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8'));

  const articles = path.resolve(process.env.SAYWHO_DATA ? path.join(process.env.SAYWHO_DATA, 'articles') : path.join(ROOT, '../shared/data/articles'), 'html');
  const served = new Map();
  const targets = [];
  for (const id of opts.pages) {
    const file = existsSync(articles) ? readdirSync(articles).find((f) => f.startsWith(id)) : undefined;
    if (!file) throw new Error(`no benchmark page ${id} in ${articles}`);
    served.set(`/pages/${file}`, { file: path.join(articles, file) });
    targets.push({ id: file.slice(0, 12), path: `/pages/${file}` });
  }
  for (const words of opts.words) {
    served.set(`/generated/${words}.html`, { html: generateArticle(words, 1).html });
    targets.push({ id: `generated-${words}`, path: `/generated/${words}.html` });
  }
  if (!targets.length) throw new Error('nothing to profile: give --page ID or --words N');
  const net = await startBenchNet(served);
  const driver = await launchChromium({ pkg: { dir, popupPath: manifest.action.default_popup.replace(/^\//, '') }, net });
  const totals = { functions: new Map(), modules: new Map() };
  const lines = [];
  try {
    await driver.cdp.send('Profiler.enable');
    await driver.cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    for (const target of targets) {
      await driver.open(net.url(target.path));
      await driver.evaluate(installProbe);
      await driver.cdp.send('Profiler.start');
      const outcome = await driver.inject([`/${BENCH_START_FILE}`, `/${CONTENT_SCRIPT}`], null);
      const { profile } = await driver.cdp.send('Profiler.stop');
      const timings = await driver.evaluate(collectTimings, INJECT_MARK);
      const analysis = timings.anchor ? timings.anchor.start + timings.anchor.duration - timings.inject : NaN;
      lines.push(`${target.id}: ${outcome.status}, ${outcome.words ?? '?'} words, ${outcome.items ?? '?'} items, analysis ${analysis.toFixed(1)} ms (profiled)`);
      aggregate(profile, owner, definitions, totals);
    }
  } finally {
    await driver.close();
    await net.close();
  }
  const top = (map, n) =>
    [...map.entries()]
      .sort((a, b) => b[1].self - a[1].self)
      .slice(0, n)
      .map(([name, t]) => [name, t.self.toFixed(1), t.total.toFixed(1)]);
  const byTotal = (map, n) =>
    [...map.entries()]
      .filter(([name]) => name.includes(' src/'))
      .sort((a, b) => b[1].total - a[1].total)
      .slice(0, n)
      .map(([name, t]) => [name, t.self.toFixed(1), t.total.toFixed(1)]);
  const out = [
    ...lines,
    '',
    'By module (ms, summed over the pages):',
    table(['module', 'self', 'total'], top(totals.modules, opts.top)),
    '',
    'By function, self time:',
    table(['function (unminified bundle line)', 'self', 'total'], top(totals.functions, opts.top)),
    '',
    'By function, total time (SayWho code only):',
    table(['function', 'self', 'total'], byTotal(totals.functions, opts.top)),
  ];
  process.stdout.write(out.join('\n') + '\n');
}

main().catch((error) => {
  process.stderr.write(`[profile] ${error.stack ?? error}\n`);
  process.exit(1);
});

#!/usr/bin/env node
// `npm run eval`: every accuracy measure of EVAL.md in one run, each next to its baseline run in
// the same command — attribution on PolNeAR dev (`saywho text` vs a quote-mark baseline) and the
// article body on the benchmark pages (`saywho article` vs @mozilla/readability).
//
// Data: ../shared/data (or $SAYWHO_DATA). When it is absent this says so plainly and exits 0:
// the project's own tests never need it.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { execFileSync } from 'node:child_process';
import { defaultDataDir, formatAttributionEval, runAttributionEval } from './attribution.mjs';
import { printReport, runArticleEval } from './articles.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const dataDir = defaultDataDir();
const args = process.argv.slice(2);
const only = args.find((a) => a === '--attribution' || a === '--articles');

if (!fs.existsSync(dataDir)) {
  console.log(`eval: the evaluation data is absent (looked for ${dataDir}; set SAYWHO_DATA to its folder).`);
  console.log('eval: nothing was measured. The project tests (npm test) do not need this data.');
  process.exit(0);
}

// Always measure the current source: rebuild the command line the evaluation runs.
execFileSync(process.execPath, [path.join(root, 'node_modules/vite/bin/vite.js'), 'build', '-c', 'vite.cli.config.ts'], { cwd: root, stdio: 'inherit' });
console.log(`SayWho evaluation — data: ${dataDir}\n`);

const summary = {};
if (only !== '--articles') {
  const attribution = await runAttributionEval({ dataDir });
  if (attribution) {
    console.log(formatAttributionEval(attribution));
    summary.attribution = attribution;
  } else console.log('attribution: PolNeAR dev not found; not measured');
  console.log('');
}
if (only !== '--attribution') {
  const articles = await runArticleEval({ dataDir, log: (m) => console.error(m) });
  if (articles) {
    printReport(articles, 5);
    summary.articles = articles;
  } else console.log('article body: benchmark pages not found; not measured');
}

const out = args[args.indexOf('--json') + 1];
if (args.includes('--json') && out) fs.writeFileSync(out, JSON.stringify(summary, null, 1));

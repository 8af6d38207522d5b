#!/usr/bin/env node
// Cross-validation of the attribution scorer on PolNeAR train: five folds (article i goes to fold
// i % 5); each fold is read by a model trained on the other four, so every train article is scored
// out of sample. Prints speech P/R/F1 over all folds for a range of thresholds. Use it to compare
// engine changes without looking at dev more than needed (dev checks, train teaches).
//
// Usage: node scripts/train/attribution.cv.mjs [--folds 5] [--thresholds -1,0,1,2,3,4] [--epochs 20] [--min-count 10] [--runs 5] [--out FILE] [--weights DIR]
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readJsonlText } from '../eval/attribution.score.mjs';
import { crossValidate, loadEngine } from './attribution.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const dataDir = process.env.SAYWHO_DATA ?? path.resolve(root, '../shared/data');
const args = process.argv.slice(2);
const opt = (name, dflt) => (args.includes(`--${name}`) ? args[args.indexOf(`--${name}`) + 1] : dflt);
const FOLDS = +opt('folds', 5);
const THRESHOLDS = opt('thresholds', '-1,0,1,2,3,4').split(',').map(Number);
const training = { epochs: +opt('epochs', 20), minCount: +opt('min-count', 10), runs: +opt('runs', 5) };

const articles = [...readJsonlText(fs.readFileSync(path.join(dataDir, 'polnear/train-articles.jsonl'), 'utf8')).values()];
const engine = await loadEngine();
const weightsDir = opt('weights', null);
const runs = await crossValidate(engine, articles, {
  folds: FOLDS,
  thresholds: THRESHOLDS,
  training,
  // --weights DIR: keep each fold's model, so `attribution.oracle.mjs --fold k` can look inside.
  onFold: (k, weights) => weightsDir && fs.writeFileSync(path.join(weightsDir, `fold${k}.json`), JSON.stringify({ weights })),
});
// --out FILE: the out-of-fold predictions at the first threshold, as `saywho text` writes them.
if (opt('out', null)) fs.writeFileSync(opt('out', null), [...runs[0].preds.values()].map((p) => JSON.stringify(p)).join('\n') + '\n');
for (const { threshold: t, result: r } of runs) {
  const s = r.speechAttribution;
  console.log(`cv threshold ${String(t).padStart(5)}: speech P ${s.precision.toFixed(4)} R ${s.recall.toFixed(4)} F1 ${s.f1.toFixed(4)} | all F1 ${r.attribution.f1.toFixed(4)} | direct ${r.recallByKind.direct} mixed ${r.recallByKind.mixed} indirect ${r.recallByKind.indirect}`);
}

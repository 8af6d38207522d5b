#!/usr/bin/env node
// Trains the candidate scorer of the attribution engine on PolNeAR train: an averaged perceptron
// over the features `select.ts` computes for each candidate (pattern, cue, source kind, content
// shape …). Labels: a candidate is right when its content matches a gold attribution leniently
// and its source overlaps the gold source (the measure of EVAL.md), and it is among the closest
// readings of that attribution (a gold content that runs past the sentence is judged by its part
// in the sentence). Several perceptrons over differently shuffled data are averaged. The decision
// thresholds (one for readings in general, one for fully quoted contents) are chosen by five-fold
// cross-validation on train (best F1 whose precision stays ≥ MIN_PRECISION): first the general one
// alone, then both together around it, where near-ties in F1 go to the pair with the higher direct-quote
// recall. Then the weights are fit on all of train.
//
// Usage: node scripts/train/attribution.mjs [--epochs 20] [--seed 7] [--runs 5] [--min-count 10] [--margin 0] [--out FILE] [--dry]
// Writes src/core/attribution/model/weights.json. Needs ../shared/data/polnear (or $SAYWHO_DATA).
// Reproducible: fixed seed, deterministic order; the training data never ships.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'vite';
import { isSpeech, readJsonlText, score as scoreAttribution } from '../eval/attribution.score.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const dataDir = process.env.SAYWHO_DATA ?? path.resolve(root, '../shared/data');
const args = process.argv.slice(2);
const opt = (name, dflt) => (args.includes(`--${name}`) ? args[args.indexOf(`--${name}`) + 1] : dflt);
const EPOCHS = +opt('epochs', 20);
const MARGIN = +opt('margin', 0);
/** Perceptrons trained on differently shuffled data and averaged: rare features swing less. */
const RUNS = +opt('runs', 5);
const SEED = +opt('seed', 7);
const MIN_COUNT = +opt('min-count', 10);
const OUT = path.resolve(opt('out', path.join(root, 'src/core/attribution/model/weights.json')));

/**
 * Bundles the engine entry for Node and imports it. Training never depends on the model it
 * replaces, so by default the engine gets an empty one; analysis scripts ask for the real one.
 */
export async function loadEngine({ realModel = false } = {}) {
  const outDir = path.join(root, `node_modules/.cache/saywho-train${realModel ? '-real' : ''}`);
  await build({
    root,
    logLevel: 'warn',
    configFile: false,
    plugins: realModel ? [] : [
      {
        name: 'empty-model',
        enforce: 'pre',
        resolveId(id) {
          return id.endsWith('/model/weights.json') ? '\0empty-model.json' : null;
        },
        load(id) {
          return id === '\0empty-model.json' ? '{"threshold":0,"weights":{}}' : null;
        },
      },
    ],
    build: {
      ssr: path.join(root, 'scripts/train/attribution.entry.ts'),
      outDir,
      emptyOutDir: true,
      target: 'node20',
      minify: false,
      rollupOptions: { output: { entryFileNames: 'engine.mjs', format: 'es' } },
    },
  });
  return import(`${pathToFileURL(path.join(outDir, 'engine.mjs')).href}?t=${Date.now()}`);
}

const segLen = (segs) => segs.reduce((n, [s, e]) => n + Math.max(0, e - s), 0);
const overlapSegs = (a, b) => a.reduce((n, [s, e]) => n + b.reduce((m, [x, y]) => m + Math.max(0, Math.min(e, y) - Math.max(s, x)), 0), 0);

/**
 * How a candidate matches the article's gold attributions: the gold it matches leniently with the
 * right source (EVAL.md), and how closely (overlap over the longer of the two), or null.
 */
function label(article, cand) {
  if (!cand.segments.length) {
    // An introduction whose content comes later ("X said:"): right when a gold attribution has its cue and source.
    const q = article.quotes.find((g) => g.cueStart != null && g.cueStart < cand.cue[1] && cand.cue[0] < g.cueEnd);
    const right = q && (q.speakerStart == null ? !cand.source : !!cand.source && cand.source[0] < q.speakerEnd && q.speakerStart < cand.source[1]);
    return right ? { gold: article.quotes.indexOf(q), closeness: 1 } : null;
  }
  let best = null;
  article.quotes.forEach((q, gi) => {
    // A gold content that runs on into other sentences is judged by its part in this one: the
    // reading of a sentence cannot see the rest, and is right as far as it goes.
    const whole = q.segments && q.segments.length ? q.segments : [[q.start, q.end]];
    const all = cand.sentence ? whole.map(([s, e]) => [Math.max(s, cand.sentence[0]), Math.min(e, cand.sentence[1])]).filter(([s, e]) => e > s) : whole;
    if (!all.length) return;
    // A quote candidate gets the sentences that continue it only later (“A,” he said. “B.”):
    // judge it against the gold parts it touches.
    const gs = cand.quote ? all.filter((g) => overlapSegs([g], cand.segments) > 0) : all;
    const o = overlapSegs(gs, cand.segments);
    if (!(o > 0 && o >= 0.5 * segLen(gs) && o >= 0.5 * segLen(cand.segments))) return;
    const right = q.speakerStart == null ? !cand.source : !!cand.source && cand.source[0] < q.speakerEnd && q.speakerStart < cand.source[1];
    const closeness = o / Math.max(segLen(gs), segLen(cand.segments));
    if (right && (!best || closeness > best.closeness)) best = { gold: gi, closeness };
  });
  return best;
}

/** Readings this much less close to a gold than the closest one of their sentence count as wrong. */
const CLOSENESS_MARGIN = 0.15;

/** Every sentence's candidates, with features, labels and which pairs exclude each other. */
export async function collect(engine, articles) {
  const sentences = [];
  for (const a of articles) {
    await engine.runPipeline(a.text, {}, {
      onCandidates(view, candidates) {
        const kept = candidates;
        if (!kept.length) return;
        const matches = kept.map((c) => {
          const segments = c.content ? [...c.content.segments, ...c.extraSegments] : [];
          const source = c.source ? [view.tokens[c.source.start].start, view.tokens[c.source.end - 1].end] : null;
          const cue = [view.tokens[c.cue.start].start, view.tokens[c.cue.end - 1].end];
          const sentence = [view.tokens[0].start, view.tokens[view.tokens.length - 1].end];
          return label(a, { segments, source, cue, sentence, quote: c.content?.kind === 'quote' });
        });
        // Among readings that all match a gold leniently, the closest teaches the boundaries.
        const closest = new Map();
        for (const m of matches) if (m) closest.set(m.gold, Math.max(closest.get(m.gold) ?? 0, m.closeness));
        const rows = kept.map((c, i) => {
          const m = matches[i];
          return { features: c.features, y: m && m.closeness >= closest.get(m.gold) - CLOSENESS_MARGIN ? 1 : -1 };
        });
        const clash = kept.map((c, i) => kept.map((d, j) => i !== j && engine.conflicts(view, c, d)));
        sentences.push({ rows, clash });
      },
    });
  }
  return sentences;
}

/** Deterministic pseudo-random numbers (mulberry32). */
function random(seed) {
  let t = seed >>> 0;
  return () => {
    t += 0x6d2b79f5;
    let r = Math.imul(t ^ (t >>> 15), 1 | t);
    r ^= r + Math.imul(r ^ (r >>> 7), 61 | r);
    return ((r ^ (r >>> 14)) >>> 0) / 4294967296;
  };
}

/** Greedy choice as in `select.ts`: best first, skipping what clashes with a kept one. */
function choose(scores, clash, accept) {
  const order = scores.map((s, i) => i).sort((i, j) => scores[j] - scores[i] || i - j);
  const kept = [];
  for (const i of order) {
    if (!accept(i)) continue;
    if (kept.some((k) => clash[i][k])) continue;
    kept.push(i);
  }
  return new Set(kept);
}

/**
 * Structured averaged perceptron over sentences: the engine keeps the best-scoring consistent
 * set of candidates, so each update compares that set with the best consistent set of right
 * ones and moves the weights from the wrongly kept towards the wrongly dropped.
 */
export function trainPerceptron(sentences, { runs = RUNS, ...options } = {}) {
  if (runs <= 1) return trainOnce(sentences, options);
  const sum = new Map();
  for (let r = 0; r < runs; r++) {
    const seed = (options.seed ?? SEED) + 1000 * r;
    for (const [k, v] of Object.entries(trainOnce(sentences, { ...options, seed }))) sum.set(k, (sum.get(k) ?? 0) + v);
  }
  const avg = {};
  for (const [k, v] of sum) if (Math.abs(v / runs) > 1e-4) avg[k] = +(v / runs).toFixed(4);
  return avg;
}

function trainOnce(sentences, { epochs = EPOCHS, seed = SEED, minCount = MIN_COUNT, margin = MARGIN } = {}) {
  const counts = new Map();
  for (const s of sentences) for (const r of s.rows) for (const f of r.features) counts.set(f, (counts.get(f) ?? 0) + 1);
  // Verb words (bv:…) are the learned lexicon of quote verbs: rarer ones still carry evidence.
  const keep = (f) => (counts.get(f) ?? 0) >= (f.startsWith('bv:') ? Math.min(minCount, 3) : minCount);
  const data = sentences.map((s) => ({ rows: s.rows.map((r) => ({ f: r.features.filter(keep), y: r.y })), clash: s.clash }));
  const w = new Map();
  const total = new Map(); // running sums for averaging
  const stamp = new Map();
  let step = 1;
  const rand = random(seed);
  const order = data.map((_, i) => i);
  const get = (m, k) => m.get(k) ?? 0;
  const update = (features, delta) => {
    for (const k of features) {
      // lazy averaging: add the weight's value for the steps it stayed unchanged
      total.set(k, get(total, k) + (step - get(stamp, k)) * get(w, k));
      stamp.set(k, step);
      w.set(k, get(w, k) + delta);
    }
  };
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    for (const idx of order) {
      const { rows, clash } = data[idx];
      const scores = rows.map((r) => r.f.reduce((n, k) => n + get(w, k), 0));
      const chosen = choose(scores, clash, (i) => scores[i] >= 0);
      const target = choose(scores, clash, (i) => rows[i].y > 0);
      for (const i of chosen) if (!target.has(i)) update(rows[i].f, -1);
      for (const i of target) if (!chosen.has(i)) update(rows[i].f, +1);
      // With a margin, right readings kept by a narrow score are pushed up too.
      if (margin > 0) for (const i of target) if (chosen.has(i) && scores[i] < margin) update(rows[i].f, +1);
      step++;
    }
  }
  const avg = {};
  for (const [k, v] of w) {
    const sum = get(total, k) + (step - get(stamp, k)) * v;
    const a = sum / step;
    if (Math.abs(a) > 1e-4) avg[k] = +a.toFixed(4);
  }
  return avg;
}

const scorerOf = (weights) => (features) => {
  let s = 0;
  for (const f of features) s += weights[f] ?? 0;
  return s;
};

/** Runs the whole pipeline with the given weights and threshold; returns the attribution scores. */
export async function evaluate(engine, articles, weights, threshold, { raw = false } = {}) {
  const pred = new Map();
  for (const a of articles) {
    const r = await engine.runPipeline(a.text, {}, { score: scorerOf(weights), threshold });
    pred.set(a.id, { id: a.id, ...r });
  }
  return raw ? pred : scoreAttribution(new Map(articles.map((a) => [a.id, a])), pred);
}

/**
 * Cross-validation over train: article i goes to fold i % folds; each fold is read by a model
 * trained on the others. Returns, per threshold (a number, or `{claim, quote}`), the speech scores
 * over all folds (out of sample) and the predictions; `more(thresholds)` scores further
 * thresholds with the same fold models.
 */
export async function crossValidate(engine, articles, { folds = 5, thresholds, training = {}, onFold } = {}) {
  const parts = Array.from({ length: folds }, (_, k) => articles.filter((_, i) => i % folds === k));
  const rows = [];
  for (const part of parts) rows.push(await collect(engine, part));
  const models = [];
  for (let k = 0; k < folds; k++) {
    const weights = trainPerceptron(rows.filter((_, j) => j !== k).flat(), training);
    onFold?.(k, weights);
    models.push(weights);
  }
  const gold = new Map(articles.map((a) => [a.id, a]));
  const more = async (list) => {
    const out = [];
    for (const t of list) {
      const preds = new Map();
      for (let k = 0; k < folds; k++) for (const [id, p] of await evaluate(engine, parts[k], models[k], t, { raw: true })) preds.set(id, p);
      out.push({ threshold: t, result: scoreAttribution(gold, preds), preds });
    }
    return out;
  };
  const runs = await more(thresholds);
  runs.more = more;
  return runs;
}

/**
 * Precision the chosen threshold must keep out of sample: what users see must stay precise. A hand
 * audit of 24 modern news pages (claims 0.67–0.76 precise against 0.87 on PolNeAR dev) asked for
 * margin above the 0.86 used before; 0.87 also raised the quote threshold and cost direct quotes.
 * 0.868 since audit 3: filters that drop false claims raise out-of-fold precision at every
 * threshold, and at 0.865 the choice spent that gain on recall (claim threshold 0.75 -> -0.25:
 * on dev 9 more false alarms and one direct quote lost, on real pages 6 more claims, 5 wrong).
 */
const MIN_PRECISION = 0.868;

/**
 * Out-of-fold F1 differences below this are noise (about 6 items of some 11,500): the quote
 * threshold barely moves F1 (on train, 32 of the 49 pairs that keep the precision floor fell within
 * 0.0005 of the best), so the pair is chosen among those by out-of-fold direct-quote recall, a
 * target of its own.
 */
const F1_TIE = 0.0005;

async function main() {
  const trainPath = path.join(dataDir, 'polnear/train-articles.jsonl');
  if (!fs.existsSync(trainPath)) {
    console.error(`training data not found: ${trainPath} (set SAYWHO_DATA to the data directory)`);
    process.exit(1);
  }
  const articles = [...readJsonlText(fs.readFileSync(trainPath, 'utf8')).values()];
  const engine = await loadEngine();
  // The thresholds: the best out-of-fold F1 among those whose out-of-fold precision holds; first
  // one for every reading, then a separate one for fully quoted contents.
  // With `tolerance`, pairs whose F1 is that close to the best count as ties (a few items out of
  // some 11,500), and the tie goes to the one that keeps more direct quotes out of fold.
  const pick = (runs, label, tolerance = 0) => {
    const held = [];
    for (const { threshold: t, result } of runs) {
      const { precision: p, recall: r, f1 } = result.speechAttribution;
      const direct = result.recallByKind.direct ?? 0;
      console.log(`cross-validated ${label(t)}: speech P ${p} R ${r} F1 ${f1} direct ${direct}`);
      if (p >= MIN_PRECISION) held.push({ t, f1, direct });
    }
    if (!held.length) return null;
    const top = Math.max(...held.map((x) => x.f1));
    return held.filter((x) => x.f1 >= top - tolerance).sort((a, b) => b.direct - a.direct || b.f1 - a.f1)[0];
  };
  const grid = Array.from({ length: 29 }, (_, i) => i * 0.25 - 2);
  const runs = await crossValidate(engine, articles, { thresholds: grid });
  const claim = (pick(runs, (t) => `threshold ${t.toFixed(2)}`) ?? { t: grid[grid.length - 1] }).t;
  // Both thresholds share one precision floor, and the claim threshold alone already spends it:
  // the pair is searched together, with claim thresholds a little above that first choice so a
  // lower quote threshold can keep more quoted statements (few of which are false alarms).
  const claims = [0, 0.25, 0.5, 0.75].map((d) => claim + d);
  const quoteGrid = (c) => Array.from({ length: 17 }, (_, i) => c - 5 + i * 0.5);
  const quoteRuns = await runs.more(claims.flatMap((c) => quoteGrid(c).map((quote) => ({ claim: c, quote }))));
  const best = pick(quoteRuns, (t) => `thresholds claim ${t.claim.toFixed(2)} quote ${t.quote.toFixed(2)}`, F1_TIE) ?? { t: { claim, quote: claim }, f1: 0 };
  const allRows = await collect(engine, articles);
  const n = allRows.reduce((k, s) => k + s.rows.length, 0);
  const right = allRows.reduce((k, s) => k + s.rows.filter((r) => r.y > 0).length, 0);
  console.log(`candidates: ${n} (${right} right) in ${allRows.length} sentences of ${articles.length} articles`);
  const weights = trainPerceptron(allRows);
  const model = {
    about: 'Averaged perceptron over attribution candidate features; trained by scripts/train/attribution.mjs on PolNeAR train.',
    seed: SEED,
    epochs: EPOCHS,
    threshold: best.t.claim,
    quoteThreshold: best.t.quote,
    weights: Object.fromEntries(Object.entries(weights).sort(([a], [b]) => (a < b ? -1 : 1))),
  };
  console.log(`thresholds claim ${best.t.claim} quote ${best.t.quote} (cross-validated F1 ${best.f1}), ${Object.keys(weights).length} weights`);
  if (args.includes('--dry')) return;
  fs.mkdirSync(path.dirname(OUT), { recursive: true });
  // One weight per line keeps diffs of retrained models readable.
  const { weights: w, ...head } = model;
  const body = Object.entries(w).map(([k, v]) => `${JSON.stringify(k)}:${v}`).join(',\n');
  fs.writeFileSync(OUT, `${JSON.stringify(head).slice(0, -1)},"weights":{\n${body}\n}}\n`);
  console.log(`wrote ${path.relative(root, OUT)} (${fs.statSync(OUT).size} bytes)`);
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) await main();
void isSpeech;

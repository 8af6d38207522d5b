#!/usr/bin/env node
// Where attribution recall is lost: for every missed speech attribution, was there a candidate
// reading with the right content (and source), and if so, was it scored too low or beaten by
// another reading? Development aid on the train split (never the test split).
//
// Usage: node scripts/eval/attribution.oracle.mjs [--split train|dev] [--show CLASS] [--n 20] [--limit N]
//        [--weights DIR --fold K [--threshold T]]
import fs from 'node:fs';
import path from 'node:path';
import { isSpeech, judgeSource, matchDocument, readJsonlText } from './attribution.score.mjs';
import { loadEngine } from '../train/attribution.mjs';

const args = process.argv.slice(2);
const opt = (name, dflt) => (args.includes(`--${name}`) ? args[args.indexOf(`--${name}`) + 1] : dflt);
const split = opt('split', 'train');
const show = opt('show', null);
const n = +opt('n', 15);
const limit = +opt('limit', 1e9);
const dataDir = process.env.SAYWHO_DATA ?? path.resolve(import.meta.dirname, '../../../shared/data');
const engine = await loadEngine({ realModel: true });
const model = JSON.parse(fs.readFileSync(path.resolve(import.meta.dirname, '../../src/core/attribution/model/weights.json'), 'utf8'));
// --weights DIR --fold k: the articles of train fold k read by the model trained without them
// (written by attribution.cv.mjs --weights DIR), so the classes are out of sample.
const fold = opt('fold', null);
const foldWeights = fold !== null ? JSON.parse(fs.readFileSync(path.join(opt('weights', '.'), `fold${fold}.json`), 'utf8')).weights : null;
const hooksFor = foldWeights ? { score: (f) => f.reduce((n, k) => n + (foldWeights[k] ?? 0), 0), threshold: +opt('threshold', model.threshold) } : {};
const gold = [...readJsonlText(fs.readFileSync(path.join(dataDir, `polnear/${split}-articles.jsonl`), 'utf8')).values()]
  .filter((_, i) => fold === null || i % 5 === +fold)
  .slice(0, limit);

const segLen = (segs) => segs.reduce((k, [s, e]) => k + Math.max(0, e - s), 0);
const overlap = (a, b) => a.reduce((k, [s, e]) => k + b.reduce((m, [x, y]) => m + Math.max(0, Math.min(e, y) - Math.max(s, x)), 0), 0);
const matches = (gs, ps) => {
  const o = overlap(gs, ps);
  return o > 0 && o >= 0.5 * segLen(gs) && o >= 0.5 * segLen(ps);
};

const buckets = new Map();
const add = (cls, line) => {
  if (!buckets.has(cls)) buckets.set(cls, []);
  buckets.get(cls).push(line);
};
const clip = (t, s, e) => t.slice(Math.max(0, s), e).replace(/\s+/g, ' ');
for (const a of gold) {
  const cands = [];
  const result = await engine.runPipeline(a.text, {}, {
    ...hooksFor,
    onCandidates(view, candidates) {
      for (const c of candidates) {
        if (!c.content) continue;
        const segments = [...c.content.segments, ...c.extraSegments];
        const source = c.source ? [view.tokens[c.source.start].start, view.tokens[c.source.end - 1].end] : null;
        cands.push({ c, segments, source, view });
      }
    },
  });
  const { golds, items, goldToPred } = matchDocument(a, result);
  const speakers = new Map(result.speakers.map((s) => [s.id, s]));
  golds.forEach((q, gi) => {
    if (!isSpeech(q)) return;
    if (goldToPred.has(gi) && judgeSource(a, q, items[goldToPred.get(gi)], speakers)) return;
    const gs = q.segments?.length ? q.segments : [[q.start, q.end]];
    // Readings of a cue first: a bare quote inside a claim says little about the claim.
    const touching = cands.filter((x) => overlap(gs, x.segments) > 0).sort((x, y) => (x.c.pattern === 'bare-quote') - (y.c.pattern === 'bare-quote'));
    // Quote readings get their continuation sentences later: judge them on the parts they touch.
    const fit = touching.filter((x) => matches(x.c.content.kind === 'quote' ? gs.filter((g) => overlap([g], x.segments) > 0) : gs, x.segments));
    const srcOk = (x) => (q.speakerStart == null ? !x.source : !!x.source && x.source[0] < q.speakerEnd && q.speakerStart < x.source[1]);
    const good = fit.filter(srcOk).sort((x, y) => y.c.score - x.c.score)[0];
    const matched = goldToPred.has(gi);
    let cls;
    if (matched) cls = `wrong-source`;
    else if (good) cls = good.c.score < (hooksFor.threshold ?? model.threshold) ? `low:${good.c.pattern}` : `beaten:${good.c.pattern}`;
    else if (fit.length) cls = `content-no-source:${fit[0].c.pattern}`;
    else if (touching.length) cls = `bounds:${touching[0].c.pattern}`;
    else cls = 'no-candidate';
    cls = `${q.kind}/${cls}`;
    const lo = Math.min(q.start, q.speakerStart ?? q.start, q.cueStart ?? q.start) - 40;
    const hi = Math.max(q.end, q.speakerEnd ?? 0, q.cueEnd ?? 0) + 40;
    let line = `${a.id}\n   G ${clip(a.text, lo, q.start)}[${clip(a.text, q.start, q.end)}]${clip(a.text, q.end, hi)}  {${q.speaker}} <${q.cue}>`;
    const rivals = good ? touching.filter((x) => x !== good && x.c.score > good.c.score).slice(0, 2) : [];
    for (const x of (good ? [good, ...rivals] : fit.length ? fit.slice(0, 2) : touching.slice(0, 2))) {
      const s = x.segments.map(([s0, e0]) => clip(a.text, s0, e0)).join(' | ');
      line += `\n   C ${x.c.pattern} ${x.c.score.toFixed(2)} src=${x.source ? clip(a.text, ...x.source) : '-'} cut=${x.c.cut} «${s.slice(0, 200)}»`;
    }
    add(cls, line);
  });
}
const sorted = [...buckets.entries()].sort((x, y) => y[1].length - x[1].length);
console.log(sorted.map(([k, v]) => `${k}=${v.length}`).join('\n'));
let seed = 1;
const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
for (const [cls, lines] of sorted) {
  if (!show || !cls.startsWith(show)) continue;
  console.log(`\n===== ${cls} (${lines.length})`);
  for (const l of [...lines].sort(() => rand() - 0.5).slice(0, n)) console.log(l.slice(0, 1500));
}

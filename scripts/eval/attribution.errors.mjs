#!/usr/bin/env node
// Error dump for attribution: missed speech attributions, unmatched predictions and wrong sources,
// each with its sentence, grouped by a coarse class. For development on the train split.
//
// Usage: node scripts/eval/attribution.errors.mjs GOLD.jsonl PRED.jsonl [--class NAME] [--n 20] [--seed 1]
import fs from 'node:fs';
import { isSpeech, judgeSource, matchDocument, readJsonlText } from './attribution.score.mjs';

const args = process.argv.slice(2);
const [goldPath, predPath] = args.filter((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--'));
const opt = (name, dflt) => (args.includes(`--${name}`) ? args[args.indexOf(`--${name}`) + 1] : dflt);
const only = opt('class', null);
const n = +opt('n', 12);
if (!goldPath || !predPath) {
  console.error('usage: attribution.errors.mjs GOLD.jsonl PRED.jsonl [--class NAME] [--n 20]');
  process.exit(2);
}
const gold = readJsonlText(fs.readFileSync(goldPath, 'utf8'));
const pred = readJsonlText(fs.readFileSync(predPath, 'utf8'));

/** The text around [s, e) with the given spans marked. */
function show(text, marks) {
  const lo = Math.max(0, Math.min(...marks.map((m) => m[0])) - 60);
  const hi = Math.min(text.length, Math.max(...marks.map((m) => m[1])) + 60);
  const events = [];
  for (const [s, e, open, close] of marks) {
    if (s == null || e == null) continue;
    events.push([s, 1, open], [e, 0, close]);
  }
  events.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  let out = '';
  let p = lo;
  for (const [o, , m] of events) {
    if (o < lo || o > hi) continue;
    out += text.slice(p, o) + m;
    p = o;
  }
  return (out + text.slice(p, hi)).replace(/\n\n/g, ' ¶ ').replace(/\s+/g, ' ');
}

const goldMarks = (q) => [
  ...(q.segments || [[q.start, q.end]]).map(([s, e]) => [s, e, '[', ']']),
  [q.speakerStart, q.speakerEnd, '{', '}'],
  [q.cueStart, q.cueEnd, '<', '>'],
];
const predMarks = (it) => [
  ...(it.segments || [[it.start, it.end]]).map(([s, e]) => [s, e, '⟦', '⟧']),
  [it.source?.start, it.source?.end, '⦃', '⦄'],
  [it.cue?.start, it.cue?.end, '‹', '›'],
];

function classifyMiss(g, q, items) {
  const near = items.find((it) => it.start < q.end && q.start < it.end);
  const k = q.kind;
  if (near) return `miss-${k}-overlapping`;
  if (q.speakerStart == null) return `miss-${k}-nosource`;
  return `miss-${k}-${(q.cue || '').toLowerCase().split(/\s+/)[0] || '?'}`.replace(/-(said|says|say|told|according|added|wrote|asked|saying)$/, '-$1');
}

function classifyFalse(g, it, golds) {
  const over = golds.find((q) => q.start < it.end && it.start < q.end);
  if (over) return isSpeech(over) ? 'fp-overlaps-speech-gold' : 'fp-overlaps-nonspeech-gold';
  return `fp-${it.kind}-${(it.cue?.text || 'nocue').toLowerCase()}`;
}

const buckets = new Map();
const add = (cls, line) => {
  if (!buckets.has(cls)) buckets.set(cls, []);
  buckets.get(cls).push(line);
};
for (const [id, g] of gold) {
  const p = pred.get(id) || { items: [], speakers: [] };
  const { golds, items, goldToPred, predToGold } = matchDocument(g, p);
  const speakers = new Map((p.speakers || []).map((s) => [s.id, s]));
  golds.forEach((q, gi) => {
    if (!isSpeech(q)) return;
    if (!goldToPred.has(gi)) add(classifyMiss(g, q, items), `${id}\n   G ${show(g.text, goldMarks(q))}`);
    else {
      const it = items[goldToPred.get(gi)];
      if (!judgeSource(g, q, it, speakers)) add(`src-${q.speakerStart == null ? 'gold-none' : it.source ? 'other' : 'pred-none'}`, `${id}\n   G ${show(g.text, goldMarks(q))}\n   P ${show(g.text, predMarks(it))}`);
    }
  });
  items.forEach((it, pi) => {
    if (predToGold.has(pi)) return;
    const over = golds.find((q) => q.start < it.end && it.start < q.end);
    add(classifyFalse(g, it, golds), `${id}\n   P ${show(g.text, predMarks(it))}${over ? `\n   G ${show(g.text, goldMarks(over))}` : ''}`);
  });
}
const sorted = [...buckets.entries()].sort((a, b) => b[1].length - a[1].length);
console.log('classes:', sorted.map(([k, v]) => `${k}=${v.length}`).join('  '));
let seed = +opt('seed', 1);
const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
for (const [cls, lines] of sorted) {
  if (only && !cls.startsWith(only)) continue;
  if (!only && lines.length < 3) continue;
  console.log(`\n===== ${cls} (${lines.length})`);
  const picks = [...lines].sort(() => rand() - 0.5).slice(0, n);
  for (const l of picks) console.log(l);
}

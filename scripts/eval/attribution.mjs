#!/usr/bin/env node
// Attribution evaluation on PolNeAR dev: runs the built command line (`saywho text`) as a child
// process, runs a simple quote-mark baseline implemented here (quoted spans + the nearest
// "X said"), scores both with the measures of EVAL.md (scripts/eval/attribution.score.mjs, which
// agrees with ../shared/eval/score-attrib.mjs) and prints them side by side.
//
// Usage: node scripts/eval/attribution.mjs [--json]     data: $SAYWHO_DATA or ../shared/data
// Exports runAttributionEval({ dataDir }) → { saywho, baseline } | null (null: no data).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { readJsonlText, score } from './attribution.score.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export function defaultDataDir() {
  return process.env.SAYWHO_DATA ?? path.resolve(root, '../shared/data');
}

/** Builds the command line when it is missing, then runs `saywho text` over the gold file. */
function runSaywho(goldPath, outPath) {
  if (!fs.existsSync(path.join(root, 'build/cli/saywho.mjs'))) {
    execFileSync(process.execPath, [path.join(root, 'node_modules/vite/bin/vite.js'), 'build', '-c', 'vite.cli.config.ts'], { cwd: root, stdio: 'inherit' });
  }
  execFileSync(process.execPath, [path.join(root, 'bin/saywho.mjs'), 'text', goldPath, '-o', outPath], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  return readJsonlText(fs.readFileSync(outPath, 'utf8'));
}

// ---- the baseline: quoted spans + nearest "X said" ------------------------------------------

const QUOTED = /[“"]([^“”"\n]{2,}?)[”"]/g;
const SAID_AFTER = /\b(said|says|told|added|asked|wrote)\s+((?:[A-Z][\w.'’-]*\s?){1,4})/g;
const SAID_BEFORE = /((?:[A-Z][\w.'’-]*\s){0,3}[A-Z][\w.'’-]*|\b[Hh]e|\b[Ss]he|\b[Tt]hey)\s+(said|says|told|added|asked|wrote)\b/g;

/** The naive floor: every quoted span, attributed to the closest "X said" / "said X" in its paragraph. */
export function baselineItems(text) {
  const items = [];
  QUOTED.lastIndex = 0;
  for (let m = QUOTED.exec(text); m; m = QUOTED.exec(text)) {
    const start = m.index + 1;
    const end = start + m[1].length;
    const paraStart = text.lastIndexOf('\n\n', m.index) + 1;
    const paraEndAt = text.indexOf('\n\n', end);
    const paraEnd = paraEndAt < 0 ? text.length : paraEndAt;
    const para = text.slice(paraStart, paraEnd);
    let best = null;
    const consider = (srcStart, srcEnd, cueStart, cueEnd) => {
      if (srcStart < end && start < srcEnd) return;
      const distance = Math.min(Math.abs(srcStart - end), Math.abs(start - srcEnd));
      if (!best || distance < best.distance) best = { distance, srcStart, srcEnd, cueStart, cueEnd };
    };
    for (const re of [SAID_AFTER, SAID_BEFORE]) {
      re.lastIndex = 0;
      for (let s = re.exec(para); s; s = re.exec(para)) {
        const at = paraStart + s.index;
        if (re === SAID_AFTER) {
          const cueEnd = at + s[1].length;
          const srcStart = at + s[0].indexOf(s[2]);
          consider(srcStart, srcStart + s[2].trimEnd().length, at, cueEnd);
        } else {
          const srcEnd = at + s[1].length;
          const cueStart = at + s[0].lastIndexOf(s[2]);
          consider(at, srcEnd, cueStart, cueStart + s[2].length);
        }
      }
    }
    const span = (a, b) => ({ text: text.slice(a, b), start: a, end: b });
    items.push({
      id: `q${items.length + 1}`,
      kind: 'quote',
      text: text.slice(start, end),
      start,
      end,
      cue: best ? span(best.cueStart, best.cueEnd) : null,
      source: best ? span(best.srcStart, best.srcEnd) : null,
      speakerId: best ? `s${items.length + 1}` : null,
    });
  }
  const speakers = items.filter((i) => i.source).map((i) => ({ id: i.speakerId, name: i.source.text, role: null, kind: 'person', mentions: [i.source.text] }));
  return { items, speakers };
}

// ---- the run --------------------------------------------------------------------------------

/**
 * Scores SayWho and the baseline on PolNeAR dev. Returns null (and says why on stderr) when the
 * data is not there.
 */
export async function runAttributionEval({ dataDir = defaultDataDir(), quiet = false } = {}) {
  const goldPath = path.join(dataDir, 'polnear/dev-articles.jsonl');
  if (!fs.existsSync(goldPath)) {
    if (!quiet) process.stderr.write(`attribution eval: no PolNeAR data at ${goldPath} (set SAYWHO_DATA); skipped\n`);
    return null;
  }
  const gold = readJsonlText(fs.readFileSync(goldPath, 'utf8'));
  const outPath = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'saywho-attr-')), 'dev.jsonl');
  const pred = runSaywho(goldPath, outPath);
  const basePred = new Map([...gold].map(([id, g]) => [id, { id, ...baselineItems(g.text) }]));
  const result = { saywho: score(gold, pred), baseline: score(gold, basePred) };
  // Cross-check against the reference scorer when it is present.
  const reference = path.resolve(dataDir, '../eval/score-attrib.mjs');
  if (fs.existsSync(reference)) {
    const ref = await import(pathToFileURL(reference).href);
    const same = JSON.stringify(ref.score(gold, pred)) === JSON.stringify(result.saywho);
    result.agreesWithReference = same;
  }
  return result;
}

const pct = (x) => (x == null ? '  –  ' : x.toFixed(3));

/** The two runs side by side, one measure a line. */
export function formatAttributionEval({ saywho, baseline, agreesWithReference }) {
  const rows = [
    ['speech attribution P', (r) => r.speechAttribution.precision],
    ['speech attribution R', (r) => r.speechAttribution.recall],
    ['speech attribution F1', (r) => r.speechAttribution.f1],
    ['attribution P (all)', (r) => r.attribution.precision],
    ['attribution R (all)', (r) => r.attribution.recall],
    ['attribution F1 (all)', (r) => r.attribution.f1],
    ['content F1 lenient', (r) => r.contentLenient.f1],
    ['content F1 exact', (r) => r.contentExact.f1],
    ['source accuracy', (r) => r.sourceAccuracy],
    ['cue accuracy', (r) => r.cueAccuracy],
    ['speaker-name accuracy', (r) => r.speakerNameAccuracy],
    ['recall direct', (r) => r.recallByKind.direct],
    ['recall mixed', (r) => r.recallByKind.mixed],
    ['recall indirect', (r) => r.recallByKind.indirect],
  ];
  const lines = [`PolNeAR dev (${saywho.docs} articles, ${saywho.gold} attributions, ${saywho.speechAttribution.gold} speech)`, `${'measure'.padEnd(24)} ${'SayWho'.padStart(7)} ${'baseline'.padStart(9)}`];
  for (const [name, get] of rows) lines.push(`${name.padEnd(24)} ${pct(get(saywho)).padStart(7)} ${pct(get(baseline)).padStart(9)}`);
  lines.push(`${'predicted items'.padEnd(24)} ${String(saywho.predicted).padStart(7)} ${String(baseline.predicted).padStart(9)}`);
  lines.push(`${'offsetErrors'.padEnd(24)} ${String(saywho.offsetErrors).padStart(7)} ${String(baseline.offsetErrors).padStart(9)}`);
  if (agreesWithReference !== undefined) lines.push(`reference scorer (../shared/eval/score-attrib.mjs): ${agreesWithReference ? 'same figures' : 'DIFFERENT figures'}`);
  return lines.join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const result = await runAttributionEval();
  if (!result) process.exit(0);
  console.log(process.argv.includes('--json') ? JSON.stringify(result, null, 1) : formatAttributionEval(result));
}

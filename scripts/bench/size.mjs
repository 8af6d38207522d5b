/**
 * The content script's size as built (minified), gzipped (level 9, as the build's own budget
 * line), and the same without the learned model's weights: every weight table of the JSON files
 * in src/core/attribution/model/ is located in the built file by its keys and cut out, so the
 * figure is the real file minus the weights (the budget excludes them).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const gzipSize = (text) => gzipSync(Buffer.from(text, 'utf8'), { level: 9 }).length;

/** The weight tables of a model file: object values with many numeric entries. */
function weightTables(model) {
  const tables = [];
  const visit = (value) => {
    if (!value || typeof value !== 'object') return;
    const entries = Object.entries(value);
    if (!Array.isArray(value) && entries.length >= 20 && entries.every(([, v]) => typeof v === 'number')) tables.push(value);
    else for (const [, v] of entries) visit(v);
  };
  visit(model);
  return tables;
}

/** Runs of 20+ `"key":number` pairs: how a weight table looks in the bundle (JSON.parse text or literal). */
const PAIR_RUN = /(?:"(?:[^"\\]|\\.)*"\s*:\s*-?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?\s*,?\s*){20,}/g;
const PAIR_KEY = /"((?:[^"\\]|\\.)*)"\s*:/g;

/**
 * Spans of `code` that hold one of `tables`: runs of key/number pairs whose keys are mostly keys
 * of a table (the bundle may hold an older training of the same model: values and a few keys differ).
 */
function tableSpans(code, tables) {
  const known = new Set(tables.flatMap((table) => Object.keys(table)));
  const spans = [];
  for (const run of code.matchAll(PAIR_RUN)) {
    const keys = [...run[0].matchAll(PAIR_KEY)].map((m) => JSON.parse(`"${m[1]}"`));
    const shared = keys.filter((key) => known.has(key)).length;
    if (shared < keys.length / 2) continue;
    const span = { start: run.index, end: run.index + run[0].length };
    // A key the pattern cannot read (an escaped quote inside a template literal) splits a table
    // into runs a few characters apart: join them.
    const previous = spans[spans.length - 1];
    if (previous && span.start - previous.end < 256 && !/[{}()]/.test(code.slice(previous.end, span.start))) previous.end = span.end;
    else spans.push(span);
  }
  return spans;
}

export function contentScriptSize(file, modelDir) {
  const code = readFileSync(file, 'utf8');
  const size = { file, bytes: Buffer.byteLength(code), gzip: gzipSize(code), weights: null };
  if (!existsSync(modelDir)) return size;
  const tables = readdirSync(modelDir)
    .filter((name) => name.endsWith('.json'))
    .flatMap((name) => weightTables(JSON.parse(readFileSync(path.join(modelDir, name), 'utf8'))));
  const spans = tableSpans(code, tables);
  let stripped = code;
  for (const span of spans.reverse()) stripped = stripped.slice(0, span.start) + stripped.slice(span.end);
  size.weights = {
    tables: tables.length,
    found: spans.length,
    bytes: Buffer.byteLength(code) - Buffer.byteLength(stripped),
    bytesWithout: Buffer.byteLength(stripped),
    gzipWithout: gzipSize(stripped),
  };
  return size;
}

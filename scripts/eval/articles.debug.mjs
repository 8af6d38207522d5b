#!/usr/bin/env node
// Looks at one benchmark page: the chosen root, what was excluded and why, and which parts of the
// text are missing from or extra to the ground truth (by sentence-ish lines).
//   node scripts/eval/articles.debug.mjs ID_PREFIX [--text]
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { runnerImport } from 'vite';
import { parseHTML } from 'linkedom';
import { findArticlesDir } from './articles.mjs';

const [prefix, ...flags] = process.argv.slice(2);
const dir = findArticlesDir();
if (!dir || !prefix) {
  console.log('usage: articles.debug.mjs ID_PREFIX [--text]  (needs the benchmark data)');
  process.exit(0);
}
const truth = JSON.parse(fs.readFileSync(path.join(dir, 'ground-truth.json'), 'utf8'));
const id = Object.keys(truth).find((k) => k.startsWith(prefix));
if (!id) throw new Error(`no page ${prefix}`);
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
const { module: engine } = await runnerImport(path.join(root, 'src/core/article/index.ts'), { configFile: false, logLevel: 'silent' });
const html = zlib.gunzipSync(fs.readFileSync(path.join(dir, 'html', `${id}.html.gz`))).toString('utf8');
const { document } = parseHTML(html);
const describe = (el) => `<${el.localName}${el.id ? `#${el.id}` : ''}${el.getAttribute('class') ? `.${el.getAttribute('class').trim().split(/\s+/).join('.')}` : ''}>`;
console.log(truth[id].url);
const found = engine.findArticle(document);
if (!found) {
  console.log('no article found');
  process.exit(0);
}
const chain = [];
for (let e = found.root; e; e = e.parentElement) chain.unshift(describe(e));
console.log('root:', chain.join(' > '));
const walk = (el, depth) => {
  for (const child of el.children) {
    const kind = found.exclusionOf(child);
    if (kind && kind !== 'hidden' && kind !== 'non-text') {
      const text = (child.textContent ?? '').replace(/\s+/g, ' ').trim();
      if (text) console.log(`  excluded ${kind.padEnd(13)} ${describe(child).slice(0, 70)}  "${text.slice(0, 90)}"`);
    } else if (!kind) walk(child, depth + 1);
  }
};
walk(found.root, 0);
const text = engine.buildArticleText(found).text;
const norm = (s) => s.replace(/\s+/g, ' ').trim();
const expected = truth[id].articleBody;
const expectedNorm = norm(expected);
const gotNorm = norm(text);
const lines = (s) => s.split(/\n+/).map(norm).filter(Boolean);
console.log('\nEXTRA (in ours, not in truth):');
for (const line of lines(text)) if (!expectedNorm.includes(line.slice(0, 60))) console.log(`  + ${line.slice(0, 160)}`);
console.log('MISSING (in truth, not in ours):');
for (const line of lines(expected)) if (!gotNorm.includes(line.slice(0, 60))) console.log(`  - ${line.slice(0, 160)}`);
if (flags.includes('--text')) console.log(`\n----- ours -----\n${text}\n----- truth -----\n${expected}`);

/**
 * The `saywho` command line as users run it: the built bin (npm test builds it first), a child
 * process per call, checking exit codes, stdout and the one-line errors of the CLI contract.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { AnalysisResult } from '../../src/core/types';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BIN = path.join(ROOT, 'bin/saywho.mjs');
const SEED = path.join(ROOT, 'test/fixtures/seed-article.html');
const SEED_URL = 'https://sputniknews.com/world/201612071048224857-lavrov-us-nusra/';
const REFERENCE_CHECK = path.join(ROOT, '../shared/eval/check-seed.mjs');
const tmp = mkdtempSync(path.join(tmpdir(), 'saywho-cli-'));

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function run(args: string[], bin = BIN): Promise<Run> {
  return new Promise((resolve) => {
    execFile(process.execPath, [bin, ...args], { maxBuffer: 64 * 1024 * 1024, cwd: ROOT }, (error, stdout, stderr) => {
      resolve({ code: error ? Number((error as { code?: number }).code ?? 1) : 0, stdout, stderr });
    });
  });
}

function tempFile(name: string, content: string | Buffer): string {
  const file = path.join(tmp, name);
  writeFileSync(file, content);
  return file;
}

const fold = (s: string) =>
  s.replace(/[\s\u00a0]+/g, ' ').replace(/^[\s"“”‘’«»]+/, '').trim().toLowerCase().replace(/^that\s+/, '');

/** A one-line message, never a stack trace. */
function expectOneLineError(r: Run, pattern: RegExp) {
  expect(r.code).not.toBe(0);
  expect(r.stderr.trim().split('\n')).toHaveLength(1);
  expect(r.stderr).toMatch(pattern);
  expect(r.stderr).not.toMatch(/\bat .*\.(m?js|ts):\d+/);
}

describe('saywho analyze on the reference page', () => {
  it('finds every expected quote and claim with its speaker and the outlet, and nothing outside the article', async () => {
    const r = await run(['analyze', SEED, '--url', SEED_URL]);
    expect(r.code).toBe(0);
    const result = JSON.parse(r.stdout) as AnalysisResult;
    const expected = JSON.parse(readFileSync(path.join(ROOT, 'test/fixtures/seed-article.expected.json'), 'utf8'));
    expect(result.outlet.name).toBe(expected.outlet);
    expect(result.title).toBe(expected.title);
    const speakers = new Map(result.speakers.map((s) => [s.id, s]));
    const check = (list: Array<{ startsWith: string; speaker: string }>, kind: 'quote' | 'claim') => {
      for (const want of list) {
        const item = result.items.find((i) => i.kind === kind && fold(i.text).startsWith(fold(want.startsWith)));
        expect(item, `${kind}: ${want.startsWith}`).toBeDefined();
        expect(speakers.get(item!.speakerId ?? '')?.name).toBe(want.speaker);
      }
    };
    check(expected.direct, 'quote');
    check(expected.claims, 'claim');
    expect(result.speakers.filter((s) => /lavrov/i.test(s.name))).toHaveLength(1);
    for (const bad of expected.mustNotReport as string[]) {
      expect(result.items.some((i) => fold(i.text).includes(fold(bad))), bad).toBe(false);
      expect(fold(result.article.text)).not.toContain(fold(bad));
    }
    for (const item of result.items) {
      const source = item.in === 'title' ? result.title : result.article.text;
      expect(source.slice(item.start, item.end)).toBe(item.text);
    }
  });

  it.runIf(existsSync(REFERENCE_CHECK))('passes the reference check-seed.mjs (when ../shared is present)', async () => {
    const r = await run(['analyze', SEED, '--url', SEED_URL]);
    const out = tempFile('seed.json', r.stdout);
    const check = await run([out], REFERENCE_CHECK);
    expect(check.stdout).toMatch(/7\/7 quotes, 9\/9 claims right, 0 problems/);
    expect(check.code).toBe(0);
  });

  it('exports CSV, Markdown and W3C Web Annotations', async () => {
    const csv = await run(['analyze', SEED, '--url', SEED_URL, '--format', 'csv']);
    expect(csv.code).toBe(0);
    expect(csv.stdout.split('\n')[0]).toMatch(/kind/i);
    expect(csv.stdout).toContain('Sergei Lavrov');
    const md = await run(['analyze', SEED, '--url', SEED_URL, '--format', 'md']);
    expect(md.stdout).toContain('Sputnik International');
    const w3c = JSON.parse((await run(['analyze', SEED, '--url', SEED_URL, '--format', 'w3c'])).stdout);
    const annotations = w3c.items ?? w3c.first?.items ?? w3c;
    expect(Array.isArray(annotations) && annotations.length).toBeGreaterThanOrEqual(16);
    const selectorTypes = new Set(annotations.flatMap((a: { target: { selector: Array<{ type: string }> } }) => a.target.selector.map((s) => s.type)));
    expect(selectorTypes).toEqual(new Set(['TextQuoteSelector', 'TextPositionSelector']));
  });

  it('saywho article gives the article and metadata without items', async () => {
    const r = await run(['article', SEED, '--url', SEED_URL]);
    const result = JSON.parse(r.stdout);
    expect(result.items).toBeUndefined();
    expect(result.speakers).toBeUndefined();
    expect(result.article.text).toMatch(/^The United States avoids attacking/);
    expect(result.article.text).not.toContain('To participate in the discussion');
  });
});

describe('saywho on bad input', () => {
  it('a missing file', async () => expectOneLineError(await run(['analyze', path.join(tmp, 'nope.html')]), /no such file/));
  it('a binary file', async () => expectOneLineError(await run(['analyze', tempFile('x.html', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2]))]), /not an HTML page/));
  it('a text file without markup', async () => expectOneLineError(await run(['analyze', tempFile('notes.txt', 'just some words\n')]), /not an HTML page/));
  it('an empty file', async () => expectOneLineError(await run(['analyze', tempFile('empty.html', '')]), /empty/));
  it('a page with markup but no text', async () => expectOneLineError(await run(['analyze', tempFile('blank.html', '<html><body> <div></div> </body></html>')]), /no text/));
  it('a broken gzip file', async () => expectOneLineError(await run(['analyze', tempFile('bad.html.gz', 'not gzip')]), /gzip/));
  it('an unknown command and an unknown format', async () => {
    expectOneLineError(await run(['frobnicate']), /unknown command/);
    expectOneLineError(await run(['analyze', SEED, '--format', 'pdf']), /unknown format/);
  });

  it('a page without an article: an empty result with its reason, and a message', async () => {
    const page = '<html><head><title>Log in</title></head><body><nav><a href="/">Home</a> <a href="/news">News</a></nav><form><label>Email <input></label><button>Log in</button></form></body></html>';
    const r = await run(['analyze', tempFile('login.html', page)]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/no article/);
    const result = JSON.parse(r.stdout);
    expect(result.reason).toBe('no-article');
    expect(result.items).toEqual([]);
  });

  it('reads gzipped pages', async () => {
    const r = await run(['article', tempFile('seed.html.gz', gzipSync(readFileSync(SEED)))]);
    expect(JSON.parse(r.stdout).outlet.name).toBe('Sputnik International');
  });
});

describe('saywho text', () => {
  it('writes one record per line, and an error record for a bad line among good ones', async () => {
    const input = tempFile(
      'in.jsonl',
      [
        JSON.stringify({ id: 'a', text: '“We will win,” the mayor said.\n\nThe council said it would vote on Monday.' }),
        '{not json',
        JSON.stringify({ id: 'c', title: 'no text field' }),
        JSON.stringify({ id: 'd', text: '' }),
      ].join('\n'),
    );
    const outFile = path.join(tmp, 'out.jsonl');
    const r = await run(['text', input, '-o', outFile]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/2 bad line/);
    const lines = readFileSync(outFile, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(4);
    expect(lines[0].id).toBe('a');
    expect(lines[0].items.some((i: { kind: string; text: string }) => i.kind === 'quote' && /We will win/.test(i.text))).toBe(true);
    expect(lines[1]).toMatchObject({ line: 2, error: expect.any(String) });
    expect(lines[2]).toMatchObject({ id: 'c', error: expect.any(String) });
    expect(lines[3]).toMatchObject({ id: 'd', items: [] });
  });

  it('a file of only bad lines fails', async () => {
    expectOneLineError(await run(['text', tempFile('bad.jsonl', '{nope\n')]), /bad line/);
  });
});

describe('saywho on a huge page', () => {
  it('analyses a 50,000-word article and returns its quotes', async () => {
    const paragraph = (i: number) =>
      `<p>“Paragraph ${i} brings news of the harbour and the market,” the mayor said. Officials said the bridge would reopen in the spring after repairs to the old stone piers of the river crossing.</p>`;
    const body = Array.from({ length: 1600 }, (_, i) => paragraph(i)).join('\n');
    const file = tempFile('huge.html', `<html><head><title>Long</title></head><body><article><h1>Long</h1>${body}</article></body></html>`);
    const r = await run(['analyze', file]);
    expect(r.code).toBe(0);
    const result = JSON.parse(r.stdout) as AnalysisResult;
    expect(result.article.text.split(/\s+/).length).toBeGreaterThan(50_000);
    expect(result.items.filter((i) => i.kind === 'quote').length).toBeGreaterThanOrEqual(1600);
  }, 120_000);
});

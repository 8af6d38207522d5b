import { readFile } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import { pathToFileURL } from 'node:url';
import path from 'node:path';

/** A failure the user can act on: printed as one line, never as a stack trace. */
export class UserError extends Error {}

export interface PageSource {
  html: string;
  url: string;
}

const FETCH_TIMEOUT_MS = 20_000;

/** Reads a page from a file (.html or .html.gz) or fetches it from an http(s) URL. */
export async function readPage(target: string, urlOverride?: string): Promise<PageSource> {
  if (/^https?:\/\//i.test(target)) {
    let response: Response;
    try {
      response = await fetch(target, { signal: AbortSignal.timeout(FETCH_TIMEOUT_MS), redirect: 'follow' });
    } catch (error) {
      throw new UserError(`cannot fetch ${target}: ${error instanceof Error ? error.message : String(error)}`);
    }
    if (!response.ok) throw new UserError(`cannot fetch ${target}: HTTP ${response.status}`);
    const type = response.headers.get('content-type') ?? '';
    if (type && !/html|xml/i.test(type)) throw new UserError(`${target} is not an HTML page (content-type ${type})`);
    return { html: checkHtml(await response.text(), target), url: urlOverride ?? response.url ?? target };
  }
  const bytes = await readBytes(target);
  const raw = target.endsWith('.gz') ? gunzip(bytes, target) : bytes;
  return { html: checkHtml(decode(raw, target), target), url: urlOverride ?? pathToFileURL(path.resolve(target)).href };
}

export async function readBytes(file: string): Promise<Buffer> {
  try {
    return await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new UserError(`no such file: ${file}`);
    if (code === 'EISDIR') throw new UserError(`${file} is a folder, not a file`);
    if (code === 'EACCES') throw new UserError(`cannot read ${file}: permission denied`);
    throw new UserError(`cannot read ${file}: ${(error as Error).message}`);
  }
}

function gunzip(bytes: Buffer, file: string): Buffer {
  try {
    return gunzipSync(bytes);
  } catch {
    throw new UserError(`${file} is not a valid gzip file`);
  }
}

function decode(bytes: Buffer, file: string): string {
  // A NUL byte in the first kilobytes means a binary file (image, PDF, archive), not a page.
  if (bytes.subarray(0, 8192).includes(0)) throw new UserError(`${file} is not an HTML page (binary content)`);
  return bytes.toString('utf8');
}

function checkHtml(html: string, name: string): string {
  if (!html.trim()) throw new UserError(`${name} is empty`);
  if (!/<[a-z!][^>]*>/i.test(html.slice(0, 65536))) throw new UserError(`${name} is not an HTML page (no markup found)`);
  return html;
}

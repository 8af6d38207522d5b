/**
 * JSON.stringify in time slices: long arrays (a long article's entries, the record's saved
 * entries) and objects with many keys (selectors by entry id) are written a chunk at a time, with
 * `pause` offered between chunks, so serialising an answer does not hold the page's main thread in
 * one long task. The text is the one JSON.stringify gives.
 */
import type { Yielder } from '../core/types';

/** Array elements or object fields written between two offers of the main thread. */
const CHUNK = 200;

export async function stringifySliced(value: unknown, pause: Yielder): Promise<string> {
  if (!holdsLong(value)) return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) {
    const parts: string[] = [];
    for (let at = 0; at < value.length; at += CHUNK) {
      const chunk = value.slice(at, at + CHUNK);
      parts.push(chunk.some((element) => holdsLong(element)) ? (await Promise.all(chunk.map((element) => stringifySliced(element, pause)))).join(',') : JSON.stringify(chunk).slice(1, -1));
      const waiting = pause();
      if (waiting) await waiting;
    }
    return `[${parts.join(',')}]`;
  }
  const parts: string[] = [];
  let written = 0;
  for (const [key, field] of Object.entries(value as Record<string, unknown>)) {
    // As JSON.stringify: fields it cannot write (undefined, functions) are left out.
    const json = holdsLong(field) ? await stringifySliced(field, pause) : (JSON.stringify(field) as string | undefined);
    if (json !== undefined) parts.push(`${JSON.stringify(key)}:${json}`);
    if (++written % CHUNK === 0) {
      const waiting = pause();
      if (waiting) await waiting;
    }
  }
  return `{${parts.join(',')}}`;
}

/** A plain array or object longer than a chunk, or one holding such (a few levels down at most). */
function holdsLong(value: unknown, depth = 0): boolean {
  if (Array.isArray(value)) return value.length > CHUNK || (depth < 3 && value.length > 0 && value.some((element) => holdsLong(element, depth + 1)));
  if (typeof value !== 'object' || value === null || typeof (value as { toJSON?: unknown }).toJSON === 'function') return false;
  const fields = Object.values(value);
  return fields.length > CHUNK || (depth < 3 && fields.some((field) => holdsLong(field, depth + 1)));
}

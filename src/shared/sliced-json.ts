/**
 * JSON.stringify in time slices: long arrays (a long article's entries, the record's saved
 * entries) are written a chunk of elements at a time, with `pause` offered between chunks, so
 * serialising an answer does not hold the page's main thread in one long task. The text is the
 * one JSON.stringify gives, except that object keys holding long arrays may come in another order.
 */
import type { Yielder } from '../core/types';

/** Array elements written between two offers of the main thread. */
const CHUNK = 200;

export async function stringifySliced(value: unknown, pause: Yielder): Promise<string> {
  if (!holdsLongArray(value)) return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) {
    const parts: string[] = [];
    for (let at = 0; at < value.length; at += CHUNK) {
      const chunk = value.slice(at, at + CHUNK);
      parts.push(chunk.some(holdsLongArray) ? (await Promise.all(chunk.map((element) => stringifySliced(element, pause)))).join(',') : JSON.stringify(chunk).slice(1, -1));
      const waiting = pause();
      if (waiting) await waiting;
    }
    return `[${parts.join(',')}]`;
  }
  const record = value as Record<string, unknown>;
  const plain: Record<string, unknown> = {};
  const long: string[] = [];
  for (const [key, field] of Object.entries(record)) {
    if (holdsLongArray(field)) long.push(key);
    else plain[key] = field;
  }
  let text = JSON.stringify(plain);
  for (const key of long) {
    const field = await stringifySliced(record[key], pause);
    text = `${text.slice(0, -1)}${text.length > 2 ? ',' : ''}${JSON.stringify(key)}:${field}}`;
  }
  return text;
}

/** A plain array longer than a chunk, or a plain object holding one (a few levels down at most). */
function holdsLongArray(value: unknown, depth = 0): boolean {
  if (Array.isArray(value)) return value.length > CHUNK || (depth < 3 && value.length > 0 && value.some((element) => holdsLongArray(element, depth + 1)));
  if (typeof value !== 'object' || value === null || depth >= 3 || typeof (value as { toJSON?: unknown }).toJSON === 'function') return false;
  return Object.values(value).some((field) => holdsLongArray(field, depth + 1));
}

/**
 * JSON.stringify in time slices: long arrays (a long article's entries, the record's saved
 * entries) and objects with many keys (selectors by entry id) are written a chunk at a time, with
 * `pause` offered between chunks, so serialising an answer does not hold the page's main thread in
 * one long task. The text is the one JSON.stringify gives.
 *
 * The text is kept as the pieces it was written in ({@link JsonPieces}): joining them copies the
 * whole text once per level of nesting, about 10 ms a copy for a 50k-word article's 600 kB answer
 * in Firefox, all in one task. A long answer is sent in parts anyway (see held-answers.ts), so
 * only the pieces of one part at a time are ever joined.
 */
import type { Yielder } from '../core/types';

/** Array elements or object fields written between two offers of the main thread. */
const CHUNK = 200;

/** A JSON text as a list of pieces, in order. */
export class JsonPieces {
  readonly length: number;

  constructor(readonly pieces: readonly string[]) {
    this.length = pieces.reduce((sum, piece) => sum + piece.length, 0);
  }

  private joined: string | null = null;

  /** The whole text (one copy of it, made once: for short texts). */
  text(): string {
    return (this.joined ??= this.pieces.join(''));
  }
}

export async function jsonPiecesSliced(value: unknown, pause: Yielder): Promise<JsonPieces> {
  const out: string[] = [];
  // As JSON.stringify's text for a top-level value it cannot write (undefined), as the answer's JSON.
  if (!(await write(value, pause, out))) out.push('null');
  return new JsonPieces(out);
}

/** Appends the JSON of `value` to `out`; false (nothing appended) where JSON.stringify writes nothing. */
async function write(value: unknown, pause: Yielder, out: string[]): Promise<boolean> {
  if (!holdsLong(value)) {
    const json = JSON.stringify(value) as string | undefined;
    if (json === undefined) return false;
    out.push(json);
    return true;
  }
  if (Array.isArray(value)) {
    out.push('[');
    for (let at = 0; at < value.length; at += CHUNK) {
      if (at) out.push(',');
      const chunk = value.slice(at, at + CHUNK);
      if (chunk.some((element) => holdsLong(element))) {
        for (const [i, element] of chunk.entries()) {
          if (i) out.push(',');
          // As JSON.stringify: what it cannot write is null inside an array.
          if (!(await write(element, pause, out))) out.push('null');
        }
      } else {
        out.push(JSON.stringify(chunk).slice(1, -1));
      }
      const waiting = pause();
      if (waiting) await waiting;
    }
    out.push(']');
    return true;
  }
  out.push('{');
  let first = true;
  let written = 0;
  for (const [key, field] of Object.entries(value as Record<string, unknown>)) {
    const mark = out.length;
    out.push(first ? `${JSON.stringify(key)}:` : `,${JSON.stringify(key)}:`);
    // As JSON.stringify: fields it cannot write (undefined, functions) are left out.
    if (await write(field, pause, out)) first = false;
    else out.length = mark;
    if (++written % CHUNK === 0) {
      const waiting = pause();
      if (waiting) await waiting;
    }
  }
  out.push('}');
  return true;
}

/** A plain array or object longer than a chunk, or one holding such (a few levels down at most). */
function holdsLong(value: unknown, depth = 0): boolean {
  if (Array.isArray(value)) return value.length > CHUNK || (depth < 3 && value.length > 0 && value.some((element) => holdsLong(element, depth + 1)));
  if (typeof value !== 'object' || value === null || typeof (value as { toJSON?: unknown }).toJSON === 'function') return false;
  const fields = Object.values(value);
  return fields.length > CHUNK || (depth < 3 && fields.some((field) => holdsLong(field, depth + 1)));
}

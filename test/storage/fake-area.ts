/**
 * An in-memory `storage.local` for Node tests, with what the real one does that matters here:
 * values are copied in and out (structured clone), a byte quota counted like Chrome's (key length
 * plus JSON length of each value; a `set` that would pass it fails as a whole with Chrome's
 * message), and failures that can be switched on.
 */
import type { StorageArea } from '../../src/shared/storage';

export class FakeStorageArea implements StorageArea {
  readonly data = new Map<string, unknown>();
  /** Number of `set` calls that succeeded. */
  writes = 0;
  /** When set, the next calls of that kind reject with this error. */
  failGet: Error | null = null;
  failSet: Error | null = null;

  constructor(public QUOTA_BYTES = Number.POSITIVE_INFINITY) {}

  async get(keys: string | string[] | null): Promise<Record<string, unknown>> {
    if (this.failGet) throw this.failGet;
    const wanted = keys === null ? [...this.data.keys()] : Array.isArray(keys) ? keys : [keys];
    const out: Record<string, unknown> = {};
    for (const key of wanted) if (this.data.has(key)) out[key] = structuredClone(this.data.get(key));
    return out;
  }

  async set(items: Record<string, unknown>): Promise<void> {
    if (this.failSet) throw this.failSet;
    const next = new Map(this.data);
    for (const [key, value] of Object.entries(items)) next.set(key, structuredClone(value));
    if (bytesOf(next) > this.QUOTA_BYTES) throw new Error('QUOTA_BYTES quota exceeded');
    for (const [key, value] of next) this.data.set(key, value);
    this.writes++;
  }

  async remove(keys: string | string[]): Promise<void> {
    for (const key of Array.isArray(keys) ? keys : [keys]) this.data.delete(key);
  }

  async getBytesInUse(): Promise<number> {
    return bytesOf(this.data);
  }

  /** Puts a raw value in place, as another version or a disk error would have left it. */
  plant(key: string, value: unknown): void {
    this.data.set(key, value);
  }
}

function bytesOf(data: Map<string, unknown>): number {
  let total = 0;
  for (const [key, value] of data) total += key.length + JSON.stringify(value).length;
  return total;
}

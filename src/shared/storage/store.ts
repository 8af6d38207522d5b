/**
 * Saved analyses in a storage area: one record per page, read back through migration and checks,
 * written only when newer, with every failure reported rather than thrown.
 */
import { withinStorageLimits } from '../../core/corrections/limits';
import type { SavedAnalysis } from '../../core/corrections/types';
import type { StorageArea } from './area';
import { analysisKey, ANALYSIS_PREFIX, CLEARED_KEY, DELETED_PREFIX, META_KEY, QUARANTINE_PREFIX } from './keys';
import { migrateRecord } from './migrate';
import { checkRecord, CURRENT_SCHEMA, toStored } from './schema';
import { isQuotaError } from './notices';

export type LoadResult =
  | { status: 'found'; record: SavedAnalysis; migratedFrom: number | null }
  | { status: 'missing' }
  /** The stored value could not be read; it was moved to the quarantine (or, failing that, left). */
  | { status: 'unreadable'; problem: string }
  /** Written by a newer SayWho: left untouched, and never overwritten. */
  | { status: 'newer'; schema: number }
  /** The storage area itself failed. */
  | { status: 'failed'; message: string };

export type SaveResult =
  | { status: 'saved' }
  /** The stored record is the same. */
  | { status: 'unchanged' }
  /** A newer revision is stored already (another tab saved it): not overwritten. */
  | { status: 'stale' }
  | { status: 'newer'; schema: number }
  | { status: 'quota'; message: string }
  | { status: 'failed'; message: string };

export interface QuarantinedRecord {
  /** The storage key the value was read from. */
  from: string;
  problem: string;
  at: string;
  value: unknown;
}

export interface ListResult {
  /** Newest change first. */
  records: SavedAnalysis[];
  /** Records left out: unreadable (and set aside) or written by a newer version. */
  skipped: Array<{ key: string; problem: string }>;
}

export class AnalysisStore {
  /** Writes to one key wait for the previous one (a correction right after an analysis). */
  private readonly queues = new Map<string, Promise<unknown>>();

  constructor(
    private readonly area: StorageArea,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** The saved analysis under a page key (see keys.ts), migrated to the current schema. */
  async load(key: string): Promise<LoadResult> {
    return this.serial(key, () => this.read(key));
  }

  /**
   * Saves a record unless the stored one is newer (higher revision) or the same. `replaces`: a key
   * the page was saved under before (its canonical address changed); removed after the save.
   */
  async save(record: SavedAnalysis, replaces?: string): Promise<SaveResult> {
    const result = await this.serial(record.key, () => this.write(record));
    if (result.status === 'saved' && replaces && replaces !== record.key) await this.remove(replaces).catch(() => undefined);
    return result;
  }

  /** Removes what is saved under `key` (the page moved to another key); the reader's deletion is {@link delete}. */
  async remove(key: string): Promise<void> {
    await this.serial(key, () => this.area.remove(analysisKey(key)));
  }

  /**
   * The reader deletes a page's analysis (history): removed, and the time noted, so that a tab
   * still open on the page, which holds the corrections in memory, forgets them instead of saving
   * them back (see {@link deletedSince}).
   */
  async delete(key: string): Promise<void> {
    const mark = await deletionMark(key);
    await this.serial(key, async () => {
      await this.area.remove(analysisKey(key));
      await this.area.set({ [mark]: this.now().toISOString() });
    });
  }

  /** True when the reader deleted the analysis saved under `key` (or all of them) at or after `since` (ISO). */
  async deletedSince(key: string, since: string): Promise<boolean> {
    const mark = await deletionMark(key);
    const marks = await this.area.get([mark, CLEARED_KEY]);
    return [marks[mark], marks[CLEARED_KEY]].some((at) => typeof at === 'string' && at >= since);
  }

  /**
   * Forgets the deletion marks (and the "all cleared" one) made before `before`, the browser's
   * start. A mark only matters to a tab that was open at the deletion and still holds corrections
   * in its page script, and no page script outlives the browser; without this the marks would only grow.
   */
  async forgetDeletionMarks(before: Date): Promise<void> {
    const since = before.toISOString();
    const all = await this.area.get(null);
    const marks = Object.keys(all).filter((key) => (key.startsWith(DELETED_PREFIX) || key === CLEARED_KEY) && !(typeof all[key] === 'string' && (all[key] as string) >= since));
    if (marks.length) await this.area.remove(marks);
  }

  /** Every readable saved analysis (for the history page), newest change first. */
  async list(): Promise<ListResult> {
    const all = await this.area.get(null);
    const records: SavedAnalysis[] = [];
    const skipped: ListResult['skipped'] = [];
    for (const [storageKey, value] of Object.entries(all)) {
      if (!storageKey.startsWith(ANALYSIS_PREFIX)) continue;
      const key = storageKey.slice(ANALYSIS_PREFIX.length);
      const read = await this.accept(key, value);
      if (read.status === 'found') records.push(read.record);
      else if (read.status === 'unreadable') skipped.push({ key, problem: read.problem });
      else if (read.status === 'newer') skipped.push({ key, problem: `saved by a newer version (schema ${read.schema})` });
    }
    records.sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0));
    return { records, skipped };
  }

  /** Values that could not be read, as they were found. */
  async quarantined(): Promise<QuarantinedRecord[]> {
    const all = await this.area.get(null);
    return Object.entries(all)
      .filter(([key]) => key.startsWith(QUARANTINE_PREFIX))
      .map(([, value]) => value as QuarantinedRecord);
  }

  /**
   * Removes every saved analysis and the quarantine (settings: "forget everything"), noting when
   * (which stands for every page's own deletion mark, so those go too).
   */
  async clear(): Promise<void> {
    const keys = Object.keys(await this.area.get(null)).filter((key) => key.startsWith(ANALYSIS_PREFIX) || key.startsWith(QUARANTINE_PREFIX) || key.startsWith(DELETED_PREFIX));
    if (keys.length) await this.area.remove(keys);
    await this.area.set({ [CLEARED_KEY]: this.now().toISOString() });
  }

  /**
   * Brings every record to the current schema (after an update). Reading migrates lazily too;
   * this only saves doing it on first use. Skips the scan when the meta key says it was done.
   */
  async migrateAll(): Promise<{ migrated: number; unreadable: number }> {
    const meta = (await this.area.get(META_KEY))[META_KEY] as { schema?: unknown } | undefined;
    if (meta?.schema === CURRENT_SCHEMA) return { migrated: 0, unreadable: 0 };
    const all = await this.area.get(null);
    let migrated = 0;
    let unreadable = 0;
    for (const [storageKey, value] of Object.entries(all)) {
      if (!storageKey.startsWith(ANALYSIS_PREFIX)) continue;
      const read = await this.accept(storageKey.slice(ANALYSIS_PREFIX.length), value);
      if (read.status === 'found' && read.migratedFrom !== null) migrated++;
      if (read.status === 'unreadable') unreadable++;
    }
    await this.area.set({ [META_KEY]: { schema: CURRENT_SCHEMA } });
    return { migrated, unreadable };
  }

  /** Bytes used and the area's quota, where the browser tells (Chrome). */
  async usage(): Promise<{ bytes: number | null; quota: number | null }> {
    const bytes = this.area.getBytesInUse ? await this.area.getBytesInUse(null).catch(() => null) : null;
    return { bytes, quota: this.area.QUOTA_BYTES ?? null };
  }

  private async read(key: string): Promise<LoadResult> {
    let value: unknown;
    try {
      value = (await this.area.get(analysisKey(key)))[analysisKey(key)];
    } catch (error) {
      return { status: 'failed', message: errorMessage(error) };
    }
    if (value === undefined) return { status: 'missing' };
    return this.accept(key, value);
  }

  /** A stored value as a current record: migrated (and written back), or set aside. */
  private async accept(key: string, value: unknown): Promise<LoadResult> {
    const migrated = migrateRecord(value);
    if (migrated.status === 'newer') return { status: 'newer', schema: migrated.schema };
    if (migrated.status === 'unreadable') {
      await this.quarantine(key, value, migrated.problem);
      return { status: 'unreadable', problem: migrated.problem };
    }
    const record = migrated.record;
    if (record.key !== key) {
      // A record stored under another page's key is not this page's analysis.
      await this.quarantine(key, value, `key ${JSON.stringify(record.key)} stored under another page`);
      return { status: 'unreadable', problem: 'stored under another page' };
    }
    if (migrated.from !== CURRENT_SCHEMA) {
      // Written back so the next read is plain; if that fails the migration simply runs again.
      await this.area.set({ [analysisKey(key)]: toStored(record) }).catch(() => undefined);
    }
    return { status: 'found', record, migratedFrom: migrated.from === CURRENT_SCHEMA ? null : migrated.from };
  }

  private async quarantine(key: string, value: unknown, problem: string): Promise<void> {
    const held: QuarantinedRecord = { from: analysisKey(key), problem, at: this.now().toISOString(), value };
    try {
      await this.area.set({ [QUARANTINE_PREFIX + key]: held });
      await this.area.remove(analysisKey(key));
    } catch {
      // No room to set it aside: leave it where it is (it is skipped on every read).
    }
  }

  private async write(record: SavedAnalysis): Promise<SaveResult> {
    let checked: SavedAnalysis;
    try {
      // What storage holds of a page with thousands of highlights (the reader's entries all stay).
      checked = checkRecord(withinStorageLimits(record));
    } catch (error) {
      return { status: 'failed', message: `not saved: ${errorMessage(error)}` };
    }
    const stored = await this.read(record.key);
    if (stored.status === 'newer') return { status: 'newer', schema: stored.schema };
    if (stored.status === 'found') {
      if (stored.record.revision > checked.revision) return { status: 'stale' };
      if (JSON.stringify(stored.record) === JSON.stringify(checked)) return { status: 'unchanged' };
    }
    try {
      await this.area.set({ [analysisKey(record.key)]: toStored(checked) });
      return { status: 'saved' };
    } catch (error) {
      return isQuotaError(error) ? { status: 'quota', message: errorMessage(error) } : { status: 'failed', message: errorMessage(error) };
    }
  }

  private serial<T>(key: string, task: () => Promise<T>): Promise<T> {
    const previous = this.queues.get(key) ?? Promise.resolve();
    const next = previous.then(task, task);
    const settled = next.catch(() => undefined);
    this.queues.set(key, settled);
    void settled.then(() => {
      if (this.queues.get(key) === settled) this.queues.delete(key);
    });
    return next;
  }
}

function errorMessage(error: unknown): string {
  const message = (error as { message?: unknown } | null)?.message;
  return typeof message === 'string' ? message : String(error);
}

/**
 * Where the deletion of the page under `key` is noted: a digest, so the address the reader
 * deleted from their history is not kept in readable form.
 */
async function deletionMark(key: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(key)));
  let hex = '';
  for (const byte of digest.subarray(0, 16)) hex += byte.toString(16).padStart(2, '0');
  return DELETED_PREFIX + hex;
}

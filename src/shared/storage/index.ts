/**
 * SayWho's saved analyses: the storage API the background, and the pages built on it (history,
 * settings, automatic mode), use. Everything stays on the machine, in the extension's own
 * `storage.local`.
 *
 * ## Why `storage.local` (and not IndexedDB)
 * - It is one API in every context that needs it: the Chrome service worker, the Firefox event
 *   page and extension pages alike, and it survives the background being stopped (MV3 service
 *   workers stop after ~30 s idle: nothing is kept only in memory).
 * - It needs only the `storage` permission, which SayWho already holds and which shows no install
 *   warning; no `unlimitedStorage`. Data is removed with the extension.
 * - Quota: Chrome allows 10 MB (`QUOTA_BYTES`); Firefox stores it in IndexedDB under the usual
 *   per-origin limits. A saved article is small because the article text is NOT stored: metadata,
 *   speakers, and per entry its text, kind and W3C selectors (≈ 0.5–1 kB; the seed article's 16
 *   entries ≈ 14 kB), so 10 MB holds several hundred articles. When the quota is reached, a save
 *   fails cleanly (nothing stored before is touched) and the popup says so (`quota` notice).
 * - IndexedDB would give more room and indexes, but the content script cannot reach the
 *   extension's database (it would see the page's), and a history of hundreds of pages does not
 *   need indexes. Only the background reads and writes; content scripts receive the one record of
 *   the page they run in.
 *
 * ## Keys (see keys.ts)
 * - `saywho:analysis:<page key>` → one stored record per page ({@link StoredRecordV2}). The page
 *   key is the normalised canonical URL when the page declares one on its own site, else the
 *   normalised URL ({@link recordKey}, {@link pageKey}: no fragment, no tracking parameters).
 * - `saywho:quarantine:<page key>` → {@link QuarantinedRecord}: a value that could not be read,
 *   kept as found.
 * - `saywho:meta` → `{ schema }`, the version `migrateAll` last brought every record to.
 * - `saywho:settings` → reserved for the settings page.
 *
 * ## Schema and migration (schema.ts, migrate.ts)
 * Each record carries `schema` (now {@link CURRENT_SCHEMA} = 2). Reading migrates older records
 * step by step (`MIGRATIONS[n]`: n → n+1), checks the result field by field and writes it back;
 * `migrateAll()` does it for every record after an update. To change the shape: add version 3 in
 * schema.ts, a `MIGRATIONS[2]`, and tests for it.
 *
 * ## Failures: nothing is lost, the reader is told
 * - A damaged or foreign value (fails the checks, unknown schema, stored under another page's
 *   key) is moved to the quarantine and reported once (`unreadable`); the others load normally.
 * - A record written by a newer SayWho is never overwritten nor migrated down (`newer`).
 * - A full quota or a failing write returns `quota` / `failed`; the stored data is unchanged.
 * - An older revision never overwrites a newer one (`stale`).
 * {@link notice} turns these into the sentences the popup shows.
 *
 * ## Using it
 * ```ts
 * const store = new AnalysisStore(localArea());
 * const loaded = await store.load(recordKey(url, canonicalUrl)!);   // 'found' | 'missing' | …
 * const saved = await store.save(record);                          // 'saved' | 'quota' | …
 * const { records, skipped } = await store.list();                 // history: newest change first
 * await store.delete(record.key); await store.clear();             // the reader forgets one / everything
 * await store.remove(oldKey);                                      // moved: the page's old key
 * const view = viewOfRecord(record);                               // result + anchors, for exports
 * ```
 * Listen to `storage.onChanged` (area `local`) with {@link isAnalysisKey} to follow changes.
 * What a record holds and how corrections merge with a fresh engine run: src/core/corrections.
 */
export { localArea, type StorageArea } from './area';
export { analysisKey, ANALYSIS_PREFIX, META_KEY, pageKey, QUARANTINE_PREFIX, recordKey, sameSite, SETTINGS_KEY } from './keys';
export { migrateRecord, MIGRATIONS, type Migrated } from './migrate';
export { isQuotaError, notice, STORAGE_TEXT, type StorageNotice, type StorageNoticeCode, type StorageReport } from './notices';
export { checkRecord, CURRENT_SCHEMA, schemaOf, toStored, type StoredRecordV1, type StoredRecordV2 } from './schema';
export { AnalysisStore, type ListResult, type LoadResult, type QuarantinedRecord, type SaveResult } from './store';
export { viewOfRecord } from '../../core/corrections/view';
export type { SavedAnalysis, SavedEntry, SavedSpeaker, Correction, EntryChange } from '../../core/corrections/types';

/** True for the storage keys of saved analyses (for `storage.onChanged`). */
export function isAnalysisKey(key: string): boolean {
  return key.startsWith('saywho:analysis:');
}

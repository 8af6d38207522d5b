/**
 * The part of a WebExtension `storage.StorageArea` the store uses, so tests can hand it a fake
 * and the store never touches a global.
 */
import { ext } from '../ext';

export interface StorageArea {
  /** `null`: everything in the area. */
  get(keys: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
  /** Chrome only (Firefox has no byte count for storage.local). */
  getBytesInUse?(keys: string | string[] | null): Promise<number>;
  /** Chrome: 10 MB without `unlimitedStorage`. */
  QUOTA_BYTES?: number;
}

/** The browser's `storage.local`. */
export function localArea(): StorageArea {
  return ext.storage.local as unknown as StorageArea;
}

/** What the popup tells the reader about saving and restoring, one sentence per case. */

export type StorageNoticeCode = 'quota' | 'unreadable' | 'newer' | 'failed' | 'private';

export interface StorageNotice {
  code: StorageNoticeCode;
  message: string;
}

/** Saving and restoring, as reported with an analysis. */
export interface StorageReport {
  /** A saved analysis of this page was merged in (corrections restored). */
  restored: boolean;
  /** The analysis as shown is saved. */
  saved: boolean;
  notices: StorageNotice[];
}

export const STORAGE_TEXT: Record<StorageNoticeCode, string> = {
  quota:
    'SayWho’s storage is full, so the latest changes to this page were not saved. They stay on the page while it is open, and nothing saved before was lost. Remove saved pages you no longer need to make room.',
  unreadable: 'The saved analysis of this page was damaged and could not be read. It was set aside and the page analysed afresh; other saved pages are not affected.',
  newer: 'This page was saved by a newer version of SayWho. It is shown as analysed now, and the saved copy is left untouched.',
  failed: 'SayWho could not save this page’s analysis.',
  private: 'This is a private window: SayWho does not save this page, and your changes last only while it is open.',
};

export function notice(code: StorageNoticeCode, detail?: string): StorageNotice {
  return { code, message: detail ? `${STORAGE_TEXT[code]} (${detail})` : STORAGE_TEXT[code] };
}

/** Chrome rejects with "QUOTA_BYTES quota exceeded"; Firefox (IndexedDB) with a QuotaExceededError. */
export function isQuotaError(error: unknown): boolean {
  const { name, message } = (error ?? {}) as { name?: unknown; message?: unknown };
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || (typeof message === 'string' && /quota/i.test(message)) || (typeof error === 'string' && /quota/i.test(error));
}

/** The popup's calls: which tab to read, and the requests it makes of the background. */
import type { Runtime } from 'webextension-polyfill';
import { ext } from '../shared/ext';
import { isOwnExtensionPage, parseStorageUpdate, type EntryEdit, type ExportData, type TabAnalysis } from '../shared/messages';
import { askBackground } from '../shared/rpc';
import type { StorageReport } from '../shared/storage/notices';

/** `?tabId=N` (end-to-end tests open the popup as a tab aimed at another tab); else null. */
export function tabIdFromQuery(search: string): number | null {
  const value = new URLSearchParams(search).get('tabId');
  return value && /^\d{1,15}$/.test(value) ? Number(value) : null;
}

/** The tab the popup is about: from the query, else the active tab of the popup's window. */
export async function targetTabId(): Promise<number | null> {
  const fromQuery = tabIdFromQuery(location.search);
  if (fromQuery !== null) return fromQuery;
  const [tab] = await ext.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

export function analyseTab(tabId: number): Promise<TabAnalysis> {
  return askBackground('analyzeTab', { tabId });
}

export function scrollToItem(tabId: number, itemId: string): Promise<{ found: boolean }> {
  return askBackground('scrollTo', { tabId, itemId });
}

export function clearHighlights(tabId: number): Promise<{ ok: boolean }> {
  return askBackground('clear', { tabId });
}

/** Applies and saves a correction; answers with the corrected analysis. */
export function correctEntry(tabId: number, edit: EntryEdit): Promise<TabAnalysis> {
  return askBackground('correctEntry', { tabId, edit });
}

/** The page's full analysis (article text, selectors) for an export; null when the page is gone. */
export function exportData(tabId: number): Promise<ExportData | null> {
  return askBackground('exportData', { tabId });
}

/**
 * How saving went for `tabId`, when the background learns it after answering (see StorageUpdate
 * in shared/messages.ts). Only this extension's own pages are heard. Returns a function that stops.
 */
export function onStorageUpdates(tabId: number, take: (storage: StorageReport) => void): () => void {
  const listener = (raw: unknown, sender: Runtime.MessageSender): undefined => {
    if (!isOwnExtensionPage(sender, ext.runtime.id, ext.runtime.getURL(''))) return undefined;
    const update = parseStorageUpdate(raw);
    if (update?.tabId === tabId) take(update.storage);
    return undefined;
  };
  ext.runtime.onMessage.addListener(listener);
  return () => ext.runtime.onMessage.removeListener(listener);
}

/** The popup's calls: which tab to read, and the requests it makes of the background. */
import { ext } from '../shared/ext';
import type { EntryEdit, ExportData, TabAnalysis } from '../shared/messages';
import { askBackground } from '../shared/rpc';

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

/**
 * The list each tab's popup shows, kept by the background in `storage.session` (memory the
 * browser holds for the session, readable from the extension's own pages, kept while the MV3
 * service worker sleeps): the popup shows it the moment it opens, then what the page answers.
 * Never the article text, never written to disk; forgotten when the tab navigates or closes.
 */
import { ext } from './ext';
import { isTabView, type TabView } from './messages';

const VIEW_PREFIX = 'saywho:view:';

export function viewKey(tabId: number): string {
  return `${VIEW_PREFIX}${tabId}`;
}

/** The session area, where the browser has one (it is missing in tests' fake browsers). */
function sessionArea() {
  return (ext.storage as { session?: typeof ext.storage.local } | undefined)?.session ?? null;
}

/** The list last kept for the tab, or null (none, or not readable as one). */
export async function readTabView(tabId: number): Promise<TabView | null> {
  const area = sessionArea();
  if (!area) return null;
  const key = viewKey(tabId);
  const value = (await area.get(key).catch(() => ({}) as Record<string, unknown>))[key];
  return isTabView(value) ? value : null;
}

/** Keeps the tab's list; when it cannot (the area is full), forgets the older one instead. */
export async function keepTabView(tabId: number, view: TabView): Promise<void> {
  const area = sessionArea();
  if (!area) return;
  const { status, result, found, elapsedMs, storage } = view;
  const kept: TabView = { status, result, found, elapsedMs, ...(storage ? { storage } : {}) };
  await area.set({ [viewKey(tabId)]: kept }).catch(() => area.remove(viewKey(tabId)).catch(() => undefined));
}

export async function forgetTabView(tabId: number): Promise<void> {
  await sessionArea()?.remove(viewKey(tabId)).catch(() => undefined);
}

/**
 * The list each tab's popup shows, kept by the background in `storage.session` (memory the
 * browser holds for the session, readable from the extension's own pages, kept while the MV3
 * service worker sleeps): the popup shows it the moment it opens, then what the page answers.
 * Never the article text, never written to disk; forgotten when the tab navigates or closes.
 * Kept as JSON text: the storage reads and writes one long string many times faster than the
 * thousands of small objects of a long article's list.
 */
import { ext } from './ext';
import { isTabView, type TabView } from './messages';

const VIEW_PREFIX = 'saywho:view:';
const ADDRESS_PREFIX = 'saywho:address:';

export function viewKey(tabId: number): string {
  return `${VIEW_PREFIX}${tabId}`;
}

function addressKey(tabId: number): string {
  return `${ADDRESS_PREFIX}${tabId}`;
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
  const text = (await area.get(key).catch(() => ({}) as Record<string, unknown>))[key];
  if (typeof text !== 'string') return null;
  try {
    const view: unknown = JSON.parse(text);
    return isTabView(view) ? view : null;
  } catch {
    return null;
  }
}

/** The list as kept: only what the popup shows first. */
export function tabViewText({ status, result, found, elapsedMs, storage }: TabView): string {
  return JSON.stringify({ status, result, found, elapsedMs, ...(storage ? { storage } : {}) } satisfies TabView);
}

/**
 * Keeps the tab's list (a {@link TabView}, or its JSON from {@link tabViewText}); when it cannot
 * (the area is full), forgets the older one instead.
 */
export async function keepTabView(tabId: number, view: TabView | string): Promise<void> {
  const area = sessionArea();
  if (!area) return;
  const text = typeof view === 'string' ? view : tabViewText(view);
  await area.set({ [viewKey(tabId)]: text }).catch(() => area.remove(viewKey(tabId)).catch(() => undefined));
}

/** Forgets the tab's list (a newer one could not be kept, or was not sent ahead). */
export async function forgetTabView(tabId: number): Promise<void> {
  await sessionArea()?.remove(viewKey(tabId)).catch(() => undefined);
}

/** Forgets all the background keeps for the tab: its list and the address it is about. */
export async function forgetTab(tabId: number): Promise<void> {
  await sessionArea()?.remove([viewKey(tabId), addressKey(tabId)]).catch(() => undefined);
}

/**
 * The address of the page the tab's count and list are about, kept beside the list (which a long
 * article does not send ahead): the background compares the tab's next address with it, since a
 * jump within the page keeps both.
 */
export async function keepTabAddress(tabId: number, url: string): Promise<void> {
  await sessionArea()?.set({ [addressKey(tabId)]: url }).catch(() => undefined);
}

export async function readTabAddress(tabId: number): Promise<string | null> {
  const key = addressKey(tabId);
  const url = (await sessionArea()?.get(key).catch(() => ({}) as Record<string, unknown>))?.[key];
  return typeof url === 'string' ? url : null;
}

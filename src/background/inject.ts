/**
 * Reading a tab: inject the content script (and the highlight styles) when it is not there yet,
 * then ask it for its analysis. Runs after a user gesture (toolbar click opening the popup, the
 * keyboard shortcut), which grants `activeTab` for that tab.
 */
/// <reference types="@crxjs/vite-plugin/client" />
import contentScriptFile from '../content/content-script.ts?script';
import type { SavedAnalysis } from '../core/corrections/types';
import { ext } from '../shared/ext';
import { HIGHLIGHT_CSS } from '../shared/highlight-css';
import type { TabAnalysis } from '../shared/messages';
import { cannotReadReason, refusedReason } from '../shared/readable';
import { askContent, errorMessage } from '../shared/rpc';

/**
 * Absolute, because Firefox resolves `files` relative to the calling page rather than the
 * extension root.
 */
export const CONTENT_SCRIPT_PATH = `/${contentScriptFile.replace(/^\//, '')}`;

/**
 * The content script's analysis of a tab, injecting it first when needed. `saved`: the page's
 * saved analysis, which the content script merges in.
 */
export async function analyseTab(tabId: number, saved?: SavedAnalysis): Promise<TabAnalysis> {
  let url: string | undefined;
  try {
    url = (await ext.tabs.get(tabId)).url;
  } catch {
    return { status: 'cannot-read', reason: 'no-tab' };
  }
  const known = cannotReadReason(url);
  if (known) return { status: 'cannot-read', reason: known };

  // Already there (the popup was opened before): it answers from its cache.
  const cached = await askContent(tabId, 'getResult', saved ? { saved } : {}).catch(() => null);
  if (cached) return cached;

  const injected = await inject(tabId, url);
  if (injected.status === 'cannot-read') return injected;
  try {
    return await askContent(tabId, 'getResult', { ...styleRequest(injected.styled), ...(saved ? { saved } : {}) });
  } catch {
    // A copy left by an earlier version of the extension holds the guard; reset it, inject again.
    await ext.scripting.executeScript({ target: { tabId }, func: resetInjectionGuard }).catch(() => undefined);
    const again = await inject(tabId, url);
    if (again.status === 'cannot-read') return again;
    return askContent(tabId, 'getResult', { ...styleRequest(again.styled), ...(saved ? { saved } : {}) }).catch((error: unknown) => ({ status: 'error', message: errorMessage(error) }));
  }
}

type Injection = { status: 'injected'; styled: boolean } | { status: 'cannot-read'; reason: ReturnType<typeof refusedReason>; detail: string };

async function inject(tabId: number, url: string | undefined): Promise<Injection> {
  let styled = true;
  try {
    // A user-origin sheet: a strict page CSP does not block it, page scripts cannot remove it.
    await ext.scripting.insertCSS({ target: { tabId }, css: HIGHLIGHT_CSS });
  } catch {
    styled = false;
  }
  try {
    const results = await ext.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT_PATH] });
    // Firefox resolves with `[{error}]` instead of rejecting.
    const failed = results.find((result) => result.error !== undefined && result.error !== null);
    if (failed) return { status: 'cannot-read', reason: refusedReason(url, errorMessage(failed.error)), detail: errorMessage(failed.error) };
  } catch (error) {
    return { status: 'cannot-read', reason: refusedReason(url, errorMessage(error)), detail: errorMessage(error) };
  }
  return { status: 'injected', styled };
}

/** Sends the styles along only when inserting them failed. */
function styleRequest(styled: boolean): { fallbackCss?: string } {
  return styled ? {} : { fallbackCss: HIGHLIGHT_CSS };
}

/** Runs in the page's isolated world; must stay self-contained (it is serialised). */
function resetInjectionGuard(): void {
  delete (globalThis as Record<symbol, unknown>)[Symbol.for('saywho.content-script')];
}

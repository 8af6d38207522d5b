/**
 * Reading a tab: inject the content script (and the highlight styles) when it is not there yet,
 * then ask it for its analysis. Runs after a user gesture (toolbar click opening the popup, the
 * keyboard shortcut), which grants `activeTab` for that tab.
 */
/// <reference types="@crxjs/vite-plugin/client" />
import contentScriptFile from '../content/content-script.ts?script';
import type { SavedAnalysis } from '../core/corrections/types';
import { ext } from '../shared/ext';
import type { Display, TabAnalysis } from '../shared/messages';
import { highlightCss, type HighlightStyle } from '../shared/settings';
import { cannotReadReason, refusedReason } from '../shared/readable';
import { askContent, errorMessage } from '../shared/rpc';
import { applyPageStyle, currentSettings, displayOf } from './page-style';

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
  // Independent look-ups, side by side: the popup waits for all of this.
  const [tab, settings] = await Promise.all([ext.tabs.get(tabId).catch(() => null), currentSettings()]);
  if (!tab) return { status: 'cannot-read', reason: 'no-tab' };
  const url = tab.url;
  const known = cannotReadReason(url);
  if (known) return { status: 'cannot-read', reason: known };

  // The reader's settings: which kinds to paint, and the highlight style. The record is asked
  // for because what the reader opens SayWho on is saved.
  const display: Display = displayOf(settings);
  const request = { display, withRecord: true, ...(saved ? { saved } : {}) };

  // Already there (the popup was opened before): it answers from its cache. The style is put
  // on meanwhile (it may have changed since), without making the answer wait for it.
  const cached = await askContent(tabId, 'getResult', request).catch(() => null);
  if (cached) {
    applyPageStyle(tabId, settings.style).catch(() => undefined);
    return cached;
  }

  const injected = await inject(tabId, url, settings.style);
  if (injected.status === 'cannot-read') return injected;
  try {
    return await askContent(tabId, 'getResult', { ...styleRequest(injected.styled, settings.style), ...request });
  } catch {
    // A copy left by an earlier version of the extension holds the guard; reset it, inject again.
    await ext.scripting.executeScript({ target: { tabId }, func: resetInjectionGuard }).catch(() => undefined);
    const again = await inject(tabId, url, settings.style);
    if (again.status === 'cannot-read') return again;
    return askContent(tabId, 'getResult', { ...styleRequest(again.styled, settings.style), ...request }).catch((error: unknown) => ({ status: 'error', message: errorMessage(error) }));
  }
}

type Injection = { status: 'injected'; styled: boolean } | { status: 'cannot-read'; reason: ReturnType<typeof refusedReason>; detail: string };

async function inject(tabId: number, url: string | undefined, style: HighlightStyle): Promise<Injection> {
  let styled = true;
  try {
    // A user-origin sheet: a strict page CSP does not block it, page scripts cannot remove it.
    await applyPageStyle(tabId, style);
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
function styleRequest(styled: boolean, style: HighlightStyle): { fallbackCss?: string } {
  return styled ? {} : { fallbackCss: highlightCss(style) };
}

/** Runs in the page's isolated world; must stay self-contained (it is serialised). */
function resetInjectionGuard(): void {
  delete (globalThis as Record<symbol, unknown>)[Symbol.for('saywho.content-script')];
}

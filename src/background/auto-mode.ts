/**
 * Automatic mode: the content script registered (`scripting.registerContentScripts`, kept across
 * browser restarts) for the sites the reader chose, so it reads those pages as they load, without
 * a click. The reader grants the host permission for those sites from the settings page or the
 * popup (`permissions.request` needs their click); the registration covers exactly the sites
 * whose permission is held, and follows every change of settings or permissions.
 *
 * A page read automatically is not saved to the history by itself: only pages the reader opens
 * SayWho on are. When a page was saved before, its saved analysis (the reader's corrections) is
 * handed to the content script so the highlights show those corrections.
 */
import type { Scripting } from 'webextension-polyfill';
import { ext } from '../shared/ext';
import type { AutoModeStatus, StartAnswer } from '../shared/messages';
import { autoModeCovers, autoPatterns } from '../shared/settings';
import { AnalysisStore, localArea, recordKey } from '../shared/storage';
import { CONTENT_SCRIPT_PATH } from './inject';
import { applyPageStyle, currentSettings, displayOf } from './page-style';

export const AUTO_SCRIPT_ID = 'saywho-auto';

let pending: Promise<unknown> = Promise.resolve();

/**
 * Registers (or updates, or removes) the automatic content script to match the settings and the
 * permissions held now. Calls run one after another, so two quick changes cannot race.
 */
export function syncAutoMode(): Promise<AutoModeStatus> {
  const next = pending.then(sync, sync);
  pending = next.catch(() => undefined);
  return next;
}

async function sync(): Promise<AutoModeStatus> {
  const settings = await currentSettings();
  const registered: string[] = [];
  const missing: string[] = [];
  for (const pattern of autoPatterns(settings.auto)) {
    const held = await ext.permissions.contains({ origins: [pattern] }).catch(() => false);
    (held ? registered : missing).push(pattern);
  }
  const existing = await ext.scripting.getRegisteredContentScripts({ ids: [AUTO_SCRIPT_ID] }).catch(() => []);
  if (!registered.length) {
    if (existing.length) await ext.scripting.unregisterContentScripts({ ids: [AUTO_SCRIPT_ID] });
    return { registered, missing };
  }
  const script: Scripting.RegisteredContentScript = {
    id: AUTO_SCRIPT_ID,
    matches: registered,
    // Relative to the package root here (unlike executeScript's files in Firefox).
    js: [CONTENT_SCRIPT_PATH.replace(/^\//, '')],
    runAt: 'document_idle',
    allFrames: false,
    persistAcrossSessions: true,
  };
  if (existing.length) await ext.scripting.updateContentScripts([script]);
  else await ext.scripting.registerContentScripts([script]);
  return { registered, missing };
}

/**
 * The answer to a content script that just started on a tab: how to display entries and whether
 * automatic mode covers the page. For an automatic page, the tab gets its highlight style here
 * (nobody injected it) and the page's saved analysis, if there is one.
 */
export async function answerStart(tabId: number): Promise<StartAnswer> {
  const settings = await currentSettings();
  const display = displayOf(settings);
  const url = await coveredUrl(tabId, settings);
  if (!url) return { auto: false, display };
  await applyPageStyle(tabId, settings.style).catch(() => undefined);
  const saved = await savedAnalysis(url);
  return saved ? { auto: true, display, saved } : { auto: true, display };
}

/** Whether automatic mode still covers the tab's page (the reader may have turned it off since). */
export async function stillAuto(tabId: number): Promise<{ auto: boolean }> {
  return { auto: (await coveredUrl(tabId, await currentSettings())) !== null };
}

/** The tab's address when automatic mode covers it, else null. */
async function coveredUrl(tabId: number, settings: Awaited<ReturnType<typeof currentSettings>>): Promise<string | null> {
  const url = await ext.tabs.get(tabId).then((tab) => tab.url, () => undefined);
  return url && autoModeCovers(settings.auto, url) ? url : null;
}

async function savedAnalysis(url: string): Promise<StartAnswer['saved']> {
  const key = recordKey(url, null);
  if (!key) return undefined;
  const loaded = await new AnalysisStore(localArea()).load(key).catch(() => null);
  return loaded?.status === 'found' ? loaded.record : undefined;
}

/**
 * The background (a service worker in Chrome, an event page in Firefox). It owns injection, the
 * badge, the keyboard command, the context menu and the saved analyses; it answers only this
 * extension's own pages and content scripts.
 * Listeners are registered synchronously at start, as an event-driven background requires.
 */
import { ext } from '../shared/ext';
import { isOwnContentScript, isOwnExtensionPage, parseBackgroundNotice, parsePopupMessage, type BackgroundNotice, type PopupMessage, type StorageUpdate, type TabAnalysis } from '../shared/messages';
import { askContent, onMessages } from '../shared/rpc';
import { serveAttribution } from './attribution';
import { answerStart, stillAuto, syncAutoMode } from './auto-mode';
import { showCount } from './badge';
import { onCommand } from './commands';
import { createMarkMenu, onMarkMenuClick } from './context-menu';
import { correctEntry, exportData, forgetDeletionMarks, migrateSavedAnalyses, readAndRestore } from './saved-analyses';
import { forgetTab } from '../shared/tab-views';
import { forgetShown, inTabOrder, onPageCleared, onPageShows, onTabLoading, pageAddress } from './tab-navigation';

onMessages((raw, sender) => {
  const origin = ext.runtime.getURL('');
  if (isOwnExtensionPage(sender, ext.runtime.id, origin)) {
    const message = parsePopupMessage(raw);
    return message ? answerPopup(message) : undefined;
  }
  if (isOwnContentScript(sender, ext.runtime.id, origin)) {
    const notice = parseBackgroundNotice(raw);
    if (!notice) return undefined;
    // What the tab shows is said by its top frame's document, and only while it is the one shown:
    // not a frame, nor a page Chrome prerenders (it runs content scripts) or keeps in its back-forward cache.
    const shown = sender.frameId === 0 && (sender.documentLifecycle === undefined || sender.documentLifecycle === 'active');
    if ((notice.type === 'resultReady' || notice.type === 'cleared') && !shown) return Promise.resolve({ ok: true });
    return takeNotice(sender.tab.id, notice, shown ? pageAddress('url' in notice ? notice.url : undefined, sender.url) : undefined, sender.tab.url);
  }
  return undefined;
});

serveAttribution();

ext.tabs.onUpdated.addListener((tabId, change) => {
  if (change.status === 'loading') void onTabLoading(tabId, change.url).catch(() => undefined);
});

ext.tabs.onRemoved.addListener((tabId) => void inTabOrder(tabId, () => forgetTab(tabId)));

ext.commands.onCommand.addListener((command, tab) => {
  onCommand(command, tab).catch(() => undefined);
});

// Automatic mode follows the host permissions: granted or revoked here or in the browser's settings.
ext.permissions.onAdded.addListener(() => void syncAutoMode().catch(() => undefined));
ext.permissions.onRemoved.addListener(() => void syncAutoMode().catch(() => undefined));

ext.contextMenus.onClicked.addListener((info, tab) => {
  onMarkMenuClick(info, tab)?.catch(() => undefined);
});

// Marks made from now on belong to this browser session: a deletion right after the start keeps its own.
const WORKER_STARTED = new Date();
ext.runtime.onStartup.addListener(() => void forgetDeletionMarks(WORKER_STARTED).catch(() => undefined));

ext.runtime.onInstalled.addListener(() => {
  createMarkMenu().catch(() => undefined);
  migrateSavedAnalyses().catch(() => undefined);
  syncAutoMode().catch(() => undefined);
});

// Test packages only: end-to-end tests cannot click a native context menu, so they call the very
// listener the menu calls (see e2e/persistence-*.spec.ts); and they wait for automatic mode's
// answer to a page, not a fixed time, before they check that nothing was read.
const TEST_PACKAGE = import.meta.env.MODE === 'chrome-test' || import.meta.env.MODE === 'firefox-test';
const autoAnswers: Array<{ tabId: number; asked: 'started' | 'stillAuto'; auto: boolean }> | null = TEST_PACKAGE ? [] : null;
if (TEST_PACKAGE) {
  const autoAnswersTo = (tabId: number) => autoAnswers?.filter((answer) => answer.tabId === tabId) ?? [];
  (globalThis as { saywhoTest?: object }).saywhoTest = { onMarkMenuClick, onCommand, autoAnswersTo };
}

async function answerPopup(message: PopupMessage): Promise<unknown> {
  switch (message.type) {
    case 'analyzeTab': {
      // The popup shows the list at once; how saving went follows when it differs from what it said.
      const { shown, settled } = await readAndRestore(message.tabId);
      void settled.then((saved) => tellIfOtherwise(message.tabId, shown, saved)).catch(() => undefined);
      return reportOnBadge(message.tabId, shown);
    }
    case 'scrollTo':
      return askContent(message.tabId, 'scrollTo', { itemId: message.itemId }).catch(() => ({ found: false }));
    case 'clear': {
      const answer = await askContent(message.tabId, 'clear', {}).catch(() => ({ ok: false }));
      await forgetShown(message.tabId);
      return answer;
    }
    case 'correctEntry':
      return reportOnBadge(message.tabId, await correctEntry(message.tabId, message.edit));
    case 'exportData':
      return exportData(message.tabId);
    case 'applySettings':
      return syncAutoMode();
  }
}

async function takeNotice(tabId: number, notice: BackgroundNotice, pageUrl: string | undefined, tabUrl: string | undefined): Promise<unknown> {
  if (notice.type === 'started' || notice.type === 'stillAuto') {
    const answer = notice.type === 'started' ? await answerStart(tabId) : await stillAuto(tabId);
    autoAnswers?.push({ tabId, asked: notice.type, auto: answer.auto });
    return answer;
  }
  if (notice.type === 'resultReady') await onPageShows(tabId, notice, pageUrl, tabUrl);
  else await onPageCleared(tabId, pageUrl, tabUrl);
  return { ok: true };
}

/** Tells the popup how saving went when the answer it got said otherwise (a full storage, a failed write). */
async function tellIfOtherwise(tabId: number, shown: TabAnalysis, saved: TabAnalysis): Promise<void> {
  if (shown.status !== 'ready' || saved.status !== 'ready' || !saved.storage) return;
  if (JSON.stringify(shown.storage) === JSON.stringify(saved.storage)) return;
  const update: StorageUpdate = { type: 'storageReport', tabId, storage: saved.storage };
  // No popup open any more: no one to tell (the kept list carries the report to the next one).
  await ext.runtime.sendMessage(update).catch(() => undefined);
}

/** The badge follows the answer; the popup does not wait for it. */
function reportOnBadge(tabId: number, analysis: TabAnalysis): TabAnalysis {
  if (analysis.status === 'ready') void inTabOrder(tabId, () => showCount(tabId, analysis.result.items.length));
  return analysis;
}


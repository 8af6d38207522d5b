/**
 * The keyboard shortcut "analyze" (Alt+Shift+S): highlights the current tab, or, when its
 * highlights are showing, takes them off. The shortcut grants `activeTab` like a toolbar click.
 * Whether highlights are showing is what the badge shows (set when a page's entries are painted,
 * cleared with them), so the handler needs no round trip to the page to decide.
 * Kept thin: end-to-end tests, which cannot press a browser shortcut, call it directly.
 */
import type { Tabs } from 'webextension-polyfill';
import { ext } from '../shared/ext';
import { askContent } from '../shared/rpc';
import { showCount } from './badge';
import { forgetShown, inTabOrder } from './tab-navigation';
import { analyseAndRestore } from './saved-analyses';

export type CommandOutcome = 'shown' | 'cleared' | 'not-shown' | 'ignored';

/** The `commands.onCommand` listener. */
export async function onCommand(command: string, tab?: Pick<Tabs.Tab, 'id'>): Promise<CommandOutcome> {
  if (command !== 'analyze') return 'ignored';
  const tabId = tab?.id ?? (await ext.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  if (tabId === undefined) return 'ignored';
  return toggleHighlights(tabId);
}

export async function toggleHighlights(tabId: number): Promise<CommandOutcome> {
  const badge = await ext.action.getBadgeText({ tabId }).catch(() => '');
  if (badge) {
    await askContent(tabId, 'clear', {}).catch(() => undefined);
    await forgetShown(tabId);
    return 'cleared';
  }
  const analysis = await analyseAndRestore(tabId);
  if (analysis.status !== 'ready') return 'not-shown';
  await inTabOrder(tabId, () => showCount(tabId, analysis.result.items.length));
  return 'shown';
}

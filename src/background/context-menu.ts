/**
 * "SayWho: mark as quote" and "SayWho: mark as claim" on a text selection. A click on a context
 * menu item grants `activeTab` for the tab, like the toolbar button. The handler is thin (which
 * item → which kind) so end-to-end tests, which cannot click a native menu, call it directly.
 */
import type { Menus, Tabs } from 'webextension-polyfill';
import type { ItemKind } from '../core/types';
import { ext } from '../shared/ext';
import type { TabAnalysis } from '../shared/messages';
import { markSelection } from './saved-analyses';

export const MARK_MENU: ReadonlyArray<{ id: string; kind: ItemKind; title: string }> = [
  { id: 'saywho-mark-quote', kind: 'quote', title: 'SayWho: mark as quote' },
  { id: 'saywho-mark-claim', kind: 'claim', title: 'SayWho: mark as claim' },
];

/** (Re)creates the menu items; they persist, so this runs on install and update. */
export async function createMarkMenu(): Promise<void> {
  await ext.contextMenus.removeAll();
  for (const { id, title } of MARK_MENU) ext.contextMenus.create({ id, title, contexts: ['selection'] });
}

/** The `contextMenus.onClicked` listener. */
export function onMarkMenuClick(info: Pick<Menus.OnClickData, 'menuItemId'>, tab?: Pick<Tabs.Tab, 'id'>): Promise<TabAnalysis> | undefined {
  const item = MARK_MENU.find((entry) => entry.id === info.menuItemId);
  if (!item || tab?.id === undefined) return undefined;
  return markSelection(tab.id, item.kind);
}

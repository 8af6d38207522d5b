/** The toolbar badge: how many entries SayWho found on the tab (cleared when the tab navigates). */
import { ext } from '../shared/ext';

const BADGE_COLOUR = '#1f5fad';
const DEFAULT_TITLE = 'SayWho: who said what on this page';

export function badgeText(count: number): string {
  return count > 999 ? '999+' : String(count);
}

export async function showCount(tabId: number, count: number): Promise<void> {
  await Promise.all([
    ext.action.setBadgeText({ tabId, text: badgeText(count) }),
    ext.action.setBadgeBackgroundColor({ tabId, color: BADGE_COLOUR }),
    ext.action.setBadgeTextColor?.({ tabId, color: '#ffffff' }),
    ext.action.setTitle({ tabId, title: `SayWho: ${count === 1 ? '1 quote or claim' : `${count} quotes and claims`} on this page` }),
  ]);
}

export async function clearCount(tabId: number): Promise<void> {
  await Promise.all([ext.action.setBadgeText({ tabId, text: '' }), ext.action.setTitle({ tabId, title: DEFAULT_TITLE })]);
}

/**
 * What a tab's navigation does to its count and list. A new document takes its highlights with
 * it, so the badge and the kept list go too; a jump within the page (#comments, a fragment set by
 * pushState) keeps the document and its highlights, although Chromium reports it as a loading tab.
 */
import { jumpWithinPage } from '../shared/address';
import { forgetTab, readTabAddress } from '../shared/tab-views';
import { clearCount } from './badge';

/** The tab began loading `url` (undefined when the address did not change: a reload). */
export async function onTabLoading(tabId: number, url: string | undefined): Promise<void> {
  const shown = url === undefined ? null : await readTabAddress(tabId);
  if (url !== undefined && shown !== null && jumpWithinPage(shown, url)) return;
  await forgetShown(tabId);
}

/** The tab shows nothing of SayWho any more (a new document, or the highlights cleared): no count, no list. */
export async function forgetShown(tabId: number): Promise<void> {
  await Promise.all([clearCount(tabId).catch(() => undefined), forgetTab(tabId)]);
}

/**
 * What a tab's navigation does to its count and list. A new document takes its highlights with
 * it, so the badge and the kept list go too; a jump within the page (#comments, a fragment set by
 * pushState) keeps the document and its highlights, although Chromium reports it as a loading tab.
 *
 * Each change reads before it writes (the address kept, the tab's address), and a waking worker
 * may get a loading report and a page's notice at once: the changes to one tab run one after
 * another, in the order their events came, so a clear never lands after the next page's count.
 */
import { addressOf, jumpWithinPage, sameOrigin } from '../shared/address';
import { forgetTab, forgetTabView, keepTabAddress, keepTabView, readTabAddress } from '../shared/tab-views';
import { clearCount, showCount } from './badge';

const queued = new Map<number, Promise<void>>();

/** Runs `change` after the tab's earlier changes have ended (whether they worked or not). */
export function inTabOrder(tabId: number, change: () => Promise<void>): Promise<void> {
  const run = (queued.get(tabId) ?? Promise.resolve()).then(change).catch(() => undefined);
  queued.set(tabId, run);
  void run.then(() => {
    if (queued.get(tabId) === run) queued.delete(tabId);
  });
  return run;
}

/** The tab began loading `url` (undefined when the address did not change: a reload). */
export function onTabLoading(tabId: number, url: string | undefined): Promise<void> {
  return inTabOrder(tabId, async () => {
    const shown = url === undefined ? null : await readTabAddress(tabId);
    if (url !== undefined && shown !== null && jumpWithinPage(shown, url)) return;
    await forgetNow(tabId);
  });
}

/** What a page's content script says it shows: how many entries, and the list when it fits. */
export interface PageShows {
  count: number;
  view?: string;
}

/**
 * The page's own count and list. `pageUrl` is the address of the document that sent them (the
 * top frame's, from the browser), `tabUrl` the tab's address now (when the browser tells it): a
 * notice from a document the tab has already left for another article speaks for nothing.
 */
export function onPageShows(tabId: number, shows: PageShows, pageUrl: string | undefined, tabUrl: string | undefined): Promise<void> {
  return inTabOrder(tabId, async () => {
    if (leftBehind(pageUrl, tabUrl)) return;
    // A list too long to be sent along replaces the kept one all the same: that one is out of date.
    await Promise.all([
      showCount(tabId, shows.count),
      shows.view ? keepTabView(tabId, shows.view) : forgetTabView(tabId),
      pageUrl ? keepTabAddress(tabId, pageUrl) : undefined,
    ]);
  });
}

/** The page cleared its highlights (the reader, or the page moving to another article in place). */
export function onPageCleared(tabId: number, pageUrl: string | undefined, tabUrl: string | undefined): Promise<void> {
  return inTabOrder(tabId, async () => {
    if (leftBehind(pageUrl, tabUrl)) return;
    await forgetNow(tabId);
  });
}

/** A notice from a document the tab has already left for another article speaks for nothing. */
function leftBehind(pageUrl: string | undefined, tabUrl: string | undefined): boolean {
  return pageUrl !== undefined && tabUrl !== undefined && addressOf(pageUrl) !== addressOf(tabUrl);
}

/**
 * The address a page's notice speaks for: the one the page says it is at (pushState moves it; the
 * browser's `senderUrl` stays the one the document loaded at), when that is on the sender's origin,
 * as a script can move its page only within its origin; or else the browser's own.
 */
export function pageAddress(said: string | undefined, senderUrl: string | undefined): string | undefined {
  return said !== undefined && senderUrl !== undefined && sameOrigin(said, senderUrl) ? said : senderUrl;
}

/** The tab shows nothing of SayWho any more (a new document, or the highlights cleared): no count, no list. */
export function forgetShown(tabId: number): Promise<void> {
  return inTabOrder(tabId, () => forgetNow(tabId));
}

async function forgetNow(tabId: number): Promise<void> {
  await Promise.all([clearCount(tabId).catch(() => undefined), forgetTab(tabId)]);
}

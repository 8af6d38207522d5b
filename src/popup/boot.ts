/**
 * What the popup asks for the moment its script runs, before anything is drawn: which tab it is
 * about, the list the background kept for that tab (shown in the first frame when there is one),
 * and the page's own answer (which follows and replaces it).
 */
import type { TabAnalysis, TabView } from '../shared/messages';
import { readTabView } from '../shared/tab-views';
import { analyseTab, targetTabId } from './api';
import { dateFormat } from './state';

export interface Opening {
  tabId: number | null;
  /** The list kept for the tab, when there is one and it came in time for the first frame. */
  kept: TabView | null;
  /**
   * The kept list still on its way when the first frame could wait no longer (a long article's
   * list is hundreds of kB): shown when it comes, unless the page has answered by then.
   */
  keptLate: Promise<TabView | null> | null;
  /** The page's answer (rejects when the background cannot be reached). */
  answer: Promise<TabAnalysis>;
}

/** Reading the kept list should take a few ms; past this the popup draws without it meanwhile. */
const KEPT_WAIT_MS = 150;

export async function openPopup(): Promise<Opening> {
  const tabId = await targetTabId().catch(() => null);
  if (tabId === null) return { tabId, kept: null, keptLate: null, answer: Promise.resolve({ status: 'cannot-read', reason: 'no-tab' }) };
  // The kept list first: the first frame waits for it (the page's answer comes later anyway).
  const reading = readTabView(tabId).catch(() => null);
  const answer = analyseTab(tabId);
  answer.catch(() => undefined); // handled by the App; never an unhandled rejection meanwhile
  const late = new Promise<null>((resolve) => setTimeout(() => resolve(null), KEPT_WAIT_MS));
  // While both are on their way: the header's date format, whose first making loads the locale's
  // data (tens of ms the first frame would otherwise spend).
  dateFormat();
  const kept = await Promise.race([reading, late]);
  return { tabId, kept, keptLate: kept ? null : reading, answer };
}

/**
 * Automatic mode in the page: notices when the page grows (an article that loads late, a live
 * blog adding a paragraph) and when it navigates in place (a single-page news site swapping its
 * article after `history.pushState`). The content script's isolated world cannot see the page's
 * own `pushState` calls, so address changes are read from the Navigation API's
 * `currententrychange` where the browser has it, from `popstate`, and by looking at `location`
 * after every burst of DOM changes (a swapped article always changes the DOM).
 *
 * Re-reading is debounced and rate-limited: a page that keeps changing is read again at most
 * every few seconds, with a growing gap, so highlights never repaint in a storm.
 */
import { addressOf } from '../shared/address';

/** Wait this long after a change before looking (changes come in bursts). */
const SETTLE_MS = 500;
/** Least time between two re-reads of a growing page; doubles while it keeps growing. */
const MIN_GAP_MS = 2000;
const MAX_GAP_MS = 30_000;
/** New text shorter than this (a counter, a timestamp) is not worth a re-read. */
const MIN_NEW_TEXT = 40;

export interface PageFollower {
  stop(): void;
}

interface Callbacks {
  /** The page gained text since it was last read. */
  onGrow(): void;
  /** The page's address changed (fragment aside). */
  onNavigate(): void;
  /** Nodes SayWho itself adds (highlight marks), which are not page growth; the tooltip host holds no text. */
  isOwn(node: Node): boolean;
}

export function followPage(doc: Document, { onGrow, onNavigate, isOwn }: Callbacks): PageFollower {
  const view = doc.defaultView;
  let address = addressOf(doc.location.href);
  let grown = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastRead = -Infinity;
  let gap = MIN_GAP_MS;

  const run = (callback: () => void) => {
    try {
      callback();
    } catch {
      /* never throw into the page */
    }
  };
  const schedule = (delay = SETTLE_MS) => {
    if (timer === undefined) timer = setTimeout(check, delay);
  };
  const check = () => {
    timer = undefined;
    const now = addressOf(doc.location.href);
    if (now !== address) {
      address = now;
      grown = 0;
      gap = MIN_GAP_MS;
      lastRead = performance.now();
      run(onNavigate);
      return;
    }
    if (grown < MIN_NEW_TEXT) return;
    const wait = lastRead + gap - performance.now();
    if (wait > 0) return schedule(wait);
    // A page quiet for a while starts again from the shortest gap.
    gap = performance.now() - lastRead > MAX_GAP_MS ? MIN_GAP_MS : Math.min(gap * 2, MAX_GAP_MS);
    grown = 0;
    lastRead = performance.now();
    run(onGrow);
  };

  const observer = new MutationObserver((records) => {
    try {
      for (const record of records) for (const node of Array.from(record.addedNodes)) grown += newText(node, isOwn);
      schedule();
    } catch {
      /* never throw into the page */
    }
  });
  observer.observe(doc, { childList: true, subtree: true });
  const navigation = (view as (Window & { navigation?: EventTarget }) | null)?.navigation;
  const onAddress = () => schedule();
  navigation?.addEventListener('currententrychange', onAddress);
  view?.addEventListener('popstate', onAddress);
  return {
    stop() {
      observer.disconnect();
      clearTimeout(timer);
      navigation?.removeEventListener('currententrychange', onAddress);
      view?.removeEventListener('popstate', onAddress);
    },
  };
}

/** Characters of visible-looking text a newly added node brings. */
function newText(node: Node, isOwn: (node: Node) => boolean): number {
  if (node.nodeType === 3) return (node as Text).data.trim().length;
  if (node.nodeType !== 1 || isOwn(node)) return 0;
  const name = node.nodeName;
  if (name === 'SCRIPT' || name === 'STYLE' || name === 'NOSCRIPT' || name === 'TEMPLATE') return 0;
  return (node.textContent ?? '').trim().length;
}

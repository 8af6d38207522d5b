/**
 * Notices when the page undoes our work: it rewrote the DOM under the highlights (a client-side
 * render, an in-page navigation) or cleared `CSS.highlights`. Mutations are debounced; the check
 * itself is cheap (are the ranges still attached, is the registry entry still ours).
 */

const DEBOUNCE_MS = 300;
/**
 * A page that never stops changing (a live ticker, a clock in a quote) stretches the debounce up
 * to this, so the checks (and any repaint they cause) stay a few per second at most.
 */
const MAX_DEBOUNCE_MS = 1200;
/** `CSS.highlights.clear()` fires no event, so the registry is polled this often. */
const POLL_MS = 1500;

export interface PageWatch {
  /** Stop watching. */
  stop(): void;
  /** Run `fn` without reporting the DOM changes it makes. */
  quietly(fn: () => void): void;
}

export function watchPage(doc: Document, onChange: (cause: 'mutation' | 'poll') => void, ownNodes: () => Array<Node | null>): PageWatch {
  const view = doc.defaultView;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let delay = DEBOUNCE_MS;
  let lastCheck = -Infinity;
  const fire = (cause: 'mutation' | 'poll') => {
    try {
      onChange(cause);
    } catch {
      /* never throw into the page */
    }
  };
  const schedule = () => {
    if (timer !== undefined) return;
    try {
      // Changes again soon after the last check: the page is busy, back off; after a quiet spell, reset.
      delay = performance.now() - lastCheck < delay * 2 ? Math.min(delay * 2, MAX_DEBOUNCE_MS) : DEBOUNCE_MS;
      timer = setTimeout(() => {
        timer = undefined;
        lastCheck = performance.now();
        fire('mutation');
      }, delay);
    } catch {
      /* never throw into the page (this also runs from page events: popstate, visibilitychange) */
    }
  };
  const observer = new MutationObserver((records) => {
    try {
      const own = ownNodes();
      if (records.every((record) => isOwn(record, own))) return;
      schedule();
    } catch {
      /* never throw into the page */
    }
  });
  // The whole document, not <body>: a page may replace or remove its body under the highlights.
  // Mutations are only noted here; the work waits for the debounced check.
  const observe = () => observer.observe(doc, { childList: true, subtree: true, characterData: true });
  observe();
  const poll = setInterval(() => fire('poll'), POLL_MS);
  const onVisible = () => {
    if (doc.visibilityState === 'visible') schedule();
  };
  doc.addEventListener('visibilitychange', onVisible);
  view?.addEventListener('popstate', schedule);
  return {
    stop() {
      observer.disconnect();
      clearInterval(poll);
      if (timer !== undefined) clearTimeout(timer);
      doc.removeEventListener('visibilitychange', onVisible);
      view?.removeEventListener('popstate', schedule);
    },
    quietly(fn) {
      observer.disconnect();
      try {
        fn();
      } finally {
        observer.takeRecords();
        observe();
      }
    },
  };
}

function isOwn(record: MutationRecord, own: Array<Node | null>): boolean {
  return own.some((node) => {
    if (!node) return false;
    if (record.target === node || node.contains(record.target)) return true;
    const changed = [...record.addedNodes, ...record.removedNodes];
    return changed.length > 0 && changed.every((n) => n === node);
  });
}

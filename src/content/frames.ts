/**
 * Which document to read when the top one holds no article. Some sites show the article in a
 * same-origin frame (a reader view, an embedded print version) while the top document holds only
 * a shell. The content script runs in the top frame only (`activeTab` grants the tab's origin, and
 * answers come from one frame), so it reads such a frame's document directly: same origin means
 * its DOM is reachable from here. Cross-origin frames are not reachable and are left alone.
 */
import { findArticle } from '../core/article';

/** Frames smaller than this (ads, widgets, trackers) are not worth a look. */
const MIN_FRAME_CHARS = 500;
/** Frames inside frames, this deep at most. */
const MAX_DEPTH = 2;

/**
 * The document of a same-origin frame that holds an article, largest first; null when none does.
 * Asked only once the top document turned out to hold none: reaching into frames (ad frames
 * without an address are same-origin) costs every page a few milliseconds otherwise.
 */
export function framedArticleDocument(top: Document): Document | null {
  try {
    return readableFrames(top, 0).find((doc) => findArticle(doc) !== null) ?? null;
  } catch {
    return null;
  }
}

/** Documents of same-origin frames with enough text, largest first. */
function readableFrames(doc: Document, depth: number): Document[] {
  if (depth >= MAX_DEPTH) return [];
  const found: Array<{ doc: Document; chars: number }> = [];
  // An opaque origin ("null": a file, a sandbox) tells nothing about the frames: ask them all.
  const origin = doc.location?.origin;
  const judged = origin && origin !== 'null' ? origin : null;
  for (const frame of doc.querySelectorAll('iframe, frame')) {
    // Asking a cross-origin frame for its document costs a security check each (pages carry
    // dozens of ad frames): the address says enough.
    if (judged && !mayBeSameOrigin(frame, judged)) continue;
    const inner = frameDocument(frame as HTMLIFrameElement);
    if (!inner?.body) continue;
    const chars = (inner.body.textContent ?? '').length;
    if (chars >= MIN_FRAME_CHARS) found.push({ doc: inner, chars });
    for (const nested of readableFrames(inner, depth + 1)) found.push({ doc: nested, chars: (nested.body?.textContent ?? '').length });
  }
  return found.sort((a, b) => b.chars - a.chars).map((entry) => entry.doc);
}

function frameDocument(frame: HTMLIFrameElement): Document | null {
  try {
    // Null for a cross-origin frame; some browsers throw instead.
    return frame.contentDocument;
  } catch {
    return null;
  }
}

/**
 * False when the frame's address is on another origin, so its document is out of reach. Frames
 * without an address (about:blank, srcdoc, written by script) and unreadable addresses may be
 * same-origin. A frame that navigated since keeps its first address: it is then asked (and
 * answers null when the document is foreign).
 */
export function mayBeSameOrigin(frame: Element, origin: string): boolean {
  const src = frame.getAttribute('src')?.trim();
  if (!src || frame.hasAttribute('srcdoc')) return true;
  try {
    const url = new URL(src, frame.ownerDocument.baseURI);
    if (url.protocol === 'about:' || url.protocol === 'javascript:') return true;
    return url.origin === origin;
  } catch {
    return true;
  }
}

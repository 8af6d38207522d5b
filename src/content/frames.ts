/**
 * Which document to read. Some sites show the article in a same-origin frame (a reader view, an
 * embedded print version) while the top document holds only a shell. The content script runs in
 * the top frame only (`activeTab` grants the tab's origin, and answers come from one frame), so
 * it reads such a frame's document directly: same origin means its DOM is reachable from here.
 * Cross-origin frames are not reachable and are left alone.
 */
import { findArticle } from '../core/article';

/** Frames smaller than this (ads, widgets, trackers) are not worth a look. */
const MIN_FRAME_CHARS = 500;
/** Frames inside frames, this deep at most. */
const MAX_DEPTH = 2;

/** The top document, or a same-origin frame's document when only the frame holds an article. */
export function articleDocument(top: Document): Document {
  try {
    const frames = readableFrames(top, 0);
    if (frames.length === 0 || findArticle(top)) return top;
    return frames.find((doc) => findArticle(doc) !== null) ?? top;
  } catch {
    return top;
  }
}

/** Documents of same-origin frames with enough text, largest first. */
function readableFrames(doc: Document, depth: number): Document[] {
  if (depth >= MAX_DEPTH) return [];
  const found: Array<{ doc: Document; chars: number }> = [];
  for (const frame of doc.querySelectorAll('iframe, frame')) {
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

/**
 * Shows who said an item while the pointer is over it. Pointer moves are coalesced to one hit
 * test per animation frame; every handler swallows its own errors (the page must never see one).
 */
import type { SpeakerTooltip } from './tooltip';

export interface HoverTarget {
  /** The tooltip text for the item under this viewport point, or null. */
  describeAt(x: number, y: number): string | null;
}

export function watchHover(doc: Document, target: HoverTarget, tooltip: SpeakerTooltip): () => void {
  const view = doc.defaultView;
  if (!view) return () => undefined;
  let frame = 0;
  let last: { x: number; y: number } | null = null;

  const update = () => {
    frame = 0;
    try {
      if (!last) return;
      const text = target.describeAt(last.x, last.y);
      if (text) tooltip.show(text, last.x, last.y);
      else tooltip.hide();
    } catch {
      tooltip.hide();
    }
  };
  const onMove = (event: PointerEvent) => {
    try {
      // Only the user's real pointer, not events a page script dispatches.
      if (!event.isTrusted || event.pointerType === 'touch') return;
      last = { x: event.clientX, y: event.clientY };
      if (!frame) frame = view.requestAnimationFrame(update);
    } catch {
      /* never throw into the page */
    }
  };
  const onLeave = () => {
    try {
      last = null;
      tooltip.hide();
    } catch {
      /* never throw into the page */
    }
  };
  const options = { capture: true, passive: true };
  // The root element the listener went on: the page may replace (or remove) it later.
  const root = doc.documentElement;
  doc.addEventListener('pointermove', onMove, options);
  doc.addEventListener('scroll', onLeave, options);
  root?.addEventListener('pointerleave', onLeave, options);
  return () => {
    try {
      if (frame) view.cancelAnimationFrame(frame);
      doc.removeEventListener('pointermove', onMove, options);
      doc.removeEventListener('scroll', onLeave, options);
      root?.removeEventListener('pointerleave', onLeave, options);
      tooltip.hide();
    } catch {
      /* the document is gone */
    }
  };
}

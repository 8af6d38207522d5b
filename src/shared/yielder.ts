/**
 * A time-sliced {@link Yielder}: the engine calls it between chunks; it returns at once while the
 * current slice lasts and otherwise waits for a fresh macrotask, so the page stays responsive
 * (no task over ~50 ms) while a long article is analysed.
 */
import type { Yielder } from '../core/types';

/**
 * Work this long, then hand the main thread back. Each pause lets the page's queued tasks run, and
 * a page still busy loading runs a task in every one of them: short slices would hand most of the
 * time to the page. 20 ms keeps each of our tasks well under the 50 ms a reader can notice, with
 * room for a step that overruns its check of the clock.
 */
export const SLICE_MS = 20;

/** Resolves after the next macrotask: a MessageChannel message is not clamped like setTimeout. */
export function macrotask(): Promise<void> {
  if (typeof MessageChannel === 'undefined') return new Promise((resolve) => setTimeout(resolve, 0));
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/**
 * Resolves after the page's timers that are already due have run. Not a bare zero-delay timer:
 * Chromium queues one set from a task that is not itself a timer ahead of timers that fell due
 * during our task (those join the queue only when the task ends), so the page's clock would still
 * wait behind our next slice. A message first ends the task; the timer set then queues behind
 * them. Also used before sending a long answer, so serialising it is a task of its own.
 */
export function afterTimers(): Promise<void> {
  if (pageHidden()) return macrotask();
  return macrotask().then(() => new Promise((resolve) => setTimeout(resolve, 0)));
}

/** Longest wait for a frame: a page may stop rendering (moved out of view, a busy compositor). */
const FRAME_WAIT_MS = 100;

/**
 * Resolves once the browser has rendered a frame and then the page's due timers have run: the
 * pause between our slices of work after the highlights were painted. Rendering a long article's
 * highlights takes tens of ms (a 50k-word page: two frames of 25–45 ms of pre-paint and paint);
 * with only a timer turn before it, Chromium often rendered right before or after a 20 ms slice
 * of ours, and the two held the page's timers as one. Hidden pages render nothing: there it is
 * {@link afterTimers}.
 */
export function afterRendering(): Promise<void> {
  const frame = (globalThis as { requestAnimationFrame?: (callback: () => void) => number }).requestAnimationFrame;
  if (pageHidden() || typeof frame !== 'function') return afterTimers();
  const doc = (globalThis as { document?: Document }).document;
  return new Promise<void>((resolve) => {
    // A tab put behind another meanwhile renders no frame, and its timers fire a second apart
    // at best: going hidden ends the wait too.
    const done = () => {
      clearTimeout(timer);
      doc?.removeEventListener?.('visibilitychange', done);
      resolve();
    };
    const timer = setTimeout(done, FRAME_WAIT_MS);
    doc?.addEventListener?.('visibilitychange', done);
    frame(done);
  }).then(afterTimers);
}

/**
 * A page in a tab behind another (the popup opened as a tab, an export from the history page)
 * has no reader to keep smooth, and browsers let its timers fire once a second at most: a timer
 * turn there would make each pause a second long.
 */
function pageHidden(): boolean {
  return (globalThis as { document?: Document }).document?.visibilityState === 'hidden';
}

/**
 * The page's due timers never wait longer than this behind our work: a pause waits for a timer
 * (not a MessageChannel turn) when the next slice would otherwise take the time since the last
 * timer past it. Chromium runs a MessageChannel message ahead of due timers, so two slices in a
 * row, or a slice and the rendering of the highlights, would hold the page's clocks and
 * timer-driven animations past the 50 ms a reader notices although no task of ours is long.
 * A timer turn costs more (browsers clamp nested zero-delay timers to 4 ms), hence not always.
 */
export const TIMER_GAP_MS = 35;

export interface SlicerOptions {
  /** The clock (tests pass their own). */
  now?: () => number;
  /** How to pause (by default a macrotask, or a timer's turn: see {@link TIMER_GAP_MS}). */
  wait?: () => Promise<void>;
  /** When the current slice began (by default now; earlier when work before it counts). */
  since?: number;
}

export function createTimeSlicer(sliceMs = SLICE_MS, { now = () => performance.now(), wait, since }: SlicerOptions = {}): Yielder {
  let sliceStart = since ?? now();
  // A slice that began before the slicer did shares its task with earlier work (compiling the
  // script, for the content script's first): the first pause always lets the page's timers run.
  let timerTurn = since === undefined ? sliceStart : -Infinity;
  const pause =
    wait ??
    (() => {
      if (now() - timerTurn + sliceMs <= TIMER_GAP_MS) return macrotask();
      return afterTimers().then(() => {
        timerTurn = now();
      });
    });
  return () => {
    if (now() - sliceStart < sliceMs) return undefined;
    return pause().then(() => {
      sliceStart = now();
    });
  };
}

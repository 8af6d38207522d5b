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
 * Resolves after a timer: the page's own timers that are already due run first. Used before
 * sending a long answer, so serialising it is a task of its own behind the page's waiting work.
 */
export function afterTimers(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * At least this often a pause waits for a timer. A MessageChannel message can run ahead of the
 * page's due timers several times in a row (Chromium), so its clocks and timer-driven animations
 * would stall for two or three of our slices although no task of ours is long.
 */
export const TIMER_TURN_MS = 30;

export interface SlicerOptions {
  /** The clock (tests pass their own). */
  now?: () => number;
  /** How to pause (by default a macrotask, and a timer's turn every {@link TIMER_TURN_MS}). */
  wait?: () => Promise<void>;
  /** When the current slice began (by default now; earlier when work before it counts). */
  since?: number;
}

export function createTimeSlicer(sliceMs = SLICE_MS, { now = () => performance.now(), wait, since }: SlicerOptions = {}): Yielder {
  let sliceStart = since ?? now();
  let timerTurn = sliceStart;
  const pause =
    wait ??
    (() => {
      if (now() - timerTurn < TIMER_TURN_MS) return macrotask();
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

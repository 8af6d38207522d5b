import { describe, expect, it, vi } from 'vitest';
import { describeItem } from '../../src/content/describe';
import { afterRendering, afterTimers, createTimeSlicer, TIMER_GAP_MS } from '../../src/shared/yielder';
import { fakeResult } from '../export/fixtures';

describe('time-sliced yielder', () => {
  it('keeps working within the slice and waits for a macrotask after it', async () => {
    let now = 0;
    let waits = 0;
    const yielder = createTimeSlicer(8, {
      now: () => now,
      wait: async () => {
        waits++;
        now += 1; // the macrotask itself takes a moment
      },
    });
    now = 5;
    expect(yielder()).toBeUndefined();
    now = 9;
    const pending = yielder();
    expect(pending).toBeInstanceOf(Promise);
    await pending;
    expect(waits).toBe(1);
    // A new slice starts after the wait.
    now = 14;
    expect(yielder()).toBeUndefined();
    now = 19;
    await yielder();
    expect(waits).toBe(2);
  });

  it('counts the first slice from an earlier start when told (work before it was part of the same task)', () => {
    let now = 50;
    const yielder = createTimeSlicer(20, { now: () => now, wait: () => Promise.resolve(), since: 35 });
    now = 54;
    expect(yielder(), '19 ms since the start: still in the slice').toBeUndefined();
    now = 56;
    expect(yielder(), '21 ms since the start, though only 6 since the slicer was made').toBeInstanceOf(Promise);
  });

  /**
   * A page clock (a zero-delay timer that re-arms itself) beside `slices` steps of work of
   * `stepMs` each, asking a slicer of `sliceMs` after each: when the clock ticked, in our clock's ms.
   */
  async function pageClockBeside(sliceMs: number, stepMs: number, slices: number): Promise<number[]> {
    let now = 0;
    const yielder = createTimeSlicer(sliceMs, { now: () => now });
    const firedAt: number[] = [];
    let running = true;
    const tick = () => {
      firedAt.push(now);
      if (running) setTimeout(tick, 0);
    };
    setTimeout(tick, 0);
    for (let step = 0; step < slices; step++) {
      now += stepMs;
      await yielder();
    }
    running = false;
    return firedAt;
  }
  const gapsOf = (firedAt: number[]) => firedAt.slice(1).map((at, i) => at - firedAt[i]!);

  it('lets the page’s due timers run before our work since the last one would pass TIMER_GAP_MS, not only MessageChannel turns', async () => {
    const firedAt = await pageClockBeside(10, 11, 40);
    // 40 slices of 11 ms: a timer turn before the work since the last would pass TIMER_GAP_MS.
    expect(firedAt.length).toBeGreaterThanOrEqual(Math.floor((40 * 11) / TIMER_GAP_MS));
    expect(Math.max(...gapsOf(firedAt))).toBeLessThanOrEqual(TIMER_GAP_MS + 11);
  });

  it('takes a timer turn after every full slice of the content script’s length, so two slices never run back to back', async () => {
    // 12 slices of 20 ms: one slice between two ticks of the page's clock, not two (40 ms with a render between).
    expect(Math.max(...gapsOf(await pageClockBeside(20, 20, 12)))).toBeLessThanOrEqual(TIMER_GAP_MS);
  });

  it('waits for a timer at the first pause when the slice began before the slicer (the script’s own start)', async () => {
    // Node runs due timers before a MessageChannel message, unlike Chromium: what is checked is
    // that the pause asks for a timer at all.
    let now = 100;
    const yielder = createTimeSlicer(8, { now: () => now, since: 95 });
    const timer = vi.spyOn(globalThis, 'setTimeout');
    try {
      now = 104; // 9 ms since the slice began, 4 since the slicer was made
      await yielder();
      expect(timer).toHaveBeenCalled();
    } finally {
      timer.mockRestore();
    }
  });

  it('pauses without a timer in a hidden page (browsers let a background tab’s timers fire once a second)', async () => {
    const timer = vi.spyOn(globalThis, 'setTimeout');
    const scope = globalThis as { document?: unknown };
    const had = 'document' in scope;
    const previous = scope.document;
    try {
      scope.document = { visibilityState: 'hidden' };
      await afterTimers();
      expect(timer).not.toHaveBeenCalled();
      scope.document = { visibilityState: 'visible' };
      await afterTimers();
      expect(timer).toHaveBeenCalled();
    } finally {
      timer.mockRestore();
      if (had) scope.document = previous;
      else delete scope.document;
    }
  });

  /** A page-like document: its visibility, and its visibilitychange listeners. */
  class FakeDocument extends EventTarget {
    constructor(public visibilityState: 'visible' | 'hidden') {
      super();
    }
    hide() {
      this.visibilityState = 'hidden';
      this.dispatchEvent(new Event('visibilitychange'));
    }
  }

  /** Runs `body` with a page-like global: a document of the given visibility and a hand-driven requestAnimationFrame. */
  async function withFrames(visibility: 'visible' | 'hidden', body: (frames: Array<() => void>, doc: FakeDocument) => Promise<void>): Promise<void> {
    const scope = globalThis as { document?: unknown; requestAnimationFrame?: unknown };
    const saved = { document: scope.document, requestAnimationFrame: scope.requestAnimationFrame };
    const frames: Array<() => void> = [];
    const doc = new FakeDocument(visibility);
    scope.document = doc;
    scope.requestAnimationFrame = (callback: () => void) => frames.push(callback);
    try {
      await body(frames, doc);
    } finally {
      for (const key of ['document', 'requestAnimationFrame'] as const) {
        if (saved[key] === undefined) delete scope[key];
        else scope[key] = saved[key];
      }
    }
  }

  it('after the painting, waits for the browser’s next frame and then for the page’s timers', async () => {
    await withFrames('visible', async (frames) => {
      let done = false;
      const waiting = afterRendering().then(() => (done = true));
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(frames, 'a frame was asked for').toHaveLength(1);
      expect(done, 'not before the frame').toBe(false);
      let timerRan = false;
      frames[0]!();
      setTimeout(() => (timerRan = true), 0);
      await waiting;
      expect(timerRan, 'a timer due when the frame came ran first').toBe(true);
    });
  });

  it('goes on without a frame after a while (a page that stopped rendering), and asks for none in a hidden page', async () => {
    await withFrames('visible', async (frames) => {
      const started = Date.now();
      await afterRendering();
      expect(frames).toHaveLength(1);
      expect(Date.now() - started).toBeGreaterThanOrEqual(90);
    });
    await withFrames('hidden', async (frames) => {
      await afterRendering();
      expect(frames).toHaveLength(0);
    });
  });

  it('stops waiting for a frame when the page goes hidden meanwhile (a hidden tab renders none)', async () => {
    await withFrames('visible', async (frames, doc) => {
      const started = Date.now();
      const waiting = afterRendering();
      expect(frames).toHaveLength(1);
      doc.hide();
      await waiting;
      expect(Date.now() - started).toBeLessThan(50);
    });
  });

  it('really hands over to a macrotask (timers get to run)', async () => {
    let now = 100;
    const yielder = createTimeSlicer(8, { now: () => now });
    let timerRan = false;
    setTimeout(() => (timerRan = true), 0);
    now = 200;
    await yielder();
    // MessageChannel may beat a 0 ms timer; a few more yields must let it run.
    for (let i = 0; i < 5 && !timerRan; i++) {
      now += 100;
      await yielder();
      await new Promise((resolve) => setTimeout(resolve, 1));
    }
    expect(timerRan).toBe(true);
  });
});

describe('tooltip text', () => {
  const result = fakeResult();
  const item = (id: string) => result.items.find((i) => i.id === id)!;

  it('names the kind and the speaker with role', () => {
    expect(describeItem(item('q1'), result.speakers)).toBe('Quote — Sergei Lavrov, foreign minister');
    expect(describeItem(item('c1'), result.speakers)).toBe('Attributed claim — unnamed source: a senior official');
    expect(describeItem({ ...item('q1'), speakerId: null }, result.speakers)).toBe('Quote — speaker not identified');
  });
});

describe('tooltip host', () => {
  it('is a built-in element after <body>, its text only in a closed shadow root', async () => {
    const { parseHTML } = await import('linkedom');
    const { SpeakerTooltip } = await import('../../src/content/tooltip');
    const { document } = parseHTML('<html><body><p>Article</p><footer>Footer</footer></body></html>');
    const tooltip = new SpeakerTooltip(document);
    tooltip.show('Quote — Sergei Lavrov. Your note: private', 10, 10);
    const host = tooltip.element!;
    // A custom element's name holds a hyphen; a page can define any such name and upgrade our host.
    expect(host.localName).not.toContain('-');
    expect(host.parentNode).toBe(document.documentElement);
    expect(document.body.lastElementChild?.localName).toBe('footer');
    expect(host.shadowRoot).toBeNull();
    expect(document.documentElement.textContent).not.toContain('private');
    tooltip.destroy();
    expect(host.isConnected).toBe(false);
  });
});

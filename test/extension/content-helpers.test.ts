import { describe, expect, it } from 'vitest';
import { describeItem } from '../../src/content/describe';
import { createTimeSlicer, TIMER_TURN_MS } from '../../src/shared/yielder';
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

  it('lets the page’s due timers run at least every TIMER_TURN_MS, not only MessageChannel turns', async () => {
    let now = 0;
    const yielder = createTimeSlicer(10, { now: () => now });
    const timerFiredAt: number[] = [];
    // A page clock: a timer that re-arms itself.
    let running = true;
    const tick = () => {
      timerFiredAt.push(now);
      if (running) setTimeout(tick, 0);
    };
    setTimeout(tick, 0);
    for (let step = 0; step < 40; step++) {
      now += 11; // each slice is over when the yielder is asked
      await yielder();
    }
    running = false;
    // 40 slices of 11 ms: at least one timer turn per 30 ms of our work.
    expect(timerFiredAt.length).toBeGreaterThanOrEqual(Math.floor((40 * 11) / (TIMER_TURN_MS + 11)));
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

/** What every engine result must satisfy, whatever the input. */
import { expect } from 'vitest';
import type { Attribution, Span } from '../../src/core/types';

function expectSpanIn(base: string, span: Span | null, what: string): void {
  if (!span) return;
  expect(span.start, `${what} start`).toBeGreaterThanOrEqual(0);
  expect(span.end, `${what} end`).toBeLessThanOrEqual(base.length);
  expect(span.start <= span.end, `${what} start <= end`).toBe(true);
  expect(base.slice(span.start, span.end), `${what} text`).toBe(span.text);
}

/**
 * Offsets lie inside the text they refer to (`title` for headline items) and slice to the item's
 * text; segments lie inside [start, end], in order; cue and source slice right; ids are unique;
 * every speakerId names a speaker.
 */
export function expectWellFormedResult(result: Attribution, text: string, title: string): void {
  const speakerIds = new Set(result.speakers.map((speaker) => speaker.id));
  expect(speakerIds.size, 'speaker ids are unique').toBe(result.speakers.length);
  const itemIds = new Set<string>();
  for (const item of result.items) {
    const base = item.in === 'title' ? title : text;
    expect(Number.isInteger(item.start) && Number.isInteger(item.end), `${item.id} integer offsets`).toBe(true);
    expectSpanIn(base, item, item.id);
    expect(item.end > item.start, `${item.id} is not empty`).toBe(true);
    let previousEnd = item.start;
    for (const [start, end] of item.segments ?? []) {
      expect(start >= previousEnd && start < end && end <= item.end, `${item.id} segment [${start}, ${end}] inside [${item.start}, ${item.end}]`).toBe(true);
      previousEnd = end;
    }
    expectSpanIn(base, item.cue, `${item.id} cue`);
    expectSpanIn(base, item.source, `${item.id} source`);
    if (item.speakerId !== null) expect(speakerIds.has(item.speakerId), `${item.id} speaker ${item.speakerId}`).toBe(true);
    expect(itemIds.has(item.id), `duplicate id ${item.id}`).toBe(false);
    itemIds.add(item.id);
  }
}

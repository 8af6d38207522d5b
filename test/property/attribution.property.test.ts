/**
 * `attribute(text)` on random texts: every kind of quote mark, astral characters, combining
 * marks, right-to-left text and lone surrogates. It never throws, its offsets always point at its
 * own text, its speakers resolve, and it gives the same answer twice.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { attribute } from '../../src/core/attribution';
import { expectWellFormedResult } from './invariants';
import { awkwardUnicode, newsText } from './arbitraries';

describe('attribute: properties', () => {
  it('never throws; offsets, segments, cues, sources and speakers are consistent; deterministic', async () => {
    let itemsSeen = 0;
    await fc.assert(
      fc.asyncProperty(newsText, fc.oneof(fc.constant(''), newsText), async (text, title) => {
        const first = await attribute(text, { title });
        expectWellFormedResult(first, text, title);
        itemsSeen += first.items.length;
        const second = await attribute(text, { title });
        expect(second).toEqual(first);
      }),
      { numRuns: 250 },
    );
    // The generator writes reporting sentences: the properties were checked on real items too.
    expect(itemsSeen).toBeGreaterThan(50);
  });

  it('survives texts made only of quote marks and awkward Unicode', async () => {
    const marks = fc.array(fc.oneof(fc.constantFrom('"', '“', '”', '‘', '’', '«', '»', '‹', '›', '„', '‚', "'", ' ', '\n\n'), awkwardUnicode), { maxLength: 80 }).map((t) => t.join(''));
    await fc.assert(
      fc.asyncProperty(marks, async (text) => {
        expectWellFormedResult(await attribute(text), text, '');
      }),
      { numRuns: 150 },
    );
  });
});

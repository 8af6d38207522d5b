import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { attribute } from '../../src/core/attribution';
import { expectConsistent } from './helpers';

const SENTENCES = [
  '“We will rebuild the harbour,” Mayor Ellen Park said.',
  'The council will vote on Tuesday, a spokesman said.',
  'According to the ministry, exports rose by five percent.',
  'Sen. Paul Grant, D-N.Y., said the hearing was a mistake.',
  'Nothing happened in the afternoon.',
  '“It is over,” he said. “We lost.”',
];

describe('robustness', () => {
  it('reads a 50,000-word text in one go and hands the thread back while it works', async () => {
    const paragraphs: string[] = [];
    let words = 0;
    for (let i = 0; words < 50_000; i++) {
      const p = `${SENTENCES[i % SENTENCES.length]} ${SENTENCES[(i * 7 + 3) % SENTENCES.length]}`;
      paragraphs.push(p);
      words += p.split(/\s+/).length;
    }
    const text = paragraphs.join('\n\n');
    let yields = 0;
    const result = await attribute(text, { yielder: () => void yields++ });
    expect(yields).toBeGreaterThan(10);
    expect(result.items.length).toBeGreaterThan(paragraphs.length / 2);
    expectConsistent(text, result);
  });

  it('offers to hand the thread back after every sentence of an ordinary article', async () => {
    const text = Array.from({ length: 12 }, (_, i) => `${SENTENCES[i % SENTENCES.length]} ${SENTENCES[(i + 2) % SENTENCES.length]}`).join('\n\n');
    let yields = 0;
    const result = await attribute(text, { yielder: () => void yields++ });
    expect(result.items.length).toBeGreaterThan(12);
    // 24 written sentences (the quote-only ones join their attribution): a call after each one.
    expect(yields).toBeGreaterThanOrEqual(20);
  });

  it('survives one huge paragraph full of unbalanced quote marks', async () => {
    const text = Array.from({ length: 20_000 }, (_, i) => ['"', 'said', ',', 'the', 'Mr.', '“', '’', 'he', '\n', 'X'][i % 10]).join(' ');
    const result = await attribute(text);
    expectConsistent(text, result);
  });

  it('never throws on random text and keeps its offsets right', async () => {
    const alphabet = fc.constantFrom(...'ab Xy.,;:!?"\'“”‘’«»„—-()\n\u00a0'.split(''), ' said ', ' told ', ' according to ', ' Mr. ', 'Lavrov', ' he ', '\n\n');
    await fc.assert(
      fc.asyncProperty(fc.array(alphabet, { maxLength: 200 }).map((parts) => parts.join('')), fc.string({ maxLength: 40 }), async (text, title) => {
        const result = await attribute(text, { title });
        expectConsistent(text, result, title);
      }),
      { numRuns: 300, seed: 42 },
    );
  });

  it('handles empty and blank input', async () => {
    expect(await attribute('')).toEqual({ items: [], speakers: [] });
    expect(await attribute(' \n\n \u00a0 ')).toEqual({ items: [], speakers: [] });
  });
});

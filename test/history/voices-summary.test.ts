import { describe, expect, it } from 'vitest';
import type { AnalysisResult, Item } from '../../src/core/types';
import { countWords, percentages, summariseVoices } from '../../src/popup/voices';

function item(id: string, kind: Item['kind'], text: string, speakerId: string | null): Item {
  return { id, kind, text, start: 0, end: text.length, cue: null, source: null, speakerId };
}

const result: AnalysisResult = {
  url: 'https://news.example/a',
  outlet: { name: 'Example', domain: 'news.example' },
  title: 'T',
  byline: null,
  published: null,
  article: { text: '' },
  speakers: [
    { id: 's1', name: 'Sergei Lavrov', role: null, kind: 'person', mentions: [] },
    { id: 's2', name: 'a senior official', role: null, kind: 'unnamed', mentions: [] },
    { id: 's3', name: 'The ministry', role: null, kind: 'organization', mentions: [] },
    { id: 's4', name: 'Nobody quoted', role: null, kind: 'person', mentions: [] },
  ],
  items: [
    item('q1', 'quote', 'We will not accept this at all', 's1'), // 7 words
    item('q2', 'quote', 'It is over', 's2'), // 3 words
    item('c1', 'claim', 'the talks had stalled for many long weeks', 's3'), // a claim: no quoted words
    item('q3', 'quote', 'no comment', null), // 2 words, unidentified
    item('c2', 'claim', 'prices would rise', null),
  ],
};

describe('summariseVoices', () => {
  it('counts the speakers who speak, named and unnamed, and the entries without a speaker', () => {
    const summary = summariseVoices(result);
    expect(summary).toMatchObject({ speakers: 3, named: 2, unnamed: 1, unattributed: 2, quotedWords: 12 });
  });

  it('shares the quoted words (direct quotes only), largest first, the unidentified among them', () => {
    const { shares } = summariseVoices(result);
    expect(shares.map((row) => [row.name, row.words, row.unnamed])).toEqual([
      ['Sergei Lavrov', 7, false],
      ['a senior official', 3, true],
      ['Speaker not identified', 2, false],
    ]);
    expect(shares.reduce((sum, row) => sum + row.share, 0)).toBeCloseTo(1);
  });

  it('folds the smallest voices into one "others" row beyond the top ones', () => {
    const many: AnalysisResult = {
      ...result,
      speakers: Array.from({ length: 8 }, (_, i) => ({ id: `p${i}`, name: `Person ${i}`, role: null, kind: 'person' as const, mentions: [] })),
      items: Array.from({ length: 8 }, (_, i) => item(`q${i}`, 'quote', 'word '.repeat(10 - i), `p${i}`)),
    };
    const { shares } = summariseVoices(many, 3);
    expect(shares.map((row) => row.name)).toEqual(['Person 0', 'Person 1', 'Person 2', '5 others']);
    expect(shares.at(-1)!.words).toBe(7 + 6 + 5 + 4 + 3);
  });

  it('an article without quotes has no shares', () => {
    expect(summariseVoices({ ...result, items: [item('c1', 'claim', 'x y', 's1')] })).toMatchObject({ speakers: 1, quotedWords: 0, shares: [] });
  });
});

describe('countWords and percentages', () => {
  it('counts words, with apostrophes and hyphens inside them', () => {
    expect(countWords('We’re not “re-opening” it, 2 times!')).toBe(6);
    expect(countWords('  ')).toBe(0);
  });

  it('gives whole percentages that add up to 100', () => {
    expect(percentages([1, 1, 1])).toEqual([34, 33, 33]);
    expect(percentages([7, 3, 2])).toEqual([58, 25, 17]);
    expect(percentages([0, 0])).toEqual([0, 0]);
  });
});

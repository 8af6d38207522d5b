import { describe, expect, it } from 'vitest';
import { toHistoryArticle } from '../../src/history/articles';
import { voicesOf } from '../../src/history/voices';
import { savedRecord, secondRecord, undatedRecord } from './records';

const articles = [secondRecord(), savedRecord(), undatedRecord()].map(toHistoryArticle);

describe('voicesOf', () => {
  it('merges one speaker across articles whatever the case and spacing of the name', () => {
    const voices = voicesOf(articles);
    const lavrov = voices.find((voice) => voice.key === 'sergei lavrov')!;
    expect(lavrov.articleCount).toBe(2);
    expect(lavrov.entries.map(({ article, entry }) => [article.title, entry.text])).toEqual([
      ['Ceasefire holds in Aleppo', 'The ceasefire is holding'],
      ['Talks stall', 'We will not accept this,'],
    ]);
    expect(lavrov.roles).toEqual(['Russian foreign minister', 'foreign minister']);
    expect(lavrov.counts).toEqual({ quote: 2, claim: 0 });
  });

  it('lists the speaker the reader chose, not the engine’s, and leaves deleted entries out', () => {
    const voices = voicesOf(articles);
    expect(voices.find((voice) => voice.key === 'a senior official')?.entries.map(({ entry }) => entry.text)).toEqual(['the talks had stalled']);
    const diplomats = voices.find((voice) => voice.name === 'Western diplomats')!;
    expect(diplomats.kind).toBe('unnamed');
    expect(diplomats.entries.map(({ entry }) => entry.text)).toEqual(['the convoy was delayed by shelling']);
  });

  it('most entries first, then by name', () => {
    expect(voicesOf(articles).map((voice) => voice.key)).toEqual(['sergei lavrov', 'a senior official', 'maria lopez', 'western diplomats']);
  });

  it('a query naming the voice keeps all its entries; other words keep only the matching entries', () => {
    expect(voicesOf(articles, 'lavrov').map((voice) => [voice.key, voice.entries.length])).toEqual([['sergei lavrov', 2]]);
    expect(voicesOf(articles, 'foreign minister').map((voice) => voice.key)).toEqual(['sergei lavrov']);
    expect(voicesOf(articles, 'ceasefire').map((voice) => [voice.key, voice.entries.map(({ entry }) => entry.text)])).toEqual([
      ['sergei lavrov', ['The ceasefire is holding']],
      ['western diplomats', ['the convoy was delayed by shelling']],
    ]);
    expect(voicesOf(articles, 'nobody said this')).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { articleDay, toHistoryArticle } from '../../src/history/articles';
import { filterArticles, NO_FILTER, outletsOf } from '../../src/history/search';
import { savedRecord, secondRecord, undatedRecord } from './records';

const articles = [savedRecord(), secondRecord(), undatedRecord()].map(toHistoryArticle);
const titles = (list: ReturnType<typeof filterArticles>) => list.map((article) => article.title);

describe('toHistoryArticle', () => {
  it('lists what the history shows: title, outlet (name, else domain), date, entries with corrections applied', () => {
    const [first, second] = articles;
    expect(first).toMatchObject({ title: 'Talks stall', outlet: 'Example News', day: '2024-03-12', counts: { quote: 1, claim: 1 }, url: 'https://news.example.com/world/talks' });
    // The reader named the claim's speaker; deleted entries are left out.
    expect(first!.entries.map((entry) => [entry.kind, entry.speaker?.name ?? null, entry.corrected])).toEqual([
      ['quote', 'Sergei Lavrov', false],
      ['claim', 'a senior official', true],
    ]);
    expect(second).toMatchObject({ outlet: 'other.example.org', day: '2024-05-01', counts: { quote: 1, claim: 1 } });
    expect(second!.entries.map((entry) => entry.text)).not.toContain('Nobody trusts the guarantees');
  });

  it('dates an article by its own date, else by the local day it was analysed', () => {
    expect(articleDay('2016-10-07T13:48:00+03:00', '2024-01-01T00:00:00Z')).toBe('2016-10-07');
    expect(articleDay('October 7, 2016', '2024-06-15T12:00:00.000Z')).toBe('2024-06-15');
    expect(articleDay(null, '2024-06-15T12:00:00.000Z')).toBe('2024-06-15');
  });
});

describe('filterArticles', () => {
  it('shows everything without a filter, in the order given', () => {
    expect(titles(filterArticles(articles, NO_FILTER))).toEqual(['Talks stall', 'Ceasefire holds in Aleppo', 'Harbour bridge vote delayed']);
  });

  it('one search box finds speakers, outlets, words of an entry, titles and notes', () => {
    const search = (query: string) => titles(filterArticles(articles, { ...NO_FILTER, query }));
    expect(search('lavrov')).toEqual(['Talks stall', 'Ceasefire holds in Aleppo']);
    expect(search('Northport')).toEqual(['Harbour bridge vote delayed']);
    expect(search('other.example.org')).toEqual(['Ceasefire holds in Aleppo']);
    expect(search('convoy shelling')).toEqual(['Ceasefire holds in Aleppo']);
    expect(search('who is this')).toEqual(['Talks stall']);
    expect(search('LÓPEZ costs')).toEqual(['Harbour bridge vote delayed']);
    expect(search('lavrov costs')).toEqual([]);
  });

  it('does not find what the reader deleted', () => {
    expect(filterArticles(articles, { ...NO_FILTER, query: 'guarantees' })).toEqual([]);
  });

  it('filters by outlet', () => {
    expect(titles(filterArticles(articles, { ...NO_FILTER, outlet: 'Northport Daily' }))).toEqual(['Harbour bridge vote delayed']);
  });

  it('filters by an inclusive date range, either end open, and reads a reversed range the right way round', () => {
    const range = (from: string, to: string) => titles(filterArticles(articles, { ...NO_FILTER, from, to }));
    expect(range('2024-03-12', '2024-05-01')).toEqual(['Talks stall', 'Ceasefire holds in Aleppo']);
    expect(range('2024-05-02', '')).toEqual(['Harbour bridge vote delayed']);
    expect(range('', '2024-03-11')).toEqual([]);
    expect(range('2024-05-01', '2024-03-12')).toEqual(['Talks stall', 'Ceasefire holds in Aleppo']);
  });

  it('combines search, outlet and dates', () => {
    expect(titles(filterArticles(articles, { query: 'lavrov', outlet: 'Example News', from: '2024-01-01', to: '2024-12-31' }))).toEqual(['Talks stall']);
  });
});

describe('outletsOf', () => {
  it('lists each outlet once, alphabetically, with its article count', () => {
    const more = [...articles, toHistoryArticle(savedRecord({ key: 'https://news.example.com/b', url: 'https://news.example.com/b', canonicalUrl: null }))];
    expect(outletsOf(more)).toEqual([
      { outlet: 'Example News', count: 2 },
      { outlet: 'Northport Daily', count: 1 },
      { outlet: 'other.example.org', count: 1 },
    ]);
  });
});

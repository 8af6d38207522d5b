import { describe, expect, it } from 'vitest';
import { citation, exportAs, exportFileName, slugify } from '../../src/core/export';
import { fakeResult } from './fixtures';

describe('citation', () => {
  const result = fakeResult();
  const byId = (id: string) => result.items.find((item) => item.id === id)!;

  it('cites a quote in quote marks with speaker, role, outlet, date and canonical URL', () => {
    expect(citation(result, byId('q1'))).toBe('“We will not accept this,” — Sergei Lavrov, foreign minister, Example News, 2024-03-12, https://news.example.com/world/talks');
  });

  it('marks a claim as reported, not as the speaker’s words, and names an unnamed source as such', () => {
    expect(citation(result, byId('c1'))).toBe('the talks had stalled (attributed claim) — unnamed source (a senior official), Example News, 2024-03-12, https://news.example.com/world/talks');
  });

  it('leaves out what the page does not say', () => {
    const bare = fakeResult({ published: null, canonicalUrl: null, outlet: { name: '', domain: 'news.example.com' } });
    const item = { ...byId('q1'), speakerId: null };
    expect(citation(bare, item)).toBe('“We will not accept this,” — unidentified speaker, news.example.com, https://news.example.com/world/talks?ref=home');
  });
});

describe('file names', () => {
  it('slugs titles to short lowercase ASCII', () => {
    expect(slugify('Ünïcode – Title! 2024')).toBe('unicode-title-2024');
    expect(slugify('¿?')).toBe('');
    expect(slugify('word '.repeat(30)).length).toBeLessThanOrEqual(50);
    expect(slugify('x'.repeat(80))).toHaveLength(50);
  });

  it('are saywho-<slug>-<date>.<ext>, dated by the article or else the export day', () => {
    const at = new Date('2026-01-02T10:00:00Z');
    expect(exportFileName(fakeResult(), 'json', at)).toBe('saywho-talks-stall-lavrov-2024-03-12.json');
    expect(exportFileName(fakeResult({ published: 'Tuesday', title: '' }), 'csv', at)).toBe('saywho-news-example-com-2026-01-02.csv');
    expect(exportFileName(fakeResult({ title: '', published: null, outlet: { name: '', domain: '' } }), 'md', at)).toBe('saywho-page-2026-01-02.md');
  });

  it('match each format', () => {
    const input = { result: fakeResult() };
    expect(['json', 'csv', 'md', 'w3c'].map((format) => exportAs(format as 'json', input).fileName.split('.').pop())).toEqual(['json', 'csv', 'md', 'jsonld']);
    expect(exportAs('csv', input).mimeType).toBe('text/csv;charset=utf-8');
  });
});

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { attribute } from '../../src/core/attribution';
import { expectConsistent } from './helpers';

// The reference page: its 15 body paragraphs, with its headline, against its expectation.
const html = readFileSync(resolve(__dirname, '../fixtures/seed-article.html'), 'utf8');
const expected = JSON.parse(readFileSync(resolve(__dirname, '../fixtures/seed-article.expected.json'), 'utf8'));
const { document } = parseHTML(html);
const paragraphs = [...document.querySelectorAll('.article__body p')].map((p) => p.textContent ?? '');
const text = paragraphs.join('\n\n');
const title: string = expected.title;
const fold = (s: string) => s.replace(/[\s\u00a0]+/g, ' ').replace(/^[\s"“”‘’«»']+/, '').trim().toLowerCase().replace(/^that\s+/, '');

describe('seed article', async () => {
  const result = await attribute(text, { title });
  const speakers = new Map(result.speakers.map((s) => [s.id, s]));
  const find = (kind: string, start: string) => result.items.find((i) => i.kind === kind && fold(i.text).startsWith(fold(start)));

  it('has 15 body paragraphs', () => expect(paragraphs).toHaveLength(15));

  const directStarts: string[] = expected.direct.map((d: { startsWith: string }) => d.startsWith);
  const claimStarts: string[] = expected.claims.map((d: { startsWith: string }) => d.startsWith);

  it.each(directStarts)('finds the quote “%s…” by Lavrov', (start: string) => {
    const item = find('quote', start);
    expect(item, start).toBeDefined();
    expect(speakers.get(item!.speakerId!)?.name).toBe('Sergei Lavrov');
  });

  it.each(claimStarts)('finds the claim “%s…” by Lavrov', (start: string) => {
    const item = find('claim', start);
    expect(item, start).toBeDefined();
    expect(speakers.get(item!.speakerId!)?.name).toBe('Sergei Lavrov');
  });

  it('has one Lavrov, with his role and his mentions', () => {
    const lavrovs = result.speakers.filter((s) => /Lavrov/.test(s.name));
    expect(lavrovs).toHaveLength(1);
    expect(lavrovs[0]!.role).toBe('Russian Foreign Minister');
    expect(lavrovs[0]!.mentions).toEqual(expect.arrayContaining(['the minister', 'he', 'the Russian top diplomat', 'Lavrov']));
  });

  it('reports ‘fruitless gatherings’ only inside its claim, if at all', () => {
    const fragment = result.items.find((i) => fold(i.text) === 'fruitless gatherings');
    if (fragment) {
      const claim = find('claim', 'the talks with the US on Syria are');
      expect(fragment.start).toBeGreaterThanOrEqual(claim!.start);
      expect(fragment.end).toBeLessThanOrEqual(claim!.end);
    }
  });

  it('reads the headline "… - Lavrov" with in: "title"', () => {
    const headline = result.items.find((i) => i.in === 'title');
    expect(headline?.text).toBe('US Avoids Attacking Al-Nusra Front Terrorists in Every Way Possible');
    expect(speakers.get(headline!.speakerId!)?.name).toBe('Sergei Lavrov');
  });

  it('reports nothing else', () => {
    const counted = result.items.filter((i) => !result.items.some((o) => o !== i && o.start <= i.start && i.end <= o.end && o.in === i.in));
    expect(counted).toHaveLength(expected.direct.length + expected.claims.length + 1);
    expectConsistent(text, result, title);
  });
});

import { describe, expect, it } from 'vitest';
import type { ItemAnchor } from '../../src/core/anchoring';
import { exportAs, stringifyWellFormed, toAnnotationCollection, toJson, wellFormed } from '../../src/core/export';
import { fakeResult } from './fixtures';

const AT = new Date('2026-01-02T10:00:00Z');
const LONE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function anchorsFor(ids: string[]): Record<string, ItemAnchor> {
  return Object.fromEntries(
    ids.map((id, i) => [id, { found: true, selector: [{ type: 'TextQuoteSelector', exact: `exact ${id}`, prefix: 'before ', suffix: ' after' }, { type: 'TextPositionSelector', start: 100 + i * 10, end: 105 + i * 10 }] }]),
  );
}

describe('lone surrogates', () => {
  it('are replaced, while surrogate pairs (emoji) stay', () => {
    expect(wellFormed('a\uD800b')).toBe('a\uFFFDb');
    expect(wellFormed('a\uDC00')).toBe('a\uFFFD');
    expect(wellFormed('smile 😀')).toBe('smile 😀');
    expect(wellFormed('\uDC00\uD800')).toBe('\uFFFD\uFFFD');
  });

  it('never reach the JSON text, in values or keys', () => {
    const json = stringifyWellFormed({ ['key\uD800']: ['x\uDFFFy', { deep: '\uD83D' }] });
    expect(LONE.test(json)).toBe(false);
    expect(json).not.toMatch(/\\ud[89a-f]/i);
    expect(JSON.parse(json)).toEqual({ 'key\uFFFD': ['x\uFFFDy', { deep: '\uFFFD' }] });
  });
});

describe('JSON export', () => {
  it('is the analysis with each item’s selectors, and stays valid with broken text', () => {
    const result = fakeResult({ title: 'cut emoji \uD83D', byline: '\uDE00 by' });
    result.items[0]!.text = 'half \uD800 quote';
    const anchors = anchorsFor(['q1', 'c1']);
    const parsed = JSON.parse(toJson({ result, anchors }, AT));
    expect(parsed.title).toBe('cut emoji \uFFFD');
    expect(parsed.byline).toBe('\uFFFD by');
    expect(parsed.items[0].text).toBe('half \uFFFD quote');
    expect(parsed.items[0].selector).toEqual(anchors.q1!.selector);
    expect(parsed.items[0].found).toBe(true);
    expect(parsed.items[2].found).toBe(false);
    expect(parsed.items[2].selector).toBeNull();
    expect(parsed.speakers).toEqual(result.speakers);
    expect(parsed.exportedAt).toBe('2026-01-02T10:00:00.000Z');
  });

  it('without anchors keeps the items exactly as the engine gave them', () => {
    const result = fakeResult();
    expect(JSON.parse(toJson({ result }, AT)).items).toEqual(result.items);
  });
});

describe('W3C Web Annotation export', () => {
  const result = fakeResult();
  const collection = toAnnotationCollection({ result, anchors: anchorsFor(['q1', 'c1', 'c2', 'q2']) }, AT);

  it('is an AnnotationCollection with one page holding an annotation per item', () => {
    expect(collection['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(collection.type).toBe('AnnotationCollection');
    expect(collection.total).toBe(result.items.length);
    expect(collection.first.type).toBe('AnnotationPage');
    expect(collection.first.startIndex).toBe(0);
    expect(collection.first.items).toHaveLength(result.items.length);
  });

  it('targets the page with a quote and a position selector, and says who said it', () => {
    const lavrov = collection.first.items[0]!;
    expect(lavrov.type).toBe('Annotation');
    expect(lavrov.motivation).toBe('highlighting');
    expect(lavrov.created).toBe(AT.toISOString());
    expect(lavrov.target.source).toBe('https://news.example.com/world/talks');
    expect(lavrov.target.selector.map((s) => s.type)).toEqual(['TextQuoteSelector', 'TextPositionSelector']);
    expect(lavrov.body).toEqual([
      { type: 'TextualBody', purpose: 'tagging', value: 'quote' },
      { type: 'TextualBody', purpose: 'describing', format: 'text/plain', value: 'Quote attributed to Sergei Lavrov, foreign minister' },
    ]);
    const official = collection.first.items[1]!;
    expect(official.body[1]!.value).toBe('Claim attributed to an unnamed source (a senior official)');
  });

  it('falls back to a quote selector from the headline or the article text', () => {
    const headline = collection.first.items.find((a) => a.body[1]!.value.includes('headline'))!;
    expect(headline.target.selector).toEqual([{ type: 'TextQuoteSelector', exact: 'Talks stall', prefix: '', suffix: ' - Lavrov' }]);
    const unanchored = toAnnotationCollection({ result }, AT).first.items[0]!;
    const text = result.article.text;
    expect(unanchored.target.selector).toEqual([{ type: 'TextQuoteSelector', exact: 'We will not accept this,', prefix: '“', suffix: text.slice(25, 57) }]);
    expect(text.slice(25, 57)).toBe('” Lavrov said on Monday.\n\nA seni');
  });

  it('gives every annotation a distinct urn:uuid that is the same on every export', () => {
    const ids = collection.first.items.map((a) => a.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of [collection.id, collection.first.id, ...ids]) expect(id).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(toAnnotationCollection({ result, anchors: anchorsFor(['q1']) }, new Date()).first.items.map((a) => a.id)).toEqual(ids);
  });

  it('is valid JSON-LD text with the annotation media type and a .jsonld name', () => {
    const file = exportAs('w3c', { result }, AT);
    expect(file.fileName).toBe('saywho-talks-stall-lavrov-2024-03-12.jsonld');
    expect(file.mimeType).toContain('application/ld+json');
    expect(JSON.parse(file.text).type).toBe('AnnotationCollection');
  });
});

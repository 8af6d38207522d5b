/**
 * Every export of any analysis, whatever the page text holds (formulas, HTML, Markdown, line
 * breaks, lone surrogates): JSON and W3C parse and are well-formed UTF-16, CSV is rectangular with
 * no cell a spreadsheet would run, Markdown never lets page text open a tag or start a line.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportAs, EXPORT_FORMATS, wellFormed } from '../../src/core/export';
import type { AnalysisResult, Item, Speaker } from '../../src/core/types';
import { parseCsv } from '../../e2e/support/csv';
import { awkwardUnicode } from './arbitraries';

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const FORMULA_START = /^[=+\-@\t\r]/;

/** Page text written to break exports. */
const hostileText = fc
  .array(
    fc.oneof(
      fc.constantFrom('=HYPERLINK("http://x","y")', '+1', '-2+3', '@SUM(A1)', '\t=1', '\r=1', '=cmd|"/c calc"!A0', ',', '"', '""', '\r\n', '\n', '\n# heading', '\n- item', '\n> quote', '1. one'),
      fc.constantFrom('<img src=x onerror=alert(1)>', '<script>alert(1)</script>', '</textarea>', '[link](javascript:alert(1))', '![i](x)', '*', '_', '`', '|', '\\', '&amp;', '<!--'),
      awkwardUnicode,
      fc.string({ maxLength: 8 }),
    ),
    { maxLength: 6 },
  )
  .map((parts) => parts.join(''));

const nonEmptyHostile = hostileText.filter((text) => text.length > 0);

const speakerArb: fc.Arbitrary<Omit<Speaker, 'id'>> = fc.record({
  name: nonEmptyHostile,
  role: fc.option(hostileText, { nil: null }),
  kind: fc.constantFrom('person', 'organization', 'unnamed', 'other'),
  mentions: fc.array(hostileText, { maxLength: 2 }),
});

const resultArb: fc.Arbitrary<AnalysisResult> = fc
  .record({
    title: hostileText,
    byline: fc.option(hostileText, { nil: null }),
    published: fc.option(hostileText, { nil: null }),
    outletName: hostileText,
    speakers: fc.array(speakerArb, { maxLength: 3 }),
    items: fc.array(
      fc.record({ kind: fc.constantFrom('quote', 'claim'), text: nonEmptyHostile, cue: fc.option(hostileText, { nil: null }), source: fc.option(hostileText, { nil: null }), speaker: fc.nat(4), note: fc.option(hostileText, { nil: undefined }), inTitle: fc.boolean() }),
      { minLength: 1, maxLength: 5 },
    ),
  })
  .map(({ title, byline, published, outletName, speakers, items }) => {
    const withIds: Speaker[] = speakers.map((speaker, i) => ({ ...speaker, id: `s${i}` }));
    let at = 0;
    const built: Item[] = items.map((item, i) => {
      const start = at;
      at += item.text.length + 1;
      const span = (text: string | null) => (text === null ? null : { text, start: 0, end: text.length });
      return {
        id: `i${i}`,
        kind: item.kind,
        text: item.text,
        start,
        end: start + item.text.length,
        cue: span(item.cue),
        source: span(item.source),
        speakerId: item.speaker < withIds.length ? `s${item.speaker}` : null,
        ...(item.note === undefined ? {} : { note: item.note }),
        ...(item.inTitle ? { in: 'title' as const } : {}),
      };
    });
    return {
      url: 'https://news.example.com/a?b=1&c=<x>',
      outlet: { name: outletName, domain: 'news.example.com' },
      title,
      byline,
      published,
      canonicalUrl: null,
      article: { text: built.map((item) => item.text).join(' ') },
      speakers: withIds,
      items: built,
    };
  });

const AT = new Date('2026-01-02T10:00:00Z');

describe('exports: properties', () => {
  it('JSON and W3C always parse and hold no lone surrogate; JSON keeps each text (made well-formed)', () => {
    fc.assert(
      fc.property(resultArb, (result) => {
        for (const format of ['json', 'w3c'] as const) {
          const { text } = exportAs(format, { result }, AT);
          expect(LONE_SURROGATE.test(text), `${format}: lone surrogate`).toBe(false);
          expect(() => JSON.parse(text), `${format} parses`).not.toThrow();
        }
        const json = JSON.parse(exportAs('json', { result }, AT).text) as AnalysisResult;
        expect(json.items.map((item) => item.text)).toEqual(result.items.map((item) => wellFormed(item.text)));
        expect(json.title).toBe(wellFormed(result.title));
      }),
      { numRuns: 200 },
    );
  });

  it('CSV is rectangular, one record per item, and no cell starts like a formula', () => {
    fc.assert(
      fc.property(resultArb, (result) => {
        const { text } = exportAs('csv', { result }, AT);
        expect(LONE_SURROGATE.test(text)).toBe(false);
        const [header, ...records] = parseCsv(text);
        expect(records).toHaveLength(result.items.length);
        for (const record of records) {
          expect(record).toHaveLength(header!.length);
          for (const cell of record) expect(FORMULA_START.test(cell), `cell ${JSON.stringify(cell)}`).toBe(false);
        }
        const textColumn = header!.indexOf('text');
        records.forEach((record, i) => {
          const original = wellFormed(result.items[i]!.text);
          expect(record[textColumn]).toBe(FORMULA_START.test(original) ? `'${original}` : original);
        });
      }),
      { numRuns: 200 },
    );
  });

  it('Markdown: page text never opens a tag, a link or a line of its own', () => {
    fc.assert(
      fc.property(resultArb, (result) => {
        const { text } = exportAs('md', { result }, AT);
        expect(LONE_SURROGATE.test(text)).toBe(false);
        // Every "<" that is not escaped opens our own autolink to the article.
        for (const match of text.matchAll(/(?<!\\)</g)) expect(text.slice(match.index, match.index + 9)).toBe('<https://');
        expect(text).not.toMatch(/(?<!\\)\[[^\]]*(?<!\\)\]\(/);
        // Lines start with what the exporter writes, never with page text.
        for (const line of text.split('\n')) expect(line, `line ${JSON.stringify(line)}`).toMatch(/^(?:$|# |## |- \*\*(?:Quote|Attributed claim):\*\* |  - _Note:_ |_|\*\*|<https:\/\/|---$)/);
      }),
      { numRuns: 200 },
    );
  });

  it('all four formats render for any analysis', () => {
    fc.assert(
      fc.property(resultArb, (result) => {
        for (const format of EXPORT_FORMATS) expect(exportAs(format, { result }, AT).text.length).toBeGreaterThan(0);
      }),
      { numRuns: 50 },
    );
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeMarkdown, toMarkdown } from '../../src/core/export';
import { fakeResult } from './fixtures';

const AT = new Date('2026-01-02T10:00:00Z');

describe('Markdown export', () => {
  it('starts with the title, outlet, date, byline and address', () => {
    const md = toMarkdown({ result: fakeResult() }, AT);
    const lines = md.split('\n');
    expect(lines[0]).toBe('# Talks stall - Lavrov');
    expect(lines[2]).toBe('**Example News** · 2024-03-12 · By Ann Writer  ');
    expect(lines[3]).toBe('<https://news.example.com/world/talks>');
  });

  it('groups entries under their speaker with counts', () => {
    const md = toMarkdown({ result: fakeResult() }, AT);
    const headings = md.split('\n').filter((line) => line.startsWith('## '));
    expect(headings).toEqual(['## Sergei Lavrov — foreign minister', '## a senior official (unnamed source)', '## Jane Smith — the mayor']);
    const lavrov = md.slice(md.indexOf('## Sergei Lavrov'), md.indexOf('## a senior official'));
    expect(lavrov).toContain('_2 quotes, 0 claims_');
    expect(lavrov).toContain('- **Quote:** “We will not accept this,” _(cue: said)_');
    expect(lavrov).toContain('- **Quote:** “Talks stall” _(in the headline)_');
    expect(md).toContain('- **Attributed claim:** =SUM\\(A1\\) was “a joke” _(cue: told)_');
  });

  it('puts entries without a speaker last', () => {
    const result = fakeResult();
    result.items[0]!.speakerId = null;
    const md = toMarkdown({ result }, AT);
    const headings = md.split('\n').filter((line) => line.startsWith('## '));
    expect(headings.at(-1)).toBe('## Speaker not identified');
  });

  it('escapes page text so it renders as itself', () => {
    expect(escapeMarkdown('*bold* _it_ [link](http://x) <img src=x> `code` # | ~ & !')).toBe(
      '\\*bold\\* \\_it\\_ \\[link\\]\\(http://x\\) \\<img src=x\\> \\`code\\` \\# \\| \\~ \\& \\!',
    );
    // A line break in page text cannot start a heading or a list.
    expect(escapeMarkdown('one\n# two\n- three')).toBe('one \\# two - three');
  });

  it('loses nothing: removing the escapes gives back the (space-collapsed) text', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const unescaped = escapeMarkdown(text).replace(/\\([\\`*_{}[\]()<>#+!|~&$])/g, '$1');
        expect(unescaped).toBe(text.replace(/\s+/g, ' ').trim());
      }),
    );
  });

  it('keeps page text out of the address', () => {
    const md = toMarkdown({ result: fakeResult({ canonicalUrl: null, url: 'https://x.example/a b<c>' }) }, AT);
    expect(md).toContain('<https://x.example/a%20b%3Cc%3E>');
  });

  it('says so when nothing was found', () => {
    expect(toMarkdown({ result: fakeResult({ items: [] }) }, AT)).toContain('_No quotes or attributed claims found._');
  });
});

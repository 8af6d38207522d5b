import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, csvCell, toCsv } from '../../src/core/export';
import { fakeResult } from './fixtures';

/** An RFC 4180 reader, to check what a spreadsheet would see. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"' && cell === '') quoted = true;
    else if (ch === ',') row.push(cell), (cell = '');
    else if (ch === '\r' && text[i + 1] === '\n') row.push(cell), rows.push(row), (row = []), (cell = ''), i++;
    else cell += ch;
  }
  if (cell || row.length) row.push(cell), rows.push(row);
  return rows;
}

describe('CSV export', () => {
  it('writes a header and one CRLF-terminated row per item', () => {
    const result = fakeResult();
    const csv = toCsv({ result });
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.split('\r\n')).toHaveLength(result.items.length + 2); // header, rows, '' after the last CRLF
    const rows = parseCsv(csv);
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(result.items.length + 1);
    expect(rows.every((row) => row.length === CSV_COLUMNS.length)).toBe(true);
  });

  it('fills each column from the item, its speaker and the page', () => {
    const rows = parseCsv(toCsv({ result: fakeResult() }));
    const header = rows[0]!;
    const lavrov = Object.fromEntries(header.map((name, i) => [name, rows[1]![i]]));
    expect(lavrov).toEqual({
      kind: 'quote',
      text: 'We will not accept this,',
      speaker: 'Sergei Lavrov',
      role: 'foreign minister',
      'speaker kind': 'person',
      outlet: 'Example News',
      title: 'Talks stall - Lavrov',
      url: 'https://news.example.com/world/talks',
      published: '2024-03-12',
      cue: 'said',
      source: 'Lavrov',
      corrected: 'false',
      note: '',
    });
  });

  it('neutralises cells that a spreadsheet would run as formulas', () => {
    const rows = parseCsv(toCsv({ result: fakeResult() }));
    const formula = rows.find((row) => row[0] === 'claim' && row[1]!.includes('SUM'))!;
    expect(formula[1]).toBe("'=SUM(A1) was “a joke”");
    for (const start of ['=', '+', '-', '@', '\t', '\r']) expect(csvCell(`${start}1+1`).replace(/^"/, '')).toMatch(/^'/);
    expect(csvCell('1+1')).toBe('1+1');
    expect(csvCell('a - b')).toBe('a - b');
  });

  it('quotes cells with commas, quote marks and line breaks (RFC 4180)', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('plain')).toBe('plain');
  });

  it('reads back every cell as written (after neutralising)', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'grapheme' }), { minLength: 1, maxLength: 6 }), (cells) => {
        const line = `${cells.map(csvCell).join(',')}\r\n`;
        const expected = cells.map((cell) => (/^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell));
        expect(parseCsv(line)[0]).toEqual(expected);
      }),
    );
  });

  it('replaces lone surrogates', () => {
    const result = fakeResult({ title: 'broken \uD83D title' });
    expect(toCsv({ result })).toContain('broken \uFFFD title');
  });
});

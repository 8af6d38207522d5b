import { describe, expect, it } from 'vitest';
import { exportHistory } from '../../src/history/exports';
import { savedRecord, secondRecord } from './records';

const AT = new Date('2024-07-01T10:00:00Z');

function parseCsvRows(text: string): string[][] {
  // Enough for these rows: no field holds a line break.
  return text.trimEnd().split('\r\n').map((line) => line.match(/("([^"]|"")*"|[^,]*)(,|$)/g)!.slice(0, -1).map((cell) => cell.replace(/,$/, '').replace(/^"|"$/g, '').replace(/""/g, '"')));
}

describe('exportHistory', () => {
  it('CSV: one header, then every article’s entries with corrections applied, each row naming its article', () => {
    const file = exportHistory('csv', [savedRecord(), secondRecord()], AT);
    expect(file.fileName).toBe('saywho-history-2024-07-01.csv');
    const rows = parseCsvRows(file.text);
    expect(rows[0]!.slice(0, 3)).toEqual(['kind', 'text', 'speaker']);
    expect(rows.filter((row) => row[0] === 'kind')).toHaveLength(1);
    expect(rows.slice(1).map((row) => [row[2], row[6]])).toEqual([
      ['Sergei Lavrov', 'Talks stall'],
      ['a senior official', 'Talks stall'],
      ['sergei  lavrov', 'Ceasefire holds in Aleppo'],
      ['Western diplomats', 'Ceasefire holds in Aleppo'],
    ]);
    expect(file.text).not.toContain('Nobody trusts the guarantees');
  });

  it('Markdown: a title, each article one heading level down, one footer', () => {
    const file = exportHistory('md', [savedRecord(), secondRecord()], AT);
    expect(file.fileName).toBe('saywho-history-2024-07-01.md');
    const headings = file.text.split('\n').filter((line) => line.startsWith('#'));
    expect(headings).toEqual(['# SayWho: saved articles', '## Talks stall', '### Sergei Lavrov — foreign minister', '### a senior official', '## Ceasefire holds in Aleppo', '### sergei lavrov — Russian foreign minister', '### Western diplomats (unnamed source)']);
    expect(file.text.match(/Exported with SayWho/g)).toHaveLength(1);
    expect(file.text).toContain('_Note:_ Who is this?');
  });

  it('an empty history still makes valid files', () => {
    expect(exportHistory('csv', [], AT).text.split('\r\n')[0]).toMatch(/^kind,text,speaker/);
    expect(exportHistory('md', [], AT).text).toContain('_0 articles');
    expect(JSON.parse(exportHistory('json', [], AT).text).records).toEqual([]);
  });
});

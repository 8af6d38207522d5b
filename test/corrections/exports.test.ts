import { describe, expect, it } from 'vitest';
import { exportAs, toAnnotationCollection } from '../../src/core/export';
import type { AnalysisResult } from '../../src/core/types';
import { parseCsv } from '../../e2e/support/csv';
import { fakeResult } from '../export/fixtures';

/** The hand-made analysis with q1 corrected and noted, c1 only noted. */
function corrected(): AnalysisResult {
  const result = fakeResult();
  result.items = result.items.map((item) => {
    if (item.id === 'q1') return { ...item, corrected: true, note: 'Said twice; see the *video*.' };
    if (item.id === 'c1') return { ...item, note: 'Who?' };
    return item;
  });
  return result;
}

const AT = new Date('2024-04-01T00:00:00Z');

describe('exports of corrected entries', () => {
  it('JSON: corrected and note on the items, absent on the others', () => {
    const items = (JSON.parse(exportAs('json', { result: corrected() }, AT).text) as { items: Array<Record<string, unknown>> }).items;
    expect(items.find((item) => item.id === 'q1')).toMatchObject({ corrected: true, note: 'Said twice; see the *video*.' });
    expect(items.find((item) => item.id === 'c1')).toMatchObject({ note: 'Who?' });
    expect(items.find((item) => item.id === 'c1')).not.toHaveProperty('corrected');
    expect(items.find((item) => item.id === 'c2')).not.toHaveProperty('note');
  });

  it('CSV: a corrected column and a note column', () => {
    const [header, ...rows] = parseCsv(exportAs('csv', { result: corrected() }, AT).text);
    const column = (name: string) => header!.indexOf(name);
    const row = (text: string) => rows.find((fields) => fields[1] === text)!;
    expect(row('We will not accept this,')[column('corrected')]).toBe('true');
    expect(row('We will not accept this,')[column('note')]).toBe('Said twice; see the *video*.');
    expect(row('the talks had stalled')[column('corrected')]).toBe('false');
    expect(row('the talks had stalled')[column('note')]).toBe('Who?');
  });

  it('Markdown: a "corrected by the reader" marker and the note under the entry', () => {
    const lines = exportAs('md', { result: corrected() }, AT).text.split('\n');
    const at = lines.findIndex((line) => line.includes('We will not accept this'));
    expect(lines[at]).toMatch(/_\(cue: said; corrected by the reader\)_$/);
    expect(lines[at + 1]).toBe('  - _Note:_ Said twice; see the \\*video\\*.');
    expect(lines.filter((line) => line.includes('corrected by the reader'))).toHaveLength(1);
  });

  it('W3C: an editing body for corrections and a commenting body for notes', () => {
    const annotations = toAnnotationCollection({ result: corrected() }, AT).first.items;
    const q1 = annotations.find((annotation) => annotation.target.selector.some((s) => s.type === 'TextQuoteSelector' && s.exact === 'We will not accept this,'))!;
    expect(q1.body.map((body) => body.purpose)).toEqual(['tagging', 'describing', 'editing', 'commenting']);
    expect(q1.body[3]).toEqual({ type: 'TextualBody', purpose: 'commenting', format: 'text/plain', value: 'Said twice; see the *video*.' });
    const plain = annotations.filter((annotation) => annotation.body.length === 2);
    expect(plain).toHaveLength(annotations.length - 2);
  });
});

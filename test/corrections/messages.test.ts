import { describe, expect, it } from 'vitest';
import { parseContentMessage, parseEntryEdit, parsePopupMessage, parseSavedAnalysis } from '../../src/shared/messages';
import { savedRecord } from '../storage/records';

describe('correction messages', () => {
  it('accepts the four corrections the popup makes', () => {
    expect(parseEntryEdit({ type: 'speaker', itemId: 'q1', name: 'Maria Zakharova' })).toEqual({ type: 'speaker', itemId: 'q1', name: 'Maria Zakharova' });
    expect(parseEntryEdit({ type: 'speaker', itemId: 'q1', name: null })).toEqual({ type: 'speaker', itemId: 'q1', name: null });
    expect(parseEntryEdit({ type: 'kind', itemId: 'q1', kind: 'claim' })).toEqual({ type: 'kind', itemId: 'q1', kind: 'claim' });
    expect(parseEntryEdit({ type: 'note', itemId: 'q1', note: 'hm', extra: 1 })).toEqual({ type: 'note', itemId: 'q1', note: 'hm' });
    expect(parseEntryEdit({ type: 'delete', itemId: 'q1' })).toEqual({ type: 'delete', itemId: 'q1' });
    expect(parsePopupMessage({ type: 'correctEntry', tabId: 3, edit: { type: 'delete', itemId: 'q1' } })).toEqual({ type: 'correctEntry', tabId: 3, edit: { type: 'delete', itemId: 'q1' } });
  });

  it('refuses anything else, including adding entries (only a page selection adds them)', () => {
    const bad = [
      { type: 'add', itemId: 'q1', entry: {} },
      { type: 'kind', itemId: 'q1', kind: 'lie' },
      { type: 'speaker', itemId: 'q1' },
      { type: 'speaker', itemId: 'q1', name: 'x'.repeat(401) },
      { type: 'note', itemId: 'q1', note: 'x'.repeat(4001) },
      { type: 'note', itemId: '', note: 'x' },
      { type: 'delete' },
      'delete',
    ];
    for (const edit of bad) expect(parseEntryEdit(edit), JSON.stringify(edit).slice(0, 60)).toBeNull();
    expect(parsePopupMessage({ type: 'correctEntry', tabId: 3 })).toBeNull();
    expect(parsePopupMessage({ type: 'correctEntry', tabId: -3, edit: { type: 'delete', itemId: 'q1' } })).toBeNull();
  });

  it('lets the background hand the content script a saved analysis only when it passes the checks', () => {
    const record = savedRecord();
    expect(parseContentMessage({ type: 'getResult', saved: record })).toEqual({ type: 'getResult', saved: record });
    expect(parseContentMessage({ type: 'getResult', saved: { ...record, entries: 'x' } })).toEqual({ type: 'getResult' });
    expect(parseSavedAnalysis({ ...record, revision: -1 })).toBeUndefined();
  });

  it('looks at the shape the merge relies on (the background checked the rest when it read the record)', () => {
    const record = savedRecord();
    const entry = record.entries[0]!;
    expect(parseSavedAnalysis(record)).toEqual(record);
    expect(parseSavedAnalysis(JSON.parse(JSON.stringify(record)))).toEqual(record);
    const broken = [
      { ...record, key: 3 },
      { ...record, outlet: null },
      { ...record, speakers: [{ id: 's1', name: 'x' }] },
      { ...record, entries: [{ ...entry, kind: 'verdict' }] },
      { ...record, entries: [{ ...entry, start: '0' }] },
      { ...record, entries: [{ ...entry, selectors: [entry.selectors?.[0]] }] },
      { ...record, entries: [{ ...entry, selectors: [{ exact: 'a' }, { start: 0, end: 1 }] }] },
      { ...record, entries: [{ ...entry, correction: 'deleted' }] },
    ];
    for (const value of broken) expect(parseSavedAnalysis(value), JSON.stringify(value).slice(0, 120)).toBeUndefined();
  });

  it('accepts corrections and selection marks for the content script', () => {
    expect(parseContentMessage({ type: 'correct', edit: { type: 'kind', itemId: 'c1', kind: 'quote' } })).toEqual({ type: 'correct', edit: { type: 'kind', itemId: 'c1', kind: 'quote' } });
    expect(parseContentMessage({ type: 'markSelection', kind: 'claim' })).toEqual({ type: 'markSelection', kind: 'claim' });
    expect(parseContentMessage({ type: 'markSelection', kind: 'verdict' })).toBeNull();
    expect(parseContentMessage({ type: 'correct', edit: { type: 'add' } })).toBeNull();
  });
});

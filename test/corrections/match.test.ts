import { describe, expect, it } from 'vitest';
import { matchEntries, SAME_WORDS, sharedWords } from '../../src/core/corrections';

describe('pairing saved entries with fresh items', () => {
  it('pairs overlapping spans one-to-one, best overlap first', () => {
    const saved = [
      { id: 'a', span: { start: 10, end: 30 } },
      { id: 'b', span: { start: 100, end: 120 } },
    ];
    const fresh = [
      { id: 'x', span: { start: 12, end: 30 } }, // 90 % of a
      { id: 'y', span: { start: 10, end: 31 } }, // 95 % of a: wins
      { id: 'z', span: { start: 115, end: 160 } }, // overlaps b by a quarter: no pair
    ];
    expect([...matchEntries(saved, fresh)]).toEqual([['a', 'y']]);
  });

  it('pairs a lost entry with a fresh one sharing most of its words, and only then', () => {
    const saved = [
      { id: 'lost', span: null, text: 'Moscow was ready to meet again next week in Geneva' },
      { id: 'gone', span: null, text: 'Nobody wants a war here,' },
    ];
    const fresh = [
      { id: 'edited', span: { start: 0, end: 50 }, text: 'Moscow was ready to meet again on Thursday in Geneva' },
      { id: 'other', span: { start: 60, end: 90 }, text: 'Everybody wants peace there' },
    ];
    expect([...matchEntries(saved, fresh)]).toEqual([['lost', 'edited']]);
    expect(sharedWords(saved[0]!.text, fresh[0]!.text)).toBeGreaterThanOrEqual(SAME_WORDS);
    expect(sharedWords(saved[1]!.text, fresh[1]!.text)).toBeLessThan(SAME_WORDS);
  });

  it('never pairs by words an entry that is still on the page', () => {
    const saved = [{ id: 'here', span: { start: 0, end: 10 }, text: 'same words here' }];
    const fresh = [{ id: 'elsewhere', span: { start: 50, end: 60 }, text: 'same words here' }];
    expect(matchEntries(saved, fresh).size).toBe(0);
  });
});

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

describe('pairing many entries', () => {
  /** What the pairing is defined as: every saved entry scored against every fresh one. */
  function pairEveryOne(saved: Array<{ id: string; span: { start: number; end: number } | null; titleText?: string }>, fresh: typeof saved): Map<string, string> {
    const overlap = (a: (typeof saved)[number], b: (typeof saved)[number]) => {
      if (a.titleText !== undefined || b.titleText !== undefined) return a.titleText !== undefined && a.titleText === b.titleText ? 1 : 0;
      if (!a.span || !b.span) return 0;
      const shared = Math.min(a.span.end, b.span.end) - Math.max(a.span.start, b.span.start);
      const [la, lb] = [a.span.end - a.span.start, b.span.end - b.span.start];
      return shared <= 0 || shared * 2 < la || shared * 2 < lb ? 0 : shared / Math.max(la, lb);
    };
    const pairs = saved.flatMap((s) => fresh.map((f) => ({ s: s.id, f: f.id, score: overlap(s, f) }))).filter((pair) => pair.score > 0);
    pairs.sort((a, b) => b.score - a.score);
    const matched = new Map<string, string>();
    const taken = new Set<string>();
    for (const { s, f } of pairs) {
      if (matched.has(s) || taken.has(f)) continue;
      matched.set(s, f);
      taken.add(f);
    }
    return matched;
  }

  it('pairs exactly as comparing every saved entry with every fresh one would (nested, repeated and shifted spans)', () => {
    // A deterministic mix: claims holding quotes, repeats at the same place, headline entries, lost ones.
    let seed = 7;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    for (let round = 0; round < 30; round++) {
      const spans = (prefix: string, count: number) =>
        Array.from({ length: count }, (_, i) => {
          const kind = random(10);
          if (kind === 0) return { id: `${prefix}${i}`, span: null, titleText: `headline ${random(3)}` };
          if (kind === 1) return { id: `${prefix}${i}`, span: null };
          const start = random(2000);
          return { id: `${prefix}${i}`, span: { start, end: start + 1 + random(kind === 2 ? 600 : 80) } };
        });
      const saved = spans('s', 1 + random(60));
      const fresh = [...spans('f', 1 + random(60)), ...saved.filter(() => random(3) === 0).map((s, i) => ({ ...s, id: `copy${i}` }))];
      expect([...matchEntries(saved, fresh)].sort(), `round ${round}`).toEqual([...pairEveryOne(saved, fresh)].sort());
    }
  });
});

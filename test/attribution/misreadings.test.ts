import { describe, expect, it } from 'vitest';
import { analyse } from './helpers';

// Readings that take words around a cue for what was said: a speaker's role, the predicate of a
// noun, a phrase saying where it was said, a thing held. Sentences written for these tests.

const claims = async (text: string) => (await analyse(text)).result.items.filter((i) => i.kind === 'claim');

describe("a speaker's role after an inverted cue is not what was said", () => {
  it('ends the content before "said X, <role>"', async () => {
    for (const [text, content] of [
      ['The ferry will not sail before Friday, said Maria Ortiz, Dover’s chief pilot.', 'The ferry will not sail before Friday'],
      ['Fish prices rose sharply this winter, said Tom Reyes, who runs the co-op, a group that has fought the quota.', 'Fish prices rose sharply this winter'],
    ] as const) {
      const found = await claims(text);
      expect(found.map((i) => i.text), text).toEqual([content]);
      expect(found[0]!.segments ?? null, text).toBeNull();
    }
  });

  it('still goes on with a content the cue interrupts', async () => {
    const f = await analyse('At current rates, the pilot said, there will be three ferries by May.');
    expect(f.item('At current rates').text).toContain('there will be three ferries');
  });
});

import { describe, expect, it } from 'vitest';
import { analyse } from './helpers';

// A cue verb in a clause that reports no speech of the sentence's words. Sentences written for these tests.

const claims = async (text: string) => (await analyse(text)).result.items.filter((item) => item.kind === 'claim');

describe('a cue inside a subordinate clause after the main one', () => {
  it('does not take the main clause as what was said ("…, when, in fact, he replied at once")', async () => {
    const found = await claims('The clip had been cut to show the minister dodging a question on fares, when, in fact, he replied at once.');
    expect(found.map((item) => item.text)).toEqual([]);
  });

  it('still reads a plain parenthetical cue after a content ("…, he replied.")', async () => {
    const found = await claims('The fares will stay as they are until spring, he replied.');
    expect(found.map((item) => item.text)).toEqual(['The fares will stay as they are until spring']);
  });

  it('still reads a content that ends on a clause of its own before the cue ("…, after the repairs end, a spokeswoman said")', async () => {
    for (const text of ['The library will reopen in June, after the repairs end, a spokeswoman said.', 'Fares will rise by a tenth, when the season starts, the company said.']) {
      expect((await claims(text)).map((item) => item.cue?.text), text).toEqual(['said']);
    }
  });
});

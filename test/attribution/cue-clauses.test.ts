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
});

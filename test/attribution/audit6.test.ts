import { describe, expect, it } from 'vitest';
import { analyse } from './helpers';

// Audit 6: general rules from a hand audit of news pages. Sentences written for these tests.

const claims = async (text: string) => (await analyse(text)).result.items.filter((i) => i.kind === 'claim');

describe('"but that …" right after a cue word has no first conjunct: it is not the cue’s content', () => {
  it('reads no claim from "treatments that two charities believe are promising but that lack …"', async () => {
    const text = 'The grant pays for treatments that the two charities believe are promising but that lack the money to grow.';
    expect((await claims(text)).map((c) => c.cue?.text)).not.toContain('promising');
  });

  it('still reads "said X but that Y" and a cue with its own that-clause', async () => {
    const both = await analyse('The mayor said the bridge was safe but that the ferry would stay.');
    expect(both.item('the bridge was safe').text).toContain('the ferry would stay');
    const promise = await analyse('The mayor is promising that the bridge will reopen.');
    expect(promise.item('the bridge will reopen').kind).toBe('claim');
  });
});

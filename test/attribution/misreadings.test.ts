import { describe, expect, it } from 'vitest';
import { runPipeline } from '../../src/core/attribution/pipeline';
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

describe('a cue word that is the subject noun of its sentence is no cue', () => {
  it('reads no claim from the predicate of "estimates", "promises" …', async () => {
    for (const text of ['Other estimates are close to that figure.', 'The council’s big promises haven’t arrived, and the harbour is still closed.']) {
      expect(await claims(text), text).toEqual([]);
    }
  });

  it('keeps a relative clause whose subject moved out, and a predicate that names what was said', async () => {
    const relative = await analyse('The ferry runs on a route which even local pilots say is the most dangerous in the bay.');
    expect(relative.item('is the most dangerous').kind).toBe('claim');
    // Read with every reading kept, so the guard does not hang on the model's threshold.
    const answer = await runPipeline('The minister’s answer was that the ferry would stop.', {}, { threshold: -100 });
    expect(answer.items.some((i) => i.kind === 'claim' && i.text.includes('the ferry would stop'))).toBe(true);
  });
});

describe('a cue word right after a possessive is a noun or an adjective', () => {
  it('reads no claim around "the banker’s alleged …"', async () => {
    const text = 'The prince has been accused of meeting the woman, a victim of the banker’s alleged trafficking ring.';
    const found = await runPipeline(text, {}, { threshold: -100 });
    expect(found.items.filter((i) => i.kind === 'claim')).toEqual([]);
  });

  it('still reads "who’s called for …" (a contraction, not a possessive)', async () => {
    const found = await runPipeline('The senator, who’s called for higher harbour fees, spoke first.', {}, { threshold: -100 });
    expect(found.items.some((i) => i.kind === 'claim' && i.text.startsWith('higher harbour fees'))).toBe(true);
  });
});

describe('a content cut inside a phrase of place or occasion is no content', () => {
  it('reads the content before the cue, not "… in a [long interview …]"', async () => {
    const text = 'The harbour will reopen in May, the mayor said Tuesday in a long interview with the local radio.';
    expect((await claims(text)).map((i) => i.text)).toEqual(['The harbour will reopen in May']);
  });

  it('keeps what follows such a phrase when it is said', async () => {
    const f = await analyse('The mayor said during a visit to the harbour that the ferry would stop.');
    expect(f.item('the ferry would stop').kind).toBe('claim');
  });
});

describe('a thing held or a deal struck is no claim', () => {
  it('reads no claim from "boasts a reputation", "agreed a deal"', async () => {
    for (const text of [
      'The club has agreed a deal to sign the striker until the end of the season.',
      'The firm, which owns three papers and boasts a reputation as a pitiless cutter of jobs, has drawn much of the anger.',
    ]) {
      expect(await claims(text), text).toEqual([]);
    }
  });

  it('still reads what was boasted or agreed in a clause', async () => {
    expect((await analyse('The coach boasted that the team would win.')).item('the team would win').kind).toBe('claim');
    expect((await analyse('The coach agreed that the season was over.')).item('the season was over').kind).toBe('claim');
  });
});

describe('quoted words that are a title give an unknown verb nothing said', () => {
  it('reads no claim from "came out … for a version of “…”"', async () => {
    const text = 'The singer came out during the encore for a surprise version of their single “Down By The Harbour,” the title track of their album.';
    expect(await claims(text)).toEqual([]);
  });

  it('still reads quoted words that are speech', async () => {
    const f = await analyse('The mayor ripped the board for acting as “the judge and the jury.”');
    expect(f.item('the board for acting').kind).toBe('claim');
  });
});

describe('round brackets bound a content', () => {
  it('ends a content that begins inside brackets at their close', async () => {
    const text = 'A new poll has lower numbers (44 percent of voters say they want the council to resign), but also shows that most voters want an inquiry.';
    expect((await claims(text)).map((i) => i.text)).toEqual(['they want the council to resign']);
  });

  it('keeps the closing bracket of brackets the content opened', async () => {
    const f = await analyse('Other studies indicate that drinking more water can help weight loss (10, 11).');
    expect(f.item('drinking more water').text).toBe('drinking more water can help weight loss (10, 11)');
  });
});

describe('a naming verb in an "as" aside names a thing', () => {
  // Read with every reading kept, so the test does not hang on the model's threshold.
  const claimsAt = async (text: string) => (await runPipeline(text, {}, { threshold: -100 })).items.filter((i) => i.kind === 'claim');

  it('reads no claim from "as X dubbed the project," or "as X called it,"', async () => {
    for (const text of ['Perhaps there is hope, since the “new harbour,” as the mayor dubbed the project, will have national heft.', 'The plan, as the mayor called it, will fail.']) {
      expect(await claimsAt(text), text).toEqual([]);
    }
  });

  it('keeps "as" that opens a clause of time', async () => {
    const found = await claimsAt('The talk comes as the mayor’s rhetoric has called attention to the harbour.');
    expect(found.some((i) => i.text.startsWith('attention to the harbour'))).toBe(true);
  });
});

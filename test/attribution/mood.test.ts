import { describe, expect, it } from 'vitest';
import { runPipeline } from '../../src/core/attribution/pipeline';
import { analyse } from './helpers';

// Speech that was never made: counterfactual and conditional cues. Sentences written for these tests.

const items = async (text: string) => (await analyse(text)).result.items;

describe('a counterfactual cue ("would have said") names speech nobody made', () => {
  it('reads nothing from "would then have claimed that …" or "could have argued …"', async () => {
    for (const text of [
      'In that case the harbour master, a friend of the owners, would then have claimed that the ferry was never late.',
      'A sharper lawyer could easily have argued that the contract had lapsed.',
      "The mayor would've said the bridge was safe, had anyone asked him.",
    ]) {
      expect(await items(text), text).toEqual([]);
    }
  });

  it('still reads "may have said", a plain "would say" stance and a past report', async () => {
    expect((await analyse('The mayor may have said the bridge was safe.')).item('the bridge was safe').kind).toBe('claim');
    expect((await analyse('The harbour master said the ferry would have sailed without the storm.')).item('the ferry would have sailed').kind).toBe('claim');
    expect((await analyse('Most engineers would argue that the bridge is safe.')).item('the bridge is safe').kind).toBe('claim');
  });
});

describe('a present cue inside an "if", "before", "unless" or "once" clause has not been said', () => {
  it('reads no claim from "before the public wonders where …" or "if anyone asks whether …"', async () => {
    for (const text of [
      'The council wants the vote done before the weary public wonders where all the money went.',
      'If anyone asks whether the ferry is late, the staff point to the board.',
      'The rules change once the board says the harbour is full.',
    ]) {
      const found = (await items(text)).filter((i) => ['wonders', 'asks', 'says'].includes(i.cue?.text ?? ''));
      expect(found, text).toEqual([]);
    }
  });

  it('still reads the claim when "until", "before" or "once" is an adverb or has an object of its own', async () => {
    const cases: Array<[string, string]> = [
      ['Until now the harbour office says it has had no complaints about the ferry.', 'it has had no complaints about the ferry'],
      ['Hours before the storm the ferry company says it will keep sailing.', 'it will keep sailing'],
      ['Two weeks before the ballot the ferry board says it has the numbers.', 'it has the numbers'],
      ['Once a critic Mayor Lund says she now backs the bridge.', 'she now backs the bridge'],
      // Only the adverb "once more" and an event noun decide these two.
      ['Once more the harbour board says the quay is full.', 'the quay is full'],
      ['Days before the election officials say turnout is low.', 'turnout is low'],
    ];
    for (const [text, content] of cases) {
      expect((await items(text)).map((i) => i.text), text).toContain(content);
    }
  });

  it('still reads a past cue after "before", "even if" and a "when" clause', async () => {
    const before = await analyse('Before the board concluded that the harbour was full, the ferry had left.');
    expect(before.item('the harbour was full').kind).toBe('claim');
    const evenIf = await analyse('The mayor will stay on even if the latest polls suggest the race is lost.');
    expect(evenIf.item('the race is lost').kind).toBe('claim');
    const when = await analyse('If I read the mayor right when she says the bridge will reopen in May, the ferry will stop.');
    expect(when.item('the bridge will reopen').kind).toBe('claim');
  });
});

describe('a generic subject before a modal cue is a speaker the writer imagines', () => {
  it('reads no claim from "people will ask you to …"', async () => {
    expect(await items('As your name spreads, people will ask you to speak at their meetings.')).toEqual([]);
  });

  it('still reads a named group with a modal and a generic subject without one', async () => {
    expect((await analyse('Many riders will tell you the ferry has got worse.')).item('the ferry has got worse').kind).toBe('claim');
    expect((await analyse('People say the ferry is too slow.')).item('the ferry is too slow').kind).toBe('claim');
  });
});

describe('a bare cue after "and" shares the modal that opens its chain of verbs', () => {
  it('reads no quote from "the public will cover its ears and scream, “…”"', async () => {
    const text = 'The mayor thinks that the more the ferry fails, the more the weary public will cover its ears and scream, “Build the bridge.”';
    expect(await items(text)).toEqual([]);
    expect(await items('The mayor will visit the pier on Monday and say the ferry is safe.')).toEqual([]);
  });

  it('does not hang a cue on a modal inside a "whose" clause or on "will" used as a noun', async () => {
    const whose = await items('Riders whose trips will get longer meet at the pier and say the timetable is a failure.');
    expect(whose.map((i) => i.text)).toContain('the timetable is a failure');
    const noun = await items('Islanders defend the will of the voters and say the ferry must stay.');
    expect(noun.map((i) => i.text)).toContain('the ferry must stay');
  });

  it('still reads a past cue after "and" and a chain with no modal', async () => {
    expect((await analyse('The mayor visited the pier and said the ferry is safe.')).item('the ferry is safe').kind).toBe('claim');
    const shout = await analyse('Each morning the riders gather at the pier, wave their flags and shout, “Build the bridge.”');
    expect(shout.item('Build the bridge').kind).toBe('quote');
  });
});

describe('a modal before a cue is a feature the scorer can weigh', () => {
  const featuresOf = async (text: string, cue: string) => {
    const out: string[][] = [];
    await runPipeline(text, {}, {
      onCandidates(view, candidates) {
        for (const c of candidates) if (view.tokens[c.cue.start]!.lower === cue) out.push(c.features);
      },
    });
    return out;
  };

  it('marks "will ask" with a generic subject and "would argue" with a named one', async () => {
    const ask = await featuresOf('Sooner or later, people will ask you to speak at their meetings.', 'ask');
    expect(ask.some((f) => f.includes('mood:will') && f.includes('mood:will|src:generic')), JSON.stringify(ask)).toBe(true);
    const argue = await featuresOf('The harbour board would surely argue that the pier is safe.', 'argue');
    expect(argue.some((f) => f.includes('mood:would')), JSON.stringify(argue)).toBe(true);
  });

  it('does not skip a noun in -ly as an adverb to find the modal ("who will rally say")', async () => {
    const say = await featuresOf('Neighbours who will rally say they are ready to help.', 'say');
    expect(say.length).toBeGreaterThan(0);
    expect(say.every((f) => !f.some((x) => x.startsWith('mood:'))), JSON.stringify(say)).toBe(true);
  });

  it('leaves a plain past cue without a mood feature', async () => {
    const said = await featuresOf('The harbour board said that the pier is safe.', 'said');
    expect(said.length).toBeGreaterThan(0);
    expect(said.every((f) => !f.some((x) => x.startsWith('mood:')))).toBe(true);
  });
});

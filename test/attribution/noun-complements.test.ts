import { describe, expect, it } from 'vitest';
import { analyse, expectConsistent } from './helpers';

// A noun of saying with its "that"-clause carries a claim ("despite the mayor's claim that …").
// Sentences written for these tests.

const claims = async (text: string) => (await analyse(text)).result.items.filter((i) => i.kind === 'claim');

describe('a possessive, a noun of saying and its "that"-clause', () => {
  it('reads the claim of a noun in object place, with its owner as source', async () => {
    const text = 'The harbour board dismissed Mayor Lund’s claim that the ferry will run all winter.';
    const f = await analyse(text);
    const c = f.item('the ferry will run');
    expect(c.kind).toBe('claim');
    expect(c.text).toBe('the ferry will run all winter');
    expect(c.source?.text).toBe('Mayor Lund');
    expect(f.speakerOf(c)).toMatch(/Lund/);
    expect(c.cue?.text).toBe('claim');
    expectConsistent(text, f.result);
  });

  it('reads a possessive pronoun owner, modifiers before the noun, and finds who "her" is', async () => {
    const text = 'Captain Ana Berg retired in May. Fishermen on the pier still talk about her stern warning that the old bridge could close by spring.';
    const f = await analyse(text);
    const c = f.item('the old bridge');
    expect(c.text).toBe('the old bridge could close by spring');
    expect(c.source?.text).toBe('her');
    expect(f.speakerOf(c)).toBe('Ana Berg');
  });

  it('ends the clause of a phrase that opens the sentence at its comma', async () => {
    const text = 'Despite the ferry company’s promise that fares would stay flat, tickets rose by a third in March.';
    const c = (await analyse(text)).item('fares would');
    expect(c.text).toBe('fares would stay flat');
    expect(c.source?.text).toBe('the ferry company');
  });

  it('reads "his argument was that …"', async () => {
    const text = 'The engineer spoke for an hour. His main argument was that the tunnel would pay for itself within ten years.';
    expect((await analyse(text)).item('the tunnel would').text).toBe('the tunnel would pay for itself within ten years');
  });

  it('reads no claim from a relative "that" ("the claim that he made", "the promise that was broken")', async () => {
    for (const text of [
      'The council looked again at the mayor’s claim that he made on the radio last week.',
      'Residents were angry about the company’s promise that was broken within a month.',
      'Nobody in the village believed his remarks that day about the weather.',
    ]) {
      expect(await claims(text), text).toEqual([]);
    }
  });
});

describe('what is no owner or no claim of a noun of saying', () => {
  it('takes no day, month or time word for the owner ("Tuesday’s announcement", "last year’s warning")', async () => {
    for (const text of [
      'Dock workers were shocked by Tuesday’s announcement that the terminal would shut in April.',
      'Growers still talk about last year’s warning that the river could flood the lower fields.',
      'Nobody expected October’s promise that the fares would fall by a third.',
    ]) {
      const found = await analyse(text);
      for (const item of found.result.items) expect(found.speakerOf(item), text).toBe(null);
    }
  });

  it('reads no claim from a relative clause whose verb has no object ("the warning that crews ignored for months")', async () => {
    for (const text of [
      'The spill came a year after the inspector’s warning that the crews ignored for months.',
      'The paper revisits the utility’s claim that engineers quietly disputed in 2019.',
      'Voters weighed the governor’s promise that critics have ridiculed since spring.',
    ]) {
      expect(await claims(text), text).toEqual([]);
    }
  });

  it('still reads a clause with an intransitive verb and an adjunct ("the claim that prices rose in May")', async () => {
    const f = await analyse('Shoppers doubted the chain’s claim that its prices fell in May.');
    expect(f.item('its prices fell').text).toBe('its prices fell in May');
  });
});

describe('the speaker of a possessive owner', () => {
  it('is the person named as the subject before it, and does not change who a later "he" is (a guard)', async () => {
    const text =
      'Mayor Olsen opened the new pier on Monday.\n\n“We built it in a year,” said the engineer, Tom Ruud.\n\n' +
      'Olsen is under fire for breaking his promise that the ferry would run all winter.\n\nResidents laughed when he told them, “Look at what I delivered.”';
    const f = await analyse(text);
    expect(f.speakerOf(f.item('the ferry would'))).toBe('Olsen');
    expect(f.speakerOf(f.item('Look at what'))).toBe('Olsen');
  });

  it('is nobody rather than the last speaker of its gender when no subject names it', async () => {
    const text =
      '“The tide tables are wrong,” Tom Ruud said.\n\nThe old captain retired in the spring.\n\n' +
      'Fishermen on the pier still talk about his warning that the old bridge could close by spring.';
    const f = await analyse(text);
    expect(f.speakerOf(f.item('the old bridge'))).toBe(null);
  });
});

import { describe, expect, it } from 'vitest';
import { analyse } from './helpers';

// A cue-like word after a number-and-unit compound is the compound's noun. Sentences written for
// these tests.

const claims = async (text: string) => (await analyse(text)).result.items.filter((i) => i.kind === 'claim');

describe('a cue word right after a measure ("10-year", "third-quarter") is a noun', () => {
  it('reads no claim from "the two-year notes rose …" or "third-quarter forecasts show …"', async () => {
    for (const text of ['The two-year notes rose in price after the report.', 'Third-quarter forecasts show the harbour will need a new pier.']) {
      expect(await claims(text), text).toEqual([]);
    }
  });

  it('still reads a speaker named by age and a measured document that speaks', async () => {
    const aged = await analyse('The 56-year-old said the harbour needs a new pier.');
    expect(aged.item('the harbour').kind).toBe('claim');
    const report = await analyse('The ferry company’s 40-page report says the harbour needs a new pier.');
    expect(report.item('the harbour').kind).toBe('claim');
  });
});

describe('a thing posted or written is no claim, however its noun phrase runs', () => {
  it('reads no claim from "posts new findings … for the crew to study"', async () => {
    expect(await claims('The captain posts new safety findings and tide tables for the crew to study.')).toEqual([]);
  });

  it('reads a clause whose verb ends in "-ings" after a cue of writing', async () => {
    expect((await analyse('The union leader wrote the agreement brings the two sides closer together.')).item('the agreement').text).toBe('the agreement brings the two sides closer together');
    expect((await analyse('In a letter, the bishop wrote the choir sings for the town every Sunday.')).item('the choir').text).toBe('the choir sings for the town every Sunday');
  });

  it('still reads a clause after a cue whose subject ends in "-ings"', async () => {
    const f = await analyse('The captain said new safety findings show the pier is unsafe.');
    expect(f.item('new safety findings').text).toBe('new safety findings show the pier is unsafe');
  });
});

import { describe, expect, it } from 'vitest';
import { analyse, expectConsistent, expectQuoteFrom } from './helpers';

// Speakers whose mention stands apart from the verb: appositives, relative clauses, modifiers,
// and quotes introduced by verbs or colons the cue list does not know.

describe('subjects read past their modifiers', () => {
  it('takes the name before an appositive holding a relative clause', async () => {
    const text = 'Dana Whitfield, a hydrologist who has studied the river for a decade, said the levee would not hold.';
    const f = await analyse(text);
    const c = f.item('the levee would not hold');
    // The source holds the appositive, as with any other ("Dana Whitfield, a hydrologist …"); the speaker is the name.
    expect(c.source?.text).toBe('Dana Whitfield, a hydrologist who has studied the river for a decade');
    expect(f.speakerOf(c)).toBe('Dana Whitfield');
    expectConsistent(text, f.result);
  });

  it('takes a subject with a restrictive relative clause', async () => {
    const f = await analyse('Farmers who have lost their crops say the aid comes too late.');
    expect(f.item('the aid comes too late').source?.text).toBe('Farmers');
  });

  it('takes a subject with a modifier phrase', async () => {
    const f = await analyse('Officials familiar with the negotiations said a deal was close.');
    expect(f.item('a deal was close').source?.text).toMatch(/^Officials/);
  });

  it('takes a name after an adjective', async () => {
    const f = await analyse('A weary Patel said the talks had stalled again.');
    const c = f.item('the talks had stalled');
    expect(c.source?.text).toMatch(/Patel$/);
    expect(f.speakerOf(c)).toBe('Patel');
  });

  it('does not take a statement between commas for an appositive', async () => {
    const f = await analyse('The plan, which was approved on Tuesday, will cost more than expected, the mayor said.');
    const c = f.item('The plan');
    expect(c.source?.text).toBe('the mayor');
  });
});

describe('quotes whose speaker stands apart', () => {
  it('reads “…,” NAME, AGE, of PLACE, who …, said', async () => {
    const text = '“The mill will reopen,” Tom Reyes, 54, of Millbrook, who worked there for 30 years, said.';
    // The source holds the whole appositive (age, place, relative clause); the speaker is the name.
    const f = await expectQuoteFrom(text, 'The mill will reopen', /^Tom Reyes, 54, of Millbrook/);
    expect(f.speakerOf(f.item('The mill will reopen'))).toBe('Tom Reyes');
  });

  it('reads a quote after a colon with a predicate of any verb', async () => {
    const f = await analyse('Ellen Park summed up the mood: “Nobody is leaving this town.”');
    expect(f.item('Nobody is leaving').source?.text).toBe('Ellen Park');
  });

  it('reads "as X put it"', async () => {
    const f = await analyse('As the coach put it, “We lost to a better team.”');
    const q = f.item('We lost to a better team');
    expect(q.source?.text).toBe('the coach');
    expect(q.cue?.text).toBe('put it');
  });

  it('reads a person named by age', async () => {
    const f = await analyse('“Not tonight,” the 46-year-old answered.');
    expect(f.item('Not tonight').source?.text).toBe('the 46-year-old');
  });
});

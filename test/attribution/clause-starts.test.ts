import { describe, expect, it } from 'vitest';
import { runPipeline } from '../../src/core/attribution/pipeline';
import { analyse } from './helpers';

// Where a content after its cue begins and ends when other clauses stand near it: a "that" that
// belongs to another clause, a conjunction that joins a clause of its own. Sentences written for
// these tests.

/** Claim contents read with every reading kept, so the checks do not hang on the model's threshold. */
const allClaims = async (text: string) =>
  (await runPipeline(text, {}, { threshold: -100 })).items.filter((i) => i.kind === 'claim').map((i) => i.text);

describe('a "that" in another clause is not the cue\'s', () => {
  it('reads no content after "that" in a clause a comma and a conjunction opened', async () => {
    const text = 'Better still, the co-op is focused on its members’ “fair price,” as one farmer told me, and easing the “worry” that growers feel about the harvest.';
    expect(await allClaims(text)).not.toContain('growers feel about the harvest');
  });

  it('takes "that" after a preposition for a pointing word and goes on to the clause', async () => {
    const f = await analyse('The guide described the trail as steep, and at that point in the climb, the group turned back.');
    expect(f.item('the trail as steep').text).toBe('the trail as steep');
    const meeting = await analyse('The mayor said at that meeting that the harbour would reopen in May.');
    expect(meeting.item('the harbour').text).toBe('the harbour would reopen in May');
  });

  it('finds the "that" after a second addressee or object in commas', async () => {
    const court = await analyse('The judge told the jury, and both lawyers, that the hearing would resume on Monday.');
    expect(court.item('the hearing').text).toBe('the hearing would resume on Monday');
    expect(court.result.items.map((i) => i.text)).not.toContain('the jury');
    const port = await analyse('The ferry company told its passengers, and the harbour staff, that the crossing was cancelled.');
    expect(port.item('the crossing').text).toBe('the crossing was cancelled');
  });

  it('still finds the "that" after adjuncts joined by "and again"', async () => {
    const f = await analyse('The fishermen complained in a letter, and again on Friday, that the quota was unfair.');
    expect(f.item('the quota').text).toBe('the quota was unfair');
  });
});

describe('a content is not cut between its subject and its predicate', () => {
  it('goes on past an aside in commas to the verb of the subject it began with', async () => {
    const f = await analyse('The council asked how the harbour master, a former pilot, could have missed the storm warnings from the coast guard, which had been sent twice.');
    expect(f.item('how the harbour master').text).toContain('could have missed the storm warnings');
  });

  it('goes on past ", and" to the last item of a list of subjects and their shared verb', async () => {
    const f = await analyse('Passengers say the price, the timetable, and the service have all improved this year.');
    expect(f.item('the price').text).toBe('the price, the timetable, and the service have all improved this year');
  });

  it('does not cut a list of subjects from its verb after any clause cue, with or without "that"', async () => {
    const believe = await analyse('The inspector said the tunnel, the ramps, and the old bridge were all built too cheaply.');
    expect(believe.item('the tunnel').text).toBe('the tunnel, the ramps, and the old bridge were all built too cheaply');
    const asked = await analyse('Tenants asked whether the rent, the deposit, and the cleaning fee would go up in June.');
    expect(asked.item('whether the rent').text).toBe('whether the rent, the deposit, and the cleaning fee would go up in June');
    const text = 'The coach said the defense, and the midfield, played poorly.';
    const readings: string[] = [];
    await runPipeline(text, {}, {
      onCandidates(_view, candidates) {
        for (const c of candidates) if (c.content) readings.push(c.content.segments.map(([s, e]) => text.slice(s, e)).join(' | '));
      },
    });
    expect(readings).not.toContain('the defense, and the midfield');
    const plural = await analyse('Tenants asked whether the rent, the repairs, and the cleaning fee would go up in June.');
    expect(plural.item('whether the rent').text).toBe('whether the rent, the repairs, and the cleaning fee would go up in June');
  });

  it('still offers the cut before ", and" a clause of its own when the content has its verb', async () => {
    const text = 'The mayor said the harbour will reopen, and the council will vote on it in May.';
    const readings: string[] = [];
    await runPipeline(text, {}, {
      onCandidates(_view, candidates) {
        for (const c of candidates) if (c.content) readings.push(c.content.segments.map(([s, e]) => text.slice(s, e)).join(' | '));
      },
    });
    expect(readings).toContain('the harbour will reopen');
  });

  it('still cuts before an appositive on a content that has its verb', async () => {
    const f = await analyse('The mayor said the harbour will reopen, a decision that pleased the fishermen.');
    expect(f.item('the harbour').text).toBe('the harbour will reopen');
  });
});

describe('a "That" opening the sentence belongs to the content', () => {
  it('keeps "That" before a noun or a verb in a content read before its cue', async () => {
    const plan = await analyse('That plan will not work, the mayor said.');
    expect(plan.result.items.map((i) => i.text)).toContain('That plan will not work');
    const pronoun = await analyse('The ferry runs at a loss. That cannot go on, the treasurer said.');
    expect(pronoun.result.items.map((i) => i.text)).toContain('That cannot go on');
  });

  it('still drops the "that" after a cue', async () => {
    const f = await analyse('The treasurer said that the ferry runs at a loss.');
    expect(f.result.items.map((i) => i.text)).toContain('the ferry runs at a loss');
  });
});

describe('a quote, then its speaker named and described, then the cue', () => {
  it('gives the quote to the name when the description holds commas of its own', async () => {
    const f = await analyse('“The pier is unsafe,” Maria Ortiz, a harbour engineer at the Dover-based Institute of Ports, Ferries and Docks told the BBC.');
    expect(f.result.items.map((i) => [i.kind, i.text])).toEqual([['quote', 'The pier is unsafe,']]);
    expect(f.item('The pier is unsafe').source?.text).toBe('Maria Ortiz');
  });

  it('leaves a quote that runs on into its sentence without a comma', async () => {
    const f = await analyse('“The news bothered” Ortiz’s family, the neighbour said. “They never spoke of it again.”');
    expect(f.item('The news bothered').source?.text).toBe('the neighbour');
  });
});

describe('a quote that closes on a comma, then the writer\'s own clause', () => {
  it('is the whole content, without the clause after it', async () => {
    const f = await analyse('The mayor said, “We will rebuild the bridge,” as the crowd cheered.');
    expect(f.result.items.map((i) => [i.kind, i.text])).toEqual([['quote', 'We will rebuild the bridge,']]);
    const coach = await analyse('The coach waved at the crowd and shouted, “Keep running,” until the whistle blew.');
    expect(coach.result.items.map((i) => i.text)).not.toContain('“Keep running,” until the whistle blew');
  });
});

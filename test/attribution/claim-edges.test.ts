import { describe, expect, it } from 'vitest';
import { analyse } from './helpers';

// Where a claim starts and ends: determiners read as "that"-clauses, dangling conjunctions and
// datelines. Sentences written for these tests.

const claims = async (text: string) => (await analyse(text)).result.items.filter((i) => i.kind === 'claim');

describe('"that" before a time noun points at it: it opens no clause', () => {
  it('reads no claim from "wrote dozens of letters that winter and mailed …"', async () => {
    expect(await claims('He wrote dozens of letters that winter and mailed most of them to his sister.')).toEqual([]);
  });

  it('starts the content after "that night" and keeps "that year" as a subject', async () => {
    const night = await analyse('The station reported that night the harbour master had resigned.');
    expect(night.item('the harbour master').text).toBe('the harbour master had resigned');
    const told = await analyse('The mayor told reporters that evening that the ferry would stop.');
    expect(told.item('the ferry').text).toBe('the ferry would stop');
    const year = await analyse('The captain said that year was the hardest of his life.');
    expect(year.result.items.map((i) => i.text)).toContain('that year was the hardest of his life');
  });

  it('keeps a time noun that modifies the subject ("that season pass holders", "that year’s repairs")', async () => {
    const cases: Array<[string, string]> = [
      ['The ferry company said that season pass holders would get a refund.', 'season pass holders would get a refund'],
      ['The harbour master said that night crossings were the most dangerous.', 'night crossings were the most dangerous'],
      ['The harbour master said that year’s repairs had cost too much.', 'that year’s repairs had cost too much'],
    ];
    for (const [text, content] of cases) {
      expect((await analyse(text)).result.items.map((i) => i.text), text).toContain(content);
    }
  });

  it('still drops a plain "that" and reads "that week" at the end of a content', async () => {
    const plain = await analyse('The mayor said that the ferry would stop that week.');
    expect(plain.item('the ferry').text).toBe('the ferry would stop that week');
  });
});

describe('a claim does not end on the word that joins what comes next', () => {
  it('drops a dangling ", and that" before a dash aside', async () => {
    const f = await analyse('The ferry board has argued that its fares are far lower than the bridge tolls, and that — despite losing money every winter so far — the service should stay.');
    expect(f.item('its fares').text).toBe('its fares are far lower than the bridge tolls');
  });

  it('keeps a word that ends its sentence: "yet", "though" and "when" join nothing there', async () => {
    const cases: Array<[string, string]> = [
      ['The ferry company said it has not decided yet.', 'it has not decided yet'],
      ['The harbour master said the pier had not been tested yet, and added nothing.', 'the pier had not been tested yet'],
      ['The council said it would reopen the pier soon but did not say when.', 'it would reopen the pier soon but did not say when'],
      ['The harbour master said nothing had been settled on the fares, though.', 'nothing had been settled on the fares, though'],
    ];
    for (const [text, content] of cases) {
      expect((await analyse(text)).item(content.split(' ').slice(0, 2).join(' ')).text, text).toBe(content);
    }
  });

  it('trims a joiner in linear time after a long run of spaces (no backtracking)', async () => {
    const started = Date.now();
    await analyse(`The harbour master said the pier was safe${'\u00a0'.repeat(160_000)}x and more.`);
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('keeps a joiner that has its clause after it', async () => {
    const f = await analyse('The mayor said the ferry was late and the bridge was shut.');
    expect(f.item('the ferry').text).toBe('the ferry was late and the bridge was shut');
  });
});

describe('a claim does not start inside a dateline’s brackets', () => {
  it('starts "(Agency) — …" after the agency', async () => {
    const f = await analyse('(Reuters) — The state attorney general is investigating the ferry company, according to two people familiar with the matter.');
    expect(f.item('The state attorney general').text).toBe('The state attorney general is investigating the ferry company');
  });

  it('keeps a bracket that opens inside the claim', async () => {
    const f = await analyse('The harbour office said the new ferry (built in Norway) would arrive in May.');
    expect(f.item('the new ferry').text).toBe('the new ferry (built in Norway) would arrive in May');
  });
});

describe('after a clause with a modal verb, "and" and a verb in the cue’s tense is the speaker’s', () => {
  it('ends "said the pier would reopen in May and thanked …" before "and thanked"', async () => {
    const said = await analyse('The harbour master said the pier would reopen in May and thanked the divers for their work.');
    expect(said.item('the pier').text).toBe('the pier would reopen in May');
    const says = await analyse('The harbour master says the pier will reopen soon, and praises the divers.');
    expect(says.item('the pier').text).toBe('the pier will reopen soon');
    const has = await analyse('The harbour master says the ferry must be a public service, and has pushed for lower fares for islanders.');
    expect(has.item('the ferry').text).toBe('the ferry must be a public service');
  });

  it('still reads coordinated verbs of the clause itself', async () => {
    const cases: Array<[string, string]> = [
      ['The harbour master said fares rose sharply and then fell back in the spring.', 'fares rose sharply and then fell back in the spring'],
      ['The harbour master said the pier would be repaired and painted by May.', 'the pier would be repaired and painted by May'],
      ['The harbour master says the pier will reopen in May and repairs will follow.', 'the pier will reopen in May and repairs will follow'],
      ['The harbour master said the pier would reopen in May and cost less than planned.', 'the pier would reopen in May and cost less than planned'],
      ['The ferry board says it will hire more deckhands and engineers in the spring.', 'it will hire more deckhands and engineers in the spring'],
      ['The harbour master says the port will buy new cranes and tugs this year.', 'the port will buy new cranes and tugs this year'],
      ['The harbour master said the fishermen would need more bait and seed for the oyster beds.', 'the fishermen would need more bait and seed for the oyster beds'],
      ['The harbour master says the pier will get a new roof and lights.', 'the pier will get a new roof and lights'],
    ];
    for (const [text, whole] of cases) {
      expect((await analyse(text)).item(whole.split(' ').slice(0, 2).join(' ')).text, text).toBe(whole);
    }
  });
});

describe('a cue inside brackets reads its content from the bracket', () => {
  it('reads only the bracket’s clause before ", according to X)"', async () => {
    const f = await analyse('Small harbours like Dunmore (90 percent of their boats are under ten metres, according to the port authority) are struggling.');
    expect(f.item('90 percent').text).toBe('90 percent of their boats are under ten metres');
  });

  it('still reads a clause before a closed bracket whole', async () => {
    const f = await analyse('The pier (built in 1902) needs repairs, according to the port authority.');
    expect(f.item('The pier').text).toBe('The pier (built in 1902) needs repairs');
  });
});

describe('a past verb after an "according to" aside is the sentence’s, not part of the source', () => {
  it('names the office alone in "X, according to the office, made a visit … on Saturday"', async () => {
    const f = await analyse('The mayor, according to the harbour office, made a surprise visit to the pier on Saturday.');
    expect(f.result.items.map((i) => i.source?.text)).toEqual(['the harbour office']);
  });

  it('still takes a capitalised appositive after the source', async () => {
    const f = await analyse('The pier will close in May, according to Dana Ortiz, Harbour Master of Dunmore.');
    expect(f.item('The pier').source?.text).toContain('Dana Ortiz');
  });
});

describe('the person told ends before a personal subject pronoun', () => {
  it('keeps the pronoun in "tells audiences she may …" and "told the forum he was …"', async () => {
    const audiences = await analyse('The senator tells audiences she may be charged over the ferry contracts.');
    expect(audiences.item('she may').text).toBe('she may be charged over the ferry contracts');
    const forum = await analyse('The mayor told the forum he was against the new bridge.');
    expect(forum.item('he was').text).toBe('he was against the new bridge');
  });

  it('reads a plain plural before a clause as the person told', async () => {
    const crowds = await analyse('The mayor tells crowds the bridge may close.');
    expect(crowds.item('the bridge').text).toBe('the bridge may close');
  });

  it('still reads a plural that is the subject of what was said', async () => {
    const f = await analyse('The mayor said audiences loved the show.');
    expect(f.item('audiences').text).toBe('audiences loved the show');
  });
});

import { describe, expect, it } from 'vitest';
import { findCues } from '../../src/core/attribution/cue-finding';
import { contentEnds } from '../../src/core/attribution/clause-bounds';
import { analyse, viewOf } from './helpers';

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

describe('a subject with a relative aside in commas keeps its predicate', () => {
  it('reads "X, which …, reported …" whole after the cue', async () => {
    const f = await analyse('The agency has also estimated that 12,000 owners age 40 and older, which account for about a tenth of the U.S. fleet, reported a loss in 2017.');
    expect(f.item('12,000 owners').text).toContain('reported a loss in 2017');
  });

  it('still offers the stop before ", which" when the content before it has its verb', () => {
    const stopAfterSaid = (text: string) => {
      const view = viewOf(text);
      const said = view.tokens.findIndex((t) => t.lower === 'said');
      return contentEnds(view, said + 1, findCues(view)).stop;
    };
    expect(stopAfterSaid('The council said the ferry was late again, which annoyed the riders.')).toBe('relative');
    expect(stopAfterSaid('The council said the new ferries, which cost more than the old ones, carried fewer riders.')).toBeNull();
  });
});

describe('the article’s own charts and tables are not sources', () => {
  it('reads no claim from "the following chart summarizes …" or "the table below shows …"', async () => {
    for (const text of ['The following chart summarizes the cost of each bridge.', 'This article explains why the old bridge closed.', 'The table above summarizes what each ferry cost.']) {
      expect(await claims(text), text).toEqual([]);
    }
  });

  it('still reads a report or chart issued by someone', async () => {
    const chart = await analyse('The harbour board’s chart summarizes the cost of each bridge.');
    expect(chart.item('the cost of each bridge').kind).toBe('claim');
    const report = await analyse('A report from the harbour board explains why the old bridge closed.');
    expect(report.item('why the old bridge closed').kind).toBe('claim');
  });
});

describe('a cue-like plural noun before "that" and an auxiliary heads a relative clause', () => {
  it('reads no claim from "tricky questions that will help …" or "the charges that were dropped …"', async () => {
    for (const text of ['Twenty short questions that will test what you remember about the week.', 'Several old charges that were dropped last year came back in court.']) {
      expect(await claims(text), text).toEqual([]);
    }
  });

  it('still reads a cue verb before a that-clause with its own subject', async () => {
    const f = await analyse('The minister claims that the harbour will reopen in May.');
    expect(f.item('the harbour will reopen').kind).toBe('claim');
  });
});

describe('"cannot" before a cue negates it like "can not"', () => {
  it('reads no claim from "the officials cannot explain why …"', async () => {
    for (const text of ["The harbour officials cannot explain why the ferry was late.", "Yet our worried Harbour Board experts somehow cannot explain why the ferry was late."]) expect(await claims(text), text).toEqual([]);
  });

  it('still reads a "cannot" inside what was said', async () => {
    const f = await analyse('The officials said they cannot explain why the ferry was late.');
    expect(f.item('they cannot explain').kind).toBe('claim');
  });
});

describe('"kept" or "began" before an -ing cue is the cue’s aspect, not part of the speaker', () => {
  it('names "the mayor" in "The mayor kept saying …" and "The pilot began telling …"', async () => {
    const kept = await analyse('The mayor kept saying the bridge was safe.');
    expect(kept.item('the bridge was safe').source?.text).toBe('The mayor');
    const began = await analyse('The pilot began telling passengers that the storm would pass.');
    expect(began.item('the storm would pass').source?.text).toBe('The pilot');
  });

  it('still reads a speaker named Kemp, and "kept" as the verb of a clause before', async () => {
    const f = await analyse('Kemp said the ferry kept sailing.');
    expect(f.speakerOf(f.item('the ferry kept sailing'))).toBe('Kemp');
  });
});

describe('a content is not cut after an auxiliary or the aside that follows one', () => {
  it('reads "the plan was, in fact, working" whole, after "said" and after "as proof that"', async () => {
    const fact = await analyse('Officials said the plan was, in fact, working.');
    expect(fact.item('the plan was').text).toBe('the plan was, in fact, working');
    const course = await analyse('The mayor cited the delays as proof that the bridge was, in fact, failing.');
    expect(course.item('the bridge was').text).toBe('the bridge was, in fact, failing');
  });

  it('still cuts before ", adding …" after a complete clause', async () => {
    const f = await analyse('The mayor said the bridge was old, adding that it would close.');
    expect(f.item('the bridge was old').text).toBe('the bridge was old');
  });
});

describe('a clause of its own between a cue and a "that" is the content', () => {
  it('reads "said in a letter this case shows that …" from "this case"', async () => {
    const f = await analyse('The mayor said in a letter this case shows that the city needs a new bridge.');
    expect(f.item('this case shows').text).toBe('this case shows that the city needs a new bridge');
    const g = await analyse('The mayor said in the release this vote proves that the city needs a new bridge.');
    expect(g.item('this vote proves').text).toBe('this vote proves that the city needs a new bridge');
  });


  it('still skips adjuncts before "that", with a time phrase after a noun', async () => {
    const week = await analyse('The mayor told the paper this week that the city needs a new bridge.');
    expect(week.item('the city needs').text).toBe('the city needs a new bridge');
    const letter = await analyse('The mayor said on Tuesday in a letter to residents that the city needs a new bridge.');
    expect(letter.item('the city needs').text).toBe('the city needs a new bridge');
    const listed = await analyse('The mayor said in a letter to parents and teachers that the school would close.');
    expect(listed.item('the school would').text).toBe('the school would close');
    const relative = await analyse('The mayor said in a statement her lawyers released that the school would close.');
    expect(relative.item('the school would').text).toBe('the school would close');
  });
});

describe('names set off by dashes before a cue speak when the long subject before them is no mention', () => {
  it('names "Egypt and Jordan" in "The only two states to sign the pact - Egypt and Jordan - criticised …"', async () => {
    const f = await analyse('The only two states to sign the pact - Egypt and Jordan - also sharply criticised the plan to close the port.');
    expect(f.item('the plan').source?.text).toBe('Egypt and Jordan');
    const g = await analyse('The only two countries to have signed a deal with Chile - Peru and Bolivia - warned that the port would close.');
    expect(g.item('the port would close').source?.text).toBe('Peru and Bolivia');
  });

  it('still names the subject itself when it reads as a mention', async () => {
    const f = await analyse('Two of its neighbours — Chile and Peru — said the border would stay open.');
    expect(f.item('the border').source?.text).toBe('Two of its neighbours');
    const inner = await analyse('Even so, farmers in the two northern provinces — Salta and Jujuy — said the border should stay open.');
    expect(inner.item('the border').source?.text).toBe('farmers in the two northern provinces');
  });
});

describe('an infinitive between a cue and a "that" owns the "that"', () => {
  it('reads "to block the bill that …" as the content, not the relative clause after it', async () => {
    const block = await analyse('The senator threatened to block the bill that the House passed.');
    expect(block.result.items.some((i) => i.text === 'the House passed')).toBe(false);
    const urge = await analyse('Officials urged residents to check the list that the city posted online.');
    expect(urge.result.items.some((i) => i.text === 'the city posted online')).toBe(false);
  });

  it('still skips "to" and a hearer before a that-clause', async () => {
    const f = await analyse('The mayor said in a letter to parents that the school would close.');
    expect(f.item('the school would').text).toBe('the school would close');
  });

  it('reads "to" + a plural hearer + a time phrase as a hearer, not an infinitive', async () => {
    const wrote = await analyse('The principal wrote to families this month that the gym would stay shut until spring.');
    expect(wrote.item('the gym would').text).toBe('the gym would stay shut until spring');
    const said = await analyse('The captain said to fans the other night that the squad was tired.');
    expect(said.result.items.map((i) => i.text)).toEqual(['the squad was tired']);
  });
});

describe('"asked … questions about …" names the asking, not what was asked', () => {
  it('reads no claim from "asked the candidates a series of questions about …" or "asked them tough questions …"', async () => {
    for (const text of ['The panel asked the candidates a series of questions about how they would fix the port.', 'The panel asked them tough questions about the port.']) {
      expect(await claims(text), text).toEqual([]);
    }
  });

  it('still reads "asked whether …" and "asked X to …"', async () => {
    expect((await analyse('The senator asked whether the port would close.')).item('whether the port').kind).toBe('claim');
    expect((await analyse('The senator asked the mayor to close the port.')).item('to close the port').kind).toBe('claim');
  });
});

describe('an infinitive content ends before "and" and a second past verb of the speaker', () => {
  it('reads "promised to protect the clinic" without "and hammered the mayor …"', async () => {
    const f = await analyse('In Ohio, the Democratic candidate, Ann Reyes — whose mother, also as mayor, built the clinic — promised to protect the clinic and hammered the mayor on his plan for new fees.');
    expect(f.item('to protect the clinic').text).toBe('to protect the clinic');
  });

  it('still reads participles joined inside the infinitive', async () => {
    const f = await analyse('The mayor vowed to get the bridge cleaned and painted by May.');
    expect(f.item('to get the bridge').text).toBe('to get the bridge cleaned and painted by May');
  });

  it('still reads "and" + a past form that modifies the next noun ("and retired nurses") inside the infinitive', async () => {
    const f = await analyse('The senator pledged to house the homeless and retired nurses near the new clinic.');
    expect(f.item('to house the homeless').text).toBe('to house the homeless and retired nurses near the new clinic');
  });
});

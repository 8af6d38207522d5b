import { describe, expect, it } from 'vitest';
import { analyse } from './helpers';

// Who is named as the speaker: general misreadings of names, roles and source phrases.
describe('a surname that is also a role noun', () => {
  it('keeps the surname in the name and finds the person again by it', async () => {
    const f = await analyse('Local papers will keep shrinking, said media analyst Rick Doctor. “Nobody has a plan,” Doctor said.');
    expect(f.speakerOf(f.item('Local papers will keep shrinking'))).toBe('Rick Doctor');
    expect(f.speakerOf(f.item('Nobody has a plan'))).toBe('Rick Doctor');
  });

  it('reads a role noun before a one-word name as part of the name, but not a form of address', async () => {
    const f = await analyse('Fan Weiguo, head of the local clinic, said the outbreak was contained. Judge Harlan said the case would go on.');
    expect(f.speakerOf(f.item('the outbreak was contained'))).toBe('Fan Weiguo');
    expect(f.speakerOf(f.item('the case would go on'))).toBe('Harlan');
  });

  it('leaves a role noun with an article unnamed', async () => {
    const f = await analyse('Local papers will keep shrinking, said media analyst Rick Doctor. The clinic is full, the doctor said.');
    expect(f.speakerOf(f.item('The clinic is full'))).toBe('doctor');
  });
});

describe('a capitalised ordinary word that opens a sentence', () => {
  it('names no one when read as a one-word name', async () => {
    const f = await analyse('Moving forward, the label will be left to wonder: “what did we do?” Consider this entry — “Don’t jerk and drive,” meant to warn drivers.');
    expect(f.speakerOf(f.item('what did we do'))).toBeNull();
    expect(f.speakerOf(f.item('Don’t jerk and drive'))).toBeNull();
  });

  it('keeps a one-word name with a speech verb, and a name met inside sentences', async () => {
    const f = await analyse('Analysts were split. Nomura said the order favoured banks. Mahler won the race. Mahler said the course was hard.');
    expect(f.speakerOf(f.item('the order favoured banks'))).toBe('Nomura');
    expect(f.speakerOf(f.item('the course was hard'))).toBe('Mahler');
  });

  it('reads an indefinite pronoun as nobody named', async () => {
    const f = await analyse('He was born in 1957. Everyone said he was brilliant.');
    const item = f.item('he was brilliant');
    expect(f.result.speakers.find((s) => s.id === item.speakerId)?.kind).toBe('unnamed');
  });
});

describe('a role the narrative gives a named person', () => {
  it('names the person a role title or appositive belongs to', async () => {
    const f = await analyse('The court freed Greenpeace co-founder Rex Weyler in May. The Greenpeace founder said that he would appeal.');
    expect(f.speakerOf(f.item('he would appeal'))).toBe('Rex Weyler');
    const g = await analyse('Ada Lund, the Nordbank chairwoman, resigned on Friday. The chairwoman said that the bank was sound.');
    expect(g.speakerOf(g.item('the bank was sound'))).toBe('Ada Lund');
  });

  it('does not choose between two people who hold the same role', async () => {
    const f = await analyse('Acme founder Tom Ruiz and Zenco founder Lea Park met in Oslo. The founder said that the talks went well. The Zenco founder said that they would meet again.');
    expect(f.speakerOf(f.item('the talks went well'))).not.toMatch(/Ruiz|Park/);
    expect(f.speakerOf(f.item('they would meet again'))).toBe('Lea Park');
    const g = await analyse('Vice President Dora Hale spoke first at the museum. It was, the president said, a day for the country.');
    expect(g.speakerOf(g.item('It was'))).not.toBe('Dora Hale');
  });

  it('names the person set off right after a role cut at "of"', async () => {
    const f = await analyse('“The case is closed,” Norway’s deputy director of public prosecutions, Anne-Lise Berg, said on Tuesday. She added that an appeal was possible.');
    expect(f.speakerOf(f.item('The case is closed'))).toBe('Anne-Lise Berg');
    expect(f.speakerOf(f.item('an appeal was possible'))).toBe('Anne-Lise Berg');
  });
});

describe('garbled source phrases', () => {
  it('leaves a fronted adverbial out of the source', async () => {
    const f = await analyse('After the mayor’s arrest in Lisbon, a lawyer for the city asked for the trial to be moved.');
    const item = f.item('for the trial to be moved');
    expect(item.source?.text).toBe('a lawyer for the city');
    expect(f.result.speakers.find((s) => s.id === item.speakerId)?.kind).toBe('unnamed');
  });

  it('still reads a name before an open appositive', async () => {
    const f = await analyse('Mark Otieno, a spokesman for the council said the road would reopen.');
    expect(f.speakerOf(f.item('the road would reopen'))).toBe('Mark Otieno');
  });
});

describe('a place read as the speaker', () => {
  it('names no one for the state or country that closes a place', async () => {
    const f = await analyse('A team of researchers at the Goddard Space Flight Center in Greenbelt, Maryland, has confirmed that the moon holds water.');
    expect(f.speakerOf(f.item('the moon holds water'))).not.toBe('Maryland');
  });
});

describe('a name after a fronted place', () => {
  it('is still the speaker', async () => {
    const f = await analyse('At a town hall in Salem, Trump said the wall would be built.');
    expect(f.speakerOf(f.item('the wall would be built'))).toBe('Trump');
  });
});

describe('a verb that ran into a source phrase', () => {
  it('is cut from the speaker’s name', async () => {
    const f = await analyse('Worry grew as the Office of the State Auditor released two critical reports that depicted “cost increases and delays”.');
    const name = f.speakerOf(f.item('cost increases and delays'));
    expect(name).toBe('Office of the State Auditor');
  });
});

describe('the subject of a participle', () => {
  it('is the clause’s subject, not a noun pair read as subject and verb', async () => {
    const f = await analyse('The harbour board is angry with both shipping and trucking companies, saying they failed to share their schedules.');
    const item = f.item('they failed to share');
    expect(item.source?.text).toBe('The harbour board');
  });
});

describe('a he or she after a person named as a sentence’s subject', () => {
  it('points to that person when the verb ran into the name', async () => {
    const text = 'In the interview, BBC host Nora Vance pressed Prince Edmund. Vance asked how Edmund could be so sure.\n\nEdmund doesn’t remember the party. “I was at home that night,” he said.';
    const f = await analyse(text);
    expect(f.speakerOf(f.item('I was at home that night'))).toBe('Edmund');
  });

  it('is not kept from that person by pronouns inside a quote or an object pronoun', async () => {
    const f = await analyse('“It is over,” said Beth Carver, his editor.\n\nElise Moreau found him. “He looked a little surprised,” she wrote in an email.');
    expect(f.speakerOf(f.item('He looked a little surprised'))).toBe('Elise Moreau');
  });
});

describe('a mention that opens with its role', () => {
  it('takes the full name set off right before it', async () => {
    const f = await analyse('Nina Holt, president of Page & Line, a Denver design agency, said the campaign was bold.');
    expect(f.speakerOf(f.item('the campaign was bold'))).toBe('Nina Holt');
  });
});

describe('a surname with a capitalised particle', () => {
  it('keeps the particle', async () => {
    const f = await analyse('Van Der Linde said the show would return next year.');
    expect(f.speakerOf(f.item('the show would return'))).toBe('Van Der Linde');
  });
});

describe('names of institutions and unnamed sources', () => {
  it('reads firms by their name words and leaves a user on a site unnamed', async () => {
    const f = await analyse('One user on Weibo, which is China’s version of Twitter, said the rules were strict. Edmunds.com, a car data firm, said prices rose. Dick Clark Productions said the show would go on.');
    const kind = (prefix: string) => f.result.speakers.find((s) => s.id === f.item(prefix).speakerId);
    expect(kind('the rules were strict')).toMatchObject({ kind: 'unnamed', name: 'One user on Weibo' });
    expect(kind('prices rose')?.kind).toBe('organization');
    expect(kind('the show would go on')?.kind).toBe('organization');
  });
});

describe('a he or she after a thing of a named person', () => {
  it('points to the person whose thing opens the sentence', async () => {
    const f = await analyse('“It is over,” said Jon Reyes, a label executive.\n\nNora Vale’s first six albums were released through Big Gate. In a post at the time she described this as the worst case.');
    expect(f.speakerOf(f.item('as the worst case'))).toBe('Nora Vale');
  });
});

// Review 15: cases the rules above must leave alone. Sentences written for these tests.
describe('a role of another time', () => {
  it('does not link "the president" to a former, late or elected holder', async () => {
    for (const opening of ['Former President Ada Marsh toured the port on Friday.', 'Ada Marsh, the former president, toured the port on Friday.', 'Ex-President Ada Marsh toured the port on Friday.', 'President-elect Ada Marsh toured the port on Friday.']) {
      const f = await analyse(`${opening} Later, in the capital, the president said the harbour would be dredged.`);
      expect(f.speakerOf(f.item('the harbour would be dredged'))).toBe('president');
    }
  });

  it('still links the holder the narrative names without such a word', async () => {
    const f = await analyse('President Ada Marsh toured the port on Friday. Later, in the capital, the president said the harbour would be dredged.');
    expect(f.speakerOf(f.item('the harbour would be dredged'))).toBe('Ada Marsh');
  });
});

describe('a fronted place or firm before a role and a name', () => {
  it('is no name for the mention', async () => {
    const firm = await analyse('The tablet sold well. At Orchard, chief executive Lena Park said the new model would ship in May.');
    expect(firm.speakerOf(firm.item('the new model'))).toBe('Lena Park');
    const city = await analyse('Crime fell last year. In Port Ellis, head of the city police union Dan Ruiz said the plan was reckless.');
    expect(city.speakerOf(city.item('the plan was reckless'))).toBe('Dan Ruiz');
  });
});

describe('a one-word name that opens its sentences', () => {
  it('stays the speaker of a quote after a colon', async () => {
    const f = await analyse('The ministers met in Bergen. Okafor put it bluntly: “The plan is dead.”');
    expect(f.speakerOf(f.item('The plan is dead'))).toBe('Okafor');
  });
});

describe('a group named by a noun and its members', () => {
  it('keeps the verb after "X of <plural>" out of the name', async () => {
    const f = await analyse('A group of parents wants the school to stay open, saying the children need it.');
    expect(f.speakerOf(f.item('the children need it'))).toBe('group of parents');
  });

  it('keeps an unhyphenated "X-led" compound whole', async () => {
    const f = await analyse('Some Marsh appointed judges said the rule was unlawful.');
    expect(f.speakerOf(f.item('the rule was unlawful'))).not.toBe('Marsh');
    expect(f.speakerOf(f.item('the rule was unlawful'))).toContain('appointed judges');
  });
});

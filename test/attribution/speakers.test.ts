import { describe, expect, it } from 'vitest';
import { analyse } from './helpers';
import { parseMention } from '../../src/core/attribution/names';

describe('speakers', () => {
  it('follows one person through name, surname, role noun and pronoun', async () => {
    const text = [
      'The ceasefire will hold, Foreign Minister Ivan Petrov said on Monday.',
      'The talks produced nothing of value, the minister said, adding that the other side had broken its word.',
      '“We are ready to talk again,” Petrov said.',
      '“But not at any price,” he said.',
    ].join('\n\n');
    const f = await analyse(text);
    const people = f.result.speakers.filter((s) => s.kind === 'person');
    expect(people).toHaveLength(1);
    const petrov = people[0]!;
    expect(petrov.name).toBe('Ivan Petrov');
    expect(petrov.role).toBe('Foreign Minister');
    expect(petrov.mentions).toEqual(expect.arrayContaining(['Foreign Minister Ivan Petrov', 'the minister', 'Petrov', 'he']));
    for (const item of f.result.items) expect(item.speakerId).toBe(petrov.id);
  });

  it('merges spellings of one first name with the same surname', async () => {
    const text = 'Prices will fall, Economy Minister Sergei Volkov said.\n\nWages will rise next year, Economy Minister Sergey Volkov said.';
    const f = await analyse(text);
    expect(f.result.speakers).toHaveLength(1);
    expect(f.result.speakers[0]!.mentions).toHaveLength(2);
  });

  it('keeps two people apart when the text tells them apart', async () => {
    const text = [
      'The vote will be close, Sen. Laura Finch said.',
      'The bill has no chance, Sen. Mark Osei said.',
      '“I have the numbers,” Finch said.',
      '“She does not,” Osei said.',
    ].join('\n\n');
    const f = await analyse(text);
    const names = f.result.speakers.map((s) => s.name).sort();
    expect(names).toEqual(['Laura Finch', 'Mark Osei']);
    expect(f.speakerOf(f.item('I have the numbers'))).toBe('Laura Finch');
    expect(f.speakerOf(f.item('She does not'))).toBe('Mark Osei');
  });

  it('never merges two unnamed sources nor guesses their names', async () => {
    const text = 'The plan was approved on Friday, a senior official said.\n\nThe plan will fail within a year, another official said.';
    const f = await analyse(text);
    const unnamed = f.result.speakers.filter((s) => s.kind === 'unnamed');
    expect(unnamed).toHaveLength(2);
    for (const s of unnamed) expect(s.name).not.toMatch(/^[A-Z][a-z]+ [A-Z][a-z]+$/);
  });

  it('gives mentions in order of first appearance, without repeats', async () => {
    const text = 'The dam is safe, Governor Rosa Lind said.\n\n“We checked it twice,” Lind said.\n\n“And we will check it again,” Lind said.';
    const f = await analyse(text);
    expect(f.result.speakers[0]!.mentions).toEqual(['Governor Rosa Lind', 'Lind']);
  });

  it('gives stable ids in order', async () => {
    const text = 'The dam is safe, Governor Rosa Lind said.\n\nThe river is high, the mayor said.';
    const a = await analyse(text);
    const b = await analyse(text);
    expect(a.result).toEqual(b.result);
    expect(a.result.speakers.map((s) => s.id)).toEqual(['s1', 's2']);
    expect(a.result.items.map((i) => i.id)).toEqual(['c1', 'c2']);
  });
});

describe('speaker names of institutions and clipped mentions', () => {
  // The speaker is the head of the source phrase: a name runs through of/for/on inside an
  // institution's name, never through a place or a date after the head, a verb or a pronoun.
  it('keeps an institution’s whole name', async () => {
    const f = await analyse(
      'The Lakeside County’s Department of Water Resources reported that the reservoir was half full. The Northern Office for the Eastern District of Vermont announced that the case was closed. The Regional Commissioner for Coastal Affairs said the beach would reopen.',
    );
    expect(f.speakerOf(f.item('the reservoir was half full'))).toBe('Lakeside County’s Department of Water Resources');
    expect(f.speakerOf(f.item('the case was closed'))).toBe('Northern Office for the Eastern District of Vermont');
    expect(f.speakerOf(f.item('the beach would reopen'))).toBe('Regional Commissioner for Coastal Affairs');
  });

  it('never names a speaker by a place, a date, a verb or a pronoun that ran into the mention', async () => {
    const f = await analyse(
      'Health officials in Lower Saxony confirmed that two farms were closed. According to a study published in the journal Marine Biology on Tuesday, the reef is shrinking.',
    );
    expect(f.speakerOf(f.item('two farms were closed'))).toBe('Health officials in Lower Saxony');
    expect(f.speakerOf(f.item('the reef is shrinking'))).not.toMatch(/^(Tuesday|Marine Biology)$/);
    expect(parseMention('The mayor’s office didn’t').label).toBe('The mayor’s office');
    expect(parseMention('she kept').kind).toBe('pronoun');
    expect(parseMention('Secretary of State Anna Berg').name).toEqual(['Anna', 'Berg']);
    // A person of a place or an institution is the person; a surname that is also a pronoun stays.
    expect(parseMention('Sen. Ann Berg of North Dakota').name).toEqual(['Ann', 'Berg']);
    expect(parseMention('Tove Lindqvist of the University of South Jutland').name).toEqual(['Tove', 'Lindqvist']);
    expect(parseMention('He Weiming').name).toEqual(['He', 'Weiming']);
  });
});

describe('an envoy to a country', () => {
  // "Norway’s ambassador to Chile": the country the envoy is sent to is part of the role, not a name.
  it('keeps the country in the role and names nobody', async () => {
    const f = await analyse('Norway’s ambassador to Chile said the talks would resume in June.');
    const speaker = f.result.speakers.find((s) => s.id === f.item('the talks would resume').speakerId)!;
    expect(speaker.name).toBe('Norway’s ambassador to Chile');
    expect(speaker.kind).toBe('unnamed');
  });

  it('also when the country takes "the" or two words', () => {
    for (const text of ['Britain’s ambassador to the United States', 'Chad’s ambassador to South Korea', 'Norway’s ambassador to the UK']) {
      const parsed = parseMention(text);
      expect(parsed.name, text).toEqual([]);
      expect(parsed.kind, text).toBe('unnamed');
      expect(parsed.role, text).toBe(text);
    }
    expect(parseMention('China’s ambassador to the United Kingdom Liu Xiaoming').name).toEqual(['Liu', 'Xiaoming']);
  });
});

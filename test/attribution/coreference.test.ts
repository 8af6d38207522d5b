import { describe, expect, it } from 'vitest';
import { analyse } from './helpers';

describe('coreference of institutions and unnamed sources', () => {
  it('keeps two bodies with one head noun apart when their modifiers differ', async () => {
    const text = [
      "Norway's environment ministry said the fishing quota was final.",
      'The Danish environment ministry said it would appeal the decision.',
      'The ministry said the talks would go on in March.',
    ].join('\n\n');
    const f = await analyse(text);
    const norway = f.speakerOf(f.item('the fishing quota'));
    const denmark = f.speakerOf(f.item('it would appeal'));
    expect(norway).toMatch(/Norway/);
    expect(denmark).toMatch(/Danish/);
    // A bare "the ministry" still refers back, to the nearest one.
    expect(f.item('the talks would go on').speakerId).toBe(f.item('it would appeal').speakerId);
  });

  it('merges a country written as a name and as an adjective', async () => {
    const text = "Chile's mining ministry said the mine would close.\n\nThe Chilean mining ministry later said it would reopen.";
    const f = await analyse(text);
    expect(f.item('it would reopen').speakerId).toBe(f.item('the mine would close').speakerId);
  });

  it('does not merge unnamed officials of two countries', async () => {
    const text = 'The border will stay shut, a Norwegian official said.\n\nThe border can reopen soon, the Danish official said.';
    const f = await analyse(text);
    expect(f.item('The border can reopen').speakerId).not.toBe(f.item('The border will stay').speakerId);
  });
});

describe('documents as sources', () => {
  it('gives a statement to the body named as issuing it just before', async () => {
    const text = [
      'Three hikers were rescued from the ridge overnight, the park service said in a statement on Sunday.',
      '“All three are in stable condition,” the statement said.',
    ].join('\n\n');
    const f = await analyse(text);
    expect(f.speakerOf(f.item('All three are in stable'))).toBe('park service');
    expect(f.item('All three are in stable').speakerId).toBe(f.item('Three hikers were rescued').speakerId);
  });

  it('reads the issuer from "a letter from X" and from "X released a statement"', async () => {
    const a = await analyse('The council received a letter from the Riverside Tenants Union on Friday.\n\n“The rents are unlawful,” the letter said.');
    expect(a.speakerOf(a.item('The rents are unlawful'))).toBe('Riverside Tenants Union');
    const b = await analyse('Late on Monday, Norvik Shipping released a statement.\n\n“No cargo was lost,” the statement said.');
    expect(b.speakerOf(b.item('No cargo was lost'))).toBe('Norvik Shipping');
  });

  it('never gives the words of a letter to one signatory whose description names the letter', async () => {
    const text = [
      '“The ward is overflowing,” Dr. Mara Quist, a nurse and signatory to the letter, told reporters.',
      '“We ask for an inquiry now,” says the letter signed by nine nurses.',
    ].join('\n\n');
    const f = await analyse(text);
    expect(f.speakerOf(f.item('The ward is overflowing'))).toBe('Mara Quist');
    expect(f.item('We ask for an inquiry').speakerId).not.toBe(f.item('The ward is overflowing').speakerId);
  });

  it('shows an unnamed source, not a speaker called "statement", when nobody is named', async () => {
    const f = await analyse('“We will reopen the plant in June,” the statement said.');
    const speaker = f.result.speakers.find((s) => s.id === f.item('We will reopen').speakerId)!;
    expect(speaker.kind).toBe('unnamed');
    expect(speaker.name).not.toBe('statement');
  });
});

describe('nested attribution', () => {
  it('gives quoted words to the inner speaker and keeps "according to X" as the channel', async () => {
    const text = [
      'Harbor Commissioner Lena Ortiz spoke after the vote.',
      '“We will not sell the docks,” Ortiz said, according to the Bayside Gazette.',
    ].join('\n\n');
    const f = await analyse(text);
    const quote = f.item('We will not sell the docks');
    expect(quote.kind).toBe('quote');
    expect(f.speakerOf(quote)).toMatch(/Ortiz/);
    expect(quote.channel).toBe('Bayside Gazette');
    expect(f.result.speakers.map((s) => s.name)).not.toContain('Bayside Gazette');
  });

  it('reads "According to X, a user posted: “…”" as the user speaking through X', async () => {
    const f = await analyse('According to Reuters, a resident of the valley posted: “The river came up in ten minutes and took the road with it.”');
    const quote = f.item('The river came up');
    expect(quote.channel).toBe('Reuters');
    expect(f.speakerOf(quote)).toMatch(/resident/);
    expect(quote.source?.text).toBe('a resident of the valley');
  });

  it('keeps X as the source of reported speech ("According to X, Y said that …")', async () => {
    const f = await analyse('According to the Bayside Gazette, harbor spokesman Rui Tanaka said Friday that if the vote passed, the docks would “never be sold.”');
    const claim = f.result.items.find((i) => i.kind === 'claim')!;
    expect(f.speakerOf(claim)).toBe('Bayside Gazette');
    expect(claim.channel).toBeUndefined();
  });
});

describe('coordinated speakers and countries', () => {
  it('gives "A and B said" to both, not to the last one', async () => {
    const f = await analyse('The African Union and the Arab League stressed that the corridor must stay open.');
    const speaker = f.result.speakers.find((s) => s.id === f.item('the corridor must stay open').speakerId)!;
    expect(speaker.name).toMatch(/African Union.*Arab League/);
    expect(speaker.kind).toBe('organization');
  });

  it('reads a country as a state, not a person, alone or coordinated', async () => {
    const f = await analyse('Chile and Peru said the treaty was void.\n\nPeru said it would take the case to court.');
    const both = f.result.speakers.find((s) => s.id === f.item('the treaty was void').speakerId)!;
    const peru = f.result.speakers.find((s) => s.id === f.item('it would take the case').speakerId)!;
    expect(both.name).toBe('Chile and Peru');
    expect(both.kind).toBe('organization');
    expect(peru.name).toBe('Peru');
    expect(peru.kind).toBe('organization');
  });

  it('keeps a joint speaker apart from each of its people, who keep their full names', async () => {
    const text = [
      'Tom Brandt and Ana Silva said the merger was fair.',
      'The deal will close in May, Silva said.',
    ].join('\n\n');
    const f = await analyse(text);
    expect(f.speakerOf(f.item('the merger was fair'))).toBe('Tom Brandt and Ana Silva');
    expect(f.speakerOf(f.item('The deal will close'))).toBe('Ana Silva');
  });

  it('leaves one institution with "and" in its name whole', async () => {
    const f = await analyse('The Department of Parks and Recreation said the pool would reopen.');
    const speaker = f.result.speakers.find((s) => s.id === f.item('the pool would reopen').speakerId)!;
    expect(speaker.name).not.toMatch(/^Department of Parks$/);
  });
});

describe('pronouns and people named in the narrative', () => {
  it('points "he" to the person the sentence is about, not to a speaker quoted before', async () => {
    const text = [
      'The trial will start in March, District Attorney Rosa Lind said on Monday.',
      'A second hearing is planned for the summer.',
      'Martin Okafor, 41, faces two charges.',
      'Okafor was detained in May after a call to the clinic in which he said he would burn the building down.',
    ].join('\n\n');
    const f = await analyse(text);
    expect(f.speakerOf(f.item('he would burn'))).toMatch(/Okafor/);
    expect(f.speakerOf(f.item('The trial will start'))).toBe('Rosa Lind');
  });

  it('still points "she" to the last speaker when no one else was named since', async () => {
    const text = 'The budget is balanced, Mayor Ana Ruiz said.\n\nThe vote is set for Friday. “We kept every promise,” she said.';
    const f = await analyse(text);
    expect(f.speakerOf(f.item('We kept every promise'))).toBe('Ana Ruiz');
  });

  it('points "he" or "she" to an unnamed speaker known by a role when nobody is named, and keeps the source unnamed', async () => {
    const f = await analyse('A senior official said the talks had stalled. “We are not giving up,” she added.');
    const q = f.item('We are not giving up');
    expect(f.speakerOf(q)).toBe('senior official');
    expect(f.result.speakers.find((s) => s.id === q.speakerId)?.kind).toBe('unnamed');
  });

  it('points a pronoun to an unnamed speaker met after every named one, never to one met before a named person', async () => {
    const after = await analyse('“Taxes will fall,” Donald Trump said on Monday. A White House spokeswoman said the vote was set. “It is final,” she added.');
    expect(after.speakerOf(after.item('It is final'))).toBe('White House spokeswoman');
    const before = await analyse('An official said the vote was set. “Taxes will fall,” Senator Tom Reyes said on Monday. “It is final,” she added.');
    expect(before.speakerOf(before.item('It is final'))).toBeNull();
  });

  it('does not point a pronoun to an unnamed speaker whose role says another gender, nor past a named person', async () => {
    const mother = await analyse('His mother said the family was waiting outside. “We will be there,” he said.');
    expect(mother.speakerOf(mother.item('We will be there'))).toBeNull();
    const named = await analyse('“Taxes will fall,” Donald Trump said in Ohio on Monday. The Republican nominee told the crowd that the wall would rise. “It will be huge,” he said.');
    expect(named.speakerOf(named.item('It will be huge'))).toBe('Donald Trump');
  });

  it('finds the subject after two introductory phrases, and skips a subject whose pronouns disagree', async () => {
    const text = [
      'The label rejected the claim, its lawyer Dan Hale said.',
      'Kofi Mensah, the label owner, bought the rights in May. Mensah has worked with many stars. He denied any wrongdoing.',
      'Then, last week, Grace Adjei posted a video about the dispute.',
      'She said the label had blocked her concert.',
    ].join('\n\n');
    const f = await analyse(text);
    expect(f.speakerOf(f.item('the label had blocked'))).toBe('Grace Adjei');
  });

  it('reads a subject before an adverb and an irregular verb, but not a title with "of"', async () => {
    const text = [
      'The book sold well, the publisher Tom Reyes said.',
      'I reached her agent, Nora Hale, by phone. Hale still found the topic painful.',
      'House of Lanterns was the last novel she sold. “I was exhausted,” she said.',
    ].join('\n\n');
    const f = await analyse(text);
    expect(f.speakerOf(f.item('I was exhausted'))).toMatch(/Hale/);
  });

  it('reads a subject past an aside in commas or brackets before its verb', async () => {
    const text = [
      'The budget is too small, Senator Mark Whitfield said.',
      'The panel also heard from Tom Ashby, a retired pilot, and from Rep. Lena Ortiz (D-NM), who chairs it.',
      'Ashby, earlier in the hearing, was firm about the money. “Without it we cannot fly,” he said.',
    ].join('\n\n');
    const f = await analyse(text);
    expect(f.speakerOf(f.item('Without it we cannot fly'))).toMatch(/Ashby/);
  });

  it('gives a name the gender the narrative’s pronouns give it', async () => {
    const text = [
      'The court will rule in May, the lawyer Paul Brandt said.',
      'Lindqvist had been married for two years when she met the painter. “We were happy,” Lindqvist wrote in an email.',
      'The gallery closed in 2006. “It was not my decision,” he wrote.',
    ].join('\n\n');
    const f = await analyse(text);
    expect(f.speakerOf(f.item('It was not my decision'))).toBe('Paul Brandt');
  });

  it('does not take a capitalised common noun opening a sentence for a person', async () => {
    const text = 'The harvest failed, Governor Paul Mensah said.\n\nCrops were lost across the north. Floods may come again, he said.';
    const f = await analyse(text);
    expect(f.speakerOf(f.item('Floods may come again'))).toBe('Paul Mensah');
  });
});

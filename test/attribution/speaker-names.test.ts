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

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

import { describe, expect, it } from 'vitest';
import { narrativeGender } from '../../src/core/attribution/narrative-gender';

describe("a surname's gender from the narrative's pronouns", () => {
  it('reads it past a possessive and for a surname with an apostrophe', () => {
    const text = 'Kiran Voss’s ferry plan stalled in spring, and she blamed the council. Later, Kiran O’Malley spoke first, and he was blunt.';
    const genderOf = narrativeGender(text);
    expect(genderOf('Voss')).toBe('f');
    expect(genderOf('O’Malley')).toBe('m');
  });

  it('takes a sentence\'s first word or a title before the surname for no first name', () => {
    const text = 'Kiran Lindqvist ran the depot, and she kept it open. When Lindqvist left, the depot closed. Senator Lindqvist wrote back.';
    expect(narrativeGender(text)('Lindqvist')).toBe('f');
  });

  it('keeps no gender when two first names share the surname', () => {
    const text = 'Kiran Halvorsen ran the depot, and she kept it open. Jules Halvorsen ran the docks, and he closed them.';
    expect(narrativeGender(text)('Halvorsen')).toBeNull();
  });
});

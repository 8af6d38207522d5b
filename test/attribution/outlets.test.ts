import { describe, expect, it } from 'vitest';
import { isMedium } from '../../src/core/attribution/outlets';

// Which names are news outlets. Names written for these tests.
describe('an outlet named by an everyday word (review 17)', () => {
  it('is an outlet only when written capitalised', () => {
    for (const name of ['Deadline', 'Variety', 'The Wrap', 'The Verge', 'Wired', 'Billboard']) expect(isMedium(name)).toBe(true);
    for (const name of ['the deadline', 'variety', 'the wrap', 'the verge', 'wired', 'the billboard']) expect(isMedium(name)).toBe(false);
  });
});

describe('a title ending like a newspaper’s (review 17)', () => {
  it('is an outlet after a place or a masthead word, or with an ending only newspapers use', () => {
    for (const name of ['the Sioux Falls Argus Leader', 'The Marlow County Leader', 'the Tulsa Beacon Reporter', 'the Harlow Herald']) expect(isMedium(name)).toBe(true);
  });

  it('is no outlet when it is a rank, a party role or a job', () => {
    for (const name of ['the Squadron Leader', 'the Tory Leader', 'Scout Leader', 'Staff Reporter', 'the County Medical Examiner', 'the SNP Leader', 'Wing Leader'])
      expect(isMedium(name)).toBe(false);
  });
});

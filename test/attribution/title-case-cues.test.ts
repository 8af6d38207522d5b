import { describe, expect, it } from 'vitest';
import { findCues } from '../../src/core/attribution/cue-finding';
import { viewOf } from './helpers';

// In a title-case line (a headline, a product list's entry) a capitalised cue word is a verb only
// where a headline would put one. Lines written for these tests.

const cueWords = (line: string) => findCues(viewOf(line)).map((cue) => cue.lemma);

describe('a bare capitalised cue word after a singular capitalised word', () => {
  it('is part of a name in a title-case line ("Galaxy Note", "Morning Report")', () => {
    expect(cueWords('Orbit Phone Note 12 Max for $640')).not.toContain('note');
    expect(cueWords('The Harbour Morning Report Returns on Monday')).not.toContain('report');
  });

  it('stays a cue after a plural subject, a pronoun or two names joined ("Officials Say", "We Warn", "Ames and Roy Say")', () => {
    expect(cueWords('Harbour Officials Say Ferry Will Run All Winter')).toContain('say');
    expect(cueWords('Police Warn Drivers About Icy Bridges')).toContain('warn');
    expect(cueWords('Ames and Roy Say Ferry Will Run All Winter')).toContain('say');
    expect(cueWords('Mayor Ames Says Ferry Will Run All Winter')).toContain('say');
  });

  it('stays a cue after a plural subject with an adverb or a phrase after it ("Officials Also Say", "Voters in Ohio Say")', () => {
    expect(cueWords('Harbour Officials Also Say the Bridge Is Safe')).toContain('say');
    expect(cueWords('Scientists Now Warn Sea Levels Could Rise Faster')).toContain('warn');
    expect(cueWords('Voters in Ohio Say Economy Comes First')).toContain('say');
    expect(cueWords('Residents of Flooded Town Say Help Came Too Late')).toContain('say');
  });
});

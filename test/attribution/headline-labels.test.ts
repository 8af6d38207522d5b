import { describe, expect, it } from 'vitest';
import { headlineAttribution } from '../../src/core/attribution/headline';

// The name of a recurring column before a headline colon is no speaker. Headlines written for
// these tests.

describe('a recurring column name before a headline colon', () => {
  it('is not read as the speaker of the rest', () => {
    for (const title of ['Daily Deals: Ferry Tickets Are Half Price This Weekend', 'Weekly Roundup: The Harbour Reopens and the Ferries Return']) {
      expect(headlineAttribution(title), title).toBeNull();
    }
  });

  it('leaves a name before the colon its statement', () => {
    const title = 'Harbour Master: Ferry Will Run All Winter';
    const found = headlineAttribution(title)!;
    expect(found.source.text).toBe('Harbour Master');
    expect(title.slice(...found.content)).toBe('Ferry Will Run All Winter');
  });
});

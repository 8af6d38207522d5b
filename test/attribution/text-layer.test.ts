import { describe, expect, it } from 'vitest';
import { quotesOf, sentencesOf } from './helpers';

describe('sentence splitting', () => {
  it('does not break after titles, initials and dotted abbreviations', () => {
    expect(sentencesOf('Sen. Chuck Schumer met Dr. Jane Roe and George W. Bush in the U.S. Capitol at 9 a.m. Eastern. Then they left.')).toEqual([
      'Sen. Chuck Schumer met Dr. Jane Roe and George W. Bush in the U.S. Capitol at 9 a.m. Eastern.',
      'Then they left.',
    ]);
  });

  it('breaks after "U.S." when a new sentence plainly starts', () => {
    expect(sentencesOf('The talks moved to the U.S. The delegates followed.')).toHaveLength(2);
  });

  it('keeps a quoted statement of several sentences with its "he said"', () => {
    expect(sentencesOf('“We came. We saw. We left,” he said. Nobody stayed.')).toEqual(['“We came. We saw. We left,” he said.', 'Nobody stayed.']);
  });

  it('keeps “…?” together with the speaker that follows it', () => {
    expect(sentencesOf('“Why not?” Maria asked. The room fell silent.')).toEqual(['“Why not?” Maria asked.', 'The room fell silent.']);
  });

  it('ends a sentence at a line break and at a paragraph break', () => {
    expect(sentencesOf('A headline without a stop\nThe first line.\n\nA new paragraph')).toEqual(['A headline without a stop', 'The first line.', 'A new paragraph']);
  });
});

describe('quote marks', () => {
  it('reads curly, straight, guillemets and German marks', () => {
    const found = quotesOf('He said “one,” then "two," then «trois» and „vier“ and »fünf«.').map((q) => q.text);
    expect(found).toEqual(['one,', 'two,', 'trois', 'vier', 'fünf']);
  });

  it('tells apostrophes from single quotes', () => {
    const found = quotesOf("“We're in talks with groups 'on the ground' in the region,” he said of Sanders’ plan in the ’90s.");
    expect(found).toEqual([
      { text: "We're in talks with groups 'on the ground' in the region,", nested: false, parts: 1 },
      { text: 'on the ground', nested: true, parts: 1 },
    ]);
  });

  it('reads doubled apostrophes as double quote marks', () => {
    expect(quotesOf("''It is over,'' Mr. Smith said.").map((q) => q.text)).toEqual(['It is over,']);
  });

  it('joins a quote that runs over paragraphs, each re-opened and only the last closed', () => {
    const text = '“The first part goes on.\n\n“The second part ends it,” she said.';
    expect(quotesOf(text)).toEqual([{ text: 'The first part goes on.\n\n“The second part ends it,', nested: false, parts: 2 }]);
  });

  it('ignores inch marks and stray closing marks', () => {
    expect(quotesOf('The screen is 27" wide” and that is all.')).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { classifyMention } from '../../src/core/attribution/mentions';
import { tokenize } from '../../src/core/attribution/tokens';

const kindOf = (phrase: string) => {
  const tokens = tokenize(phrase);
  return classifyMention(tokens, { start: 0, end: tokens.length });
};

describe('what a source phrase is, from its head', () => {
  // A participle after the head opens what is said of it: the words after it do not decide.
  it('reads the head before a participle phrase', () => {
    expect(kindOf('the letter signed by seven physicians')).toBe('document');
    expect(kindOf('a report written by three economists')).toBe('document');
    expect(kindOf('a man charged with fraud')).toBe('role');
  });

  it('still reads a participle before the head, and a number word, as part of the phrase', () => {
    expect(kindOf('the embattled minister')).toBe('role');
    expect(kindOf('a hundred protesters')).toBe('role');
  });
});

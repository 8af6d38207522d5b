import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitWords } from '../../src/core/article/exclusions';

/** The definition: a space between a lower- and an upper-case letter, lower case, words of a–z. */
const reference = (names: string) =>
  names
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter((word) => word.length > 0);

describe('class and id names split into words', () => {
  it('splits camel case, separators and digits', () => {
    expect(splitWords('c-articleShare__bar js_share2')).toEqual(['c', 'article', 'share', 'bar', 'js', 'share']);
    expect(splitWords('aAbB xAB ABc')).toEqual(['a', 'ab', 'b', 'x', 'ab', 'abc']);
    expect(splitWords('')).toEqual([]);
  });

  it('agrees with the definition on any names, ASCII or not', () => {
    const names = fc.string({ unit: fc.constantFrom('a', 'b', 'Z', 'Q', '-', '_', ' ', '9', 'é', 'K', 'İ', '\t') });
    fc.assert(fc.property(names, (value) => {
      expect(splitWords(value)).toEqual(reference(value));
    }), { numRuns: 2000 });
    fc.assert(fc.property(fc.string(), (value) => {
      expect(splitWords(value)).toEqual(reference(value));
    }), { numRuns: 2000 });
  });
});

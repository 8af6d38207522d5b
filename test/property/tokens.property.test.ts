/**
 * `tokenize` on random texts: each token's kind, capital and lower-case form follow their
 * Unicode definitions (the tokenizer decides ASCII tokens without regular expressions).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../src/core/attribution/tokens';
import { awkwardUnicode } from './arbitraries';

const piece = fc.oneof(awkwardUnicode, fc.constantFrom('Said', 'ÉTAT', 'öffentlich', '3,000', '½', '٣', 'Ⅻ', '_x', '--', '’90s', 'We’re', 'U.S.', ' ', '\n', '…', '“', '$'), fc.string({ maxLength: 4 }));

describe('tokenize: properties', () => {
  it('kind, cap and lower follow the Unicode categories, and offsets point at the token', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }).map((parts) => parts.join('')), (text) => {
        for (const token of tokenize(text)) {
          expect(text.slice(token.start, token.end)).toBe(token.text);
          const wordLike = /[\p{L}\p{M}\p{N}_]/u.test(token.text);
          expect(token.kind).toBe(!wordLike ? 'punct' : /^\p{N}/u.test(token.text) ? 'number' : 'word');
          expect(token.cap).toBe(/^\p{Lu}/u.test(token.text));
          expect(token.lower).toBe(token.text.toLowerCase().replace(/’/g, "'"));
        }
      }),
      { numRuns: 400 },
    );
  });
});

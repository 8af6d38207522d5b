import { describe, expect, it } from 'vitest';
import { joinedParts, textParts } from '../../src/shared/text-parts';

describe('the article text sent in parts', () => {
  it('joins back to the text, each part at most the size', () => {
    const text = 'She said “yes.” '.repeat(500);
    const parts = textParts(text, 1000);
    expect(parts.join('')).toBe(text);
    expect(parts.length).toBe(Math.ceil(text.length / 1000));
    expect(parts.every((part) => part.length <= 1000 && part.length > 0)).toBe(true);
  });

  it('never cuts a surrogate pair, and keeps lone halves as they are', () => {
    const text = 'a😀b😀😀c\ud800d\udc00'.repeat(50);
    for (const size of [1, 2, 3, 7]) {
      const parts = textParts(text, size);
      expect(parts.join('')).toBe(text);
      let at = 0;
      for (const part of parts) {
        at += part.length;
        const last = part.charCodeAt(part.length - 1);
        const next = text.charCodeAt(at);
        // A part ends in a high surrogate only when no low one follows it in the text.
        if (last >= 0xd800 && last <= 0xdbff) expect(next >= 0xdc00 && next <= 0xdfff).toBe(false);
      }
      // Each part survives the JSON string it travels as.
      expect(parts.map((part) => JSON.parse(JSON.stringify(part)) as string).join('')).toBe(text);
    }
  });

  it('sends nothing for an empty text', () => {
    expect(textParts('', 10)).toEqual([]);
  });

  it('joins pieces into parts of at most the size, cutting only a piece longer than that', () => {
    const pieces = ['[', 'a'.repeat(30), ',', 'b'.repeat(45), ',', '😀'.repeat(60), ',', 'c'.repeat(10), ']'];
    const parts = [...joinedParts(pieces, 50)];
    expect(parts.join('')).toBe(pieces.join(''));
    expect(parts.every((part) => part.length <= 50 && part.length > 0)).toBe(true);
    // Whole pieces stay together: the 45 b's are not split between two parts.
    expect(parts.some((part) => part.includes('b'.repeat(45)))).toBe(true);
    // The 120-character piece of pairs is cut, never inside a pair.
    expect(parts.filter((part) => part.includes('😀')).every((part) => !/[\ud800-\udbff]$/.test(part))).toBe(true);
    expect([...joinedParts([], 50)]).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { jsonPiecesSliced } from '../../src/shared/sliced-json';
import type { Yielder } from '../../src/core/types';

/** The whole JSON text the sliced writer gives. */
const stringifySliced = async (value: unknown, pause: Yielder) => (await jsonPiecesSliced(value, pause)).text();

const entry = (i: number) => ({ id: `q${i}`, kind: i % 2 ? 'quote' : 'claim', text: `words ${i} “quoted” \ud800`, start: i, end: i + 5, segments: [[i, i + 5]], cue: null, gone: undefined });

describe('JSON written in time slices', () => {
  it('gives the JSON.stringify text for values without long arrays', async () => {
    for (const value of [null, 3, 'a "b"', [1, undefined, 'x'], { a: 1, b: undefined, c: [entry(1)], d: new Date(0) }, { found: Object.fromEntries(Array.from({ length: 999 }, (_, i) => [`q${i}`, true])) }]) {
      expect(await stringifySliced(value, () => undefined)).toBe(JSON.stringify(value));
    }
  });

  it('writes long arrays a chunk at a time and reads back the same value', async () => {
    const answer = { status: 'ready', result: { url: 'u', items: Array.from({ length: 1234 }, (_, i) => entry(i)), speakers: [] }, record: { entries: Array.from({ length: 450 }, (_, i) => ({ id: `e${i}`, selectors: [entry(i)] })) }, elapsedMs: 5 };
    let pauses = 0;
    const text = await stringifySliced(answer, () => {
      pauses++;
      return Promise.resolve();
    });
    expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(answer)));
    expect(pauses).toBeGreaterThanOrEqual(Math.ceil(1234 / 200) + Math.ceil(450 / 200));
  });

  it('writes objects with many keys a chunk at a time, in the same text as JSON.stringify', async () => {
    const anchors = Object.fromEntries(Array.from({ length: 1111 }, (_, i) => [i % 3 ? `q${i}` : String(i), { found: i % 2 === 0, selector: [entry(i)], gone: undefined }]));
    const value = { result: { url: 'u', items: [entry(1)] }, anchors, skipped: () => 1 };
    let pauses = 0;
    const text = await stringifySliced(value, () => {
      pauses++;
      return Promise.resolve();
    });
    expect(text).toBe(JSON.stringify(value));
    expect(pauses).toBeGreaterThanOrEqual(Math.floor(1111 / 200));
  });

  it('handles empty objects and arrays around long ones', async () => {
    const value = { list: Array.from({ length: 401 }, (_, i) => i) };
    expect(JSON.parse(await stringifySliced(value, () => undefined))).toEqual(value);
    const nested = [[], {}, Array.from({ length: 300 }, () => ({}))];
    expect(JSON.parse(await stringifySliced(nested, () => undefined))).toEqual(nested);
  });

  it('keeps a long text as the pieces it was written in, none of them the whole', async () => {
    const value = { status: 'ready', result: { items: Array.from({ length: 1234 }, (_, i) => entry(i)), none: undefined }, found: Object.fromEntries(Array.from({ length: 999 }, (_, i) => [`q${i}`, i % 2 === 0])) };
    const json = await jsonPiecesSliced(value, () => undefined);
    expect(json.text()).toBe(JSON.stringify(value));
    expect(json.length).toBe(JSON.stringify(value).length);
    expect(Math.max(...json.pieces.map((piece) => piece.length))).toBeLessThan(json.length / 4);
    expect((await jsonPiecesSliced(undefined, () => undefined)).text()).toBe('null');
    expect((await jsonPiecesSliced([undefined, () => 1, ...Array.from({ length: 300 }, () => ({ a: [] }))], () => undefined)).text()).toBe(JSON.stringify([undefined, () => 1, ...Array.from({ length: 300 }, () => ({ a: [] }))]));
  });
});

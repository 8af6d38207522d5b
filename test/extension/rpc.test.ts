import { describe, expect, it, vi } from 'vitest';

vi.mock('../../src/shared/ext', () => ({ ext: {} }));
const { pack, unpack } = await import('../../src/shared/rpc');

describe('answers as one JSON string', () => {
  it('packs an answer and gets it back whole, odd text included', () => {
    const answer = { status: 'ready', result: { items: [{ id: 'q1', text: 'a \ud800 lone half, "marks", 𐀀' }], speakers: [] }, found: { q1: true } };
    const packed = pack(answer);
    expect(typeof packed?.packed).toBe('string');
    expect(unpack(packed)).toEqual(answer);
  });

  it('leaves answers that are not packed as they came', () => {
    for (const raw of [null, undefined, 3, 'text', { status: 'error', message: 'x' }, { packed: 'x', other: 1 }, { packed: 7 }]) {
      expect(unpack(raw)).toEqual(raw);
    }
  });

  it('sends nothing for no answer', () => {
    expect(pack(undefined)).toBeUndefined();
  });
});

/**
 * Long answers from the content script travel in parts over a port the background opens (see
 * src/shared/streamed-answer.ts): both halves, over linked fake ports that deliver like browsers
 * (asynchronously, a disconnect seen only by the other end).
 */
import { describe, expect, it, vi } from 'vitest';
import { FakePort } from '../support/fake-port';

const ID = 'iiocbjgdmjidnpmbpceldeidcloimmgj';
const BACKGROUND = { id: ID, url: `chrome-extension://${ID}/service-worker-loader.js` };

const fake = vi.hoisted(() => ({
  contentListeners: [] as Array<(port: unknown) => void>,
  /** Who the content script's end of the next port says opened it. */
  opener: { id: 'iiocbjgdmjidnpmbpceldeidcloimmgj', url: 'chrome-extension://iiocbjgdmjidnpmbpceldeidcloimmgj/service-worker-loader.js' } as { id?: string; url?: string; tab?: { id: number } },
  contentEnds: [] as unknown[],
  onSendMessage: null as null | ((message: unknown) => unknown),
}));

vi.mock('../../src/shared/ext', () => ({
  ext: {
    runtime: {
      id: ID,
      getURL: (path: string) => `chrome-extension://${ID}/${path}`,
      onConnect: {
        addListener: (fn: (port: unknown) => void) => fake.contentListeners.push(fn),
        removeListener: (fn: (port: unknown) => void) => fake.contentListeners.splice(fake.contentListeners.indexOf(fn), 1),
      },
    },
    tabs: {
      connect: (_tabId: number, { name }: { name: string }) => {
        const [background, content] = FakePort.linked(name, fake.opener);
        fake.contentEnds.push(content);
        queueMicrotask(() => fake.contentListeners.forEach((fn) => fn(content)));
        return background;
      },
      sendMessage: async (_tabId: number, message: unknown) => fake.onSendMessage?.(message),
    },
  },
}));

const { ANSWER_PART_CHARS, fetchStreamedAnswer, isStreamedAnswer, STREAM_MIN_CHARS } = await import('../../src/shared/streamed-answer');
const { HeldAnswers } = await import('../../src/content/held-answers');
const { askContent, pack, packSliced } = await import('../../src/shared/rpc');
const { JsonPieces } = await import('../../src/shared/sliced-json');

/** A JSON text written in one piece. */
const whole = (json: string) => new JsonPieces([json]);

const neverPause = () => undefined;
const held = new HeldAnswers(() => neverPause);
held.serve();

/** A JSON text longer than three parts, with astral characters (surrogate pairs) everywhere. */
function longJson(): string {
  const entries = Array.from({ length: 4000 }, (_, i) => ({ id: `q${i}`, text: `“Quote ${i}” 😀 said 𝒜lice, 𝄞 — ${'x'.repeat(i % 50)}` }));
  const json = JSON.stringify({ status: 'ready', entries });
  expect(json.length).toBeGreaterThan(3 * ANSWER_PART_CHARS);
  return json;
}

describe('long answers from the content script', () => {
  it('go as they are when short, and as a token to fetch when long', () => {
    const short = JSON.stringify({ status: 'ready', items: [] });
    expect(held.answerWith(whole(short))).toBe(short);
    const json = longJson();
    const answer = held.answerWith(whole(json));
    expect(isStreamedAnswer(answer)).toBe(true);
    expect(answer).toEqual({ streamed: expect.stringMatching(/^[0-9a-f]{32}$/), chars: json.length });
    expect(JSON.stringify(answer).length).toBeLessThan(STREAM_MIN_CHARS);
  });

  it('arrive whole in the background, in several parts, surrogate pairs never split', async () => {
    const json = longJson();
    const answer = held.answerWith(whole(json));
    if (!isStreamedAnswer(answer)) throw new Error('expected a streamed answer');
    await expect(fetchStreamedAnswer(4, answer)).resolves.toBe(json);
    const content = fake.contentEnds.at(-1) as FakePort;
    const parts = content.sent.filter((m): m is { part: string } => typeof (m as { part?: unknown }).part === 'string');
    expect(parts.length).toBeGreaterThan(3);
    for (const { part } of parts) {
      expect(part.length).toBeLessThanOrEqual(ANSWER_PART_CHARS + 1);
      expect(/[\ud800-\udbff]$/.test(part), 'a part ends with half a pair').toBe(false);
    }
    expect(content.sent.at(-1)).toEqual({ done: true });
  });

  it('written in pieces, arrive whole without the whole text ever being joined on the page', async () => {
    const value = JSON.parse(longJson()) as unknown;
    const packed = await packSliced(value, neverPause);
    if (!packed) throw new Error('expected an answer');
    const joined = vi.spyOn(packed.json, 'text');
    const answer = held.answerWith(packed.json);
    if (!isStreamedAnswer(answer)) throw new Error('expected a streamed answer');
    await expect(fetchStreamedAnswer(4, answer)).resolves.toBe(JSON.stringify(value));
    expect(joined).not.toHaveBeenCalled();
    const parts = (fake.contentEnds.at(-1) as FakePort).sent.filter((m): m is { part: string } => typeof (m as { part?: unknown }).part === 'string');
    expect(parts.length).toBeGreaterThan(3);
    expect(parts.every(({ part }) => part.length <= ANSWER_PART_CHARS + 1)).toBe(true);
  });

  it('join a short answer once, though the text is asked for twice (the answer, then its packing)', async () => {
    const packed = await packSliced({ status: 'ready', items: [1, 2, 3] }, neverPause);
    if (!packed) throw new Error('expected an answer');
    const join = vi.spyOn(packed.json.pieces as string[], 'join');
    expect(held.answerWith(packed.json)).toBe(JSON.stringify({ status: 'ready', items: [1, 2, 3] }));
    expect(pack(packed)).toEqual({ packed: JSON.stringify({ status: 'ready', items: [1, 2, 3] }) });
    expect(join).toHaveBeenCalledTimes(1);
  });

  it('are sent once: the same token again finds nothing, and the background hears the port close', async () => {
    const answer = held.answerWith(whole(longJson()));
    if (!isStreamedAnswer(answer)) throw new Error('expected a streamed answer');
    await fetchStreamedAnswer(4, answer);
    await expect(fetchStreamedAnswer(4, answer)).rejects.toThrow(/closed before its answer/);
    await expect(fetchStreamedAnswer(4, { streamed: 'f'.repeat(32), chars: 10 })).rejects.toThrow(/closed before its answer/);
  });

  it('are sent only to this extension’s own pages: a port opened from a web page’s context or by another extension is closed unanswered', async () => {
    const answer = held.answerWith(whole(longJson()));
    if (!isStreamedAnswer(answer)) throw new Error('expected a streamed answer');
    const strangers = [{ id: ID, url: 'https://news.example.com/a', tab: { id: 4 } }, { id: 'another-extension', url: 'chrome-extension://another-extension/bg.js' }, { id: ID }];
    for (const opener of strangers) {
      fake.opener = opener;
      await expect(fetchStreamedAnswer(4, answer)).rejects.toThrow(/closed before its answer/);
      expect((fake.contentEnds.at(-1) as FakePort).sent).toEqual([]);
    }
    fake.opener = BACKGROUND;
    // Still held for the background itself.
    await expect(fetchStreamedAnswer(4, answer)).resolves.toHaveLength(answer.chars);
    // An extension page shown in a tab (the popup opened as a page) is the extension's own too.
    const again = held.answerWith(whole(longJson()));
    if (!isStreamedAnswer(again)) throw new Error('expected a streamed answer');
    fake.opener = { id: ID, url: `chrome-extension://${ID}/src/popup/index.html`, tab: { id: 9 } };
    await expect(fetchStreamedAnswer(4, again)).resolves.toHaveLength(again.chars);
    fake.opener = BACKGROUND;
  });

  it('are refused when longer than announced', async () => {
    const json = longJson();
    const answer = held.answerWith(whole(json));
    if (!isStreamedAnswer(answer)) throw new Error('expected a streamed answer');
    await expect(fetchStreamedAnswer(4, { ...answer, chars: answer.chars - 1 })).rejects.toThrow(/does not fit/);
  });

  it('are told apart from ordinary answers by their exact shape', () => {
    for (const value of [null, 'x', { streamed: 'abc', chars: 3 }, { streamed: 'f'.repeat(32), chars: -1 }, { streamed: 'f'.repeat(32), chars: 1.5 }, { streamed: 'f'.repeat(32), chars: 3, status: 'ready' }, { status: 'ready' }]) {
      expect(isStreamedAnswer(value), JSON.stringify(value)).toBe(false);
    }
  });

  it('come out of askContent as the parsed answer, like a short one', async () => {
    const value = { status: 'ready', entries: JSON.parse(longJson()).entries as unknown[] };
    fake.onSendMessage = () => pack(held.answerWith(whole(JSON.stringify(value))));
    await expect(askContent(4, 'exportData', {})).resolves.toEqual(value);
    fake.onSendMessage = () => pack({ status: 'cannot-read', reason: 'pdf' });
    await expect(askContent(4, 'exportData', {})).resolves.toEqual({ status: 'cannot-read', reason: 'pdf' });
  });
});

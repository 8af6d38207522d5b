import { describe, expect, it, vi } from 'vitest';
import { FakePort } from '../support/fake-port';

const ID = 'iiocbjgdmjidnpmbpceldeidcloimmgj';
const connectListeners: Array<(port: FakePort) => void> = [];
vi.mock('../../src/shared/ext', () => ({
  ext: {
    runtime: {
      id: ID,
      getURL: (path: string) => `chrome-extension://${ID}/${path}`,
      onConnect: { addListener: (listener: (port: FakePort) => void) => connectListeners.push(listener) },
    },
  },
}));
const { serveAttribution } = await import('../../src/background/attribution');
const { attribute } = await import('../../src/core/attribution');
const { ITEMS_PART_CHARS, itemBatches } = await import('../../src/background/attribution');

const page = { id: ID, url: 'https://news.example.com/a', tab: { id: 4 } };
const TEXT = 'The mayor said on Monday that the bridge would reopen.\n\n“We are not done yet,” said Ana Ruiz, a spokeswoman. \ud800';

/** The answer as the content script reads it: item batches, then the speakers. */
async function reply(port: FakePort): Promise<unknown> {
  await vi.waitFor(() => expect(port.sent.at(-1)).toMatchObject({ done: true }));
  const batches = port.sent.slice(0, -1) as Array<{ items: string }>;
  const last = port.sent.at(-1) as { speakers: string };
  return { items: batches.flatMap((batch) => JSON.parse(batch.items) as unknown[]), speakers: JSON.parse(last.speakers) as unknown };
}

describe('the background attributes article texts sent over its port', () => {
  serveAttribution();
  const connect = (port: FakePort) => connectListeners.forEach((listener) => listener(port));

  it('joins the parts and answers what the engine finds in the whole text', async () => {
    const port = new FakePort('saywho:attribute', page);
    connect(port);
    for (const part of [TEXT.slice(0, 40), TEXT.slice(40, 90), TEXT.slice(90)]) port.receive({ part: JSON.stringify(part) });
    port.receive({ done: true, title: JSON.stringify('Bridge to reopen, mayor says') });
    const expected = await attribute(TEXT, { title: 'Bridge to reopen, mayor says' });
    expect(expected.items.length).toBeGreaterThan(0);
    expect(await reply(port)).toEqual(JSON.parse(JSON.stringify(expected)));
  });

  it('closes the port for other senders and for parts that are not JSON strings', () => {
    const stranger = new FakePort('saywho:attribute', { id: 'another-extension', url: 'https://x.example/', tab: { id: 4 } });
    connect(stranger);
    expect(stranger.disconnected).toBe(true);
    const bad = new FakePort('saywho:attribute', page);
    connect(bad);
    bad.receive({ part: 'not json' });
    expect(bad.disconnected).toBe(true);
    const other = new FakePort('someone-else', page);
    connect(other);
    other.receive({ part: JSON.stringify('x') });
    expect(other.disconnected).toBe(false);
    expect(other.sent).toEqual([]);
  });

  it('cuts a long answer into batches of whole items, in order, none much over the size', () => {
    const items = Array.from({ length: 3000 }, (_, i) => ({ id: `q${i}`, text: `“Quote ${i}” 😀 ${'x'.repeat(i % 90)}`, start: i, end: i + 9 }));
    const batches = [...itemBatches(items, ITEMS_PART_CHARS)];
    expect(batches.length).toBeGreaterThan(3);
    expect(batches.flatMap((batch) => JSON.parse(batch) as unknown[])).toEqual(items);
    expect(batches.every((batch) => batch.length <= ITEMS_PART_CHARS + 2)).toBe(true);
    expect([...itemBatches([], ITEMS_PART_CHARS)]).toEqual([]);
  });
});

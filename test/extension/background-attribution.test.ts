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
const { unpack } = await import('../../src/shared/rpc');

const page = { id: ID, url: 'https://news.example.com/a', tab: { id: 4 } };
const TEXT = 'The mayor said on Monday that the bridge would reopen.\n\n“We are not done yet,” said Ana Ruiz, a spokeswoman. \ud800';

async function reply(port: FakePort): Promise<unknown> {
  await vi.waitFor(() => expect(port.sent.length).toBe(1));
  return unpack(port.sent[0]);
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
});

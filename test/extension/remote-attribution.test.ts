/**
 * The content script's side of the attribution port (src/content/remote-attribution.ts): the text
 * goes over one port, in parts, then the title; the background's answer or its closing ends it.
 */
import { describe, expect, it, vi } from 'vitest';
import { FakePort } from '../support/fake-port';

const ports = vi.hoisted(() => [] as unknown[]);
vi.mock('../../src/shared/ext', () => ({
  ext: {
    runtime: {
      connect: ({ name }: { name: string }) => {
        const port = new FakePort(name);
        ports.push(port);
        return port;
      },
    },
  },
}));
const { attributeInBackground } = await import('../../src/content/remote-attribution');
const { pack } = await import('../../src/shared/rpc');

const ATTRIBUTION = { items: [], speakers: [] };
const noPause = () => undefined;

async function answered(port: FakePort): Promise<void> {
  await vi.waitFor(() => expect(port.sent.at(-1)).toMatchObject({ done: true }));
  port.receive(pack(ATTRIBUTION));
}

describe('the text half asked of the background', () => {
  it('goes over one port: the text as JSON string parts, then the title', async () => {
    ports.length = 0;
    const asked = attributeInBackground('The mayor said the bridge would reopen.', { title: 'Bridge', yielder: noPause });
    expect(ports).toHaveLength(1);
    await answered(ports[0] as FakePort);
    await expect(asked).resolves.toEqual(ATTRIBUTION);
    expect((ports[0] as FakePort).sent).toEqual([{ part: JSON.stringify('The mayor said the bridge would reopen.') }, { done: true, title: JSON.stringify('Bridge') }]);
    expect((ports[0] as FakePort).disconnected, 'closed once answered').toBe(true);
  });

  it('says so when the background closes the port before answering', async () => {
    ports.length = 0;
    const asked = attributeInBackground('He said yes.', { title: '', yielder: noPause });
    await vi.waitFor(() => expect((ports[0] as FakePort).sent).toHaveLength(2));
    (ports[0] as FakePort).close();
    await expect(asked).rejects.toThrow(/closed the connection/);
  });
});

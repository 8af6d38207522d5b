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

const ATTRIBUTION = { items: [], speakers: [] };
const noPause = () => undefined;

async function asked(port: FakePort): Promise<void> {
  await vi.waitFor(() => expect(port.sent.at(-1)).toMatchObject({ done: true }));
}

async function answered(port: FakePort): Promise<void> {
  await asked(port);
  port.receive({ done: true, speakers: '[]' });
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

  it('reads the answer in parts: item batches in order, then the speakers', async () => {
    ports.length = 0;
    const answer = attributeInBackground('A said b. C said d. E said f.', { title: '', yielder: noPause });
    const port = ports[0] as FakePort;
    await asked(port);
    const item = (id: string) => ({ id, kind: 'claim', text: 'x', start: 0, end: 1 });
    port.receive({ items: JSON.stringify([item('c1'), item('c2')]) });
    port.receive({ items: JSON.stringify([item('c3')]) });
    expect(port.disconnected, 'still open between parts').toBe(false);
    port.receive({ done: true, speakers: JSON.stringify([{ id: 's1', name: 'A' }]) });
    await expect(answer).resolves.toEqual({ items: [item('c1'), item('c2'), item('c3')], speakers: [{ id: 's1', name: 'A' }] });
    expect(port.disconnected).toBe(true);
  });

  it('fails clearly on an error answer, a part that is not a list, or a message it cannot read', async () => {
    const cases: Array<[unknown, RegExp]> = [
      [{ status: 'error', message: 'engine broke' }, /could not read the text \(engine broke\)/],
      [{ items: '{"not":"a list"}' }, /not a list/],
      [{ items: 'not json' }, /JSON|Unexpected/],
      [{ surprise: true }, /could not read/],
    ];
    for (const [message, error] of cases) {
      ports.length = 0;
      const answer = attributeInBackground('He said yes.', { title: '', yielder: noPause });
      const port = ports[0] as FakePort;
      await asked(port);
      port.receive(message);
      await expect(answer, JSON.stringify(message)).rejects.toThrow(error);
      expect(port.disconnected).toBe(true);
    }
  });

  it('says so when the background closes the port before answering', async () => {
    ports.length = 0;
    const asked = attributeInBackground('He said yes.', { title: '', yielder: noPause });
    await vi.waitFor(() => expect((ports[0] as FakePort).sent).toHaveLength(2));
    (ports[0] as FakePort).close();
    await expect(asked).rejects.toThrow(/closed the connection/);
  });
});

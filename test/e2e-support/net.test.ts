import { connect } from 'node:net';
import { describe, expect, it } from 'vitest';
import { startTestNet } from '../../e2e/support/net';

describe('the e2e test network', () => {
  // A browser may reset a refused CONNECT before the answer is written; that must not throw into
  // the test run (it failed a CI run once with a bare "read ECONNRESET").
  it('survives a client that resets a refused tunnel', async () => {
    const net = await startTestNet();
    const uncaught: unknown[] = [];
    const onError = (error: unknown) => uncaught.push(error);
    process.on('uncaughtException', onError);
    try {
      for (let i = 0; i < 20; i++) {
        await new Promise<void>((resolve) => {
          const socket = connect(net.proxyPort, net.proxyHost, () => {
            socket.write('CONNECT example.com:443 HTTP/1.1\r\nHost: example.com:443\r\n\r\n');
            socket.resetAndDestroy();
            setTimeout(resolve, 20);
          });
          socket.on('error', () => resolve());
        });
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(uncaught).toEqual([]);
      expect(net.refused().length).toBeGreaterThan(0);
    } finally {
      process.off('uncaughtException', onError);
      await net.close();
    }
  });
});

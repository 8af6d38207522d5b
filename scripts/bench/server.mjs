/**
 * The benchmark's network: a server on 127.0.0.1 for the pages (benchmark pages are stored
 * gzipped and served as plain HTML, exactly their bytes) and a proxy that refuses every other
 * request, so a saved news page loads the same way in every run and nothing leaves the machine.
 * The pages' own scripts stay in them; whatever they fetch from elsewhere is refused.
 */
import { readFileSync } from 'node:fs';
import http from 'node:http';
import { gunzipSync } from 'node:zlib';

function listen(server) {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve(server.address().port));
  });
}

/**
 * @param {Map<string, {file?: string, html?: string}>} pages path (e.g. `/pages/x.html`) → a file
 *   on disk (`.gz` is unzipped) or HTML held in memory.
 */
export async function startBenchNet(pages) {
  let refused = 0;
  const body = (page) => {
    if (page.html !== undefined) return Buffer.from(page.html, 'utf8');
    const bytes = readFileSync(page.file);
    return page.file.endsWith('.gz') ? gunzipSync(bytes) : bytes;
  };
  const server = http.createServer((req, res) => {
    const page = pages.get(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    if (!page) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    // No charset: the browser reads the page's own <meta charset>, as it did when it was saved.
    res.writeHead(200, { 'content-type': 'text/html', 'cache-control': 'no-store' }).end(body(page));
  });
  const proxy = http.createServer((req, res) => {
    refused++;
    res.writeHead(403, { 'content-type': 'text/plain' }).end('blocked by the SayWho bench proxy');
  });
  const refuseTunnel = (req, socket) => {
    // A raw socket has no error listener: a browser's reset would throw 'read ECONNRESET' here.
    socket.on('error', () => undefined);
    refused++;
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  };
  proxy.on('connect', refuseTunnel);
  proxy.on('upgrade', refuseTunnel);
  const [port, proxyPort] = await Promise.all([listen(server), listen(proxy)]);
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    proxyHost: '127.0.0.1',
    proxyPort,
    url: (pathname) => origin + pathname,
    refused: () => refused,
    async close() {
      for (const s of [server, proxy]) {
        s.closeAllConnections();
        await new Promise((resolve) => s.close(() => resolve()));
      }
    },
  };
}

/**
 * The only network the browsers under test get: a static server on 127.0.0.1 for the fixture
 * pages, and a proxy that refuses every other request and writes it down. Browsers are pointed at
 * the proxy for everything (loopback bypasses it), so nothing reaches the outside world and any
 * attempt shows up in `refused`.
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import path from 'node:path';
import { generateArticle } from '../../scripts/bench/generate.mjs';
import { FIXTURES } from './package.ts';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

/** A request some part of the browser made, as seen by one of our observers. */
export interface SeenRequest {
  /** Who saw it: the test server, the refusing proxy, or a page/worker event in the browser. */
  observer: 'server' | 'proxy' | 'browser';
  url: string;
  /** The tab, popup or worker it came from, when the observer knows. */
  from?: string;
}

export interface TestNet {
  /** Origin of the fixture server, e.g. `http://127.0.0.1:41234`. */
  origin: string;
  /** `host:port` of the refusing proxy. */
  proxyHost: string;
  proxyPort: number;
  /** Every request seen during this worker's run, by every observer. */
  seen: SeenRequest[];
  /** Requests that tried to leave 127.0.0.1 (all refused). */
  refused(): SeenRequest[];
  /** Absolute URL of a fixture page, e.g. `url('seed-article.html')`. */
  url(fixture: string): string;
  close(): Promise<void>;
}

function listen(server: http.Server): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port));
  });
}

function close(server: http.Server): Promise<void> {
  server.closeAllConnections();
  return new Promise((resolve) => server.close(() => resolve()));
}

/**
 * Pages made on request rather than kept as files: a long article (the bench's generator, 10,000
 * words and some 300 entries), whose answers are long enough to travel in parts.
 */
export const LONG_ARTICLE = 'generated/long-article.html';
const GENERATED: Record<string, () => string> = { [`/${LONG_ARTICLE}`]: () => generateArticle(10_000, 1).html };

function serveFixture(req: http.IncomingMessage, res: http.ServerResponse): void {
  const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
  const generate = GENERATED[pathname];
  if (generate) {
    res.writeHead(200, { 'content-type': CONTENT_TYPES['.html']!, 'cache-control': 'no-store' }).end(generate());
    return;
  }
  const file = path.join(FIXTURES, path.normalize(pathname));
  if (!file.startsWith(FIXTURES + path.sep) || !existsSync(file) || !statSync(file).isFile()) {
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    return;
  }
  res.writeHead(200, { 'content-type': CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store', ...extraHeaders(file) });
  createReadStream(file).pipe(res);
}

/**
 * Response headers a fixture asks for in a sidecar file `NAME.headers` ("Name: value" lines), e.g.
 * the Content-Security-Policy of test/fixtures/hostile/csp.html.
 */
function extraHeaders(file: string): Record<string, string> {
  const sidecar = `${file}.headers`;
  if (!existsSync(sidecar)) return {};
  const headers: Record<string, string> = {};
  for (const line of readFileSync(sidecar, 'utf8').split('\n')) {
    const colon = line.indexOf(':');
    if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  return headers;
}

export async function startTestNet(): Promise<TestNet> {
  const seen: SeenRequest[] = [];
  const server = http.createServer((req, res) => {
    seen.push({ observer: 'server', url: `http://127.0.0.1${req.url ?? ''}` });
    serveFixture(req, res);
  });
  const proxy = http.createServer((req, res) => {
    seen.push({ observer: 'proxy', url: req.url ?? '' });
    res.writeHead(403, { 'content-type': 'text/plain' }).end('blocked by the SayWho test proxy');
  });
  const refuseTunnel = (req: http.IncomingMessage, socket: Socket) => {
    // A raw socket has no error listener: a browser that resets the connection before our answer
    // (a background request given up) would throw 'read ECONNRESET' into whichever test runs.
    socket.on('error', () => undefined);
    seen.push({ observer: 'proxy', url: `${req.method} ${req.url ?? ''}` });
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
    seen,
    refused: () => seen.filter((request) => request.observer === 'proxy'),
    url: (fixture) => new URL(fixture, origin + '/').href,
    close: async () => {
      await Promise.all([close(server), close(proxy)]);
    },
  };
}

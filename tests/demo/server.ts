// The demo server: the demo page and its API on 127.0.0.1, the same API on a second port (a
// second origin, which sends no CORS headers), and a reserved port where nothing listens.
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { demoPageHtml, secondPageHtml } from './page';
import { DEMO_PLAN, type DemoPageConfig, SPA_ROUTE } from './plan';
import { answerDemoRequest, type DemoReply } from './routes';

export interface DemoServer {
  /** The demo page, e.g. http://127.0.0.1:8090/ */
  url: string;
  /** The demo origin, e.g. http://127.0.0.1:8090 */
  origin: string;
  /** A second origin with the same API (a cross-origin request without CORS headers). */
  crossOrigin: string;
  /** An origin on 127.0.0.1 whose port refuses connections (status 0 in DevTools). */
  refusedOrigin: string;
  close(): Promise<void>;
}

const CLIENT_SCRIPT = readFileSync(new URL('./client.js', import.meta.url), 'utf8');

function page(html: string): DemoReply {
  return {
    status: 200,
    headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' },
    body: html,
  };
}

function route(request: IncomingMessage, body: Buffer, config: DemoPageConfig): DemoReply {
  const url = new URL(request.url ?? '/', 'http://127.0.0.1');
  const method = request.method ?? 'GET';
  if (url.pathname.startsWith('/api/')) {
    return answerDemoRequest({ method, url, headers: request.headers, body });
  }
  if (url.pathname === '/' || url.pathname.startsWith('/app/')) return page(demoPageHtml(config));
  if (url.pathname === '/second') return page(secondPageHtml());
  if (url.pathname === '/demo.js') {
    return {
      status: 200,
      headers: { 'Content-Type': 'text/javascript; charset=utf-8', 'Cache-Control': 'no-store' },
      body: CLIENT_SCRIPT,
    };
  }
  return {
    status: 404,
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    body: `Not found: ${url.pathname}`,
  };
}

function handler(config: DemoPageConfig) {
  return (request: IncomingMessage, response: ServerResponse) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('error', () => response.destroy());
    request.on('end', () => {
      const reply = route(request, Buffer.concat(chunks), config);
      response.writeHead(reply.status, reply.statusText, {
        ...reply.headers,
        'Content-Length': String(Buffer.byteLength(reply.body)),
      });
      response.end(reply.body);
    });
  };
}

function listen(server: Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

function close(server: Server): Promise<void> {
  return new Promise((resolve, reject) => {
    server.close((error) => (error ? reject(error) : resolve()));
    server.closeAllConnections();
  });
}

/** A port on `host` that was free a moment ago and that nothing listens on now. */
async function refusedPort(host: string): Promise<number> {
  const probe = createServer();
  const port = await listen(probe, 0, host);
  await close(probe);
  return port;
}

/** Starts the demo server on `port` (0: a free port). Rejects with EADDRINUSE when taken. */
export async function startDemoServer(port = 0, host = '127.0.0.1'): Promise<DemoServer> {
  const main = createServer();
  const cross = createServer();
  const mainPort = await listen(main, port, host);
  const crossPort = await listen(cross, 0, host).catch(async (error: unknown) => {
    await close(main);
    throw error;
  });
  const origin = `http://${host}:${mainPort}`;
  const config: DemoPageConfig = {
    crossOrigin: `http://${host}:${crossPort}`,
    refusedOrigin: `http://${host}:${await refusedPort(host)}`,
    spaRoute: SPA_ROUTE,
    plan: DEMO_PLAN,
  };
  main.on('request', handler(config));
  cross.on('request', handler(config));
  return {
    url: `${origin}/`,
    origin,
    crossOrigin: config.crossOrigin,
    refusedOrigin: config.refusedOrigin,
    close: async () => {
      await Promise.all([close(main), close(cross)]);
    },
  };
}

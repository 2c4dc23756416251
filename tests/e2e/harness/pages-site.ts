// A small site for the page-boundary tests (tests/e2e/panel-pages.e2e.ts), on 127.0.0.1. Every
// document load gets a number, and every request the page makes carries it (`load=K`), so a test
// can tell the current load's rows from an earlier one's. Pages read every body they fetch (an
// unread body never finishes in DevTools), name no favicon (a data: icon), and keep no
// `Cache-Control: no-store`, so that Chromium may keep them in the back/forward cache.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface PagesSite {
  origin: string;
  /** A page URL: `n` requests after load, an iframe, requests again when shown from the cache,
   * a request the server holds until `release()`. */
  page(name: string, options?: PageOptions): string;
  /** Answers the held requests. */
  release(): void;
  /** How many requests the server holds now. */
  held(): number;
  close(): Promise<void>;
}

export interface PageOptions {
  requests?: number;
  frame?: boolean;
  /** Fetch once more on `pageshow` when the page comes back from the back/forward cache. */
  onRestore?: boolean;
  /** One more request that the server holds until `release()`. */
  hold?: boolean;
}

function query(options: PageOptions): string {
  const params = new URLSearchParams();
  params.set('n', String(options.requests ?? 1));
  if (options.frame) params.set('frame', '1');
  if (options.onRestore) params.set('restore', '1');
  if (options.hold) params.set('hold', '1');
  return params.toString();
}

function html(name: string, load: number, params: URLSearchParams): string {
  const n = Number(params.get('n') ?? '1');
  const frame = params.get('frame') === '1' ? `<iframe id="frame" src="/child?i=0"></iframe>` : '';
  const config = JSON.stringify({
    name,
    load,
    n,
    restore: params.get('restore') === '1',
    hold: params.get('hold') === '1',
  });
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>${name} ${load}</title></head>
<body>
<h1>Page ${name}, load ${load}</h1>
<a id="next" href="/page/next?n=1">next page</a>
<form id="form" method="post" action="/page/posted?n=1"><button>post</button></form>
${frame}
<script type="application/json" id="config">${config}</script>
<script>
const config = JSON.parse(document.getElementById('config').textContent);
const get = (path) => fetch(path, { cache: 'no-store' }).then((r) => r.text()).catch(() => 'failed');
if (config.hold) get('/api/held?load=' + config.load);
Promise.all(Array.from({ length: config.n }, (_, i) =>
  get('/api/r?i=' + i + '&page=' + config.name + '&load=' + config.load),
)).then(() => { document.documentElement.dataset.done = String(config.load); });
addEventListener('pageshow', (event) => {
  document.documentElement.dataset.persisted = String(event.persisted);
  if (event.persisted && config.restore) {
    get('/api/restored?load=' + config.load).then(() => {
      document.documentElement.dataset.restoredFetch = 'done';
    });
  }
});
</script>
</body></html>`;
}

export async function startPagesSite(): Promise<PagesSite> {
  let load = 0;
  let waiting: ServerResponse[] = [];
  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    request.resume();
    if (url.pathname === '/api/held') {
      waiting.push(response);
      return;
    }
    if (url.pathname.startsWith('/api/')) {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end('{"ok":true}');
      return;
    }
    if (url.pathname === '/child') {
      response.writeHead(200, { 'content-type': 'text/html' });
      response.end(`<!doctype html><title>child</title><p>child ${url.searchParams.get('i')}</p>`);
      return;
    }
    if (url.pathname === '/redirect') {
      response.writeHead(302, { location: url.searchParams.get('to') ?? '/page/a' });
      response.end();
      return;
    }
    if (url.pathname.startsWith('/page/')) {
      load += 1;
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.end(html(url.pathname.slice('/page/'.length), load, url.searchParams));
      return;
    }
    response.writeHead(404, { 'content-type': 'text/plain' });
    response.end('not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const release = () => {
    for (const response of waiting) {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end('{"held":false}');
    }
    waiting = [];
  };
  return {
    origin,
    page: (name, options = {}) => `${origin}/page/${name}?${query(options)}`,
    release,
    held: () => waiting.length,
    close: () =>
      new Promise<void>((resolve) => {
        release();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

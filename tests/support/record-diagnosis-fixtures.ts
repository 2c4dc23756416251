import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createSecureServer, type Http2ServerRequest, type Http2ServerResponse } from 'node:http2';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Entry, Har } from 'har-format';
import puppeteer, { type CDPSession, type Frame, type Page } from 'puppeteer-core';
import { CLOSED_NETWORK_ARGS, extensionIdFromPath } from '../e2e/harness/chromium';
import { selfSignedCert } from './self-signed';

const executablePath = process.env.CHROMIUM ?? '/usr/bin/chromium';
const outDir = resolve(import.meta.dirname, '../fixtures/diagnosis');

type Req = IncomingMessage | Http2ServerRequest;
type Res = ServerResponse | Http2ServerResponse;
type Handler = (req: Req, res: Res, body: string) => void;

let pageOrigin = '';
const NOW_EPOCH = () => Math.floor(Date.now() / 1000);

function send(res: Res, status: number, headers: [string, string][], body = ''): void {
  // Header lists, not objects: repeated names (two WWW-Authenticate lines) stay two lines.
  const flat: string[] = [];
  for (const [name, value] of headers) flat.push(name, value);
  if (body) flat.push('Content-Length', String(Buffer.byteLength(body)));
  if ('stream' in res) {
    // HTTP/2: no raw header arrays for repeated names; group them.
    const grouped: Record<string, string[]> = {};
    for (const [name, value] of headers) {
      const key = name.toLowerCase();
      grouped[key] = [...(grouped[key] ?? []), value];
    }
    res.writeHead(status, grouped);
  } else {
    res.writeHead(status, flat);
  }
  res.end(body);
}

const json = (value: unknown): string => JSON.stringify(value);
const ct = (type: string): [string, string] => ['Content-Type', type];

/** Routes by path. Each scenario's URL starts with /s/<name>. */
const routes: Record<string, Handler> = {
  '/page': (_req, res) =>
    send(res, 200, [ct('text/html; charset=utf-8')], '<!doctype html><title>recorder</title>'),

  // --- CORS, fetched from the page on 127.0.0.1 to localhost ---
  '/s/cors-ok': (_req, res) =>
    send(res, 200, [ct('application/json'), ['Access-Control-Allow-Origin', pageOrigin]], '{}'),
  '/s/cors-missing-acao': (_req, res) => send(res, 200, [ct('application/json')], '{"ok":true}'),
  '/s/cors-wrong-acao': (_req, res) =>
    send(
      res,
      200,
      [ct('application/json'), ['Access-Control-Allow-Origin', 'https://app.example.com']],
      '{"ok":true}',
    ),
  '/s/cors-wildcard-credentials': (_req, res) =>
    send(res, 200, [ct('application/json'), ['Access-Control-Allow-Origin', '*']], '{"ok":true}'),
  '/s/cors-credentials-no-acac': (_req, res) =>
    send(res, 200, [ct('application/json'), ['Access-Control-Allow-Origin', pageOrigin]], '{}'),
  '/s/cors-preflight-404': (req, res) => {
    if (req.method === 'OPTIONS') return send(res, 404, [ct('text/plain')], 'Not Found');
    send(res, 200, [['Access-Control-Allow-Origin', pageOrigin]], '{}');
  },
  '/s/cors-preflight-headers': (req, res) => {
    if (req.method === 'OPTIONS') {
      return send(res, 204, [
        ['Access-Control-Allow-Origin', pageOrigin],
        ['Access-Control-Allow-Methods', 'GET, PUT'],
      ]);
    }
    send(res, 200, [['Access-Control-Allow-Origin', pageOrigin]], '{}');
  },
  '/s/cors-error-without-headers': (_req, res) =>
    send(res, 500, [ct('application/json')], '{"error":"database unavailable"}'),

  // --- Retry-After and rate limits ---
  '/s/429-retry-after-seconds': (_req, res) =>
    send(
      res,
      429,
      [
        ct('application/json'),
        ['Retry-After', '30'],
        ['X-RateLimit-Limit', '100'],
        ['X-RateLimit-Remaining', '0'],
        ['X-RateLimit-Reset', String(NOW_EPOCH() + 30)],
        ['X-Request-Id', 'req-7f3a9c'],
      ],
      '{"error":"rate_limited"}',
    ),
  '/s/429-x-ratelimit-reset-seconds': (_req, res) =>
    send(
      res,
      429,
      [
        ct('application/json'),
        ['x-ratelimit-limit', '60'],
        ['x-ratelimit-remaining', '0'],
        ['x-ratelimit-reset', '45'],
      ],
      '{}',
    ),
  '/s/503-retry-after-date': (_req, res) =>
    send(
      res,
      503,
      [ct('text/plain'), ['Retry-After', new Date(Date.now() + 120_000).toUTCString()]],
      'maintenance',
    ),
  '/s/429-ietf-ratelimit': (_req, res) =>
    send(
      res,
      429,
      [
        ct('application/json'),
        ['RateLimit', '"default";r=0;t=20'],
        ['RateLimit-Policy', '"default";q=100;w=60'],
      ],
      '{}',
    ),
  '/s/429-ietf-ratelimit-draft': (_req, res) =>
    send(
      res,
      429,
      [
        ct('application/json'),
        ['RateLimit-Limit', '10'],
        ['RateLimit-Remaining', '0'],
        ['RateLimit-Reset', '7'],
      ],
      '{}',
    ),

  // --- Authentication and methods ---
  '/s/401-two-challenges': (_req, res) =>
    send(
      res,
      401,
      [
        ct('application/json'),
        [
          'WWW-Authenticate',
          'Bearer realm="api", error="invalid_token", error_description="The access token expired"',
        ],
        ['WWW-Authenticate', 'Basic realm="legacy", charset="UTF-8"'],
        ['X-Correlation-Id', 'corr-01HZX'],
      ],
      '{"error":"invalid_token"}',
    ),
  '/s/401-no-challenge': (_req, res) => send(res, 401, [ct('text/plain')], 'Unauthorized'),
  '/s/407-proxy-auth': (_req, res) =>
    send(res, 407, [['Proxy-Authenticate', 'Basic realm="corp-proxy"']], 'proxy auth'),
  '/s/405-allow': (_req, res) =>
    send(res, 405, [ct('text/plain'), ['Allow', 'GET, HEAD']], 'Method Not Allowed'),
  '/s/405-no-allow': (_req, res) => send(res, 405, [ct('text/plain')], 'Method Not Allowed'),

  // --- Redirects ---
  '/s/post-302': (_req, res) => send(res, 302, [['Location', '/s/landing?from=302']]),
  '/s/post-301': (_req, res) => send(res, 301, [['Location', '/s/landing?from=301']]),
  '/s/post-307': (_req, res) => send(res, 307, [['Location', '/s/landing?from=307']]),
  '/s/landing': (_req, res) => send(res, 200, [ct('text/plain')], 'landed'),
  '/s/chain/start': (_req, res) => send(res, 301, [['Location', '/s/chain/step/two']]),
  '/s/chain/step/two': (_req, res) => send(res, 302, [['Location', '../three']]),
  '/s/chain/three': (_req, res) =>
    send(res, 308, [['Location', `http://localhost:${serverPort}/s/chain/end`]]),
  '/s/chain/end': (_req, res) =>
    send(res, 200, [ct('text/plain'), ['Access-Control-Allow-Origin', pageOrigin]], 'end'),
  '/s/loop/a': (_req, res) => send(res, 302, [['Location', '/s/loop/b']]),
  '/s/loop/b': (_req, res) => send(res, 302, [['Location', '/s/loop/a']]),
  '/s/302-no-location': (_req, res) => send(res, 302, [ct('text/plain')], 'moved somewhere'),

  // --- Conditional requests and ranges ---
  '/s/304-etag': (req, res) => {
    if (req.headers['if-none-match'] === '"v1"') return send(res, 304, [['ETag', '"v1"']]);
    send(res, 200, [ct('text/plain'), ['ETag', '"v1"']], 'v1');
  },
  '/s/304-last-modified': (req, res) => {
    const lm = 'Tue, 01 Apr 2025 10:00:00 GMT';
    if (req.headers['if-modified-since']) return send(res, 304, [['Last-Modified', lm]]);
    send(res, 200, [ct('text/plain'), ['Last-Modified', lm]], 'old');
  },
  '/s/206-range': (_req, res) =>
    send(
      res,
      206,
      [ct('application/octet-stream'), ['Content-Range', 'bytes 0-99/1000']],
      'x'.repeat(100),
    ),
  '/s/416-range': (_req, res) =>
    send(res, 416, [ct('text/plain'), ['Content-Range', 'bytes */1000']], 'Range Not Satisfiable'),

  // --- Sizes ---
  '/s/413-body': (_req, res) =>
    send(res, 413, [ct('text/plain'), ['Retry-After', '60']], 'Content Too Large'),
  '/s/414-uri': (_req, res) => send(res, 414, [ct('text/plain')], 'URI Too Long'),
  '/s/415-type': (_req, res) =>
    send(res, 415, [ct('text/plain'), ['Accept-Post', 'application/json']], 'Unsupported'),
  '/s/431-headers': (_req, res) =>
    send(res, 431, [ct('text/plain')], 'Request Header Fields Too Large'),

  // --- Error bodies ---
  '/s/422-problem': (_req, res) =>
    send(
      res,
      422,
      [
        ct('application/problem+json'),
        ['traceparent', '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01'],
      ],
      json({
        type: 'https://example.com/probs/out-of-credit',
        title: 'You do not have enough credit.',
        status: 422,
        detail: 'Your current balance is 30, but that costs 50.',
        instance: '/account/12345/msgs/abc',
      }),
    ),
  '/s/400-error-object': (_req, res) =>
    send(
      res,
      400,
      [ct('application/json; charset=utf-8')],
      json({ error: { code: 'bad_request', message: 'name is required' } }),
    ),
  '/s/400-errors-array': (_req, res) =>
    send(
      res,
      400,
      [ct('application/json')],
      json({ errors: [{ message: 'email is invalid', field: 'email' }, { message: 'too short' }] }),
    ),

  // --- Who answered ---
  '/s/cloudflare-522': (_req, res) =>
    send(
      res,
      522,
      [
        ct('text/html; charset=UTF-8'),
        ['Server', 'cloudflare'],
        ['CF-RAY', '8c1d2e3f4a5b6c7d-FRA'],
      ],
      '<html><title>Connection timed out | example.com | Cloudflare</title></html>',
    ),
  '/s/cloudflare-502': (_req, res) =>
    send(
      res,
      502,
      [ct('text/html'), ['server', 'cloudflare'], ['cf-ray', '8c1d2e3f4a5b6c7e-AMS']],
      '<html><center><h1>502 Bad Gateway</h1></center><hr><center>cloudflare</center></html>',
    ),
  '/s/aws-460': (_req, res) => send(res, 460, [['Server', 'awselb/2.0']]),
  '/s/aws-502': (_req, res) =>
    send(
      res,
      502,
      [
        ct('text/html'),
        ['Server', 'awselb/2.0'],
        ['X-Amzn-Trace-Id', 'Root=1-67891233-abcdef012345678912345678'],
      ],
      '<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center></body></html>',
    ),
  '/s/nginx-502': (_req, res) =>
    send(
      res,
      502,
      [ct('text/html'), ['Server', 'nginx/1.25.3']],
      '<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx/1.25.3</center>\r\n</body>\r\n</html>\r\n',
    ),

  // --- Slow, to be aborted ---
  '/s/slow': (_req, res) => {
    setTimeout(() => send(res, 200, [ct('text/plain')], 'late'), 3000);
  },
};

interface Scenario {
  name: string;
  /** An async function body run in the page; returns what the script saw. */
  script: string;
}

/** What the page's script sees: "200", "TypeError: Failed to fetch", "AbortError: …". */
function fetchScript(url: string, init = '{}'): string {
  return `try {
    const r = await fetch(${JSON.stringify(url)}, ${init});
    await r.text();
    return 'script saw ' + r.status + (r.redirected ? ' (redirected)' : '');
  } catch (e) { return 'script saw ' + e.name + ': ' + e.message; }`;
}

let serverPort = 0;

function groups(p: number, h2: number, badTls: number, closed: number): Record<string, Scenario[]> {
  const api = `http://localhost:${p}`;
  const self = `http://127.0.0.1:${p}`;
  const s = (name: string, script: string): Scenario => ({ name, script });
  return {
    cors: [
      s('cors-ok', fetchScript(`${api}/s/cors-ok`)),
      s('cors-missing-acao', fetchScript(`${api}/s/cors-missing-acao`)),
      s('cors-wrong-acao', fetchScript(`${api}/s/cors-wrong-acao`)),
      s(
        'cors-wildcard-credentials',
        fetchScript(`${api}/s/cors-wildcard-credentials`, "{credentials: 'include'}"),
      ),
      s(
        'cors-credentials-no-acac',
        fetchScript(`${api}/s/cors-credentials-no-acac`, "{credentials: 'include'}"),
      ),
      s(
        'cors-preflight-404',
        fetchScript(`${api}/s/cors-preflight-404`, "{method: 'PUT', body: '{}'}"),
      ),
      s(
        'cors-preflight-headers',
        fetchScript(
          `${api}/s/cors-preflight-headers`,
          "{method: 'PUT', headers: {'X-Token': 'abc'}, body: '{}'}",
        ),
      ),
      s('cors-error-without-headers', fetchScript(`${api}/s/cors-error-without-headers`)),
    ],
    network: [
      s('refused', fetchScript(`http://127.0.0.1:${closed}/s/refused`)),
      s('dns', fetchScript('http://no-such-host.invalid/s/dns')),
      s('tls-untrusted', fetchScript(`https://localhost:${badTls}/s/tls`)),
      s(
        'aborted',
        `const c = new AbortController(); setTimeout(() => c.abort(), 300);
         ${fetchScript(`${self}/s/slow`, '{signal: c.signal}')}`,
      ),
      s('blocked-by-devtools', fetchScript(`${self}/s/blocked-by-devtools`)),
    ],
    'rate-limit': [
      s('429-retry-after-seconds', fetchScript(`${self}/s/429-retry-after-seconds`)),
      s('429-x-ratelimit-reset-seconds', fetchScript(`${self}/s/429-x-ratelimit-reset-seconds`)),
      s('503-retry-after-date', fetchScript(`${self}/s/503-retry-after-date`)),
      s('429-ietf-ratelimit', fetchScript(`${self}/s/429-ietf-ratelimit`)),
      s('429-ietf-ratelimit-draft', fetchScript(`${self}/s/429-ietf-ratelimit-draft`)),
    ],
    auth: [
      s('401-two-challenges', fetchScript(`${self}/s/401-two-challenges`)),
      s('401-no-challenge', fetchScript(`${self}/s/401-no-challenge`)),
      s('405-allow', fetchScript(`${self}/s/405-allow`, "{method: 'DELETE'}")),
      s('405-no-allow', fetchScript(`${self}/s/405-no-allow`, "{method: 'PATCH', body: '{}'}")),
    ],
    redirects: [
      s('post-302', fetchScript(`${self}/s/post-302`, "{method: 'POST', body: 'a=1'}")),
      s('post-301', fetchScript(`${self}/s/post-301`, "{method: 'POST', body: 'a=1'}")),
      s('post-307', fetchScript(`${self}/s/post-307`, "{method: 'POST', body: 'a=1'}")),
      s('chain', fetchScript(`${self}/s/chain/start`)),
      s('loop', fetchScript(`${self}/s/loop/a`)),
      s('302-no-location', fetchScript(`${self}/s/302-no-location`)),
    ],
    conditional: [
      s('304-etag', fetchScript(`${self}/s/304-etag`, `{headers: {'If-None-Match': '"v1"'}}`)),
      s(
        '304-last-modified',
        fetchScript(
          `${self}/s/304-last-modified`,
          `{headers: {'If-Modified-Since': 'Tue, 01 Apr 2025 10:00:00 GMT'}}`,
        ),
      ),
      s('206-range', fetchScript(`${self}/s/206-range`, "{headers: {Range: 'bytes=0-99'}}")),
      s('416-range', fetchScript(`${self}/s/416-range`, "{headers: {Range: 'bytes=5000-'}}")),
    ],
    sizes: [
      s(
        '413-body',
        fetchScript(
          `${self}/s/413-body`,
          "{method: 'POST', body: 'x'.repeat(70000), headers: {'Content-Type': 'application/json'}}",
        ),
      ),
      s('414-uri', fetchScript(`${self}/s/414-uri?q=${'a'.repeat(9000)}`)),
      s(
        '415-type',
        fetchScript(
          `${self}/s/415-type`,
          "{method: 'POST', body: 'a,b', headers: {'Content-Type': 'text/csv'}}",
        ),
      ),
      s(
        '431-headers',
        `document.cookie = 'session=' + 's'.repeat(3900) + '; path=/';
         document.cookie = 'tracking=' + 't'.repeat(3900) + '; path=/';
         const r = await (async () => { ${fetchScript(`${self}/s/431-headers`, "{headers: {'X-Small': '1'}}")} })();
         document.cookie = 'session=; max-age=0; path=/'; document.cookie = 'tracking=; max-age=0; path=/';
         return r;`,
      ),
    ],
    bodies: [
      s('422-problem', fetchScript(`${self}/s/422-problem`, "{method: 'POST', body: '{}'}")),
      s('400-error-object', fetchScript(`${self}/s/400-error-object`)),
      s('400-errors-array', fetchScript(`${self}/s/400-errors-array`)),
    ],
    vendors: [
      s('cloudflare-522', fetchScript(`${self}/s/cloudflare-522`)),
      s('cloudflare-502', fetchScript(`${self}/s/cloudflare-502`)),
      s('aws-460', fetchScript(`${self}/s/aws-460`)),
      s('aws-502', fetchScript(`${self}/s/aws-502`)),
      s('nginx-502', fetchScript(`${self}/s/nginx-502`)),
    ],
    proxy: [s('407-proxy-auth', fetchScript(`${self}/s/407-proxy-auth`))],
    http2: [
      s('h2-429', fetchScript(`https://localhost:${h2}/s/429-retry-after-seconds?cors=1`)),
      s('h2-401', fetchScript(`https://localhost:${h2}/s/401-two-challenges?cors=1`)),
      s('h2-503-no-cors', fetchScript(`https://localhost:${h2}/s/503-retry-after-date`)),
    ],
  };
}

// ---------------------------------------------------------------------------------------------

interface CdpRecord {
  url: string;
  method: string;
  type?: string;
  status?: number;
  extraStatus?: number;
  errorText?: string;
  blockedReason?: string;
  corsError?: string;
  corsParameter?: string;
  canceled?: boolean;
}

function listen(server: ReturnType<typeof createServer> | ReturnType<typeof createSecureServer>) {
  return new Promise<number>((done) =>
    server.listen(0, () => done((server.address() as AddressInfo).port)),
  );
}

function handle(req: Req, res: Res): void {
  const chunks: Buffer[] = [];
  req.on('data', (chunk: Buffer) => chunks.push(chunk));
  req.on('end', () => {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    const handler = routes[path];
    if (!handler) return send(res, 404, [ct('text/plain')], 'no route');
    if ((req.url ?? '').includes('cors=1')) {
      // Cross-origin scenarios that should pass CORS (the HTTP/2 origin).
      res.setHeader('Access-Control-Allow-Origin', pageOrigin);
    }
    handler(req, res, Buffer.concat(chunks).toString('utf8'));
  });
}

function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max)}…[${text.length - max} more]` : text;
}

/** Fixtures stay small: no cookie lists or initiator stacks, request bodies cut (their size is
 * kept in bodySize). URLs and headers stay whole: the 414 and 431 rules measure them. */
function trim(entry: Entry, comment: string, body?: string): Entry {
  const out = structuredClone(entry) as Entry & Record<string, unknown>;
  out.request.cookies = [];
  out.response.cookies = [];
  if (out.request.postData?.text) out.request.postData.text = clip(out.request.postData.text, 60);
  if (body !== undefined) out.response.content.text = body;
  const initiator = out._initiator as { stack?: unknown } | undefined;
  if (initiator && typeof initiator === 'object') delete initiator.stack;
  out.comment = comment;
  return out;
}

async function main(): Promise<void> {
  const tmp = mkdtempSync(join(tmpdir(), 'diagnosis-recorder-'));
  const good = selfSignedCert(tmp, 'good');
  const bad = selfSignedCert(tmp, 'bad');

  const http1 = createServer(handle);
  serverPort = await listen(http1);
  pageOrigin = `http://127.0.0.1:${serverPort}`;
  const h2server = createSecureServer(
    { key: good.key, cert: good.cert, allowHTTP1: false },
    handle,
  );
  const h2Port = await listen(h2server);
  const badServer = createSecureServer({ key: bad.key, cert: bad.cert }, handle);
  const badPort = await listen(badServer);
  const closedServer = createServer();
  const closedPort = await listen(closedServer);
  await new Promise((done) => closedServer.close(done));

  const extDir = join(tmp, 'ext');
  mkdirSync(extDir);
  writeFileSync(
    join(extDir, 'manifest.json'),
    JSON.stringify({
      manifest_version: 3,
      name: 'HAR recorder',
      version: '1',
      devtools_page: 'devtools.html',
    }),
  );
  writeFileSync(
    join(extDir, 'devtools.html'),
    '<!doctype html><script src="devtools.js"></script>',
  );
  writeFileSync(join(extDir, 'devtools.js'), '');
  const id = extensionIdFromPath(extDir);

  const browser = await puppeteer.launch({
    executablePath,
    headless: true,
    dumpio: process.env.DUMPIO === '1',
    ignoreDefaultArgs: ['--disable-extensions'],
    userDataDir: join(tmp, 'profile'),
    args: [
      '--no-sandbox',
      ...CLOSED_NETWORK_ARGS,
      `--ignore-certificate-errors-spki-list=${good.spki}`,
      '--auto-open-devtools-for-tabs',
      `--disable-extensions-except=${extDir}`,
      `--load-extension=${extDir}`,
    ],
  });
  const version = await browser.version();
  try {
    const devtoolsTarget = await browser.waitForTarget((t) => t.url().startsWith('devtools://'));
    await browser.waitForTarget((t) => t.url() === `chrome-extension://${id}/devtools.html`);
    const devtools = await devtoolsTarget.asPage();
    let extFrame: Frame | undefined;
    for (let i = 0; i < 100 && !extFrame; i++) {
      extFrame = devtools
        .frames()
        .find((f) => f.url() === `chrome-extension://${id}/devtools.html`);
      if (!extFrame) await new Promise((done) => setTimeout(done, 50));
    }
    if (!extFrame) throw new Error('DevTools extension frame not found');
    const pages = await browser.pages();
    const page = pages.find((p) => !p.url().startsWith('devtools://')) as Page;
    const cdp = await page.createCDPSession();
    const records = new Map<string, CdpRecord>();
    listenNetwork(cdp, records);
    await cdp.send('Network.enable');
    await cdp.send('Network.setBlockedURLs', { urls: ['*blocked-by-devtools*'] });
    // A Basic challenge makes Chromium ask for a login; headless, that prompt takes the page
    // down. Answer it as a person pressing Cancel would: the 401 then reaches the page.
    cdp.on('Fetch.requestPaused', (e) => {
      cdp.send('Fetch.continueRequest', { requestId: e.requestId }).catch(() => {});
    });
    cdp.on('Fetch.authRequired', (e) => {
      cdp
        .send('Fetch.continueWithAuth', {
          requestId: e.requestId,
          authChallengeResponse: { response: 'CancelAuth' },
        })
        .catch(() => {});
    });
    await cdp.send('Fetch.enable', {
      handleAuthRequests: true,
      patterns: [{ urlPattern: '*/s/401-*' }, { urlPattern: '*/s/407-*' }],
    });

    const all = groups(serverPort, h2Port, badPort, closedPort);
    mkdirSync(outDir, { recursive: true });
    for (const [group, scenarios] of Object.entries(all)) {
      records.clear();
      await page.goto(`${pageOrigin}/page?group=${group}`, { waitUntil: 'load' });
      const seen: { name: string; result: string }[] = [];
      for (const scenario of scenarios) {
        if (process.env.DUMPIO === '1') console.log('running', scenario.name);
        const result = (await page.evaluate(`(async () => { ${scenario.script} })()`)) as string;
        seen.push({ name: scenario.name, result });
      }
      // Let DevTools receive the last events.
      await new Promise((done) => setTimeout(done, 300));
      const har = (await extFrame.evaluate(
        'new Promise((done) => chrome.devtools.network.getHAR(done))',
      )) as Har['log'];
      const entries: Entry[] = [];
      for (const entry of har.entries) {
        const url = entry.request.url;
        const scenario = seen.find((one) => scenarioOf(url, one.name, all));
        const isDocument = url.startsWith(`${pageOrigin}/page`);
        if (!scenario && !isDocument) continue;
        const cdpInfo = [...records.values()].find(
          (r) => r.url === url && r.method === entry.request.method && !usedRecords.has(r),
        );
        if (cdpInfo) usedRecords.add(cdpInfo);
        const comment = isDocument
          ? 'the page document (page origin)'
          : `${scenario?.name}: ${scenario?.result}; CDP ${describe(cdpInfo)}`;
        let body: string | undefined;
        if (
          (group === 'bodies' || group === 'vendors') &&
          scenario &&
          entry.response.status >= 400
        ) {
          body = await bodyOf(cdp, records, url);
        }
        entries.push(trim(entry, comment, body));
      }
      // A redirect loop is 20 hops and a failure: keep the first four hops and the failure.
      const loop = entries.filter((one) => one.request.url.includes('/s/loop/'));
      for (const hop of loop.slice(4, -1)) entries.splice(entries.indexOf(hop), 1);
      const file: Har = {
        log: {
          version: '1.2',
          creator: { name: 'record-diagnosis-fixtures.ts', version: '1' },
          browser: { name: 'Chromium', version: version.replace(/^[^/]*\//, '') },
          comment:
            'Recorded with chrome.devtools.network.getHAR() from a DevTools extension; ' +
            'comments add what the page script saw and the DevTools protocol Network events. ' +
            `Loopback ports are arbitrary: page origin ${pageOrigin}, API origin http://localhost:${serverPort}.`,
          entries,
        },
      };
      writeFileSync(join(outDir, `${group}.har`), `${JSON.stringify(file, null, 2)}\n`);
      console.log(`${group}: ${entries.length} entries`);
      for (const one of seen) console.log(`  ${one.name}: ${one.result}`);
    }
  } finally {
    await browser.close();
    http1.close();
    h2server.close();
    badServer.close();
    rmSync(tmp, { recursive: true, force: true });
  }
}

const usedRecords = new Set<CdpRecord>();

function scenarioOf(url: string, name: string, all: Record<string, Scenario[]>): boolean {
  const scenario = Object.values(all)
    .flat()
    .find((one) => one.name === name);
  if (!scenario) return false;
  const path = new URL(url).pathname;
  const wanted = /\/s\/[^"'?]+/.exec(scenario.script)?.[0];
  if (!wanted) return false;
  if (path === wanted) return true;
  // Redirect targets belong to the scenario that started them.
  if (name.startsWith('post-') && path === '/s/landing') {
    return new URL(url).searchParams.get('from') === name.slice(5);
  }
  if (name === 'chain') return path.startsWith('/s/chain/');
  if (name === 'loop') return path.startsWith('/s/loop/');
  return false;
}

function describe(r: CdpRecord | undefined): string {
  if (!r) return 'no matching Network event';
  const parts = [`type=${r.type}`];
  if (r.status !== undefined) parts.push(`responseReceived.status=${r.status}`);
  else parts.push('no responseReceived');
  // Extra info can arrive after the next redirect hop began: only print it where it matters,
  // a response that arrived but was never handed to the page (CORS).
  if (r.status === undefined && r.extraStatus !== undefined) {
    parts.push(`responseReceivedExtraInfo.statusCode=${r.extraStatus}`);
  }
  if (r.errorText) parts.push(`loadingFailed.errorText=${r.errorText}`);
  if (r.blockedReason) parts.push(`blockedReason=${r.blockedReason}`);
  if (r.corsError) {
    parts.push(`corsErrorStatus=${r.corsError}${r.corsParameter ? `(${r.corsParameter})` : ''}`);
  }
  if (r.canceled) parts.push('canceled');
  return parts.join(' ');
}

function listenNetwork(cdp: CDPSession, records: Map<string, CdpRecord>): void {
  const get = (id: string) => records.get(id);
  cdp.on('Network.requestWillBeSent', (e) => {
    // A redirect reuses the request id: keep the hop under its own key.
    if (e.redirectResponse) {
      const previous = get(e.requestId);
      if (previous) {
        previous.status = e.redirectResponse.status;
        records.set(`${e.requestId}#${records.size}`, previous);
      }
      // Move the request to the end, after its hops, so the hops match first.
      records.delete(e.requestId);
    }
    records.set(e.requestId, { url: e.request.url, method: e.request.method, type: e.type });
  });
  cdp.on('Network.responseReceived', (e) => {
    const r = get(e.requestId);
    if (r) r.status = e.response.status;
  });
  cdp.on('Network.responseReceivedExtraInfo', (e) => {
    const r = get(e.requestId);
    if (r) r.extraStatus = e.statusCode;
  });
  cdp.on('Network.loadingFailed', (e) => {
    const r = get(e.requestId);
    if (!r) return;
    r.errorText = e.errorText;
    r.blockedReason = e.blockedReason;
    r.corsError = e.corsErrorStatus?.corsError;
    r.corsParameter = e.corsErrorStatus?.failedParameter;
    r.canceled = e.canceled;
  });
}

async function bodyOf(
  cdp: CDPSession,
  records: Map<string, CdpRecord>,
  url: string,
): Promise<string | undefined> {
  for (const [requestId, r] of records) {
    if (r.url !== url || requestId.includes('#')) continue;
    try {
      const { body, base64Encoded } = await cdp.send('Network.getResponseBody', { requestId });
      return base64Encoded ? undefined : body;
    } catch {
      return undefined;
    }
  }
  return undefined;
}

await main();

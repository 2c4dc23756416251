// The demo API: every endpoint under /api/, answered with the status and headers real servers
// send. Pure: a request in, a reply out, so it can be tested without a socket.
import { randomUUID } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';

export type Method = 'GET' | 'HEAD' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface DemoRequest {
  method: string;
  url: URL;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

export interface DemoReply {
  status: number;
  /** Reason phrase, when Node has none for the status (522). */
  statusText?: string;
  headers: Record<string, string>;
  body: string;
}

type Handler = (request: DemoRequest) => DemoReply;

export interface DemoRoute {
  path: string;
  handlers: Partial<Record<Exclude<Method, 'HEAD'>, Handler>>;
}

const BASE_HEADERS = {
  Server: 'status-lens-demo',
  'Cache-Control': 'no-store',
  'X-Content-Type-Options': 'nosniff',
};

function reply(
  status: number,
  contentType: string,
  body: string,
  headers: Record<string, string> = {},
): DemoReply {
  return { status, headers: { ...BASE_HEADERS, 'Content-Type': contentType, ...headers }, body };
}

function json(status: number, value: unknown, headers: Record<string, string> = {}): DemoReply {
  return reply(status, 'application/json; charset=utf-8', JSON.stringify(value), headers);
}

/** An RFC 9457 problem document. */
function problem(
  status: number,
  title: string,
  detail: string,
  headers: Record<string, string> = {},
  extra: Record<string, unknown> = {},
): DemoReply {
  const value = { type: 'about:blank', title, status, detail, ...extra };
  return reply(status, 'application/problem+json', JSON.stringify(value), headers);
}

/** A redirect that keeps the query string, so every hop of one round carries the same `run`. */
function redirect(status: number, location: string): Handler {
  return ({ url }) => {
    const target = `${location}${url.search}`;
    return reply(status, 'text/plain; charset=utf-8', `Redirecting to ${target}`, {
      Location: target,
    });
  };
}

/** The page a reverse proxy shows when its upstream fails, as nginx writes it. */
function nginxError(status: number, phrase: string): DemoReply {
  const body = `<html>\r\n<head><title>${status} ${phrase}</title></head>\r\n<body>\r\n<center><h1>${status} ${phrase}</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n`;
  return { status, headers: { Server: 'nginx', 'Content-Type': 'text/html' }, body };
}

/** The size of the demo's files, for Content-Range. */
const FILE_SIZE = 1000;

const USER_42 = { id: 42, name: 'Grace Hopper', email: 'grace@example.org', role: 'admin' };
export const ARTICLE_ETAG = '"a7-v1"';

export const DEMO_ROUTES: readonly DemoRoute[] = [
  { path: '/api/users/42', handlers: { GET: () => json(200, USER_42) } },
  {
    path: '/api/users',
    handlers: {
      GET: () => json(200, [USER_42]),
      POST: ({ body }) =>
        json(
          201,
          { id: 43, ...(JSON.parse(body.toString() || '{}') as object) },
          { Location: '/api/users/43' },
        ),
    },
  },
  {
    path: '/api/users/43',
    handlers: {
      GET: () => json(200, { id: 43, name: 'Ada Lovelace', email: 'ada@example.org' }),
      DELETE: () => ({ status: 204, headers: { ...BASE_HEADERS }, body: '' }),
    },
  },
  { path: '/api/redirect/start', handlers: { GET: redirect(301, '/api/redirect/middle') } },
  { path: '/api/redirect/middle', handlers: { GET: redirect(302, '/api/redirect/end') } },
  { path: '/api/redirect/end', handlers: { GET: () => json(200, { arrived: true }) } },
  { path: '/api/forms/legacy', handlers: { POST: redirect(302, '/api/forms/thanks') } },
  { path: '/api/forms/temporary', handlers: { POST: redirect(307, '/api/forms/thanks') } },
  {
    path: '/api/forms/thanks',
    handlers: {
      GET: () => json(200, { received: 'GET', form: null }),
      POST: ({ body }) =>
        json(200, {
          received: 'POST',
          form: Object.fromEntries(new URLSearchParams(body.toString())),
        }),
    },
  },
  {
    path: '/api/articles/7',
    handlers: {
      GET: ({ headers }) => {
        const cache = { 'Cache-Control': 'no-cache', ETag: ARTICLE_ETAG };
        if (headers['if-none-match'] === ARTICLE_ETAG) {
          return { status: 304, headers: { ...BASE_HEADERS, ...cache }, body: '' };
        }
        return json(200, { id: 7, title: 'Caching with ETags', revision: 1 }, cache);
      },
    },
  },
  {
    path: '/api/account',
    handlers: {
      GET: () =>
        json(
          401,
          { error: 'invalid_token', error_description: 'The access token expired' },
          {
            'WWW-Authenticate':
              'Bearer realm="demo", error="invalid_token", error_description="The access token expired"',
            'X-Request-Id': randomUUID(),
          },
        ),
    },
  },
  {
    path: '/api/admin/settings',
    handlers: {
      GET: () => problem(403, 'Forbidden', 'Your account may not change the settings.'),
    },
  },
  // GET only: the DELETE the page sends gets 405 with `Allow: GET, HEAD` (see answerDemoRequest).
  { path: '/api/reports/2024', handlers: { GET: () => json(200, { year: 2024, rows: 12 }) } },
  {
    path: '/api/reports/2024/export',
    handlers: {
      GET: () =>
        problem(
          500,
          'Internal Server Error',
          'The export failed. Quote the request id when you report it.',
          { 'X-Request-Id': randomUUID() },
        ),
    },
  },
  {
    path: '/api/v1/legacy',
    handlers: {
      GET: () =>
        problem(410, 'Gone', 'API v1 was retired. Use /api/v2/.', {
          Sunset: 'Wed, 01 Jan 2025 00:00:00 GMT',
          Link: '</api/v2/>; rel="successor-version"',
        }),
    },
  },
  {
    path: '/api/uploads',
    handlers: {
      POST: ({ body }) =>
        problem(
          413,
          'Content Too Large',
          `The upload has ${body.length} bytes; the limit is 65536 bytes for now.`,
          { 'Retry-After': '3600' },
        ),
    },
  },
  {
    path: '/api/orders',
    handlers: {
      POST: () =>
        problem(
          422,
          'Your request is not valid.',
          'The order has 1 invalid field.',
          {},
          { errors: [{ pointer: '#/quantity', detail: 'must be a positive integer' }] },
        ),
    },
  },
  {
    path: '/api/search',
    handlers: {
      GET: () =>
        json(
          429,
          { error: 'rate_limited', message: 'Too many requests. Try again in 30 seconds.' },
          {
            'Retry-After': '30',
            'X-RateLimit-Limit': '60',
            'X-RateLimit-Remaining': '0',
            'X-RateLimit-Reset': String(Math.floor(Date.now() / 1000) + 30),
          },
        ),
    },
  },
  { path: '/api/upstream/inventory', handlers: { GET: () => nginxError(502, 'Bad Gateway') } },
  {
    path: '/api/status/maintenance',
    handlers: {
      GET: () =>
        problem(503, 'Service Unavailable', 'Scheduled maintenance until 12:00 UTC.', {
          'Retry-After': '120',
        }),
    },
  },
  {
    path: '/api/upstream/slow-report',
    handlers: { GET: () => nginxError(504, 'Gateway Time-out') },
  },
  {
    path: '/api/edge/origin-down',
    handlers: {
      GET: () => ({
        status: 522,
        statusText: 'Origin Connection Time-out',
        headers: {
          server: 'cloudflare',
          'cf-ray': '8f3c2a1b9d4e7f60-FRA',
          'content-type': 'text/html; charset=UTF-8',
          'cache-control': 'private, max-age=0, no-store, no-cache, must-revalidate',
          'x-frame-options': 'SAMEORIGIN',
          'referrer-policy': 'same-origin',
        },
        body: '<!DOCTYPE html><title>demo.example | 522: Connection timed out</title><h1>Connection timed out <span>Error code 522</span></h1>',
      }),
    },
  },
  {
    path: '/api/trace',
    handlers: {
      GET: () => json(200, { traced: true }, { 'X-Request-Id': randomUUID() }),
    },
  },
  { path: '/api/health', handlers: { GET: () => json(200, { status: 'ok' }) } },
  // Added for the diagnosis (issue 7). Like httpbin's /status/… endpoints, these answer with
  // their status whatever the request: the page sends the request that earns it (a Range, a
  // 12 KB header, a CSV body), and the panel explains it from both sides.
  {
    path: '/api/quota',
    handlers: {
      GET: () =>
        json(
          429,
          { error: { code: 'quota_exceeded', message: 'The burst quota is used up.' } },
          {
            // The IETF draft's fields, and Retry-After as an HTTP date on the server's clock.
            'Retry-After': new Date(Date.now() + 20_000).toUTCString(),
            'RateLimit-Policy': '"burst";q=100;w=60',
            RateLimit: '"burst";r=0;t=20',
          },
        ),
    },
  },
  { path: '/api/loop/a', handlers: { GET: redirect(302, '/api/loop/b') } },
  { path: '/api/loop/b', handlers: { GET: redirect(302, '/api/loop/a') } },
  {
    path: '/api/files/report.bin',
    handlers: {
      GET: () => ({
        status: 206,
        headers: {
          ...BASE_HEADERS,
          'Content-Type': 'application/octet-stream',
          'Accept-Ranges': 'bytes',
          'Content-Range': `bytes 0-99/${FILE_SIZE}`,
        },
        body: 'r'.repeat(100),
      }),
    },
  },
  {
    path: '/api/files/archive.bin',
    handlers: {
      GET: () =>
        reply(416, 'text/plain; charset=utf-8', 'Range Not Satisfiable', {
          'Accept-Ranges': 'bytes',
          'Content-Range': `bytes */${FILE_SIZE}`,
        }),
    },
  },
  {
    path: '/api/imports',
    handlers: {
      POST: ({ headers }) =>
        /json/.test(headers['content-type'] ?? '')
          ? json(202, { accepted: true })
          : problem(
              415,
              'Unsupported Media Type',
              'Imports are JSON documents; CSV is not supported yet.',
              { 'Accept-Post': 'application/json' },
            ),
    },
  },
  {
    path: '/api/profile',
    handlers: {
      GET: () => reply(431, 'text/plain; charset=utf-8', 'Request Header Fields Too Large'),
    },
  },
  {
    path: '/api/checkout/cart',
    handlers: {
      // What an AWS Application Load Balancer answers when its target failed: its own page.
      GET: () => ({
        status: 502,
        headers: { Server: 'awselb/2.0', 'Content-Type': 'text/html' },
        body: '<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n</body>\r\n</html>\r\n',
      }),
    },
  },
];

/** Longer than this, a path under /api/lookup/ gets 414, as behind a gateway with a 4 KB limit
 * on the request line. */
export const LOOKUP_PATH_MAX = 4096;

const ROUTES_BY_PATH = new Map(DEMO_ROUTES.map((route) => [route.path, route]));

/** Answers a request under /api/: 404 for an unknown path, 405 with `Allow` for a known path
 * and another method, HEAD like GET (Node drops the body of a HEAD answer). */
export function answerDemoRequest(request: DemoRequest): DemoReply {
  const { pathname } = request.url;
  if (pathname.startsWith('/api/lookup/')) {
    return pathname.length > LOOKUP_PATH_MAX
      ? reply(414, 'text/plain; charset=utf-8', 'URI Too Long')
      : json(200, { found: pathname.slice('/api/lookup/'.length) });
  }
  const route = ROUTES_BY_PATH.get(pathname);
  if (!route) {
    return problem(404, 'Not Found', `Nothing is at ${request.url.pathname}.`);
  }
  const method = request.method === 'HEAD' ? 'GET' : request.method;
  const handler = route.handlers[method as keyof DemoRoute['handlers']];
  if (!handler) {
    const allowed = Object.keys(route.handlers).flatMap((m) =>
      m === 'GET' ? ['GET', 'HEAD'] : [m],
    );
    return problem(
      405,
      'Method Not Allowed',
      `${request.method} is not allowed on ${request.url.pathname}.`,
      { Allow: allowed.join(', ') },
    );
  }
  return handler(request);
}

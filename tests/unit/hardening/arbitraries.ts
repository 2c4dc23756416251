/** fast-check arbitraries for hostile HAR input: strings, headers, entries. */
import fc from 'fast-check';

/** Strings chosen to break things: markup, script URLs, Markdown, control and bidi characters. */
export const NASTY = [
  '"><img src=x onerror="globalThis.__pwned=1">',
  '<script>globalThis.__pwned=1</script>',
  'javascript:globalThis.__pwned=1',
  '![x](https://evil.example/x.png)',
  '[click](javascript:alert(1))',
  '```\n# heading\n```',
  '`',
  '<b>bold</b>',
  '__proto__',
  'constructor',
  'prototype',
  '\uD800',
  '\uDFFF',
  '\u202E',
  '\u2066',
  '\u0000',
  '\r\n',
  '\u2028',
  '%00',
  '$\u007b1+1}',
  '{{constructor.constructor("x")()}}',
];

export const hostileString = fc.oneof(
  { weight: 3, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 3, arbitrary: fc.constantFrom(...NASTY) },
  {
    weight: 2,
    arbitrary: fc
      .array(fc.constantFrom(...NASTY, 'a', '/', '?', '&', '=', '#'), { maxLength: 6 })
      .map((parts) => parts.join('')),
  },
);

export const SECRET = 'S3cretValue9xQ';

const headerName = fc.oneof(
  fc.constantFrom(
    'Content-Type',
    'Retry-After',
    'WWW-Authenticate',
    'Location',
    'Allow',
    'Set-Cookie',
    'cf-ray',
    'Server',
    'X-RateLimit-Reset',
    'RateLimit',
    'Access-Control-Allow-Origin',
    'Content-Range',
    'ETag',
    '__proto__',
    'constructor',
  ),
  hostileString,
);

export const header = fc.record({ name: headerName, value: hostileString });

export const secretHeader = fc.record({
  name: fc.constantFrom(
    'Authorization',
    'authorization',
    'Proxy-Authorization',
    'Cookie',
    'Set-Cookie',
    'X-API-Key',
    'X-Auth-Token',
  ),
  value: fc.constantFrom(`Bearer ${SECRET}`, `session=${SECRET}`, SECRET, `Basic ${SECRET}`),
});

export const status = fc.oneof(
  fc.integer({ min: -5, max: 1100 }),
  fc.constantFrom(0, 99, 100, 299, 404, 599, 600, 999, 1000),
  fc.constantFrom(Number.NaN, '200', null, undefined, 4.5, Number.POSITIVE_INFINITY),
);

export const url = fc.oneof(
  fc.webUrl({ withQueryParameters: true, withFragments: true }),
  hostileString.map((s) => `https://example.org/${s}`),
  hostileString,
  fc.constantFrom('javascript:alert(1)', 'data:text/html,<script>x</script>', ''),
);

/** An entry shaped like a HAR entry, with any field missing, wrong or hostile. */
export const harEntry = fc.record(
  {
    startedDateTime: fc.oneof(
      fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
      hostileString,
    ),
    time: fc.oneof(fc.double(), fc.integer(), hostileString),
    request: fc.record(
      {
        method: fc.oneof(fc.constantFrom('GET', 'POST', 'PUT', 'OPTIONS'), hostileString),
        url,
        httpVersion: hostileString,
        headers: fc.array(header, { maxLength: 12 }),
        bodySize: fc.integer({ min: -1, max: 10_000_000 }),
        headersSize: fc.integer({ min: -1, max: 100_000 }),
        postData: fc.record({ mimeType: hostileString, text: hostileString }, { requiredKeys: [] }),
      },
      { requiredKeys: ['method', 'url'] },
    ),
    response: fc.record(
      {
        status,
        statusText: hostileString,
        httpVersion: hostileString,
        headers: fc.array(header, { maxLength: 12 }),
        content: fc.record(
          { size: fc.integer({ min: -1, max: 1e9 }), mimeType: hostileString, text: hostileString },
          { requiredKeys: [] },
        ),
        redirectURL: fc.oneof(url, fc.constant('')),
        _error: fc.oneof(
          fc.constantFrom(
            'net::ERR_CONNECTION_REFUSED',
            'net::ERR_BLOCKED_BY_CLIENT',
            '',
            'net::ERR_FAILED',
          ),
          hostileString,
        ),
        bodySize: fc.integer({ min: -1, max: 1e9 }),
      },
      { requiredKeys: ['status'] },
    ),
    _fromCache: fc.constantFrom('memory', 'disk', '', 'x'),
    _resourceType: fc.constantFrom('document', 'fetch', 'xhr', 'preflight', 'script'),
  },
  { requiredKeys: ['request', 'response'] },
);

/** An entry that carries secrets in headers and in the URL's query. */
export const secretEntry = fc
  .tuple(
    harEntry,
    fc.array(secretHeader, { minLength: 1, maxLength: 3 }),
    fc.constantFrom('access_token', 'api_key', 'token', 'password', 'client_secret'),
  )
  .map(([entry, secrets, param]) => ({
    ...entry,
    request: {
      ...entry.request,
      url: `https://api.example.org/v1/items?${param}=${SECRET}&page=2`,
      headers: [...(entry.request.headers ?? []), ...secrets],
    },
    response: {
      ...entry.response,
      headers: [...(entry.response.headers ?? []), ...secrets],
    },
  }));

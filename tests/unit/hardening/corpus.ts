/**
 * The regression corpus: named hostile or broken inputs that always run. Each entry case is a
 * HAR entry (or something pretending to be one); each file case is the text of a HAR file.
 */
const base = () => ({
  startedDateTime: '2026-11-27T12:00:00.000Z',
  time: 12,
  request: {
    method: 'GET',
    url: 'https://api.example.org/v1/items?page=2',
    httpVersion: 'HTTP/1.1',
    headers: [{ name: 'Accept', value: 'application/json' }],
    queryString: [],
    cookies: [],
    headersSize: 120,
    bodySize: 0,
  },
  response: {
    status: 200,
    statusText: 'OK',
    httpVersion: 'HTTP/1.1',
    headers: [{ name: 'Content-Type', value: 'application/json' }],
    cookies: [],
    content: { size: 10, mimeType: 'application/json' },
    redirectURL: '',
    headersSize: 80,
    bodySize: 10,
  },
  cache: {},
  timings: { send: 1, wait: 10, receive: 1 },
});

type Entry = ReturnType<typeof base>;
const withStatus = (status: unknown): unknown => {
  const e = base();
  return { ...e, response: { ...e.response, status } };
};
const withResponseHeaders = (headers: { name: string; value: string }[]): Entry => {
  const e = base();
  return { ...e, response: { ...e.response, headers } };
};
const withUrl = (url: string): Entry => {
  const e = base();
  return { ...e, request: { ...e.request, url } };
};
const withError = (status: number, error: string): unknown => {
  const e = base();
  return { ...e, response: { ...e.response, status, statusText: '', headers: [], _error: error } };
};

const MB = 1024 * 1024;
const XSS = '"><img src=x onerror="globalThis.__pwned=1">';

/** Entry cases: `usable` says whether the entry should give a row at all. */
export const entryCases: { name: string; entry: unknown; usable: boolean; label?: RegExp }[] = [
  { name: 'status 0 without a reason', entry: withStatus(0), usable: true, label: /^No response/ },
  { name: 'status -1', entry: withStatus(-1), usable: true, label: /^No response/ },
  { name: 'status 99', entry: withStatus(99), usable: true, label: /99/ },
  { name: 'status 600', entry: withStatus(600), usable: true, label: /600/ },
  { name: 'status 999', entry: withStatus(999), usable: true, label: /999/ },
  { name: 'status 1000', entry: withStatus(1000), usable: true, label: /1000/ },
  { name: 'status NaN', entry: withStatus(Number.NaN), usable: true },
  // A status written as a string of digits is read as the number it says.
  { name: 'status "200" as text', entry: withStatus('200'), usable: true, label: /^200 OK/ },
  { name: 'status "OK" as text', entry: withStatus('OK'), usable: false },
  { name: 'status null', entry: withStatus(null), usable: false },
  { name: 'status 4.5', entry: withStatus(4.5), usable: true },
  { name: 'status 299 (unknown 2xx)', entry: withStatus(299), usable: true, label: /299/ },
  { name: 'status 477 (unknown 4xx)', entry: withStatus(477), usable: true, label: /477/ },
  { name: 'status 306 (unused)', entry: withStatus(306), usable: true, label: /306/ },
  { name: 'status 499 (two meanings)', entry: withStatus(499), usable: true, label: /^499/ },
  { name: 'missing response', entry: { ...base(), response: undefined }, usable: false },
  { name: 'missing request', entry: { ...base(), request: undefined }, usable: false },
  { name: 'response is a string', entry: { ...base(), response: 'x' }, usable: false },
  { name: 'entry is null', entry: null, usable: false },
  { name: 'entry is an array', entry: [1, 2], usable: false },
  { name: 'entry is a number', entry: 42, usable: false },
  {
    name: '_error net::ERR_NAME_NOT_RESOLVED',
    entry: withError(0, 'net::ERR_NAME_NOT_RESOLVED'),
    usable: true,
    label: /^No response/,
  },
  {
    name: '_error net::ERR_BLOCKED_BY_CLIENT',
    entry: withError(0, 'net::ERR_BLOCKED_BY_CLIENT'),
    usable: true,
  },
  { name: '_error on a 500 (CORS)', entry: withError(500, 'net::ERR_FAILED'), usable: true },
  { name: '_error is an object', entry: withError(0, {} as unknown as string), usable: true },
  { name: 'missing headers', entry: withResponseHeaders(undefined as never), usable: true },
  { name: 'headers is an object', entry: withResponseHeaders({} as never), usable: true },
  {
    name: 'header without a value',
    entry: withResponseHeaders([{ name: 'X-Empty' } as never]),
    usable: true,
  },
  {
    name: '10,000 headers',
    entry: withResponseHeaders(
      Array.from({ length: 10_000 }, (_, i) => ({ name: `X-H-${i}`, value: String(i) })),
    ),
    usable: true,
  },
  {
    name: 'a 1 MB header value',
    entry: withResponseHeaders([{ name: 'Set-Cookie', value: 'a'.repeat(MB) }]),
    usable: true,
  },
  {
    name: 'a 5 MB header value',
    entry: withResponseHeaders([{ name: 'X-Huge', value: 'b'.repeat(5 * MB) }]),
    usable: true,
  },
  {
    name: 'a 5 MB base64 body',
    entry: (() => {
      const e = base();
      return {
        ...e,
        response: {
          ...e.response,
          content: {
            size: 5 * MB,
            mimeType: 'image/png',
            encoding: 'base64',
            text: 'A'.repeat(5 * MB),
          },
        },
      };
    })(),
    usable: true,
  },
  {
    name: 'a 2 MB URL',
    entry: withUrl(`https://example.org/?q=${'x'.repeat(2 * MB)}`),
    usable: true,
  },
  {
    name: 'lone surrogates in the URL',
    entry: withUrl('https://example.org/\uD800\uDFFF\uDC00'),
    usable: true,
  },
  {
    name: 'bidi override in the URL',
    entry: withUrl('https://example.org/\u202Egnp.exe'),
    usable: true,
  },
  {
    name: 'bidi isolate in a header',
    entry: withResponseHeaders([{ name: 'X-Bidi', value: '\u2066abc\u2069\u202E' }]),
    usable: true,
  },
  { name: 'markup in the URL', entry: withUrl(`https://example.org/${XSS}`), usable: true },
  { name: 'javascript: URL', entry: withUrl('javascript:globalThis.__pwned=1'), usable: true },
  {
    name: 'data: URL with a script',
    entry: withUrl('data:text/html,<script>x</script>'),
    usable: true,
  },
  {
    name: 'markup in a header value',
    entry: withResponseHeaders([{ name: 'Location', value: XSS }]),
    usable: true,
  },
  {
    name: 'markup in a header name',
    entry: withResponseHeaders([{ name: XSS, value: 'x' }]),
    usable: true,
  },
  {
    name: 'header named __proto__',
    entry: withResponseHeaders([{ name: '__proto__', value: '{"polluted":true}' }]),
    usable: true,
  },
  {
    name: 'header named constructor',
    entry: withResponseHeaders([{ name: 'constructor', value: 'x' }]),
    usable: true,
  },
  {
    name: 'method with markup',
    entry: { ...base(), request: { ...base().request, method: XSS } },
    usable: true,
  },
  {
    name: 'empty method',
    entry: { ...base(), request: { ...base().request, method: '' } },
    usable: true,
  },
  { name: 'empty URL', entry: withUrl(''), usable: false },
  {
    name: 'Markdown image in the URL',
    entry: withUrl('https://example.org/![x](https://evil.example/x.png)'),
    usable: true,
  },
  { name: 'code fence in the URL', entry: withUrl('https://example.org/```\n# x'), usable: true },
  {
    name: 'Retry-After with a huge number',
    entry: (() => {
      const e = withResponseHeaders([{ name: 'Retry-After', value: '9'.repeat(400) }]);
      return { ...e, response: { ...e.response, status: 429 } };
    })(),
    usable: true,
  },
  {
    name: 'WWW-Authenticate with unbalanced quotes',
    entry: (() => {
      const e = withResponseHeaders([
        { name: 'WWW-Authenticate', value: 'Bearer realm="x, error="' },
      ]);
      return { ...e, response: { ...e.response, status: 401 } };
    })(),
    usable: true,
  },
  {
    name: 'Location that is not a URL',
    entry: (() => {
      const e = withResponseHeaders([{ name: 'Location', value: 'http://[::1' }]);
      return { ...e, response: { ...e.response, status: 302 } };
    })(),
    usable: true,
  },
  {
    name: 'startedDateTime that is not a date',
    entry: { ...base(), startedDateTime: 'yesterday-ish' },
    usable: true,
  },
  { name: 'time is negative', entry: { ...base(), time: -5 }, usable: true },
];

/** HAR file cases: the text, and whether the page should show rows. */
export const fileCases: { name: string; text: string; ok: boolean; message?: RegExp }[] = [
  { name: 'an empty file', text: '', ok: false, message: /empty/ },
  { name: 'only white space', text: '   \n ', ok: false, message: /empty/ },
  { name: 'not JSON', text: 'GET / HTTP/1.1', ok: false, message: /not valid JSON/ },
  {
    name: 'a truncated file',
    text: JSON.stringify({ log: { entries: [base(), base()] } }).slice(0, 200),
    ok: false,
    message: /not valid JSON/,
  },
  { name: 'JSON but no log', text: '{"entries":[]}', ok: false, message: /no "log"/ },
  { name: 'a log without entries', text: '{"log":{}}', ok: false, message: /no "entries"/ },
  { name: 'JSON null', text: 'null', ok: false },
  { name: 'a JSON array', text: '[1,2,3]', ok: false },
  {
    name: 'some broken entries among good ones',
    text: JSON.stringify({ log: { entries: [base(), null, { request: {} }, base()] } }),
    ok: true,
  },
  {
    name: '__proto__ keys in the file',
    text: '{"log":{"entries":[],"__proto__":{"polluted":true}},"__proto__":{"polluted":true}}',
    ok: true,
  },
  {
    name: 'a byte order mark',
    text: `\uFEFF${JSON.stringify({ log: { entries: [base()] } })}`,
    ok: true,
  },
];

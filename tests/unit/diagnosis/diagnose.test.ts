import fc from 'fast-check';
import type { Entry } from 'har-format';
import { diagnose, rowTag, rules } from '../../../utils/diagnosis';
import type { Finding } from '../../../utils/diagnosis/types';
import { context, contextFor, entry, fixture, recorded } from './builder';

const f = (severity: Finding['severity'], tag?: string): Finding => ({
  rule: 'protocol',
  severity,
  title: 't',
  details: [],
  ...(tag ? { tag } : {}),
});

describe('rowTag', () => {
  it.each([
    { name: 'no findings', findings: [], tag: undefined },
    { name: 'no tags', findings: [f('error'), f('info')], tag: undefined },
    {
      name: 'the most severe wins',
      findings: [f('info', 'a'), f('error', 'b'), f('warning', 'c')],
      tag: 'b',
    },
    { name: 'the first wins a tie', findings: [f('warning', 'a'), f('warning', 'b')], tag: 'a' },
    {
      name: 'an untagged error does not hide a tagged warning',
      findings: [f('error'), f('warning', 'w')],
      tag: 'w',
    },
  ])('$name', ({ findings, tag }) => {
    expect(rowTag(findings)).toBe(tag);
  });
});

describe('diagnose on the recordings (the end-to-end list of issue 7)', () => {
  it.each([
    ['rate-limit', '/s/429-retry-after-seconds', undefined, 'retry in 30 s'],
    ['auth', '/s/405-allow', undefined, 'allow GET, HEAD'],
    ['auth', '/s/401-two-challenges', undefined, 'invalid_token'],
    ['redirects', '/s/post-302', 'POST', 'POST → GET'],
    ['redirects', '/s/chain/start', undefined, '→ /s/chain/step/two'],
    ['redirects', '/s/chain/end', undefined, 'via 3 redirects'],
    ['cors', '/s/cors-missing-acao', undefined, 'CORS'],
    ['cors', '/s/cors-error-without-headers', undefined, 'CORS'],
    ['network', '/s/refused', undefined, 'refused'],
    ['network', '/s/blocked-by-devtools', undefined, 'blocked by DevTools'],
    ['bodies', '/s/422-problem', undefined, 'out-of-credit'],
    ['vendors', '/s/cloudflare-522', undefined, 'Cloudflare: origin timed out'],
    ['conditional', '/s/304-etag', undefined, 'ETag match'],
    ['sizes', '/s/431-headers', undefined, /^headers /],
  ])('%s %s → %s', (name, path, method, tag) => {
    const entries = fixture(name);
    const e = recorded(entries, path, method);
    const found = rowTag(diagnose(e, contextFor(e, entries)));
    if (typeof tag === 'string') expect(found).toBe(tag);
    else expect(found).toMatch(tag);
  });

  it('every recorded entry: bounded findings, and the page documents have none', () => {
    for (const name of [
      'auth',
      'bodies',
      'conditional',
      'cors',
      'http2',
      'network',
      'proxy',
      'rate-limit',
      'redirects',
      'sizes',
      'vendors',
    ]) {
      const entries = fixture(name);
      for (const e of entries) {
        const findings = diagnose(e, contextFor(e, entries));
        if (e._resourceType === 'document') expect(findings).toEqual([]);
        for (const finding of findings) expectBounded(finding);
      }
    }
  });
});

/** Control characters, line and paragraph separators: a finding is always one-line text. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding them is the point
const CONTROL = /[\u0000-\u001f\u2028\u2029]/;

function expectBounded(finding: Finding): void {
  expect(finding.title.length).toBeLessThanOrEqual(200);
  expect(finding.title).not.toMatch(CONTROL);
  if (finding.tag !== undefined) {
    expect(finding.tag.length).toBeGreaterThan(0);
    expect(finding.tag.length).toBeLessThanOrEqual(32);
  }
  expect(finding.details.length).toBeLessThanOrEqual(15);
  for (const line of finding.details) {
    expect(line.length).toBeLessThanOrEqual(300);
    expect(line).not.toMatch(CONTROL);
  }
}

describe('diagnose', () => {
  it('runs the rules in their listed order', () => {
    const e = entry({
      status: 429,
      response: [
        ['Retry-After', '30'],
        ['X-RateLimit-Remaining', '0'],
        ['Server', 'cloudflare'],
      ],
    });
    const order = rules.map((r) => r.id);
    const seen = diagnose(e, context()).map((x) => order.indexOf(x.rule));
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    expect(seen.length).toBe(3);
  });

  it('bounds every field of a hostile entry', () => {
    const huge = `<img src=x onerror=alert(1)>\u0000\r\n\u2028${'A'.repeat(1_000_000)}`;
    const e = entry({
      status: 401,
      method: huge,
      url: `https://a.example/${huge}`,
      response: [
        ['WWW-Authenticate', `Bearer error="${huge}", error_description="${huge}"`],
        ['Location', huge],
        ['Retry-After', huge],
        ...Array.from({ length: 300 }, (_, i): [string, string] => [
          'WWW-Authenticate',
          `S${i} realm="${i}"`,
        ]),
      ],
    });
    const findings = diagnose(e, context());
    expect(findings.length).toBeGreaterThan(0);
    for (const finding of findings) expectBounded(finding);
  });

  it('does not read the wall clock', () => {
    vi.useFakeTimers();
    try {
      const e = entry({
        status: 503,
        response: [
          ['Retry-After', '90'],
          ['X-RateLimit-Reset', '40'],
        ],
      });
      vi.setSystemTime(new Date('2001-01-01T00:00:00Z'));
      const first = diagnose(e, context());
      vi.setSystemTime(new Date('2040-06-01T12:00:00Z'));
      expect(diagnose(e, context())).toEqual(first);
    } finally {
      vi.useRealTimers();
    }
  });

  it.each([
    { name: 'null', e: null },
    { name: 'an empty object', e: {} },
    { name: 'no response', e: { request: { url: 'x', headers: [] } } },
  ])('returns nothing for $name', ({ e }) => {
    expect(diagnose(e as unknown as Entry, context())).toEqual([]);
  });

  it.each([
    { request: {}, response: {} },
    { request: { headers: null, url: 5 }, response: { status: 302, headers: null } },
    {
      request: { headers: 'x' },
      response: { status: 401, headers: [{ name: 1, value: null }, null] },
    },
    { request: { headers: [] }, response: { status: 431, headers: [], content: null } },
    { request: { headers: [], queryString: null, url: 'http://a/?x' }, response: { status: 414 } },
    { request: { headers: [], postData: { text: 5 } }, response: { status: 413 } },
    { request: { headers: [] }, response: { status: 0, _error: 5 } },
    {
      request: { headers: [] },
      response: {
        status: 502,
        headers: [{ name: 'Server', value: 'nginx' }],
        content: { size: 'x' },
      },
    },
    {
      request: { headers: [] },
      response: { status: 422, content: { text: '{"error":1}', mimeType: 5 } },
    },
    {
      startedDateTime: {},
      time: 'x',
      request: { headers: [] },
      response: { status: 429, headers: [{ name: 'Retry-After', value: '5' }] },
    },
  ])('does not throw on a malformed entry (%j)', (shape) => {
    const e = shape as unknown as Entry;
    for (const finding of diagnose(e, context({ entries: [e, e] }))) expectBounded(finding);
  });

  const headerArb = fc.tuple(
    fc.constantFrom(
      'Retry-After',
      'x-ratelimit-reset',
      'X-RateLimit-Remaining',
      'RateLimit',
      'RateLimit-Policy',
      'Allow',
      'WWW-Authenticate',
      'Proxy-Authenticate',
      'Location',
      'ETag',
      'Content-Range',
      'Range',
      'Access-Control-Allow-Origin',
      'Access-Control-Allow-Methods',
      'Server',
      'cf-ray',
      'Content-Type',
      'Content-Length',
      'Cookie',
      'Origin',
      'Sec-Fetch-Mode',
      'If-None-Match',
      'Date',
      'traceparent',
    ),
    fc.oneof(
      fc.string(),
      fc.constantFrom(
        '30',
        '*',
        'null',
        '"a";r=0;t=1',
        'Bearer error="x"',
        '/x',
        'cloudflare',
        'bytes 0-1/2',
        'cors',
      ),
    ),
  );

  it('never throws and stays bounded on arbitrary entries', () => {
    fc.assert(
      fc.property(
        fc.record({
          status: fc.oneof(
            fc.constantFrom(
              0,
              200,
              204,
              206,
              301,
              302,
              303,
              304,
              307,
              401,
              405,
              407,
              413,
              414,
              415,
              416,
              422,
              429,
              431,
              460,
              502,
              503,
              522,
            ),
            fc.integer(),
          ),
          method: fc.constantFrom('GET', 'POST', 'PUT', 'OPTIONS', ''),
          url: fc.oneof(fc.webUrl(), fc.string()),
          request: fc.array(headerArb, { maxLength: 8 }),
          response: fc.array(headerArb, { maxLength: 8 }),
          error: fc.option(fc.constantFrom('net::ERR_FAILED', 'net::ERR_ABORTED', '', 'junk'), {
            nil: undefined,
          }),
          resourceType: fc.option(
            fc.constantFrom('fetch', 'preflight', 'document', 'image') as fc.Arbitrary<
              Entry['_resourceType']
            >,
            { nil: undefined },
          ),
          started: fc.oneof(
            fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
            fc.string(),
          ),
          time: fc.oneof(fc.double(), fc.integer()),
          text: fc.option(fc.string(), { nil: undefined }),
        }),
        fc.string(),
        (o, pageOrigin) => {
          const e = entry({ ...o, content: { mimeType: 'application/json', text: o.text } });
          const entries = [entry({ ...o, status: 302, response: [['Location', o.url]] }), e, e];
          for (const finding of diagnose(e, context({ entries, pageOrigin })))
            expectBounded(finding);
        },
      ),
      { numRuns: 400 },
    );
  });
});

import type { Entry } from 'har-format';
import { isCrossOrigin, pageOriginOf } from '../../../utils/diagnosis/origin';
import { context, contextFor, entry, findingsOf, fixture, recorded } from './builder';

const PAGE = 'https://app.example.com';
const API = 'https://api.example.com/v1/items';
const cors = (status: number, response: [string, string][], extra = {}) =>
  entry({
    url: API,
    status,
    request: [
      ['Origin', PAGE],
      ['Sec-Fetch-Mode', 'cors'],
    ],
    response,
    error: 'net::ERR_FAILED',
    resourceType: 'fetch',
    ...extra,
  });

describe('CORS', () => {
  it.each([
    {
      name: 'no Access-Control-Allow-Origin',
      e: cors(200, []),
      title: 'CORS: no Access-Control-Allow-Origin; the page’s script could not read this response',
    },
    {
      name: 'another origin',
      e: cors(200, [['Access-Control-Allow-Origin', 'https://other.example.com']]),
      title:
        'CORS: Access-Control-Allow-Origin names another origin; the page’s script could not read this response',
    },
    {
      name: 'the right origin with a trailing slash',
      e: cors(200, [['access-control-allow-origin', `${PAGE}/`]]),
      title:
        'CORS: Access-Control-Allow-Origin names another origin; the page’s script could not read this response',
      detail: /no trailing slash/,
    },
    {
      name: 'two values',
      e: cors(200, [
        ['Access-Control-Allow-Origin', PAGE],
        ['Access-Control-Allow-Origin', PAGE],
      ]),
      title:
        'CORS: several Access-Control-Allow-Origin values; the page’s script could not read this response',
    },
    {
      name: 'null',
      e: cors(200, [['Access-Control-Allow-Origin', 'null']]),
      title:
        'CORS: Access-Control-Allow-Origin is null; the page’s script could not read this response',
    },
    {
      name: 'a wildcard when the browser failed it (credentials)',
      e: cors(200, [['Access-Control-Allow-Origin', '*']]),
      title:
        'CORS: Access-Control-Allow-Origin * with credentials; the page’s script could not read this response',
      detail: /most likely made with credentials/,
    },
    {
      name: 'a wildcard with a Cookie sent',
      e: cors(200, [['Access-Control-Allow-Origin', '*']], {
        error: undefined,
        request: [
          ['Origin', PAGE],
          ['Cookie', 'a=1'],
        ],
      }),
      title:
        'CORS: Access-Control-Allow-Origin * with credentials; the page’s script could not read this response',
      detail: /carried credentials/,
    },
    {
      name: 'credentials without Access-Control-Allow-Credentials: true',
      e: cors(200, [
        ['Access-Control-Allow-Origin', PAGE],
        ['Access-Control-Allow-Credentials', 'TRUE'],
      ]),
      title:
        'CORS: credentials without Access-Control-Allow-Credentials: true; the page’s script could not read this response',
      detail: /is “TRUE”; with credentials it must be exactly “true”/,
    },
    {
      name: 'a 401 from a gateway without CORS headers',
      e: cors(401, [['WWW-Authenticate', 'Bearer']]),
      title:
        'CORS: this 401 came without CORS headers, so the page’s script saw a network error instead',
    },
    {
      name: 'the classic: an error response without CORS headers',
      e: cors(500, []),
      title:
        'CORS: this 500 came without CORS headers, so the page’s script saw a network error instead',
      detail: /Add the CORS headers to error responses too/,
    },
  ])('$name', ({ e, title, detail }) => {
    const [finding, ...rest] = findingsOf('cors', e);
    expect(rest).toEqual([]);
    expect(finding?.title).toBe(title);
    expect(finding?.tag).toBe('CORS');
    expect(finding?.severity).toBe('error');
    if (detail) expect(finding?.details.join('\n')).toMatch(detail);
  });

  it('a failed response whose headers look right', () => {
    const [finding] = findingsOf(
      'cors',
      cors(200, [
        ['Access-Control-Allow-Origin', PAGE],
        ['Access-Control-Allow-Credentials', 'true'],
      ]),
    );
    expect(finding?.tag).toBe('CORS?');
  });

  it.each([
    {
      name: 'a same-origin request',
      e: entry({ url: `${PAGE}/api`, request: [['Origin', PAGE]], error: 'net::ERR_FAILED' }),
    },
    { name: 'a passing cross-origin request (_error null)', e: cors(200, [], { error: null }) },
    {
      name: 'the right origin, no credentials, browser did not say',
      e: cors(200, [['Access-Control-Allow-Origin', PAGE]], { error: undefined }),
    },
    {
      name: 'a wildcard without credentials, browser did not say',
      e: cors(200, [['Access-Control-Allow-Origin', '*']], { error: undefined }),
    },
    {
      name: 'a no-cors image',
      e: entry({
        url: 'https://cdn.example.com/a.png',
        request: [
          ['Sec-Fetch-Mode', 'no-cors'],
          ['Origin', PAGE],
        ],
        resourceType: 'image',
      }),
    },
    {
      name: 'a navigation',
      e: entry({
        url: 'https://other.example.com/',
        request: [
          ['Sec-Fetch-Mode', 'navigate'],
          ['Referer', `${PAGE}/`],
        ],
        resourceType: 'document',
      }),
    },
    {
      name: 'an unknown page origin',
      e: entry({ url: API, status: 0, error: 'net::ERR_FAILED' }),
    },
    {
      name: 'a status 0 with another reason (no-response speaks)',
      e: cors(0, [], { error: 'net::ERR_CONNECTION_REFUSED' }),
    },
  ])('nothing for $name', ({ e }) => {
    expect(findingsOf('cors', e)).toEqual([]);
  });

  describe('preflights', () => {
    const preflight = (status: number, response: [string, string][], asked: [string, string][]) =>
      entry({
        url: API,
        method: 'OPTIONS',
        status,
        resourceType: 'preflight',
        error: null,
        request: [['Origin', PAGE], ['Sec-Fetch-Mode', 'cors'], ...asked],
        response,
      });
    const blocked = entry({
      url: API,
      method: 'PUT',
      status: 0,
      error: 'net::ERR_FAILED',
      resourceType: 'fetch',
      request: [['Referer', `${PAGE}/`]],
    });

    it.each([
      {
        name: 'a 404 preflight',
        p: preflight(404, [], [['Access-Control-Request-Method', 'PUT']]),
        short: 'the preflight got 404, not 2xx',
      },
      {
        name: 'a method not allowed',
        p: preflight(
          204,
          [
            ['Access-Control-Allow-Origin', PAGE],
            ['Access-Control-Allow-Methods', 'GET, POST'],
          ],
          [['Access-Control-Request-Method', 'DELETE']],
        ),
        short: 'DELETE not in Access-Control-Allow-Methods',
      },
      {
        name: 'a header not allowed',
        p: preflight(
          204,
          [
            ['Access-Control-Allow-Origin', PAGE],
            ['Access-Control-Allow-Methods', 'PUT'],
            ['Access-Control-Allow-Headers', 'content-type'],
          ],
          [
            ['Access-Control-Request-Method', 'PUT'],
            ['Access-Control-Request-Headers', 'content-type,x-token'],
          ],
        ),
        short: 'x-token not in Access-Control-Allow-Headers',
      },
      {
        name: 'Authorization is not covered by a wildcard',
        p: preflight(
          204,
          [
            ['Access-Control-Allow-Origin', '*'],
            ['Access-Control-Allow-Methods', '*'],
            ['Access-Control-Allow-Headers', '*'],
          ],
          [
            ['Access-Control-Request-Method', 'PUT'],
            ['Access-Control-Request-Headers', 'authorization'],
          ],
        ),
        short: 'authorization not in Access-Control-Allow-Headers',
      },
    ])('$name', ({ p, short }) => {
      const [onPreflight] = findingsOf('cors', p);
      expect(onPreflight?.title).toBe(`CORS preflight failed: ${short}`);
      expect(onPreflight?.tag).toBe('CORS preflight');
      const [onRequest] = findingsOf('cors', blocked, context({ entries: [p, blocked] }));
      expect(onRequest?.title).toBe(
        `CORS: the preflight failed (${short}), so this PUT was never sent`,
      );
      expect(onRequest?.tag).toBe('CORS');
    });

    it('a passing preflight has no finding', () => {
      const p = preflight(
        204,
        [
          ['Access-Control-Allow-Origin', PAGE],
          ['Access-Control-Allow-Methods', 'PUT'],
          ['Access-Control-Allow-Headers', '*'],
        ],
        [
          ['Access-Control-Request-Method', 'PUT'],
          ['Access-Control-Request-Headers', 'x-token'],
        ],
      );
      expect(findingsOf('cors', p)).toEqual([]);
    });

    it('a failed cross-origin request without a preflight row is "probably CORS"', () => {
      const [finding] = findingsOf('cors', blocked, context({ entries: [blocked] }));
      expect(finding?.tag).toBe('CORS?');
      expect(finding?.title).toBe(
        'Probably CORS: a cross-origin request failed with no response (net::ERR_FAILED)',
      );
    });
  });

  describe('the page origin', () => {
    const doc = entry({ url: `${PAGE}/dashboard`, resourceType: 'document', pageref: 'page_1' });
    const request = entry({
      url: API,
      pageref: 'page_1',
      request: [['Referer', 'https://elsewhere.example/']],
    });
    it.each([
      {
        name: 'from the context',
        e: request,
        ctx: context({ pageOrigin: 'https://given.example' }),
        origin: 'https://given.example',
      },
      {
        name: 'from the Origin header',
        e: entry({ url: API, request: [['Origin', PAGE]] }),
        ctx: context(),
        origin: PAGE,
      },
      {
        name: 'from the document entry',
        e: request,
        ctx: context({ entries: [doc, request] }),
        origin: PAGE,
      },
      { name: 'from the Referer', e: request, ctx: context(), origin: 'https://elsewhere.example' },
      { name: 'unknown', e: entry({ url: API }), ctx: context(), origin: undefined },
      {
        name: 'not from a document of another page',
        e: request,
        ctx: context({
          entries: [
            entry({ url: 'https://x.example/', resourceType: 'document', pageref: 'page_0' }),
            request,
          ],
        }),
        origin: 'https://elsewhere.example',
      },
    ])('$name', ({ e, ctx, origin }) => {
      expect(pageOriginOf(e, ctx)).toBe(origin);
    });

    it('an Origin of "null" (sandboxed page) is not an origin', () => {
      const e = entry({ url: API, request: [['Origin', 'null']] });
      expect(isCrossOrigin(e, context())).toBe(false);
    });
  });

  describe('recorded from Chromium 156', () => {
    const entries = fixture('cors');
    const get = (path: string, method?: string) => {
      const e = recorded(entries, path, method);
      return findingsOf('cors', e, contextFor(e, entries));
    };

    it('what the HAR holds: the real status, the headers and net::ERR_FAILED', () => {
      const e = recorded(entries, '/s/cors-error-without-headers') as Entry & {
        response: { _error?: unknown };
      };
      expect(e.response.status).toBe(500);
      expect(e.response._error).toBe('net::ERR_FAILED');
      const blocked = recorded(entries, '/s/cors-preflight-404', 'PUT') as Entry & {
        response: { _error?: unknown };
      };
      expect(blocked.response.status).toBe(0);
      expect(blocked.response._error).toBe('net::ERR_FAILED');
      expect(recorded(entries, '/s/cors-preflight-404', 'OPTIONS')._resourceType).toBe('preflight');
    });

    it.each([
      [
        '/s/cors-missing-acao',
        undefined,
        'CORS: no Access-Control-Allow-Origin; the page’s script could not read this response',
      ],
      [
        '/s/cors-wrong-acao',
        undefined,
        'CORS: Access-Control-Allow-Origin names another origin; the page’s script could not read this response',
      ],
      [
        '/s/cors-wildcard-credentials',
        undefined,
        'CORS: Access-Control-Allow-Origin * with credentials; the page’s script could not read this response',
      ],
      [
        '/s/cors-credentials-no-acac',
        undefined,
        'CORS: credentials without Access-Control-Allow-Credentials: true; the page’s script could not read this response',
      ],
      [
        '/s/cors-error-without-headers',
        undefined,
        'CORS: this 500 came without CORS headers, so the page’s script saw a network error instead',
      ],
      ['/s/cors-preflight-404', 'OPTIONS', 'CORS preflight failed: the preflight got 404, not 2xx'],
      [
        '/s/cors-preflight-404',
        'PUT',
        'CORS: the preflight failed (the preflight got 404, not 2xx), so this PUT was never sent',
      ],
      [
        '/s/cors-preflight-headers',
        'OPTIONS',
        'CORS preflight failed: x-token not in Access-Control-Allow-Headers',
      ],
      [
        '/s/cors-preflight-headers',
        'PUT',
        'CORS: the preflight failed (x-token not in Access-Control-Allow-Headers), so this PUT was never sent',
      ],
    ])('%s %s', (path, method, title) => {
      const findings = get(path, method);
      expect(findings.map((f) => f.title)).toEqual([title]);
    });

    it('the passing request and the page itself have no finding', () => {
      expect(get('/s/cors-ok')).toEqual([]);
      expect(get('/page')).toEqual([]);
    });

    it('the error response over HTTP/2 says other responses of that server carry CORS headers', () => {
      const h2 = fixture('http2');
      const e = recorded(h2, '/s/503-retry-after-date');
      const [finding] = findingsOf('cors', e, contextFor(e, h2));
      expect(finding?.details.join('\n')).toMatch(/only the error path lacks it/);
    });
  });
});

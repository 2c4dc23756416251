import type { Entry } from 'har-format';
import { redirectChain, redirectTarget } from '../../../utils/diagnosis/rules/redirect';
import { context, contextFor, entry, findingsOf, fixture, recorded } from './builder';

const hop = (url: string, status: number, location?: string, method = 'GET', error?: string) =>
  entry({ url, status, method, response: location ? [['Location', location]] : [], error });

describe('redirect target', () => {
  it.each([
    [
      'https://a.example/x/y',
      '/login?next=%2F',
      'https://a.example/login?next=%2F',
      '→ /login?next=%2F',
    ],
    ['https://a.example/x/y', '../z', 'https://a.example/z', '→ /z'],
    ['https://a.example/x/y', '//b.example/p', 'https://b.example/p', '→ b.example/p'],
    [
      'https://a.example/x',
      'https://id.example.com/authorize',
      'https://id.example.com/authorize',
      '→ id.example.com/authorize',
    ],
    ['http://a.example/x', 'https://a.example/x', 'https://a.example/x', '→ https://a.example/x'],
  ])('%s + Location %s', (url, location, href, tag) => {
    const e = hop(url, 302, location);
    expect(redirectTarget(e)?.href).toBe(href);
    expect(findingsOf('redirect', e)[0]?.tag).toBe(tag);
  });

  it('falls back to HAR redirectURL when the Location header is missing from the list', () => {
    const e = entry({ url: 'https://a.example/old', status: 301 });
    e.response.redirectURL = '/new';
    expect(redirectTarget(e)?.href).toBe('https://a.example/new');
  });

  it('warns about a Location that is not a URL', () => {
    const [finding] = findingsOf('redirect', hop('https://a.example/', 302, 'http://[bad'));
    expect(finding?.title).toBe('Location “http://[bad” is not a valid URL');
  });

  it('warns about a downgrade from HTTPS to HTTP', () => {
    const findings = findingsOf('redirect', hop('https://a.example/', 301, 'http://a.example/'));
    expect(findings.map((f) => f.tag)).toContain('HTTPS → HTTP');
  });

  it.each([
    {
      name: 'a 200 with Location (201 Created style)',
      e: entry({ status: 201, response: [['Location', '/items/1']] }),
    },
    { name: 'a 304', e: entry({ status: 304, response: [['Location', '/x']] }) },
    { name: 'a 302 without Location (a protocol note)', e: entry({ status: 302 }) },
  ])('nothing for $name', ({ e }) => {
    expect(findingsOf('redirect', e)).toEqual([]);
  });
});

describe('method changes', () => {
  it.each([
    { status: 301, method: 'POST', severity: 'warning', tag: 'POST → GET' },
    { status: 302, method: 'POST', severity: 'warning', tag: 'POST → GET' },
    { status: 303, method: 'POST', severity: 'info', tag: 'POST → GET' },
    { status: 303, method: 'PUT', severity: 'info', tag: 'PUT → GET' },
  ])('$status after $method', ({ status, method, severity, tag }) => {
    const change = findingsOf(
      'redirect',
      hop('https://a.example/form', status, '/done', method),
    ).find((f) => f.tag === tag);
    expect(change?.severity).toBe(severity);
  });

  it.each([
    [307, 'POST'],
    [308, 'POST'],
    [302, 'GET'],
    [302, 'PUT'],
  ])('no change for %s after %s', (status, method) => {
    const findings = findingsOf('redirect', hop('https://a.example/form', status, '/done', method));
    expect(findings.filter((f) => f.tag?.endsWith('→ GET'))).toEqual([]);
  });
});

describe('redirect chains', () => {
  const a = hop('https://a.example/start', 301, '/two');
  const b = hop('https://a.example/two', 302, 'https://b.example/three');
  const c = hop('https://b.example/three', 200);
  const other = hop('https://a.example/unrelated', 200);
  const entries: Entry[] = [a, other, b, c];

  it('is put back together from any of its entries', () => {
    for (const member of [a, b, c]) expect(redirectChain(member, entries)).toEqual([a, b, c]);
    expect(redirectChain(other, entries)).toEqual([other]);
  });

  it('is shown on the last request with its hops', () => {
    const [finding] = findingsOf('redirect', c, context({ entries }));
    expect(finding?.title).toBe('Reached through 2 redirects');
    expect(finding?.tag).toBe('via 2 redirects');
    expect(finding?.details).toEqual([
      '1. GET /start → 301',
      '2. GET /two → 302',
      '3. GET b.example/three → 200',
    ]);
  });

  it('is shown on a hop of a longer chain', () => {
    const findings = findingsOf('redirect', b, context({ entries }));
    expect(findings.map((f) => f.title)).toContain('Request 2 of a chain of 2 redirects');
  });

  it('marks a POST that became a GET on the way', () => {
    const post = hop('https://a.example/form', 302, '/done', 'POST');
    const done = hop('https://a.example/done', 200);
    const [finding] = findingsOf('redirect', done, context({ entries: [post, done] }));
    expect(finding?.severity).toBe('warning');
    expect(finding?.title).toBe('Reached through 1 redirect; the method changed to GET on the way');
  });

  it('finds a loop', () => {
    const loop = [
      hop('https://a.example/a', 302, '/b'),
      hop('https://a.example/b', 302, '/a'),
      hop('https://a.example/a', 302, '/b'),
      hop('https://a.example/b', 302, '/a'),
    ];
    const findings = findingsOf('redirect', loop[1] as Entry, context({ entries: loop }));
    const found = findings.find((f) => f.tag === 'redirect loop');
    expect(found?.severity).toBe('error');
    expect(found?.title).toBe('Redirect loop: /a → /b → /a → /b');
  });

  it('no chain without the entries around it', () => {
    expect(findingsOf('redirect', c)).toEqual([]);
  });

  describe('recorded from Chromium', () => {
    const recordedEntries = fixture('redirects');

    it('a POST redirected by 302 became a GET', () => {
      const post = recorded(recordedEntries, '/s/post-302', 'POST');
      const findings = findingsOf('redirect', post, contextFor(post, recordedEntries));
      const change = findings.find((f) => f.tag === 'POST → GET');
      expect(change?.title).toBe('302 turned this POST into a GET');
      expect(change?.details).toContain('The next request: GET /s/landing?from=302.');
    });

    it('307 kept the POST', () => {
      const post = recorded(recordedEntries, '/s/post-307', 'POST');
      const findings = findingsOf('redirect', post, contextFor(post, recordedEntries));
      expect(findings.map((f) => f.tag)).toEqual(['→ /s/landing?from=307']);
      expect(findings[0]?.details).toContain('307 keeps the method and the body.');
    });

    it('the chain of three redirects, one relative and one to another origin', () => {
      const end = recorded(recordedEntries, '/s/chain/end');
      const [finding] = findingsOf('redirect', end, contextFor(end, recordedEntries));
      expect(finding?.tag).toBe('via 3 redirects');
      expect(finding?.details.slice(0, 3)).toEqual([
        '1. GET /s/chain/start → 301',
        '2. GET /s/chain/step/two → 302',
        '3. GET /s/chain/three → 308',
      ]);
      expect(finding?.details[3]).toMatch(/^4\. GET localhost:\d+\/s\/chain\/end → 200$/);
      const two = recorded(recordedEntries, '/s/chain/step/two');
      expect(redirectTarget(two)?.pathname).toBe('/s/chain/three');
    });

    it('the loop that ended in net::ERR_TOO_MANY_REDIRECTS', () => {
      const last = recordedEntries
        .filter((e) => e.request.url.endsWith('/s/loop/a'))
        .at(-1) as Entry;
      expect(last.response.status).toBe(0);
      const findings = findingsOf('redirect', last, contextFor(last, recordedEntries));
      expect(findings[0]?.tag).toBe('redirect loop');
      expect(findings[0]?.details.at(-2)).toMatch(/no response \(net::ERR_TOO_MANY_REDIRECTS\)$/);
    });
  });
});

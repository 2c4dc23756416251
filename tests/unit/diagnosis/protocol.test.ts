import { contextFor, entry, findingsOf, fixture, recorded } from './builder';

describe('protocol notes', () => {
  it.each([
    {
      name: '204 with Content-Length',
      e: entry({ status: 204, response: [['Content-Length', '12']] }),
      title: 'A 204 response must not have a body, and this one has (Content-Length: 12)',
    },
    {
      name: '204 with Transfer-Encoding',
      e: entry({ status: 204, response: [['Transfer-Encoding', 'chunked']] }),
      title: 'A 204 response must not have a body, and this one has (Transfer-Encoding: chunked)',
    },
    {
      name: '304 with body bytes (a HAR from another tool)',
      e: entry({ status: 304, responseBodySize: 512 }),
      title: 'A 304 response must not have a body, and this one has (512 body bytes)',
    },
    {
      name: '302 without Location',
      e: entry({ status: 302 }),
      title: 'A 302 redirect without Location',
    },
    {
      name: '308 without Location',
      e: entry({ status: 308 }),
      title: 'A 308 redirect without Location',
    },
    {
      name: '401 without WWW-Authenticate',
      e: entry({ status: 401 }),
      title: '401 without WWW-Authenticate: the server must say how to authenticate',
    },
    {
      name: '407 without Proxy-Authenticate',
      e: entry({ status: 407 }),
      title: '407 without Proxy-Authenticate: the proxy must say how to authenticate',
    },
    {
      name: '405 without Allow',
      e: entry({ status: 405 }),
      title: '405 without Allow: the server must list the methods it accepts',
    },
  ])('$name', ({ e, title }) => {
    const findings = findingsOf('protocol', e);
    expect(findings.map((f) => f.title)).toEqual([title]);
    expect(findings[0]?.severity).toBe('warning');
  });

  it.each([
    { name: '204 without body headers', e: entry({ status: 204 }) },
    {
      name: '204 with Content-Length: 0',
      e: entry({ status: 204, response: [['Content-Length', '0']] }),
    },
    {
      name: '304 repeating the full Content-Length and Transfer-Encoding (allowed)',
      e: entry({
        status: 304,
        response: [
          ['Content-Length', '5120'],
          ['Transfer-Encoding', 'chunked'],
        ],
      }),
    },
    { name: '302 with Location', e: entry({ status: 302, response: [['location', '/x']] }) },
    { name: '304 without Location (not a redirect)', e: entry({ status: 304 }) },
    { name: '300 without Location (optional there)', e: entry({ status: 300 }) },
    {
      name: '401 with a challenge',
      e: entry({ status: 401, response: [['www-authenticate', 'Basic']] }),
    },
    { name: '405 with Allow', e: entry({ status: 405, response: [['ALLOW', 'GET']] }) },
    { name: 'a plain 200', e: entry() },
  ])('nothing for $name', ({ e }) => {
    expect(findingsOf('protocol', e)).toEqual([]);
  });

  describe('recorded from Chromium', () => {
    it.each([
      ['redirects', '/s/302-no-location', 'no Location'],
      ['auth', '/s/401-no-challenge', undefined],
      ['auth', '/s/405-no-allow', undefined],
    ])('%s %s', (name, path, tag) => {
      const entries = fixture(name);
      const e = recorded(entries, path);
      const findings = findingsOf('protocol', e, contextFor(e, entries));
      expect(findings).toHaveLength(1);
      expect(findings[0]?.tag).toBe(tag);
    });

    it('a recorded 304 (Chromium writes bodySize 0) has no body note', () => {
      const entries = fixture('conditional');
      const e = recorded(entries, '/s/304-etag');
      expect(findingsOf('protocol', e, contextFor(e, entries))).toEqual([]);
    });
  });
});

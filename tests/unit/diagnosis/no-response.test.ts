import { lookupNetError, netErrors } from '../../../utils/diagnosis/net-errors';
import { context, contextFor, entry, findingsOf, fixture, recorded } from './builder';

const failed = (error: string | null | undefined, extra = {}) =>
  entry({ status: 0, error: error ?? undefined, ...extra });

describe('no response (status 0)', () => {
  it.each([
    ['net::ERR_BLOCKED_BY_CLIENT', 'blocked', 'error'],
    ['net::ERR_BLOCKED_BY_ADMINISTRATOR', 'blocked (policy)', 'error'],
    ['net::ERR_NAME_NOT_RESOLVED', 'DNS', 'error'],
    ['net::ERR_CONNECTION_REFUSED', 'refused', 'error'],
    ['net::ERR_CERT_DATE_INVALID', 'TLS certificate', 'error'],
    ['net::ERR_CERT_SOMETHING_NEW', 'TLS certificate', 'error'],
    ['net::ERR_SSL_OBSOLETE_VERSION_OR_CIPHER', 'TLS', 'error'],
    ['net::ERR_INTERNET_DISCONNECTED', 'offline', 'error'],
    ['net::ERR_ABORTED', 'aborted', 'warning'],
    ['net::ERR_TIMED_OUT', 'timeout', 'error'],
    ['net::ERR_CONNECTION_TIMED_OUT', 'timeout', 'error'],
    ['net::ERR_TOO_MANY_REDIRECTS', 'redirect loop', 'error'],
    ['net::ERR_UNEXPECTED_PROXY_AUTH', 'unexpected 407', 'error'],
    ['net::ERR_FAILED', 'failed', 'error'],
    ['net::ERR_SOMETHING_UNHEARD_OF', 'failed', 'error'],
    ['NS_ERROR_UNKNOWN_HOST', 'DNS', 'error'],
  ])('%s → %s', (error, tag, severity) => {
    const [finding, ...rest] = findingsOf('no-response', failed(error));
    expect(rest).toEqual([]);
    expect(finding?.tag).toBe(tag);
    expect(finding?.severity).toBe(severity);
    const whose = error.startsWith('NS_') ? 'Firefox’s reason' : 'Chromium’s reason';
    expect(finding?.details[0]).toBe(`${whose}: ${error} (response._error)`);
  });

  it('an unknown reason is shown as it is', () => {
    expect(findingsOf('no-response', failed('net::ERR_SOMETHING_UNHEARD_OF'))[0]?.title).toBe(
      'No response: net::ERR_SOMETHING_UNHEARD_OF',
    );
  });

  it('an empty reason from Chromium: blocked by DevTools’ request blocking', () => {
    const [finding] = findingsOf('no-response', failed(''));
    expect(finding?.tag).toBe('blocked by DevTools');
    expect(finding?.title).toMatch(/request blocking/);
    // Only an empty reason: a real one is still the browser's.
    const [refused] = findingsOf('no-response', failed('net::ERR_CONNECTION_REFUSED'));
    expect(refused?.tag).toBe('refused');
  });

  it('no reason at all (still pending, or another tool)', () => {
    const [finding] = findingsOf('no-response', entry({ status: 0 }));
    expect(finding?.tag).toBe('no response');
    expect(finding?.severity).toBe('warning');
  });

  it('a response that began and then broke off', () => {
    const [finding] = findingsOf(
      'no-response',
      entry({ status: 200, error: 'net::ERR_CONTENT_LENGTH_MISMATCH' }),
    );
    expect(finding?.title).toBe(
      'The response began (200) but the request failed: The body was shorter than its Content-Length: the connection closed early',
    );
  });

  it('reads an `_error` on the entry too (older tools)', () => {
    const e = entry({ status: 0 });
    (e as { _error?: string })._error = 'net::ERR_CONNECTION_RESET';
    expect(findingsOf('no-response', e)[0]?.tag).toBe('reset');
  });

  it.each([
    { name: 'a 200 with _error null', e: entry({ status: 200, error: null }) },
    { name: 'a 200 without _error', e: entry({ status: 200 }) },
    {
      name: 'a cross-origin net::ERR_FAILED (the CORS rule speaks)',
      e: failed('net::ERR_FAILED', {
        url: 'https://api.example.com/x',
        request: [['Origin', 'https://app.example.com']],
        resourceType: 'fetch',
      }),
    },
  ])('nothing for $name', ({ e }) => {
    expect(findingsOf('no-response', e, context())).toEqual([]);
  });

  it('keeps a cross-origin net::ERR_FAILED of a no-cors request (an image)', () => {
    const e = failed('net::ERR_FAILED', {
      url: 'https://cdn.example.com/a.png',
      request: [['Sec-Fetch-Mode', 'no-cors']],
      resourceType: 'image',
    });
    expect(
      findingsOf('no-response', e, context({ pageOrigin: 'https://app.example.com' }))[0]?.tag,
    ).toBe('failed');
  });

  it('every listed reason has a tag, a title and a hint, and family names resolve', () => {
    for (const [name, info] of Object.entries(netErrors)) {
      expect(name).toMatch(/^(net::ERR_[A-Z0-9_]+|NS_[A-Z_]+)$/);
      expect(info.tag.length).toBeGreaterThan(0);
      expect(info.tag.length).toBeLessThanOrEqual(24);
      expect(info.title.length).toBeGreaterThan(5);
      expect(info.hint.length).toBeGreaterThan(5);
    }
    expect(lookupNetError('constructor')).toBeUndefined();
    expect(lookupNetError('__proto__')).toBeUndefined();
  });

  describe('recorded from Chromium', () => {
    const entries = fixture('network');
    it.each([
      ['/s/refused', 'refused'],
      ['/s/dns', 'DNS'],
      ['/s/tls', 'TLS certificate'],
      ['/s/slow', 'aborted'],
      ['/s/blocked-by-devtools', 'blocked by DevTools'],
    ])('%s → %s', (path, tag) => {
      const e = recorded(entries, path);
      expect(e.response.status).toBe(0);
      expect(findingsOf('no-response', e, contextFor(e, entries))[0]?.tag).toBe(tag);
    });

    it('a 407 from a server that is not a proxy', () => {
      const proxy = fixture('proxy');
      const e = recorded(proxy, '/s/407-proxy-auth');
      expect(findingsOf('no-response', e, contextFor(e, proxy))[0]?.tag).toBe('unexpected 407');
    });
  });
});

import { describe, expect, it } from 'vitest';
import {
  cut,
  entryProblem,
  HEADER_VALUE_MAX,
  HEADERS_MAX,
  headerValues,
  isPendingEntry,
  normalizeEntry,
  URL_MAX,
} from '../../../utils/har/record';
import { entry, fixture, recordedEntry } from './builders';

describe('normalizeEntry', () => {
  it('keeps what the panel and the diagnosis need from a recorded Chromium entry', () => {
    const record = normalizeEntry(recordedEntry('/api/search?run=load'), 7);
    expect(record).toMatchObject({
      id: 7,
      method: 'GET',
      status: 429,
      statusText: 'Too Many Requests',
      resourceType: 'fetch',
      error: '',
      fromCache: '',
      fromServiceWorker: false,
    });
    expect(record?.httpVersion.toUpperCase()).toBe('HTTP/1.1');
    expect(record?.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/api\/search\?run=load$/);
    expect(headerValues(record?.responseHeaders ?? [], 'retry-after')).toEqual(['30']);
    expect(record?.startedMs).toBe(Date.parse(record?.startedDateTime ?? ''));
    expect(record?.timings.wait).toBeGreaterThanOrEqual(0);
  });

  it('keeps the browser reason of a request that got no response', () => {
    const record = normalizeEntry(recordedEntry('/api/health?run=load'), 1);
    expect(record?.status).toBe(0);
    expect(record?.error).toBe('net::ERR_CONNECTION_REFUSED');
  });

  it('keeps redirectURL, the request body size and type, never the body', () => {
    const redirect = normalizeEntry(recordedEntry('/api/forms/legacy'), 1);
    expect(redirect?.status).toBe(302);
    expect(redirect?.redirectURL).toContain('/api/forms/thanks');
    expect(redirect?.postData?.mimeType).toContain('application/x-www-form-urlencoded');
    const upload = normalizeEntry(recordedEntry('/api/uploads'), 2);
    expect(upload?.postData?.size).toBe(256 * 1024);
    expect(JSON.stringify(upload)).not.toContain('"text"');
  });

  it('keeps cache and service-worker marks', () => {
    const record = normalizeEntry(entry({ fromCache: 'disk', serviceWorker: true }), 1);
    expect(record?.fromCache).toBe('disk');
    expect(record?.fromServiceWorker).toBe(true);
  });

  it('bounds a 5 MB header value and says how long it was', () => {
    const huge = 'a'.repeat(5 * 1024 * 1024);
    const record = normalizeEntry(entry({ responseHeaders: [{ name: 'X-Huge', value: huge }] }), 1);
    const header = record?.responseHeaders[0];
    expect(header?.value.length).toBe(HEADER_VALUE_MAX);
    expect(header?.originalLength).toBe(huge.length);
  });

  it('keeps at most HEADERS_MAX header lines and counts the rest', () => {
    const many = Array.from({ length: HEADERS_MAX + 25 }, (_, i) => ({
      name: `X-${i}`,
      value: 'v',
    }));
    const record = normalizeEntry(entry({ requestHeaders: many }), 1);
    expect(record?.requestHeaders).toHaveLength(HEADERS_MAX);
    expect(record?.headersOmitted.request).toBe(25);
  });

  it('cuts a huge URL and keeps its length', () => {
    const url = `data:text/plain,${'x'.repeat(100_000)}`;
    const record = normalizeEntry(entry({ url }), 1);
    expect(record?.url.length).toBe(URL_MAX);
    expect(record?.urlLength).toBe(url.length);
  });

  it('keeps repeated headers as separate lines, names in any case', () => {
    const record = normalizeEntry(
      entry({
        responseHeaders: [
          { name: 'WWW-Authenticate', value: 'Bearer realm="a"' },
          { name: 'www-authenticate', value: 'Basic realm="b"' },
        ],
      }),
      1,
    );
    expect(headerValues(record?.responseHeaders ?? [], 'Www-Authenticate')).toEqual([
      'Bearer realm="a"',
      'Basic realm="b"',
    ]);
  });

  it('rejects entries without a URL, a method or a status, and says why', () => {
    expect(entryProblem(null)).toBe('not an object');
    expect(entryProblem([])).toBe('not an object');
    expect(entryProblem({})).toBe('no request URL');
    expect(entryProblem({ request: { url: 'https://a.example/' } })).toBe('no request method');
    expect(entryProblem({ request: { url: 'https://a.example/', method: 'GET' } })).toBe(
      'no response status',
    );
    expect(normalizeEntry({ request: { url: 'x', method: 'GET' }, response: {} }, 1)).toBeNull();
  });

  it('survives wrong types everywhere', () => {
    const record = normalizeEntry(
      {
        request: { url: 'https://a.example/', method: 'GET', headers: 'nope' },
        response: { status: -3, headers: [{ name: 1, value: 2 }, null], content: 5 },
        startedDateTime: 42,
        time: 'slow',
        timings: null,
      },
      1,
    );
    expect(record).toMatchObject({
      // The status as written: a negative number means no response, and stays what it was.
      status: -3,
      startedMs: Number.NaN,
      time: -1,
      requestHeaders: [],
      responseHeaders: [],
      mimeType: '',
    });
  });

  it('normalises every entry of a real Chromium HAR', () => {
    const entries = fixture('demo-load.har').log.entries;
    const records = entries.map((e, i) => normalizeEntry(e, i + 1));
    expect(records.every((r) => r !== null)).toBe(true);
  });
});

describe('isPendingEntry', () => {
  it('tells a request in flight from one that got no response', () => {
    const inFlight = entry({ status: 0, time: 0 });
    expect(isPendingEntry(inFlight)).toBe(true);
    expect(isPendingEntry(recordedEntry('/api/health?run=load'))).toBe(false);
    expect(isPendingEntry(recordedEntry('/api/search?run=load'))).toBe(false);
    expect(isPendingEntry(null)).toBe(false);
    // Firefox writes no _error: a status 0 there is never taken as pending.
    const firefox = entry({ status: 0 });
    const { _error, ...response } = firefox.response as typeof firefox.response & {
      _error: unknown;
    };
    expect(isPendingEntry({ ...firefox, response })).toBe(false);
  });
});

describe('cut', () => {
  it('returns short text as it is and cuts long text', () => {
    expect(cut('abc', 5)).toBe('abc');
    expect(cut('abcdef', 3)).toBe('abc');
  });
});

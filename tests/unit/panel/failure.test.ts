import { describe, expect, it } from 'vitest';
import { exporterOf, LIVE_CHROMIUM } from '../../../utils/har/exporters';
import { normalizeEntry } from '../../../utils/har/record';
import { failureOf } from '../../../utils/requests/failure';
import { filterRecords } from '../../../utils/requests/filter';
import { summarize, summaryText } from '../../../utils/requests/summary';
import { entry } from './builders';

/** A record as the HAR page reads it from a file written by `creator`. */
function fromFile(creator: string, raw: object) {
  const record = normalizeEntry(raw, 1, exporterOf({ creator: { name: creator, version: '1' } }));
  if (!record) throw new Error('unusable');
  return record;
}

describe('failureOf: the one definition of a failed request', () => {
  it('any status of 400 or more', () => {
    for (const status of [400, 404, 499, 500, 599, 999]) {
      expect(failureOf({ status, errorField: '', pending: false })).toBe('http');
    }
    for (const status of [100, 200, 204, 304, 399]) {
      expect(failureOf({ status, errorField: '', pending: false })).toBeNull();
    }
  });

  it('no response: status 0, and a file’s own "no response" number', () => {
    expect(failureOf({ status: 0, errorField: '', pending: false })).toBe('no-response');
    expect(failureOf({ status: -1, errorField: '', pending: false })).toBe('no-response');
  });

  it('a request still in flight has not failed', () => {
    expect(failureOf({ status: 0, errorField: '', pending: true })).toBeNull();
  });

  it('a response cut off by an error', () => {
    expect(failureOf({ status: 200, errorField: 'response._error', pending: false })).toBe(
      'cut-off',
    );
  });
});

describe('each exporter’s documented shape', () => {
  it('Chromium: a 200 whose body then failed is failed, and counted in the summary and "Failed only"', () => {
    const cut = fromFile(
      'WebInspector',
      entry({ status: 200, error: 'net::ERR_QUIC_PROTOCOL_ERROR' }),
    );
    const ok = fromFile('WebInspector', entry({ status: 200, url: 'https://shop.example/ok' }));
    expect(failureOf(cut)).toBe('cut-off');
    const summary = summarize([cut, ok]);
    expect(summary.failed).toBe(1);
    expect(summaryText(summary)).toBe(
      '2 requests, 1 failed: 1× GET /api/users → 200 OK, then failed',
    );
    expect(filterRecords([cut, ok], { failedOnly: true, tones: [], text: '' })).toEqual([cut]);
  });

  it('Chromium: status 0 with _error null is still pending; with "" it was blocked', () => {
    const pending = fromFile('WebInspector', entry({ status: 0 }));
    expect(pending.pending).toBe(true);
    expect(failureOf(pending)).toBeNull();
    const blocked = fromFile('WebInspector', entry({ status: 0, error: '' }));
    expect(blocked).toMatchObject({ pending: false, error: '', errorField: 'response._error' });
    expect(failureOf(blocked)).toBe('no-response');
  });

  it('Playwright: status -1 with response._failureText stays -1, and its reason is read', () => {
    const raw = entry({ status: -1 });
    (raw.response as unknown as Record<string, unknown>)._failureText =
      'net::ERR_CONNECTION_REFUSED';
    delete (raw.response as unknown as Record<string, unknown>)._error;
    const record = fromFile('Playwright', raw);
    expect(record).toMatchObject({
      status: -1,
      error: 'net::ERR_CONNECTION_REFUSED',
      errorField: 'response._failureText',
      errorSource: 'browser',
    });
    expect(failureOf(record)).toBe('no-response');
  });

  it('mitmproxy: its own error text in response._error is the proxy’s, not the browser’s', () => {
    const record = fromFile(
      'mitmproxy',
      entry({ status: 0, error: '[Errno 60] Operation timed out' }),
    );
    expect(record).toMatchObject({
      error: '[Errno 60] Operation timed out',
      errorField: 'response._error',
      errorSource: 'tool',
    });
    expect(exporterOf({ creator: { name: 'mitmproxy', version: '10.1.5' } }).name).toBe(
      'mitmproxy 10.1.5',
    );
  });

  it('Firefox: no reason field at all; a status 0 is no response with no reason', () => {
    const raw = entry({ status: 0 });
    delete (raw.response as unknown as Record<string, unknown>)._error;
    const record = fromFile('Firefox', raw);
    expect(record).toMatchObject({ error: '', errorField: '', pending: false });
    expect(failureOf(record)).toBe('no-response');
  });

  it('a status written as a string is read as the number', () => {
    const raw = entry({});
    (raw.response as unknown as Record<string, unknown>).status = '404';
    expect(fromFile('Charles Proxy', raw).status).toBe(404);
  });

  it('the live panel reads Chromium’s fields as Chromium writes them', () => {
    const record = normalizeEntry(entry({ status: 0, error: '' }), 1, LIVE_CHROMIUM);
    expect(record?.errorField).toBe('response._error');
  });

  it('names the exporter for provenance', () => {
    expect(exporterOf({ creator: { name: 'WebInspector', version: '537.36' } })).toEqual({
      id: 'chromium',
      name: 'Chromium DevTools (WebInspector 537.36)',
      tool: 'Chromium DevTools',
    });
    expect(exporterOf({ creator: { name: 'Firefox', version: '111.0.1' } }).id).toBe('firefox');
    expect(exporterOf({}).name).toBe('an unnamed tool');
    expect(exporterOf(null).id).toBe('unknown');
  });
});

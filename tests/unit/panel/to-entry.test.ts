import { describe, expect, it } from 'vitest';
import { LIVE_CHROMIUM } from '../../../utils/har/exporters';
import { normalizeEntry } from '../../../utils/har/record';
import { toHarEntry } from '../../../utils/har/to-entry';
import { recordedEntry } from './builders';

describe('toHarEntry', () => {
  it('gives back what a rule over HAR entries needs, without bodies', () => {
    const original = recordedEntry('/api/search?run=load');
    const record = normalizeEntry(original, 1);
    if (!record) throw new Error('unusable fixture');
    const entry = toHarEntry(record) as typeof original & { response: { _error: unknown } };
    expect(entry.request.method).toBe(original.request.method);
    expect(entry.request.url).toBe(original.request.url);
    expect(entry.request.headers).toEqual(original.request.headers);
    expect(entry.response.status).toBe(429);
    expect(entry.response.headers).toEqual(original.response.headers);
    expect(entry.response.redirectURL).toBe('');
    expect(entry.response._error).toBeNull();
    expect(entry.request.queryString).toEqual([{ name: 'run', value: 'load' }]);
    expect(entry.startedDateTime).toBe(original.startedDateTime);
    expect(entry._resourceType).toBe('fetch');
    expect(entry.response.content.text).toBeUndefined();
  });

  it('keeps the browser reason, and keeps no copy of its own per record', () => {
    const record = normalizeEntry(recordedEntry('/api/health'), 1);
    if (!record) throw new Error('unusable fixture');
    const entry = toHarEntry(record);
    expect((entry.response as { _error?: string })._error).toBe('net::ERR_CONNECTION_REFUSED');
    const again = toHarEntry(record);
    expect(again).not.toBe(entry);
    expect(again).toEqual(entry);
  });

  it('parses the query string on first use only, once', () => {
    const record = normalizeEntry(recordedEntry('/api/search?run=load'), 1);
    if (!record) throw new Error('unusable fixture');
    const request = toHarEntry(record).request;
    const first = request.queryString;
    expect(first).toEqual([{ name: 'run', value: 'load' }]);
    expect(request.queryString).toBe(first);
    expect(JSON.parse(JSON.stringify(request)).queryString).toEqual(first);
  });
});

describe('toHarEntry and the size rules after values were cut', () => {
  const base = {
    startedDateTime: '2026-11-27T12:00:00.000Z',
    time: 5,
    request: { method: 'GET', url: 'https://example.org/', headers: [] as unknown[] },
    response: { status: 431, statusText: '', headers: [], content: { size: 0, mimeType: '' } },
  };

  it('reports a 431 with the real size of a cookie longer than the bound', async () => {
    const { diagnose } = await import('../../../utils/diagnosis');
    const cookie = `session=${'x'.repeat(20_000)}`;
    const record = normalizeEntry(
      { ...base, request: { ...base.request, headers: [{ name: 'Cookie', value: cookie }] } },
      1,
    );
    if (!record) throw new Error('unusable');
    const findings = diagnose(toHarEntry(record), { now: () => 0 });
    const title = findings.find((f) => f.rule === 'request-limits')?.title ?? '';
    expect(title).toMatch(/the largest is Cookie \(19\.\d KB\)/);
  });

  it('reports a 414 with the URL length before the cut', async () => {
    const { diagnose } = await import('../../../utils/diagnosis');
    const url = `https://example.org/search?q=${'y'.repeat(20_000)}`;
    const record = normalizeEntry(
      { ...base, request: { ...base.request, url }, response: { ...base.response, status: 414 } },
      1,
    );
    if (!record) throw new Error('unusable');
    const findings = diagnose(toHarEntry(record), { now: () => 0 });
    expect(findings.find((f) => f.rule === 'request-limits')?.title).toContain('20,029 characters');
  });

  it('keeps Chromium’s empty reason on a request without a response, and no other tool’s', () => {
    const raw = { ...base, response: { ...base.response, status: 0, _error: '' } };
    const chromium = normalizeEntry(raw, 1, LIVE_CHROMIUM);
    if (!chromium) throw new Error('unusable');
    expect((toHarEntry(chromium).response as { _error?: unknown })._error).toBe('');
    // An exporter not known to mean anything by an empty `_error`: no reason recorded.
    const other = normalizeEntry(raw, 2);
    if (!other) throw new Error('unusable');
    expect((toHarEntry(other).response as { _error?: unknown })._error).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
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

  it('keeps the browser reason and is memoised per record', () => {
    const record = normalizeEntry(recordedEntry('/api/health'), 1);
    if (!record) throw new Error('unusable fixture');
    const entry = toHarEntry(record);
    expect((entry.response as { _error?: string })._error).toBe('net::ERR_CONNECTION_REFUSED');
    expect(toHarEntry(record)).toBe(entry);
  });
});

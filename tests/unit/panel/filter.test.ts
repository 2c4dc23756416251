import { describe, expect, it } from 'vitest';
import { normalizeEntry, type RequestRecord } from '../../../utils/har/record';
import { labelOf, primaryEntry } from '../../../utils/lookup';
import { countTones, filterRecords, isFiltered, NO_FILTER } from '../../../utils/requests/filter';
import { countText, summarize, summaryText } from '../../../utils/requests/summary';
import { fixture, record } from './builders';

const recorded: RequestRecord[] = fixture('demo-load.har').log.entries.map(
  (e, i) => normalizeEntry(e, i + 1) as RequestRecord,
);
const statuses = (records: readonly RequestRecord[]) => records.map((r) => r.status);

describe('filters', () => {
  it('shows everything without a filter (the same array)', () => {
    expect(filterRecords(recorded, NO_FILTER)).toBe(recorded);
    expect(isFiltered(NO_FILTER)).toBe(false);
  });

  it('"Failed only" keeps 4xx, 5xx, no response, and a response that then failed', () => {
    const failed = filterRecords(recorded, { ...NO_FILTER, failedOnly: true });
    expect(failed.length).toBeGreaterThan(0);
    expect(failed.every((r) => r.status === 0 || r.status >= 400 || r.error !== '')).toBe(true);
    // The CORS-refused 200 of the recording: a response the page never got to read.
    expect(failed.some((r) => r.status === 200 && r.error === 'net::ERR_FAILED')).toBe(true);
    expect(statuses(failed)).toContain(0);
    expect(statuses(failed)).toEqual(
      expect.arrayContaining([401, 403, 404, 405, 410, 413, 422, 429, 500, 502, 503, 504, 522]),
    );
    expect(statuses(failed)).not.toContain(304);
  });

  it('class chips keep their classes; several chips add up', () => {
    const redirects = filterRecords(recorded, { ...NO_FILTER, tones: ['3xx'] });
    expect(statuses(redirects).sort()).toEqual([301, 302, 302, 304, 307]);
    const both = filterRecords(recorded, { ...NO_FILTER, tones: ['3xx', 'none'] });
    expect(both).toHaveLength(redirects.length + 1);
  });

  it('the text filter matches URL, method, status and label, all words', () => {
    const by = (text: string) => statuses(filterRecords(recorded, { ...NO_FILTER, text }));
    expect(by('/api/search')).toEqual([429]);
    expect(by('delete')).toEqual([204, 405]);
    expect(by('42')).toEqual(expect.arrayContaining([422, 429]));
    expect(by('not found')).toEqual([404]);
    expect(by('5xx export')).toEqual([500, 500]);
    expect(by('API/SEARCH')).toEqual([429]);
    expect(by('nothing-like-this')).toEqual([]);
  });

  it('combines failed-only, chips and text', () => {
    const result = filterRecords(recorded, { failedOnly: true, tones: ['5xx'], text: 'upstream' });
    expect(statuses(result)).toEqual([502, 504]);
  });

  it('counts every class, no response and invalid codes', () => {
    const counts = countTones([...recorded, record({ status: 999 })]);
    expect(counts.none).toBe(1);
    expect(counts.invalid).toBe(1);
    expect(counts['1xx'] + counts['2xx'] + counts['3xx'] + counts['4xx'] + counts['5xx']).toBe(30);
  });
});

describe('the summary line', () => {
  it('groups the failed ones by endpoint and outcome, most frequent first', () => {
    const records = [
      record({ status: 200 }),
      record({ status: 404 }),
      record({ status: 500 }),
      record({ status: 404 }),
    ];
    const summary = summarize(records);
    expect(summary).toMatchObject({ total: 4, failed: 3 });
    const notFound = labelOf(primaryEntry(404) ?? (undefined as never));
    const serverError = labelOf(primaryEntry(500) ?? (undefined as never));
    expect(summaryText(summary)).toBe(
      `4 requests, 3 failed: 2× GET /api/users → ${notFound}, 1× GET /api/users → ${serverError}`,
    );
    expect(summaryText(summary)).toBe(
      '4 requests, 3 failed: 2× GET /api/users → 404 Not Found, 1× GET /api/users → 500 Internal Server Error',
    );
  });

  it('says when nothing failed, and shortens long lists', () => {
    expect(summaryText(summarize([record({ status: 204 })]))).toBe('1 request, none failed');
    const many = [400, 401, 403, 404, 409, 410].map((status) => record({ status }));
    expect(summaryText(summarize(many))).toMatch(/, 2 more$/);
  });

  it('says the count for the status line: requests, failed, and shown when filtered', () => {
    const many = Array.from({ length: 1234 }, (_, i) => record({ status: i % 2 ? 200 : 404 }));
    expect(countText(summarize(many), null)).toBe('1,234 requests, 617 failed');
    expect(countText(summarize(many), 617)).toBe('1,234 requests, 617 failed, 617 shown');
    expect(countText(summarize([record({ status: 204 })]), null)).toBe('1 request, none failed');
    expect(countText(summarize([record({ status: 204 })]), 0)).toBe(
      '1 request, none failed, 0 shown',
    );
  });

  it('groups requests that were blocked apart from other failures', () => {
    const summary = summarize([
      record({ status: 0, error: 'net::ERR_BLOCKED_BY_CLIENT' }),
      record({ status: 0, error: 'net::ERR_CONNECTION_REFUSED' }),
    ]);
    expect(summary.groups.map((g) => g.outcome)).toEqual([
      'No response (status 0)',
      'No response (status 0), blocked',
    ]);
  });

  it('counts the recorded demo page', () => {
    const summary = summarize(recorded);
    expect(summary.total).toBe(31);
    // 4xx, 5xx and no response (15), and the 200 that the browser refused to the page (CORS).
    expect(summary.failed).toBe(16);
  });
});

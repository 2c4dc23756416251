import { describe, expect, it } from 'vitest';
import { normalizeEntry, type RequestRecord } from '../../../utils/har/record';
import {
  CONTEXT_WINDOW,
  createDiagnose,
  indexOfRecord,
} from '../../../utils/requests/diagnose-record';
import { entry, fixture, record } from './builders';

const NOW = Date.parse('2026-11-27T12:00:00Z');
const diagnoser = () => createDiagnose({ now: () => NOW });

/** The demo page's first round, recorded from real Chromium. */
function demoRecords(): RequestRecord[] {
  return fixture('demo-load.har').log.entries.map((e, i) => {
    const made = normalizeEntry(e, i + 1);
    if (!made) throw new Error('unusable fixture entry');
    return made;
  });
}

const byPath = (records: readonly RequestRecord[], part: string) => {
  const found = records.find((r) => r.url.includes(part));
  if (!found) throw new Error(`no record for ${part}`);
  return found;
};

describe('the row tag', () => {
  const records = demoRecords();
  const d = diagnoser();
  it.each([
    ['/api/search?', 'retry in 30 s'],
    ['/api/status/maintenance', 'retry in 2 min'],
    ['/api/reports/2024?', 'allow GET, HEAD'],
    ['/api/account', 'invalid_token'],
    ['/api/forms/legacy', 'POST → GET'],
    ['/api/redirect/start', '→ /api/redirect/middle?run=lo…'],
    ['/api/redirect/end', 'via 2 redirects'],
    ['/api/articles/7?run=load', undefined],
    ['/api/health', 'refused'],
    ['/api/edge/origin-down', 'Cloudflare: origin timed out'],
    ['/api/upstream/inventory', 'nginx: upstream failed'],
    ['/api/users/9999', undefined],
  ])('%s → %s', (part, tag) => {
    expect(d.tag(byPath(records, part), records)).toBe(tag);
  });

  it('tags the cross-origin requests the page could not read as CORS', () => {
    const cross = records.filter((r) => r.error === 'net::ERR_FAILED');
    expect(cross.map((r) => [r.status, d.tag(r, records)])).toEqual([
      [200, 'CORS'],
      [500, 'CORS'],
    ]);
  });

  it('is worked out again while the rest of a redirect loop arrives, then kept', () => {
    const hop = (n: number, status: number, error?: string) =>
      record({
        url: `https://a.example/loop/${n % 2 === 0 ? 'a' : 'b'}`,
        status,
        error,
        responseHeaders:
          status === 302 ? [{ name: 'Location', value: `/loop/${n % 2 === 0 ? 'b' : 'a'}` }] : [],
        started: `2026-11-27T10:00:${String(n).padStart(2, '0')}.000Z`,
      });
    const hops = [hop(0, 302), hop(1, 302), hop(2, 302), hop(3, 0, 'net::ERR_TOO_MANY_REDIRECTS')];
    const first = hops[0] as RequestRecord;
    const fresh = diagnoser();
    expect(fresh.tag(first, [first])).toBe('→ /loop/b');
    expect(fresh.tag(first, hops)).toBe('redirect loop');
    // The same list again: nothing new after it, the kept tag.
    expect(fresh.tag(first, hops)).toBe('redirect loop');
  });

  it('finds a record by id, else by identity', () => {
    const list = demoRecords();
    const middle = list[17] as RequestRecord;
    expect(indexOfRecord(list, middle)).toBe(17);
    const shuffled = [list[3], list[1], list[2]] as RequestRecord[];
    expect(indexOfRecord(shuffled, list[1] as RequestRecord)).toBe(1);
    expect(indexOfRecord(shuffled, list[9] as RequestRecord)).toBe(-1);
  });

  it('shows the rules only the records around one, not the whole list', () => {
    const many: RequestRecord[] = [];
    for (let i = 0; i < 5_000; i++) {
      many.push(
        normalizeEntry(entry({ url: `https://a.example/r/${i}`, status: 200 }), i + 1) as never,
      );
    }
    // A redirect far from the 302 it answers: out of the window, so no chain is found.
    const far = many[10] as RequestRecord;
    const late = many[10 + CONTEXT_WINDOW + 50] as RequestRecord;
    Object.assign(far, {
      status: 302,
      responseHeaders: [{ name: 'Location', value: late.url }],
    });
    const d = diagnoser();
    expect(d.diagnose(late, many).findings).toEqual([]);
    expect(d.tag(far, many)).toBe('→ /r/460');
  });
});

describe('the detail pane’s diagnosis', () => {
  const records = demoRecords();

  it('gives every finding with its severity, title and detail lines, and the request IDs', () => {
    const d = diagnoser();
    const failed = byPath(records, `/api/reports/2024/export?run=load`);
    const { findings, requestIds } = d.diagnose(failed, records);
    expect(findings).toEqual([]);
    expect(requestIds).toEqual([
      {
        label: 'Request ID',
        header: 'X-Request-Id',
        value: expect.stringMatching(/^[0-9a-f-]{36}$/),
        side: 'response',
      },
    ]);
    const limited = d.diagnose(byPath(records, '/api/search?'), records).findings;
    expect(limited.map((f) => [f.severity, f.title])).toEqual([
      ['warning', expect.stringMatching(/^Retry in 30 s \(at \d\d:\d\d:\d\d UTC\)$/)],
      ['warning', expect.stringMatching(/^Rate limit: 0 of 60 requests left, resets in 30 s/)],
    ]);
    expect(limited[0]?.details).toContain(
      'Retry-After: 30 (seconds, counted from when the response arrived).',
    );
  });

  it('reads the problem detail from a body read on demand', () => {
    const d = diagnoser();
    const invalid = record({ url: 'https://a.example/orders', status: 422 });
    const body = JSON.stringify({
      type: 'about:blank',
      title: 'Your request is not valid.',
      status: 422,
      detail: 'The order has 1 invalid field.',
      errors: [{ pointer: '#/quantity', detail: 'must be a positive integer' }],
    });
    expect(d.diagnose(invalid, [invalid]).findings).toEqual([]);
    const findings = d.diagnose(invalid, [invalid], { text: body, mimeType: '' }).findings;
    expect(findings).toEqual([
      {
        severity: 'warning',
        title: 'Problem detail: Your request is not valid. (The order has 1 invalid field.)',
        details: [
          'type: about:blank',
          'title: Your request is not valid.',
          'status: 422',
          'detail: The order has 1 invalid field.',
          'errors: #/quantity: must be a positive integer',
        ],
      },
    ]);
  });

  it('plans the body read from what the record declares', () => {
    const d = diagnoser();
    const plan = (options: Parameters<typeof record>[0], size?: number) => {
      const made = record(options);
      if (size !== undefined) made.contentSize = size;
      return d.errorBody(made);
    };
    expect(plan({ status: 422, mimeType: 'application/problem+json' })).toEqual({ read: true });
    expect(plan({ status: 500, mimeType: 'application/json; charset=utf-8' }, 1024)).toEqual({
      read: true,
    });
    expect(plan({ status: 500, mimeType: 'application/json' }, 1024 * 1024 + 1)).toEqual({
      read: false,
      reason: 'too large to read (1.0 MB)',
    });
    expect(plan({ status: 200, mimeType: 'application/json' })).toBeNull();
    expect(plan({ status: 502, mimeType: 'text/html' })).toBeNull();
    expect(plan({ status: 0, mimeType: '' })).toBeNull();
  });

  it('gives the incident note its findings and request IDs', () => {
    const d = diagnoser();
    const note = d.incident(byPath(records, '/api/search?'), records);
    expect(note.label).toBe('429 Too Many Requests');
    expect(note.findings[0]?.title).toMatch(/^Retry in 30 s/);
    expect(note.keyHeaders).toContainEqual({ side: 'response', name: 'Retry-After', value: '30' });
  });
});

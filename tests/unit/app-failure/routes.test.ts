// Failures grouped by endpoint: route templates (ids folded, tokens redacted by the sanitizer,
// not folded), the groups the summary line, the grouped view and the incident note share, and
// the list filter to one group.
import { describe, expect, it } from 'vitest';
import { incidentMarkdown } from '../../../utils/copy/format';
import { formatClockUtc } from '../../../utils/diagnosis/time';
import { createDiagnose, groupOf } from '../../../utils/requests/diagnose-record';
import { filterRecords, NO_FILTER } from '../../../utils/requests/filter';
import { isIdSegment, routeOf } from '../../../utils/requests/routes';
import { groupKeyOf, summarize, summaryText } from '../../../utils/requests/summary';
import { record } from '../panel/builders';

describe('route templates', () => {
  it.each([
    ['https://a.example/api/users/101', '/api/users/:id'],
    ['https://a.example/api/users/101/orders/7?page=2#top', '/api/users/:id/orders/:id'],
    ['https://a.example/api/orders/3f2b8c1e-9d4a-4e6b-8f0a-2c7d5e9b1a36', '/api/orders/:id'],
    ['https://a.example/git/commits/9f8e7d6c5b4a39281706f5e4d3c2b1a0e3f1a2b4', '/git/commits/:id'],
    ['https://a.example/items/01HZX3K5V8Q2M7N4P6R9T0W1YB', '/items/:id'],
    ['https://a.example/v2/users/me', '/v2/users/me'],
    ['https://a.example/api/reports/2024/export', '/api/reports/:id/export'],
    ['https://a.example/static/app.css', '/static/app.css'],
    ['https://a.example', '/'],
  ])('%s → %s', (url, route) => {
    expect(routeOf(url).route).toBe(route);
  });

  it('redacts a token in the path through the sanitizer, never folds it away', () => {
    const { route, host } = routeOf(
      'https://hooks.example/api/hooks/whsec_9f8e7d6c5b4a39281706f5e4d3c2b1a0/deliver',
    );
    expect(host).toBe('hooks.example');
    expect(route).toMatch(/^\/api\/hooks\/\[redacted: [^\]]+\]\/deliver$/);
    expect(route).not.toContain('whsec_9f8e');
    expect(
      routeOf('https://api.telegram.example/bot123456:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw/getMe')
        .route,
    ).toMatch(/^\/bot\[redacted/);
  });

  it('keeps words and short names', () => {
    for (const word of ['users', 'v1', 'graphql', 'abc', 'deadbeef-cafe', 'README']) {
      expect([word, isIdSegment(word)]).toEqual([word, false]);
    }
    for (const id of ['0', '42', 'a1b2c3d4', '5f2b8c1e9d4a4e6b'])
      expect([id, isIdSegment(id)]).toEqual([id, true]);
  });
});

describe('failures grouped by endpoint', () => {
  const at = (second: number) => `2026-11-27T14:02:${String(second).padStart(2, '0')}.000Z`;
  const list = [
    record({ url: 'https://a.example/api/users/101', status: 404, started: at(10) }),
    record({ url: 'https://a.example/api/users/102', status: 404, started: at(20) }),
    record({ url: 'https://a.example/api/users/103?x=1', status: 404, started: at(30) }),
    record({ url: 'https://a.example/api/users/104', status: 200, started: at(31) }),
    record({ url: 'https://a.example/api/users/105', status: 500, started: at(32) }),
    record({
      method: 'DELETE',
      url: 'https://a.example/api/users/106',
      status: 404,
      started: at(33),
    }),
  ];

  it('folds the summary line by method, route and outcome', () => {
    const summary = summarize(list);
    expect(summaryText(summary)).toBe(
      '6 requests, 5 failed: 3× GET /api/users/:id → 404 Not Found, 1× DELETE /api/users/:id → 404 Not Found, 1× GET /api/users/:id → 500 Internal Server Error',
    );
    const [first] = summary.groups;
    expect(first).toMatchObject({
      count: 3,
      method: 'GET',
      route: '/api/users/:id',
      host: 'a.example',
    });
    expect([first?.firstMs, first?.lastMs]).toEqual([Date.parse(at(10)), Date.parse(at(30))]);
    expect(first?.latest).toBe(list[2]);
  });

  it('the group filter shows exactly that group', () => {
    const key = groupKeyOf(list[0] as never) as string;
    expect(filterRecords(list, { ...NO_FILTER, group: key })).toEqual(list.slice(0, 3));
    expect(groupKeyOf(list[3] as never)).toBeNull();
  });

  it('the incident note says how often the same failure happened, and when', () => {
    expect(groupOf(list[1] as never, list, formatClockUtc)).toBe(
      '3× GET /api/users/:id → 404 Not Found, 14:02:10 UTC to 14:02:30 UTC',
    );
    const diagnose = createDiagnose({ now: () => Date.parse(at(40)) });
    const note = incidentMarkdown(diagnose.incident(list[1] as never, list));
    expect(note).toContain(
      '- Same failure in this list: 3× GET /api/users/:id → 404 Not Found, 14:02:10 UTC to 14:02:30 UTC',
    );
  });

  it('keeps following the list as old requests leave and new ones come', () => {
    const summarizeLive = summarize;
    expect(summarizeLive(list).groups[0]?.count).toBe(3);
    const later = [
      ...list.slice(1),
      record({ url: 'https://a.example/api/users/9', status: 404, started: at(50) }),
    ];
    const summary = summarizeLive(later);
    expect(summary.groups[0]).toMatchObject({
      count: 3,
      firstMs: Date.parse(at(20)),
      lastMs: Date.parse(at(50)),
    });
  });
});

import { parseMember, readReset } from '../../../utils/diagnosis/rules/rate-limit';
import { context, contextFor, entry, findingsOf, fixture, recorded, T0 } from './builder';

const epoch = Math.floor(T0 / 1000);

describe('rate-limit headers', () => {
  it.each([
    {
      name: 'X-RateLimit-* with Reset as a Unix time',
      response: [
        ['X-RateLimit-Limit', '100'],
        ['X-RateLimit-Remaining', '0'],
        ['X-RateLimit-Reset', String(epoch + 30)],
      ],
      status: 429,
      title: 'Rate limit: 0 of 100 requests left, resets in 30 s (at 14:02:10 UTC)',
      tag: '0/100 left',
      detail: /is a Unix time in seconds: 30 s after the response/,
    },
    {
      name: 'X-RateLimit-Reset as seconds',
      response: [
        ['x-ratelimit-limit', '60'],
        ['x-ratelimit-remaining', '0'],
        ['x-ratelimit-reset', '45'],
      ],
      status: 429,
      title: 'Rate limit: 0 of 60 requests left, resets in 45 s (at 14:02:25 UTC)',
      tag: '0/60 left',
      detail: /is a number of seconds \(too small for a Unix time\)/,
    },
    {
      name: 'X-RateLimit-Reset in milliseconds',
      response: [
        ['X-RateLimit-Remaining', '0'],
        ['X-RateLimit-Reset', String(T0 + 90_000)],
      ],
      status: 200,
      title: 'Rate limit: 0 requests left, resets in 1 min 30 s (at 14:03:10 UTC)',
      tag: '0 left',
      detail: /Unix time in milliseconds/,
    },
    {
      name: "Twitter's X-Rate-Limit-*",
      response: [
        ['x-rate-limit-limit', '15'],
        ['x-rate-limit-remaining', '3'],
        ['x-rate-limit-reset', String(epoch + 600)],
      ],
      status: 200,
      title: 'Rate limit: 3 of 15 requests left, resets in 10 min (at 14:11:40 UTC)',
      tag: undefined,
      detail: /X-RateLimit-Limit: 15/,
    },
    {
      name: 'IETF structured RateLimit with RateLimit-Policy',
      response: [
        ['RateLimit', '"default";r=0;t=20'],
        ['RateLimit-Policy', '"default";q=100;w=60'],
      ],
      status: 429,
      title: 'Rate limit: 0 of 100 requests left, resets in 20 s (at 14:02:00 UTC)',
      tag: '0/100 left',
      detail: /Policy default: 100 per 1 min window/,
    },
    {
      name: 'IETF dictionary RateLimit (draft 07)',
      response: [['RateLimit', 'limit=10, remaining=2, reset=7']],
      status: 200,
      title: 'Rate limit: 2 of 10 requests left, resets in 7 s (at 14:01:47 UTC)',
      tag: undefined,
      detail: /RateLimit: limit=10, remaining=2, reset=7/,
    },
    {
      name: 'IETF early RateLimit-Limit / -Remaining / -Reset',
      response: [
        ['RateLimit-Limit', '10, 10;w=1'],
        ['RateLimit-Remaining', '0'],
        ['RateLimit-Reset', '7'],
      ],
      status: 429,
      title: 'Rate limit: 0 of 10 requests left, resets in 7 s (at 14:01:47 UTC)',
      tag: '0/10 left',
      detail: /RateLimit-Reset: 7 \(seconds, by the IETF draft\)/,
    },
  ])('$name', ({ response, status, title, tag, detail }) => {
    const [finding, ...rest] = findingsOf(
      'rate-limit',
      entry({ status, response: response as [string, string][] }),
    );
    expect(rest).toEqual([]);
    expect(finding?.title).toBe(title);
    expect(finding?.tag).toBe(tag);
    expect(finding?.details.join('\n')).toMatch(detail);
    expect(finding?.severity).toBe(tag ? 'warning' : 'info');
  });

  it.each([
    { name: 'no headers', response: [] },
    { name: 'unrelated headers', response: [['X-Limit-Thing', '3']] },
  ])('nothing for $name', ({ response }) => {
    expect(
      findingsOf('rate-limit', entry({ status: 429, response: response as [string, string][] })),
    ).toEqual([]);
  });

  it('says when the reset lies before the response', () => {
    const e = entry({
      response: [
        ['X-RateLimit-Remaining', '5'],
        ['X-RateLimit-Reset', String(epoch - 120)],
      ],
    });
    const [finding] = findingsOf('rate-limit', e);
    expect(finding?.title).toBe(
      'Rate limit: 5 requests left, reset time 13:59:40 UTC already past',
    );
    expect(finding?.details.join('\n')).toMatch(/2 min before the response .*already past/);
  });

  it('says where now stands from the injected clock', () => {
    const e = entry({
      status: 429,
      response: [
        ['X-RateLimit-Remaining', '0'],
        ['X-RateLimit-Reset', '45'],
      ],
    });
    const [finding] = findingsOf('rate-limit', e, context({ now: () => T0 + 60_000 }));
    expect(finding?.details).toContain('The reset passed 15 s ago.');
  });

  it.each([
    ['45', 'seconds'],
    ['999999999', 'seconds'],
    ['1000000000', 'epoch-seconds'],
    ['1767225600', 'epoch-seconds'],
    ['1767225600000', 'epoch-ms'],
    ['Sun, 06 Nov 2033 08:49:37 GMT', 'date'],
    ['2026-03-01T14:05:00Z', 'date'],
  ])('reads Reset %s as %s', (value, kind) => {
    expect(readReset(value, T0)?.kind).toBe(kind);
  });

  it.each(['soon', '-3', '1e9', ''])('cannot read Reset %j', (value) => {
    expect(readReset(value, T0)).toBeUndefined();
  });

  it('parses structured-field members with quoted names and parameters', () => {
    const member = parseMember('"burst;x";r=0;t=20;flag');
    expect(member.value).toBe('burst;x');
    expect(Object.fromEntries(member.params)).toEqual({ r: '0', t: '20', flag: '?1' });
  });

  describe('recorded from Chromium', () => {
    const entries = fixture('rate-limit');
    it.each([
      ['/s/429-retry-after-seconds', '0/100 left', /Unix time in seconds/],
      ['/s/429-x-ratelimit-reset-seconds', '0/60 left', /number of seconds/],
      ['/s/429-ietf-ratelimit', '0/100 left', /Policy default/],
      ['/s/429-ietf-ratelimit-draft', '0/10 left', /RateLimit-Reset: 7/],
    ])('%s', (path, tag, detail) => {
      const e = recorded(entries, path);
      const [finding] = findingsOf('rate-limit', e, contextFor(e, entries));
      expect(finding?.tag).toBe(tag);
      expect(finding?.details.join('\n')).toMatch(detail);
    });

    it('no finding on a response without rate-limit headers', () => {
      const e = recorded(entries, '/s/503-retry-after-date');
      expect(findingsOf('rate-limit', e, contextFor(e, entries))).toEqual([]);
    });
  });
});

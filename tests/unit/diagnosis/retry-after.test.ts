import { parseRetryAfter } from '../../../utils/diagnosis/rules/retry-after';
import { context, contextFor, entry, findingsOf, fixture, recorded, T0 } from './builder';

const date = (ms: number) => new Date(ms).toUTCString();

describe('Retry-After', () => {
  it.each([
    {
      name: '429 with seconds, counted from when the response arrived',
      e: entry({ status: 429, time: 0, response: [['Retry-After', '30']] }),
      tag: 'retry in 30 s',
      title: 'Retry in 30 s (at 14:02:10 UTC)',
    },
    {
      name: 'the arrival is the start plus the entry time',
      e: entry({ status: 429, time: 2_000, response: [['retry-after', '30']] }),
      tag: 'retry in 30 s',
      title: 'Retry in 30 s (at 14:02:12 UTC)',
    },
    {
      name: '503 with an HTTP date, counted from the Date header (server clock)',
      e: entry({
        status: 503,
        response: [
          ['Date', date(T0 - 60_000)],
          ['Retry-After', date(T0 + 60_000)],
        ],
      }),
      tag: 'retry in 2 min',
      title: 'Retry in 2 min (at 14:02:40 UTC)',
    },
    {
      name: '413 with minutes',
      e: entry({ status: 413, response: [['RETRY-AFTER', '125']] }),
      tag: 'retry in 2 min 5 s',
      title: 'Retry in 2 min 5 s (at 14:03:45 UTC)',
    },
    {
      name: 'zero means now',
      e: entry({ status: 429, response: [['Retry-After', '0']] }),
      tag: 'retry now',
      title: 'Retry now: Retry-After is 0',
    },
    {
      name: 'a date already past when sent',
      e: entry({
        status: 503,
        response: [
          ['Date', date(T0)],
          ['Retry-After', date(T0 - 10_000)],
        ],
      }),
      tag: 'retry now',
      title: 'Retry now: the Retry-After date was already past when the response was sent',
    },
    {
      name: 'the clock time carries the date when it is another day',
      e: entry({ status: 429, response: [['Retry-After', String(86_400 * 2)]] }),
      tag: 'retry in 2 d',
      title: 'Retry in 2 d (at 2026-03-03 14:01:40 UTC)',
    },
  ])('$name', ({ e, tag, title }) => {
    const [finding, ...rest] = findingsOf('retry-after', e);
    expect(rest).toEqual([]);
    expect(finding?.tag).toBe(tag);
    expect(finding?.title).toBe(title);
    expect(finding?.severity).toBe('warning');
  });

  it.each([
    { name: '200 with Retry-After', e: entry({ status: 200, response: [['Retry-After', '30']] }) },
    { name: '301 with Retry-After', e: entry({ status: 301, response: [['Retry-After', '30']] }) },
    { name: '503 without Retry-After', e: entry({ status: 503 }) },
    {
      name: '429 without Retry-After but with rate-limit headers',
      e: entry({ status: 429, response: [['X-RateLimit-Reset', '20']] }),
    },
  ])('nothing for $name', ({ e }) => {
    expect(findingsOf('retry-after', e)).toEqual([]);
  });

  it('notes a 429 that says nothing about waiting', () => {
    const [finding] = findingsOf('retry-after', entry({ status: 429 }));
    expect(finding?.severity).toBe('info');
    expect(finding?.title).toMatch(/No Retry-After/);
    expect(finding?.tag).toBeUndefined();
  });

  it('warns about a value that is neither seconds nor a date', () => {
    const [finding] = findingsOf(
      'retry-after',
      entry({ status: 429, response: [['Retry-After', 'soon']] }),
    );
    expect(finding?.title).toBe(
      'Retry-After “soon” is neither a number of seconds nor an HTTP date',
    );
    expect(finding?.tag).toBeUndefined();
  });

  it('says where now stands, from the injected clock', () => {
    const e = entry({ status: 429, response: [['Retry-After', '30']] });
    const ahead = findingsOf('retry-after', e, context({ now: () => T0 + 12_000 }))[0];
    expect(ahead?.details).toContain('That moment is 18 s from now.');
    const past = findingsOf('retry-after', e, context({ now: () => T0 + 330_000 }))[0];
    expect(past?.details).toContain('That moment passed 5 min ago.');
  });

  it('takes a clock formatter (a local time zone, say)', () => {
    const e = entry({ status: 429, response: [['Retry-After', '30']] });
    const [finding] = findingsOf(
      'retry-after',
      e,
      context({ formatClock: (ms) => `T+${(ms - T0) / 1000}` }),
    );
    expect(finding?.title).toBe('Retry in 30 s (at T+30)');
  });

  it('says when repeated lines disagree', () => {
    const e = entry({
      status: 429,
      response: [
        ['Retry-After', '30'],
        ['Retry-After', '60'],
      ],
    });
    expect(findingsOf('retry-after', e)[0]?.details[0]).toMatch(/2 Retry-After lines disagree/);
  });

  it('calls out waits longer than a year', () => {
    const e = entry({ status: 503, response: [['Retry-After', String(400 * 86_400)]] });
    expect(findingsOf('retry-after', e)[0]?.details.join(' ')).toMatch(/more than a year/);
  });

  it.each([
    ['30', { kind: 'seconds', seconds: 30 }],
    [' 30 ', { kind: 'seconds', seconds: 30 }],
    ['Sun, 06 Nov 1994 08:49:37 GMT', { kind: 'date', ms: Date.UTC(1994, 10, 6, 8, 49, 37) }],
    ['Sunday, 06-Nov-94 08:49:37 GMT', { kind: 'date', ms: Date.UTC(1994, 10, 6, 8, 49, 37) }],
    ['Sun Nov  6 08:49:37 1994', { kind: 'date', ms: Date.UTC(1994, 10, 6, 8, 49, 37) }],
    ['-5', { kind: 'invalid' }],
    ['1.5', { kind: 'invalid' }],
    ['', { kind: 'invalid' }],
    ['Sun, 06 Nov 1994 08:49:37 PST', { kind: 'invalid' }],
    ['Sun, 32 Nov 1994 08:49:37 GMT', { kind: 'invalid' }],
  ])('parses %j', (value, expected) => {
    expect(parseRetryAfter(value)).toEqual(expected);
  });

  describe('recorded from Chromium', () => {
    it('429 with Retry-After: 30 over HTTP/1.1', () => {
      const entries = fixture('rate-limit');
      const e = recorded(entries, '/s/429-retry-after-seconds');
      const [finding] = findingsOf('retry-after', e, contextFor(e, entries));
      expect(finding?.tag).toBe('retry in 30 s');
      expect(finding?.title).toMatch(/^Retry in 30 s \(at \d\d:\d\d:\d\d UTC\)$/);
    });

    it('429 over HTTP/2 (lowercase names, empty status text)', () => {
      const entries = fixture('http2');
      const e = recorded(entries, '/s/429-retry-after-seconds');
      expect(e.response.statusText).toBe('');
      expect(findingsOf('retry-after', e, contextFor(e, entries))[0]?.tag).toBe('retry in 30 s');
    });

    it('503 with an HTTP date two minutes after the Date header', () => {
      const entries = fixture('rate-limit');
      const e = recorded(entries, '/s/503-retry-after-date');
      expect(findingsOf('retry-after', e, contextFor(e, entries))[0]?.tag).toBe('retry in 2 min');
    });

    it('413 with Retry-After', () => {
      const entries = fixture('sizes');
      const e = recorded(entries, '/s/413-body');
      expect(findingsOf('retry-after', e, contextFor(e, entries))[0]?.tag).toBe('retry in 1 min');
    });
  });
});

import { headerValues, listHeader, splitList, unquote } from '../../../utils/diagnosis/headers';
import {
  clip,
  formatBytes,
  formatNumber,
  listOf,
  oneLine,
  plural,
} from '../../../utils/diagnosis/text';
import {
  formatClockUtc,
  formatDuration,
  fromNow,
  parseHttpDate,
} from '../../../utils/diagnosis/time';
import { comparable, originOf, parseUrl, shortTarget } from '../../../utils/diagnosis/url';

describe('text', () => {
  it.each([
    ['short', 10, 'short'],
    ['exactly ten', 11, 'exactly ten'],
    ['a longer sentence', 10, 'a longer …'],
    ['line\r\nbreak\u2028sep\u0000nul', 100, 'line break sep nul'],
    ['  padded  ', 100, 'padded'],
    ['ab😀cd', 4, 'ab…'],
  ])('clip(%j, %s)', (text, max, expected) => {
    expect(clip(text, max)).toBe(expected);
    expect(clip(text, max).length).toBeLessThanOrEqual(max);
  });

  it('clips a megabyte cheaply to its bound', () => {
    expect(clip('x'.repeat(5_000_000), 50)).toHaveLength(50);
  });

  it('oneLine removes C0, C1 and separators', () => {
    expect(oneLine('a\u0085b\u009fc\u2029d')).toBe('a b c d');
  });

  it.each([
    [0, '0'],
    [999, '999'],
    [1000, '1,000'],
    [1234567.5, '1,234,567.5'],
    [-12345, '-12,345'],
    [Number.NaN, 'NaN'],
  ])('formatNumber(%s)', (value, text) => {
    expect(formatNumber(value)).toBe(text);
  });

  it.each([
    [0, '0 B'],
    [1023, '1023 B'],
    [1024, '1.0 KB'],
    [70_000, '68.4 KB'],
    [150 * 1024, '150 KB'],
    [2_500_000, '2.4 MB'],
    [-1, 'unknown size'],
  ])('formatBytes(%s)', (bytes, text) => {
    expect(formatBytes(bytes)).toBe(text);
  });

  it('plural and listOf', () => {
    expect(plural(1, 'cookie')).toBe('1 cookie');
    expect(plural(2, 'cookie')).toBe('2 cookies');
    expect(listOf(['a', 'b', 'c'], 2)).toBe('a, b and 1 more');
  });
});

describe('time', () => {
  it.each([
    ['Sun, 06 Nov 1994 08:49:37 GMT', Date.UTC(1994, 10, 6, 8, 49, 37)],
    ['Sunday, 06-Nov-94 08:49:37 GMT', Date.UTC(1994, 10, 6, 8, 49, 37)],
    ['Thursday, 01-Jan-30 00:00:00 GMT', Date.UTC(2030, 0, 1)],
    ['Sun Nov  6 08:49:37 1994', Date.UTC(1994, 10, 6, 8, 49, 37)],
    ['Fri, 27 Nov 2026 11:29:41 GMT', Date.UTC(2026, 10, 27, 11, 29, 41)],
    ['2026-11-27T11:29:41Z', undefined],
    ['Sun, 06 Foo 1994 08:49:37 GMT', undefined],
    ['Sun, 06 Nov 1994 25:49:37 GMT', undefined],
    ['x'.repeat(100), undefined],
    [undefined, undefined],
  ])('parseHttpDate(%j)', (value, ms) => {
    expect(parseHttpDate(value)).toBe(ms);
  });

  it.each([
    [0, '0 s'],
    [30, '30 s'],
    [59.6, '1 min'],
    [125, '2 min 5 s'],
    [3600, '1 h'],
    [3660, '1 h 1 min'],
    [86_400 * 2 + 3600, '2 d 1 h'],
    [-90, '1 min 30 s'],
    [1e12, '31709 years'],
    [Number.POSITIVE_INFINITY, 'an unknown time'],
  ])('formatDuration(%s)', (seconds, text) => {
    expect(formatDuration(seconds)).toBe(text);
  });

  it('formatClockUtc shows the date only on another day', () => {
    const at = Date.UTC(2026, 2, 1, 14, 2, 10);
    expect(formatClockUtc(at, at - 1000)).toBe('14:02:10 UTC');
    expect(formatClockUtc(at, at - 86_400_000)).toBe('2026-03-01 14:02:10 UTC');
    expect(formatClockUtc(Number.NaN, at)).toBe('an unknown time');
    expect(formatClockUtc(8.64e15 + 1, at)).toBe('an unknown time');
  });

  it('fromNow', () => {
    expect(fromNow(10_000, 0)).toBe('That moment is 10 s from now.');
    expect(fromNow(0, 120_000, 'The reset')).toBe('The reset passed 2 min ago.');
    expect(fromNow(500, 0)).toBe('That moment is now.');
  });
});

describe('headers', () => {
  const headers = [
    { name: 'WWW-Authenticate', value: 'Basic realm="a"' },
    { name: 'www-authenticate', value: 'Bearer\nNegotiate' },
    { name: ' Allow ', value: 'GET, HEAD' },
  ];
  it('any case, repeated lines, and values joined with newlines split back', () => {
    expect(headerValues(headers, 'WWW-AUTHENTICATE')).toEqual([
      'Basic realm="a"',
      'Bearer',
      'Negotiate',
    ]);
    expect(listHeader(headers, 'allow')).toEqual(['GET', 'HEAD']);
    expect(headerValues(undefined, 'allow')).toEqual([]);
  });

  it.each([
    ['a, b,,c', ['a', 'b', 'c']],
    ['"x, y", z', ['"x, y"', 'z']],
    ['"a\\"b, c", d', ['"a\\"b, c"', 'd']],
    ['', []],
  ])('splitList(%j)', (value, items) => {
    expect(splitList(value)).toEqual(items);
  });

  it('unquote', () => {
    expect(unquote('"a \\"b\\""')).toBe('a "b"');
    expect(unquote(' token ')).toBe('token');
  });
});

describe('url', () => {
  it('parses defensively', () => {
    expect(parseUrl('not a url')).toBeUndefined();
    expect(parseUrl(5)).toBeUndefined();
    expect(parseUrl(`https://a.example/${'x'.repeat(20_000)}`)).toBeUndefined();
    expect(parseUrl('/x', 'https://a.example/y')?.href).toBe('https://a.example/x');
  });

  it.each([
    ['https://a.example:8443/x', 'https://a.example:8443'],
    ['data:text/plain,hi', undefined],
    ['about:blank', undefined],
    ['nonsense', undefined],
  ])('originOf(%j)', (url, origin) => {
    expect(originOf(url)).toBe(origin);
  });

  it('comparable drops the fragment', () => {
    expect(comparable('https://a.example/x#top')).toBe('https://a.example/x');
  });

  it.each([
    ['https://a.example/login?x=1', 'https://a.example/', '/login?x=1'],
    ['https://b.example/login', 'https://a.example/', 'b.example/login'],
    ['http://a.example/', 'https://a.example/', 'http://a.example/'],
  ])('shortTarget(%s from %s)', (target, from, text) => {
    expect(shortTarget(new URL(target), new URL(from))).toBe(text);
  });
});

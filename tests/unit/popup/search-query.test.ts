import { describe, expect, it } from 'vitest';
import { parseQuery } from '../../../utils/search-query';

const codesOf = (query: string) => {
  const parsed = parseQuery(query);
  if (parsed.kind !== 'codes') throw new Error(`${query} parsed as ${parsed.kind}`);
  return [0, 100, 199, 400, 404, 409, 410, 499, 500, 503].filter(parsed.match);
};

describe('parseQuery', () => {
  it('an empty query lists everything', () => {
    expect(parseQuery('   ').kind).toBe('all');
  });

  it('resolves exact numbers, prefixes and classes before any fuzzy search', () => {
    expect(codesOf('404')).toEqual([404]);
    expect(codesOf('40')).toEqual([400, 404, 409]);
    expect(codesOf('4')).toEqual([400, 404, 409, 410, 499]);
    expect(codesOf('4xx')).toEqual([400, 404, 409, 410, 499]);
    expect(codesOf('5XX')).toEqual([500, 503]);
    expect(codesOf('1**')).toEqual([100, 199]);
  });

  it('reads 0, 000 and browser network errors as "no response"', () => {
    expect(codesOf('0')).toEqual([0]);
    expect(codesOf('000')).toEqual([0]);
    expect(codesOf('net::ERR_CONNECTION_REFUSED')).toEqual([0]);
    expect(codesOf('NS_ERROR_UNKNOWN_HOST')).toEqual([0]);
  });

  it.each([
    ['HTTP/1.1 503 Service Unavailable', [503], 'Service Unavailable'],
    ['status=429', [429], ''],
    ['code: 404', [404], ''],
    ['"status": 401', [401], ''],
    ['GET /api/users 499', [499], 'GET api users'],
    ['upstream 502 then 504', [502, 504], 'upstream then'],
  ])('finds the code in the log line %s', (query, codes, text) => {
    expect(parseQuery(query)).toEqual({ kind: 'text', codes, text });
  });

  it('does not take parts of IP addresses, versions or longer numbers for codes', () => {
    for (const query of ['10.0.0.200 refused', 'version 1.404', 'order 14045 failed']) {
      const parsed = parseQuery(query);
      expect(parsed.kind === 'text' && parsed.codes).toEqual([]);
    }
  });

  it('keeps words as words', () => {
    expect(parseQuery('rate limit')).toEqual({ kind: 'text', codes: [], text: 'rate limit' });
  });
});

import { describe, expect, it } from 'vitest';
import { idOf } from '../../../utils/lookup';
import { askedRows, nothingQueries } from './asked';
import { passesAsked, searcher, topIds } from './score';

const tuned = askedRows.filter((row) => row.part === 'tuned');

describe('the asked table (tuned part)', () => {
  it('finds something for every query with a meaningful word', () => {
    const empty = askedRows.filter((row) => searcher.search(row.query).length === 0);
    expect(empty.map((row) => row.query)).toEqual([]);
  });

  it('has an entry that satisfies the asker in the top three for at least 97% of the rows', () => {
    const failed = tuned.filter((row) => !passesAsked(row));
    console.info(
      `asked, tuned part: ${tuned.length - failed.length}/${tuned.length}; failed: ${failed
        .map((row) => `"${row.query.slice(0, 60)}" → ${row.ids} (got ${topIds(row.query)})`)
        .join('; ')}`,
    );
    expect((tuned.length - failed.length) / tuned.length).toBeGreaterThanOrEqual(0.97);
  });
});

describe('the asked table (set-aside part)', () => {
  it('has an entry that satisfies the asker in the top three for at least 95% of the rows', () => {
    // Measured, never tuned to: these rows were set aside before the search was changed.
    const aside = askedRows.filter((row) => row.part === 'aside');
    const passed = aside.filter(passesAsked).length;
    console.info(`asked, set-aside part: ${passed}/${aside.length}`);
    expect(passed / aside.length).toBeGreaterThanOrEqual(0.95);
  });
});

describe('queries that must find nothing', () => {
  it.each(nothingQueries)('"%s" finds nothing', (query) => {
    expect(searcher.search(query).map(idOf)).toEqual([]);
  });
});

describe('numbers that two things share', () => {
  it('"cloudflare 1006" is Cloudflare’s access denied (403); "websocket 1006" is not', () => {
    expect(topIds('cloudflare 1006', 1)).toEqual(['403']);
    expect(topIds('Error 1020 Access denied', 1)).toEqual(['403']);
    expect(topIds('error code: 1015', 1)).toEqual(['429']);
    expect(topIds('websocket 1006')).not.toContain('403');
  });
});

describe('less noise from short words', () => {
  it('matches words under five letters exactly or as a beginning, never fuzzily', () => {
    for (const word of ['dns', 'wifi', 'tls', 'cors']) {
      // Other families' codes that hold the word itself ("TLS handshake") follow HTTP's.
      const found = searcher.search(word).filter((entry) => entry.origin.kind !== 'protocol');
      expect(found.length, word).toBeGreaterThan(0);
      expect(found.length, word).toBeLessThanOrEqual(12);
    }
    expect(searcher.search('wifi').map(idOf)).toEqual(['511']);
  });

  it('still forgives typos in longer words and names', () => {
    expect(topIds('unauthorised', 1)).toEqual(['401']);
    expect(topIds('forbiden', 1)).toEqual(['403']);
    expect(topIds('gatway timeout', 1)).toEqual(['504']);
  });
});

describe('bounded work', () => {
  it('answers a 5 KB paste, and a 200 KB one, with the same kind of answer', () => {
    const line =
      '2024/11/08 07:29:32 [error] 50#50: *101493 upstream sent too big header while reading response header from upstream, client: 172.26.134.5, server: _, request: "GET /oauth2/callback HTTP/2.0"\n';
    const five = line.repeat(Math.ceil(5000 / line.length));
    expect(topIds(five, 1)).toEqual(['502']);
    expect(topIds(five.repeat(40), 1)).toEqual(['502']);
  });
});

describe('hostile text', () => {
  it('reads words named like object properties as words', () => {
    for (const query of ['constructor', '__proto__', 'toString hasOwnProperty', 'prototype']) {
      expect(() => searcher.search(query)).not.toThrow();
    }
  });
});

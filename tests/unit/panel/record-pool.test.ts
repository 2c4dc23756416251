// The record pool: what repeats from one request to the next is kept once, and nothing changes
// in what a record says. The store shares through it, and lets go of it on Clear.
import { describe, expect, it } from 'vitest';
import {
  createRecordPool,
  cut,
  HEADER_VALUE_MAX,
  normalizeEntry,
  type RequestRecord,
} from '../../../utils/har/record';
import { createRequestStore } from '../../../utils/requests/store';
import { createGenerator } from '../../bench/har-generator';
import { entry, record } from './builders';

const COOKIE = `session=${'x'.repeat(3000)}; prefs=${'y'.repeat(1000)}`;
const ua = { name: 'user-agent', value: 'Mozilla/5.0 (X11; Linux x86_64) Chrome/156.0.0.0' };

function fresh(options: Parameters<typeof entry>[0] = {}, id = 1): RequestRecord {
  // structuredClone: each record gets strings of its own, as DevTools' messages bring them.
  const made = normalizeEntry(structuredClone(entry(options)), id);
  if (!made) throw new Error('unusable entry');
  return made;
}

describe('the record pool', () => {
  it('changes nothing a record says', () => {
    const generator = createGenerator({ seed: 3 });
    const pool = createRecordPool();
    for (let i = 0; i < 500; i++) {
      const raw = structuredClone(generator.entry());
      const plain = normalizeEntry(raw, i);
      const shared = pool.share(normalizeEntry(raw, i) as RequestRecord);
      expect(shared).toEqual(plain);
    }
  });

  it('shares header lines that repeat, the 4 KB cookie jar included, and freezes them', () => {
    const pool = createRecordPool();
    const headers = [ua, { name: 'cookie', value: COOKIE }];
    const first = pool.share(fresh({ url: 'https://a.example/1', requestHeaders: headers }));
    const second = pool.share(fresh({ url: 'https://a.example/2', requestHeaders: headers }));
    expect(second.requestHeaders[0]).toBe(first.requestHeaders[0]);
    expect(second.requestHeaders[1]).toBe(first.requestHeaders[1]);
    expect(Object.isFrozen(second.requestHeaders[1])).toBe(true);
    // From another origin, in another order: still the same lines.
    const third = pool.share(
      fresh({ url: 'https://b.example/3', requestHeaders: [...headers].reverse() }),
    );
    expect(third.requestHeaders[1]).toBe(first.requestHeaders[0]);
    expect(third.requestHeaders[0]).toBe(first.requestHeaders[1]);
  });

  it('keeps a few values per name, so that two sites’ cookie jars both stay shared', () => {
    const pool = createRecordPool();
    const jar = (site: string) => [{ name: 'cookie', value: `${site}=${'z'.repeat(2000)}` }];
    const a1 = pool.share(fresh({ url: 'https://a.example/', requestHeaders: jar('a') }));
    const b1 = pool.share(fresh({ url: 'https://b.example/', requestHeaders: jar('b') }));
    const a2 = pool.share(fresh({ url: 'https://a.example/x', requestHeaders: jar('a') }));
    const b2 = pool.share(fresh({ url: 'https://b.example/x', requestHeaders: jar('b') }));
    expect(a2.requestHeaders[0]).toBe(a1.requestHeaders[0]);
    expect(b2.requestHeaders[0]).toBe(b1.requestHeaders[0]);
  });

  it('stops keeping the values of a header that never repeats, and still shares its name', () => {
    const pool = createRecordPool();
    const records = Array.from({ length: 200 }, (_, i) =>
      pool.share(
        fresh({
          url: `https://a.example/${i}`,
          responseHeaders: [{ name: 'x-request-id', value: `id-${i}` }],
        }),
      ),
    );
    const lines = records.map((r) => r.responseHeaders[0]);
    expect(new Set(lines).size).toBe(200);
    expect(lines.map((line) => line?.value)).toEqual(records.map((_, i) => `id-${i}`));
    expect(Object.isFrozen(lines.at(-1))).toBe(false);
  });

  it('shares short strings: methods, types, addresses', () => {
    const pool = createRecordPool();
    const one = pool.share(fresh({ mimeType: 'application/json', resourceType: 'fetch' }));
    const two = pool.share(fresh({ mimeType: 'application/json', resourceType: 'fetch' }));
    expect(two).toEqual(one);
    expect(two.headersOmitted).toBe(one.headersOmitted);
  });

  it('tells cut values apart by their original length', () => {
    const pool = createRecordPool();
    const huge = (length: number) => [{ name: 'x-huge', value: 'h'.repeat(length) }];
    const one = pool.share(fresh({ responseHeaders: huge(10_000) }));
    const two = pool.share(fresh({ url: 'https://b.example/', responseHeaders: huge(10_000) }));
    const three = pool.share(fresh({ url: 'https://c.example/', responseHeaders: huge(20_000) }));
    expect(two.responseHeaders[0]).toBe(one.responseHeaders[0]);
    expect(three.responseHeaders[0]?.originalLength).toBe(20_000);
    expect(three.responseHeaders[0]?.value).toBe(one.responseHeaders[0]?.value);
  });
});

describe('the store shares through a pool', () => {
  it('keeps repeated lines once, and starts a new pool on Clear', () => {
    const store = createRequestStore();
    const headers = [ua, { name: 'cookie', value: COOKIE }];
    store.add(fresh({ url: 'https://a.example/1', requestHeaders: headers }));
    store.add(fresh({ url: 'https://a.example/2', requestHeaders: headers }));
    const [first, second] = store.snapshot().records;
    expect(second?.requestHeaders[1]).toBe(first?.requestHeaders[1]);
    store.clear();
    store.add(fresh({ url: 'https://a.example/3', requestHeaders: headers }));
    const [third] = store.snapshot().records;
    expect(third?.requestHeaders[1]).toEqual(first?.requestHeaders[1]);
    expect(third?.requestHeaders[1]).not.toBe(first?.requestHeaders[1]);
  });

  it('takes records that another store already shared', () => {
    const one = createRequestStore();
    const two = createRequestStore();
    const shared = record({ requestHeaders: [ua] });
    one.add(shared);
    expect(() => two.add(shared)).not.toThrow();
    expect(two.snapshot().records[0]?.requestHeaders).toEqual([ua]);
  });
});

describe('cut', () => {
  it('gives the prefix exactly, lone surrogates and all', () => {
    const text = `${'a'.repeat(2047)}😀${'b'.repeat(3000)}`;
    expect(cut(text, HEADER_VALUE_MAX)).toBe(text.slice(0, HEADER_VALUE_MAX));
    expect(cut(text, HEADER_VALUE_MAX)).toHaveLength(HEADER_VALUE_MAX);
    expect(cut('abc', 3)).toBe('abc');
  });
});

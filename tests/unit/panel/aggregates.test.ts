// The list's aggregates (class counts, failure summary) follow the store's snapshots at the cost
// of the change, and always equal a count from scratch: through arrivals, the cap, new pages,
// Preserve log, Clear, and lists that come from elsewhere.
import { describe, expect, it } from 'vitest';
import type { RequestRecord } from '../../../utils/har/record';
import { countTones, type ToneCounts } from '../../../utils/requests/filter';
import { continuationOf, createRequestStore } from '../../../utils/requests/store';
import { incremental, type Summary, summarize } from '../../../utils/requests/summary';
import { seededRandom } from '../../bench/har-generator';
import { record } from './builders';

const STATUSES = [200, 200, 200, 204, 301, 304, 404, 404, 429, 500, 503, 0, 999];

function fromScratch(records: readonly RequestRecord[]): { counts: ToneCounts; summary: Summary } {
  // A copy is a list no store made: the aggregates count it whole.
  return { counts: countTones([...records]), summary: summarize([...records]) };
}

describe('the aggregates of the list', () => {
  it('equal a count from scratch through arrivals, the cap, pages, Preserve log and Clear', () => {
    const random = seededRandom(7);
    const store = createRequestStore({ cap: 40 });
    let page = 0;
    for (let step = 0; step < 2000; step++) {
      const roll = random();
      if (roll < 0.02) store.clear();
      else if (roll < 0.04) store.setPreserveLog(!store.snapshot().preserveLog);
      else if (roll < 0.08) {
        page += 1;
        const url = `https://a.example/page-${page}`;
        store.navigated(url);
        store.add(record({ url, resourceType: 'document', status: 200 }));
      } else {
        const status = STATUSES[Math.floor(random() * STATUSES.length)] ?? 200;
        store.add(record({ status, error: status === 0 ? 'net::ERR_FAILED' : '' }));
      }
      if (random() < 0.5) {
        const { records } = store.snapshot();
        const expected = fromScratch(records);
        expect(countTones(records)).toEqual(expected.counts);
        expect(summarize(records)).toEqual(expected.summary);
      }
    }
  });

  it('count a list that only looks like the previous one from scratch', () => {
    const a = record({ status: 404 });
    const b = record({ status: 500 });
    const c = record({ status: 200 });
    expect(countTones([a, b, c])['5xx']).toBe(1);
    expect(countTones([a, c, c])['5xx']).toBe(0);
    expect(summarize([a, b, c]).failed).toBe(2);
    expect(summarize([a, c, c]).failed).toBe(1);
  });

  it('look only at what changed between two snapshots of one store', () => {
    const seen: number[] = [];
    const count = incremental(() => ({
      add: (r: RequestRecord) => void seen.push(r.id),
      remove: () => {},
      result: (total: number) => total,
    }));
    const store = createRequestStore({ cap: 1000 });
    for (let i = 0; i < 500; i++) store.add(record());
    expect(count(store.snapshot().records)).toBe(500);
    seen.length = 0;
    store.add(record());
    store.add(record());
    expect(count(store.snapshot().records)).toBe(502);
    expect(seen).toHaveLength(2);
  });
});

describe('continuationOf', () => {
  it('says how one snapshot continues another of the same store', () => {
    const store = createRequestStore({ cap: 3 });
    store.add(record());
    const first = store.snapshot().records;
    store.add(record());
    store.add(record());
    store.add(record());
    const second = store.snapshot().records;
    expect(continuationOf(first, second)).toEqual({ dropped: 1, added: 3 });
    expect(continuationOf(second, second)).toEqual({ dropped: 0, added: 0 });
  });

  it('knows nothing across Clear, a new page, another store or a plain array', () => {
    const store = createRequestStore();
    store.add(record());
    const before = store.snapshot().records;
    store.clear();
    store.add(record());
    expect(continuationOf(before, store.snapshot().records)).toBeNull();

    const paged = createRequestStore();
    paged.add(record({ url: 'https://a.example/one' }));
    const onFirstPage = paged.snapshot().records;
    paged.navigated('https://a.example/two');
    paged.add(record({ url: 'https://a.example/two', resourceType: 'document' }));
    expect(continuationOf(onFirstPage, paged.snapshot().records)).toBeNull();

    expect(continuationOf(before, onFirstPage)).toBeNull();
    expect(continuationOf([...onFirstPage], onFirstPage)).toBeNull();
  });
});

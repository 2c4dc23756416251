// The list's aggregates (class counts, failure summary) follow the store's snapshots at the cost
// of the change, and always equal a count from scratch: through arrivals, the cap, new pages,
// Preserve log, Clear, application failures found later (markApp), and lists from elsewhere.
import { describe, expect, it } from 'vitest';
import type { AppFailure } from '../../../utils/app-failure/types';
import type { RequestRecord } from '../../../utils/har/record';
import { countTones, createToneCounter, type ToneCounts } from '../../../utils/requests/filter';
import { continuationOf, createRequestStore } from '../../../utils/requests/store';
import {
  createSummarizer,
  incremental,
  type Summary,
  summarize,
} from '../../../utils/requests/summary';
import { seededRandom } from '../../bench/har-generator';
import { record } from './builders';

const STATUSES = [200, 200, 200, 204, 301, 304, 404, 404, 429, 500, 503, 0, 999];

function fromScratch(records: readonly RequestRecord[]): { counts: ToneCounts; summary: Summary } {
  // New counters, never given a list before: they count this one whole.
  return { counts: createToneCounter()(records), summary: createSummarizer()(records) };
}

const failure = (code: string): AppFailure => ({
  protocol: 'graphql',
  code,
  errors: [{ message: 'no', code, path: '' }],
  errorCount: 1,
  partial: false,
  where: 'body',
});

describe('the aggregates of the list', () => {
  it('equal a count from scratch through arrivals, the cap, pages, Preserve log and Clear', () => {
    const random = seededRandom(7);
    const store = createRequestStore({ cap: 40 });
    const liveCounts = createToneCounter();
    const liveSummary = createSummarizer();
    let page = 0;
    let lastId = 0;
    let marked = 0;
    for (let step = 0; step < 4000; step++) {
      const roll = random();
      if (roll < 0.02) store.clear();
      else if (roll < 0.12) {
        // Bodies read late, out of order: some records listed, some dropped or of a past page.
        const found = Array.from({ length: 1 + Math.floor(random() * 3) }, () => ({
          id: Math.max(1, lastId - Math.floor(random() * 60)),
          failure: failure(random() < 0.5 ? 'UNAUTHENTICATED' : 'BAD_USER_INPUT'),
        }));
        marked += store.markApp(found);
      } else if (roll < 0.04) store.setPreserveLog(!store.snapshot().preserveLog);
      else if (roll < 0.08) {
        page += 1;
        const url = `https://a.example/page-${page}`;
        store.navigated(url);
        const added = record({ url, resourceType: 'document', status: 200 });
        lastId = added.id;
        store.add(added);
      } else {
        const status = STATUSES[Math.floor(random() * STATUSES.length)] ?? 200;
        const added = record({ status, error: status === 0 ? 'net::ERR_FAILED' : '' });
        lastId = added.id;
        store.add(added);
      }
      if (random() < 0.5) {
        const { records } = store.snapshot();
        const expected = fromScratch(records);
        expect(liveCounts(records)).toEqual(expected.counts);
        expect(liveSummary(records)).toEqual(expected.summary);
      }
    }
    // The walk did mark records that the aggregates had already counted.
    expect(marked).toBeGreaterThan(50);
  });

  it('move a record marked late into its application group, in time order', () => {
    const store = createRequestStore();
    const live = createSummarizer();
    const records = Array.from({ length: 6 }, (_, i) =>
      record({
        url: 'https://api.example/graphql',
        method: 'POST',
        status: 200,
        started: `2026-11-27T10:00:0${i}.000Z`,
      }),
    );
    for (const r of records) store.add(r);
    expect(live(store.snapshot().records).failed).toBe(0);
    // The fifth body answers first, then the second.
    const second = records[1] as RequestRecord;
    const fifth = records[4] as RequestRecord;
    store.markApp([{ id: fifth.id, failure: failure('UNAUTHENTICATED') }]);
    store.markApp([{ id: second.id, failure: failure('UNAUTHENTICATED') }]);
    const summary = live(store.snapshot().records);
    expect(summary).toEqual(fromScratch(store.snapshot().records).summary);
    expect(summary.failed).toBe(2);
    expect(summary.app).toBe(2);
    const [group] = summary.groups;
    expect(group?.count).toBe(2);
    expect(group?.firstMs).toBe(second.startedMs);
    expect(group?.latest).toBe(fifth);
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
    expect(continuationOf(first, second)).toEqual({ dropped: 1, added: 3, marked: [] });
    expect(continuationOf(second, second)).toEqual({ dropped: 0, added: 0, marked: [] });
  });

  it('names the records changed in place in between, and gives up when too many were', () => {
    const store = createRequestStore();
    for (let i = 0; i < 5000; i++) store.add(record());
    const first = store.snapshot().records;
    const [a, b] = [first[10], first[20]] as [RequestRecord, RequestRecord];
    store.markApp([{ id: b.id, failure: failure('X') }]);
    store.markApp([{ id: a.id, failure: failure('Y') }]);
    const second = store.snapshot().records;
    expect(continuationOf(first, second)).toEqual({ dropped: 0, added: 0, marked: [b, a] });
    store.markApp(first.slice(100, 4500).map((r) => ({ id: r.id, failure: failure('Z') })));
    // The log keeps the latest changes only: the second snapshot is too old to be followed.
    expect(continuationOf(second, store.snapshot().records)).toBeNull();
    expect(summarize(store.snapshot().records).app).toBe(4402);
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

import { describe, expect, it } from 'vitest';
import { normalizeEntry, type RequestRecord } from '../../../utils/har/record';
import { connectSource } from '../../../utils/requests/connect';
import {
  createRequestStore,
  DEFAULT_CAP,
  DEFAULT_HANDLE_LIMIT,
} from '../../../utils/requests/store';
import { fixture, record } from './builders';
import { fakeSource } from './fake-source';

const urls = (records: readonly RequestRecord[]) => records.map((r) => new URL(r.url).pathname);

describe('the request store', () => {
  it('adds newest last and notifies', () => {
    const store = createRequestStore();
    let calls = 0;
    store.subscribe(() => {
      calls += 1;
    });
    store.add(record({ url: 'https://a.example/one' }));
    store.add(record({ url: 'https://a.example/two' }));
    expect(urls(store.snapshot().records)).toEqual(['/one', '/two']);
    expect(calls).toBe(2);
  });

  it('keeps snapshots immutable and cached until something changes', () => {
    const store = createRequestStore();
    store.add(record());
    const first = store.snapshot();
    expect(store.snapshot()).toBe(first);
    store.add(record());
    expect(first.records).toHaveLength(1);
    expect(store.snapshot().records).toHaveLength(2);
  });

  it('is capped: the oldest are dropped and counted', () => {
    const store = createRequestStore({ cap: 3 });
    for (let i = 1; i <= 5; i++) store.add(record({ url: `https://a.example/${i}` }));
    const { records, dropped, cap } = store.snapshot();
    expect(urls(records)).toEqual(['/3', '/4', '/5']);
    expect(dropped).toBe(2);
    expect(cap).toBe(3);
  });

  it('holds 50,000 by default and stays fast past the cap', () => {
    const store = createRequestStore();
    expect(DEFAULT_CAP).toBe(50_000);
    const started = performance.now();
    for (let i = 0; i < DEFAULT_CAP + 10_000; i++) store.add(record());
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(store.snapshot().records).toHaveLength(50_000);
    expect(store.snapshot().dropped).toBe(10_000);
  });

  it('forgets the selection when the selected request is dropped', () => {
    const store = createRequestStore({ cap: 2 });
    const first = record();
    store.add(first);
    store.select(first.id);
    expect(store.snapshot().selectedId).toBe(first.id);
    store.add(record());
    store.add(record());
    expect(store.snapshot().selectedId).toBeNull();
  });

  it('keeps request handles only for the newest entries', () => {
    const store = createRequestStore<string>({ handleLimit: 2 });
    const made = [record(), record(), record()];
    for (const one of made) store.add(one, `handle ${one.id}`);
    expect(store.handleOf(made[0]?.id ?? -1)).toBeUndefined();
    expect(store.handleOf(made[1]?.id ?? -1)).toBe(`handle ${made[1]?.id}`);
    expect(store.handleOf(made[2]?.id ?? -1)).toBe(`handle ${made[2]?.id}`);
    expect(DEFAULT_HANDLE_LIMIT).toBe(300);
  });

  it('clears everything, the dropped count and the handles too', () => {
    const store = createRequestStore<string>({ cap: 1 });
    const one = record();
    store.add(record());
    store.add(one, 'h');
    store.select(one.id);
    store.clear();
    expect(store.snapshot()).toMatchObject({ records: [], dropped: 0, selectedId: null });
    expect(store.handleOf(one.id)).toBeUndefined();
  });
});

describe('page boundaries', () => {
  const at = (seconds: number) => new Date(Date.UTC(2026, 10, 27, 10, 0, seconds)).toISOString();
  const page = (path: string, seconds: number, extra = {}) =>
    record({
      url: `https://shop.example${path}`,
      resourceType: 'document',
      started: at(seconds),
      ...extra,
    });
  const fetchAt = (path: string, seconds: number) =>
    record({ url: `https://shop.example${path}`, started: at(seconds) });

  it('starts a new list on a new page load, keeping the redirect hops that led to it', () => {
    const store = createRequestStore();
    store.add(page('/', 0));
    store.add(fetchAt('/api/old', 1));
    store.navigated('https://shop.example/login');
    store.add(page('/account', 2, { status: 302, redirectURL: '/login' }));
    store.add(fetchAt('/api/late-from-old-page', 1.5));
    store.add(page('/login', 3));
    store.add(fetchAt('/api/new', 4));
    expect(urls(store.snapshot().records)).toEqual(['/account', '/login', '/api/new']);
  });

  it('keeps the new page’s requests that finished before its document did', () => {
    const store = createRequestStore();
    store.add(page('/', 0));
    store.navigated('https://shop.example/next');
    store.add(fetchAt('/next.js', 6));
    store.add(page('/next', 5));
    expect(urls(store.snapshot().records)).toEqual(['/next.js', '/next']);
  });

  it('handles a document that finished before the navigation was reported', () => {
    const store = createRequestStore();
    store.add(fetchAt('/api/old', 1));
    store.add(page('/next', 5));
    store.navigated('https://shop.example/next#top');
    expect(urls(store.snapshot().records)).toEqual(['/next']);
  });

  it('does not clear on a single-page app route change (no document load)', () => {
    const store = createRequestStore();
    store.add(page('/', 0));
    store.add(fetchAt('/api/orders', 1));
    store.navigated('https://shop.example/app/orders');
    store.add(fetchAt('/api/orders/7', 2));
    store.navigated('https://shop.example/');
    expect(urls(store.snapshot().records)).toEqual(['/', '/api/orders', '/api/orders/7']);
  });

  it('keeps everything while Preserve log is on', () => {
    const store = createRequestStore({ preserveLog: true });
    store.add(page('/', 0));
    store.navigated('https://shop.example/next');
    store.add(page('/next', 5));
    expect(urls(store.snapshot().records)).toEqual(['/', '/next']);
    expect(store.snapshot().preserveLog).toBe(true);
    store.setPreserveLog(false);
    store.navigated('https://shop.example/');
    store.add(page('/', 9));
    expect(urls(store.snapshot().records)).toEqual(['/']);
  });

  it('recognises a document without _resourceType by its HTML response', () => {
    const store = createRequestStore();
    store.add(fetchAt('/api/old', 1));
    store.navigated('https://shop.example/next');
    store.add(
      record({
        url: 'https://shop.example/next',
        resourceType: '',
        mimeType: 'text/html',
        started: at(5),
      }),
    );
    expect(urls(store.snapshot().records)).toEqual(['/next']);
  });
});

describe('a recorded Chromium session played through the store', () => {
  const session = fixture('demo-session.live.har');

  function play(preserveLog: boolean) {
    const fake = fakeSource();
    const store = createRequestStore({ preserveLog });
    const connection = connectSource(fake.source, store);
    return connection.history.then(() => {
      fake.play(session);
      connection.flush();
      return store.snapshot().records;
    });
  }

  it('the session really has a route change and a new page', () => {
    const navigations = (session.log._navigations ?? []).map((n) => new URL(n.url).pathname);
    expect(navigations).toEqual(['/', '/app/orders', '/second']);
  });

  it('without Preserve log: the route change keeps the list, the new page starts a new one', async () => {
    const records = await play(false);
    expect(urls(records)).toEqual(['/second', '/api/users/42', '/h2/ok', '/h2/missing']);
  });

  it('with Preserve log: every request stays', async () => {
    const records = await play(true);
    expect(records).toHaveLength(session.log.entries.length);
  });

  it('after the route change alone, the first page’s requests are all still there', async () => {
    const fake = fakeSource();
    const store = createRequestStore();
    const connection = connectSource(fake.source, store);
    await connection.history;
    const entries = session.log.entries;
    const firstPage = entries.filter(
      (e) => !e.request.url.includes('second') && !e.request.url.includes('h2'),
    );
    for (const [index, entry] of firstPage.entries()) {
      if (index === 0) fake.navigated(new URL('/', entry.request.url).href);
      fake.request(entry);
    }
    fake.navigated(new URL('/app/orders?run=load', entries[0]?.request.url).href);
    connection.flush();
    expect(store.snapshot().records).toHaveLength(firstPage.length);
    expect(normalizeEntry(firstPage[0], 1)).not.toBeNull();
  });
});

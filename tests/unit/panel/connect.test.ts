import { describe, expect, it, vi } from 'vitest';
import { connectSource } from '../../../utils/requests/connect';
import { createRequestStore } from '../../../utils/requests/store';
import { entry, fixture } from './builders';
import { type FakeHandle, fakeSource } from './fake-source';

describe('connecting a source to the store', () => {
  it('lists what happened before the panel opened, then what finishes after', async () => {
    const history = fixture('demo-load.har').log.entries;
    const fake = fakeSource({ history });
    const store = createRequestStore<FakeHandle>();
    const connection = connectSource(fake.source, store);
    expect(await connection.history).toEqual({
      count: 31,
      skipped: 0,
      pending: 0,
      overflow: 0,
      error: '',
    });
    fake.request(entry({ url: 'https://a.example/after', status: 404 }));
    connection.flush();
    const records = store.snapshot().records;
    expect(records).toHaveLength(32);
    expect(records.at(-1)?.url).toBe('https://a.example/after');
    expect(new Set(records.map((r) => r.id)).size).toBe(32);
  });

  it('holds live requests back until the history is in, without duplicates', async () => {
    const fake = fakeSource({ manual: true });
    const store = createRequestStore<FakeHandle>();
    const connection = connectSource(fake.source, store);
    const both = entry({ url: 'https://a.example/both', started: '2026-11-27T10:00:01.000Z' });
    const live = entry({ url: 'https://a.example/live', started: '2026-11-27T10:00:02.000Z' });
    fake.request(both);
    fake.request(live);
    expect(store.snapshot().records).toHaveLength(0);
    fake.answerHistory([entry({ url: 'https://a.example/old' }), both]);
    await connection.history;
    expect(store.snapshot().records.map((r) => new URL(r.url).pathname)).toEqual([
      '/old',
      '/both',
      '/live',
    ]);
  });

  it('keeps a handle for live requests', async () => {
    const fake = fakeSource();
    const store = createRequestStore<FakeHandle>();
    const connection = connectSource(fake.source, store);
    await connection.history;
    fake.request(entry(), '{"title":"Not Found"}');
    connection.flush();
    const id = store.snapshot().records[0]?.id ?? -1;
    expect(store.handleOf(id)).toEqual({ body: '{"title":"Not Found"}' });
  });

  it('still lists live requests when the history fails, and says why', async () => {
    const fake = fakeSource({ manual: true });
    const store = createRequestStore<FakeHandle>();
    const connection = connectSource(fake.source, store);
    fake.request(entry());
    fake.failHistory(new Error('DevTools is busy'));
    expect(await connection.history).toEqual({
      count: 0,
      skipped: 0,
      pending: 0,
      overflow: 0,
      error: 'DevTools is busy',
    });
    expect(store.snapshot().records).toHaveLength(1);
  });

  it('leaves requests still in flight to their own finished event', async () => {
    // What Chromium's getHAR lists for a request in flight (recorded from Chromium 156).
    const inFlight = entry({ url: 'https://a.example/slow', status: 0, time: 0 });
    const fake = fakeSource({ history: [entry(), inFlight] });
    const store = createRequestStore<FakeHandle>();
    const connection = connectSource(fake.source, store);
    expect(await connection.history).toMatchObject({ count: 1 });
    fake.request(entry({ url: 'https://a.example/slow', status: 200 }));
    connection.flush();
    expect(store.snapshot().records.map((r) => r.status)).toEqual([200, 200]);
  });

  it('adds live events in batches, in order: after a short wait, or at once when many wait', async () => {
    vi.useFakeTimers();
    try {
      const fake = fakeSource();
      const store = createRequestStore<FakeHandle>();
      const connection = connectSource(fake.source, store, { batchDelay: 8, batchMax: 3 });
      await connection.history;
      const seen: string[] = [];
      store.subscribe(() => seen.push(String(store.snapshot().records.length)));
      fake.request(entry({ url: 'https://a.example/one' }));
      fake.navigated('https://a.example/elsewhere');
      expect(store.snapshot().records).toHaveLength(0);
      vi.advanceTimersByTime(7);
      expect(store.snapshot().records).toHaveLength(0);
      vi.advanceTimersByTime(1);
      expect(store.snapshot().records.map((r) => new URL(r.url).pathname)).toEqual(['/one']);
      // Three waiting: added at once, without the wait.
      for (const path of ['/a', '/b', '/c'])
        fake.request(entry({ url: `https://a.example${path}` }));
      expect(store.snapshot().records.map((r) => new URL(r.url).pathname)).toEqual([
        '/one',
        '/a',
        '/b',
        '/c',
      ]);
      expect(seen.length).toBeGreaterThan(0);
      // Disconnecting drops a batch still waiting.
      fake.request(entry({ url: 'https://a.example/late' }));
      connection.disconnect();
      vi.advanceTimersByTime(100);
      expect(store.snapshot().records).toHaveLength(4);
    } finally {
      vi.useRealTimers();
    }
  });

  it('skips unusable entries and stops on disconnect', async () => {
    const fake = fakeSource({ history: [entry(), { nonsense: true }] });
    const store = createRequestStore<FakeHandle>();
    const connection = connectSource(fake.source, store);
    expect(await connection.history).toMatchObject({ count: 1, skipped: 1 });
    expect(fake.listening).toBe(true);
    connection.disconnect();
    expect(fake.listening).toBe(false);
  });
});

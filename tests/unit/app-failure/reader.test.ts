// The live panel's body reader (utils/requests/app-reader.ts) wired through connectSource into
// a store: only candidates are read, at most `concurrency` at a time; a failure lands on its own
// row once, aggregates follow it; a body the browser dropped, a read that finishes after the
// page changed or after the panel started over, lands nowhere.
import { describe, expect, it, vi } from 'vitest';
import { createAppReader, type RawBody } from '../../../utils/requests/app-reader';
import { connectSource } from '../../../utils/requests/connect';
import type { NetworkSource, SourceEvents } from '../../../utils/requests/source';
import { createRequestStore } from '../../../utils/requests/store';
import { summarize } from '../../../utils/requests/summary';
import { entry } from '../panel/builders';
import { GRAPHQL_POST, recordOf } from './build';

const ERRORS = '{"errors":[{"message":"no","extensions":{"code":"FORBIDDEN"}}],"data":null}';

/** A source whose bodies are answered by hand: `answer(i, body)` resolves the i-th read. */
function manualSource() {
  let events: SourceEvents<number> | null = null;
  const reads: { handle: number; resolve(body: RawBody | null): void }[] = [];
  const source: NetworkSource<number> = {
    history: () => Promise.resolve([]),
    subscribe(e) {
      events = e;
      return () => {
        events = null;
      };
    },
    readBody: () => Promise.resolve({ kind: 'empty' }),
    readRaw: (handle) => new Promise((resolve) => reads.push({ handle, resolve })),
    reload() {},
    exportLog: () => Promise.resolve({ har: {}, bodiesLeftOut: 0 }),
  };
  return {
    source,
    reads,
    send(made: unknown, handle: number) {
      events?.request({ entry: made, handle });
    },
  };
}

/** A store fed through connectSource from a manual source, its history already read. */
async function connected() {
  const manual = manualSource();
  const store = createRequestStore<number>();
  const connection = connectSource(manual.source, store, { batchDelay: 0 });
  await connection.history;
  return { ...manual, store, connection };
}

const settle = async () => {
  for (let i = 0; i < 5; i++) await Promise.resolve();
};

describe('reading bodies for application failures', () => {
  it('reads only candidates, and lands a failure on its own row, counted as failed', async () => {
    vi.useFakeTimers();
    try {
      const { reads, send, store, connection } = await connected();
      send(entry({ url: 'https://a.example/api/plain' }), 1);
      send(entry({ ...GRAPHQL_POST, started: '2026-11-27T10:00:01.000Z' }), 2);
      connection.flush();
      expect(reads.map((read) => read.handle)).toEqual([2]);
      expect(summarize(store.snapshot().records)).toMatchObject({ failed: 0 });
      reads[0]?.resolve({ text: ERRORS, encoding: '' });
      await settle();
      vi.advanceTimersByTime(1100);
      const records = store.snapshot().records;
      expect(records.map((r) => r.app?.code ?? '')).toEqual(['', 'FORBIDDEN']);
      expect(summarize(records)).toMatchObject({ failed: 1, app: 1 });
      connection.disconnect();
    } finally {
      vi.useRealTimers();
    }
  });

  it('never reads more than `concurrency` bodies at a time, and at most queueMax wait', async () => {
    const pending: ((body: RawBody | null) => void)[] = [];
    let peak = 0;
    let active = 0;
    const reader = createAppReader<number>({
      read: () => {
        active += 1;
        peak = Math.max(peak, active);
        return new Promise((resolve) =>
          pending.push((body) => {
            active -= 1;
            resolve(body);
          }),
        );
      },
      land: () => {},
      concurrency: 3,
      queueMax: 10,
    });
    for (let i = 0; i < 20; i++)
      reader.consider(recordOf(entry(GRAPHQL_POST)), entry(GRAPHQL_POST), i);
    expect(pending.length).toBe(3);
    while (pending.length > 0) {
      pending.shift()?.(null);
      await settle();
    }
    expect(peak).toBe(3);
    expect(reader.stats()).toMatchObject({ read: 13, unread: 13, skipped: 7, found: 0 });
  });

  it('says which requests it could not check: the oldest past queueMax, too large, unread', async () => {
    vi.useFakeTimers();
    try {
      const { reads, send, store, connection } = await connected();
      // 8 are read at once; 5,000 may wait: 5,010 candidates leave the 2 oldest waiting unread.
      for (let i = 0; i < 5010; i++) send(entry(GRAPHQL_POST), i);
      const large = entry(GRAPHQL_POST);
      large.response.content.size = 2 * 1024 * 1024;
      send(large, 9999);
      connection.flush();
      expect(reads).toHaveLength(8);
      expect(store.snapshot().appUnchecked).toBe(0);
      reads[0]?.resolve(null);
      await settle();
      vi.advanceTimersByTime(300);
      const snapshot = store.snapshot();
      // The 2 oldest waiting, the 2 MB body, and the body the browser did not hand over.
      expect(snapshot.appUnchecked).toBe(4);
      expect(snapshot.records).toHaveLength(5011);
      // A new page starts the count again.
      store.clear();
      expect(store.snapshot().appUnchecked).toBe(0);
      connection.disconnect();
    } finally {
      vi.useRealTimers();
    }
  });

  it('a body the browser dropped leaves the row as it was', async () => {
    const land = vi.fn();
    const reader = createAppReader<number>({
      read: () => Promise.resolve(null),
      land,
      landDelay: 0,
    });
    const record = recordOf(entry(GRAPHQL_POST));
    reader.consider(record, entry(GRAPHQL_POST), 1);
    await settle();
    await new Promise((done) => setTimeout(done, 5));
    // Nothing found: it lands only as a request that could not be checked.
    expect(land).toHaveBeenCalledWith([], [record.id]);
    expect(record.app).toBeUndefined();
    expect(reader.stats().unread).toBe(1);
  });

  it('a read that finishes after a new page, or after the panel started over, lands nowhere', async () => {
    vi.useFakeTimers();
    try {
      const { source, reads, send, store, connection } = await connected();
      send(entry(GRAPHQL_POST), 1);
      connection.flush();
      store.clear();
      send(entry({ url: 'https://a.example/next' }), 2);
      connection.flush();
      reads[0]?.resolve({ text: ERRORS, encoding: '' });
      await settle();
      vi.advanceTimersByTime(1100);
      expect(store.snapshot().records.map((r) => r.app)).toEqual([undefined]);

      // Started over: the new connection numbers from 1 again; the old reader lands nothing.
      send(entry(GRAPHQL_POST), 3);
      connection.flush();
      connection.disconnect();
      store.clear();
      const again = connectSource(source, store, { batchDelay: 0 });
      await again.history;
      send(entry({ url: 'https://a.example/plain' }), 4);
      again.flush();
      reads[1]?.resolve({ text: ERRORS, encoding: '' });
      await settle();
      vi.advanceTimersByTime(1100);
      expect(store.snapshot().records.map((r) => r.app)).toEqual([undefined]);
      again.disconnect();
    } finally {
      vi.useRealTimers();
    }
  });

  it('a gRPC status in the headers is set before the row is listed, with no read', async () => {
    const { reads, send, store, connection } = await connected();
    send(
      entry({
        url: 'https://a.example/a.B/C',
        mimeType: 'application/grpc-web+proto',
        responseHeaders: [{ name: 'grpc-status', value: '7' }],
      }),
      1,
    );
    connection.flush();
    expect(reads).toEqual([]);
    expect(summarize(store.snapshot().records)).toMatchObject({ failed: 1, app: 1 });
    connection.disconnect();
  });
});

import { describe, expect, it } from 'vitest';
import { connectSource } from '../../../utils/requests/connect';
import { requestKey } from '../../../utils/requests/pages';
import { createRequestStore } from '../../../utils/requests/store';
import { type EntryOptions, entry } from './builders';
import { type FakeHandle, fakeSource } from './fake-source';

/**
 * The page rule (utils/requests/pages.ts) over event sequences as Chromium 156's DevTools
 * reported them to an extension panel (onNavigated, onRequestFinished with `pageref` and
 * `_resourceType`), recorded with a small test site: each `seq` below follows one such
 * recording, in the order the events came. tests/e2e/panel-pages.e2e.ts replays the same cases
 * in real DevTools. Firefox-like sequences leave `pageref` out.
 */
const ORIGIN = 'http://127.0.0.1:4000';
let clock = Date.parse('2026-11-29T15:00:00.000Z');

type Req = { req: string; type?: string; page?: string; status?: number };
type Event = { nav: string } | Req;

function entryFor(e: Req) {
  clock += 10;
  const type = (e.type ?? 'fetch') as EntryOptions['resourceType'];
  return entry({
    url: `${ORIGIN}${e.req}`,
    status: e.status ?? 200,
    resourceType: type,
    mimeType: type === 'document' ? 'text/html' : 'application/json',
    started: new Date(clock).toISOString(),
    pageref: e.page,
    redirectURL: e.status === 302 ? '/b' : '',
  });
}

async function session(history: Event[], { preserveLog = false } = {}) {
  const fake = fakeSource({
    history: history.flatMap((e) => ('req' in e ? [entryFor(e)] : [])),
  });
  const store = createRequestStore<FakeHandle>({ preserveLog });
  const connection = connectSource(fake.source, store, { reconcileDelay: 0 });
  await connection.history;
  const paths = () => store.snapshot().records.map((r) => new URL(r.url).pathname);
  return {
    store,
    fake,
    paths,
    play(events: Event[]) {
      for (const e of events) {
        if ('nav' in e) fake.navigated(`${ORIGIN}${e.nav}`);
        else fake.request(entryFor(e));
      }
      connection.flush();
    },
    connection,
  };
}

const doc = (path: string, page?: string): Req => ({ req: path, type: 'document', page });
const api = (path: string, page?: string): Req => ({ req: path, page });

describe('page boundaries, Chromium (pageref on every entry)', () => {
  it('a reload of the page the panel opened on starts a new list, every time', async () => {
    const s = await session([doc('/a', 'page_1'), api('/api/x', 'page_1')]);
    expect(s.paths()).toEqual(['/a', '/api/x']);
    for (const page of ['page_2', 'page_3', 'page_4']) {
      s.play([{ nav: '/a' }, doc('/a', page), api('/api/x', page)]);
      expect(s.paths()).toEqual(['/a', '/api/x']);
    }
  });

  it('a document that finishes before its navigation is reported still starts the page', async () => {
    const s = await session([doc('/a', 'page_1'), api('/api/x', 'page_1')]);
    s.play([doc('/a', 'page_2'), { nav: '/a' }, api('/api/y', 'page_2')]);
    expect(s.paths()).toEqual(['/a', '/api/y']);
  });

  it('a page of 80 requests, reloaded, keeps only the new load', async () => {
    const first = [
      doc('/a', 'page_1'),
      ...Array.from({ length: 79 }, (_, i) => api(`/r${i}`, 'page_1')),
    ];
    const s = await session(first);
    expect(s.paths()).toHaveLength(80);
    s.play([{ nav: '/a' }, ...first.map((e) => ({ ...e, page: 'page_2' }))]);
    expect(s.paths()).toHaveLength(80);
    expect(s.store.snapshot().records.every((r) => r.pageRef === 'page_2')).toBe(true);
  });

  it('a redirected document keeps its redirect hop, which Chromium reports under the old page', async () => {
    const s = await session([doc('/a', 'page_1')]);
    s.play([
      { req: '/redir', type: 'document', page: 'page_1', status: 302 },
      { nav: '/b' },
      doc('/b', 'page_2'),
    ]);
    expect(s.paths()).toEqual(['/redir', '/b']);
  });

  it('an iframe navigation, pushState and a hash change are no new page', async () => {
    const s = await session([doc('/a', 'page_1'), api('/api/x', 'page_1')]);
    s.play([doc('/frame-child2', 'page_1')]);
    s.play([{ nav: '/pushed' }, api('/api/after-push', 'page_1')]);
    s.play([{ nav: '/pushed#h1' }]);
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(s.paths()).toEqual(['/a', '/api/x', '/frame-child2', '/api/after-push']);
    expect(s.store.snapshot().restored).toBe(false);
  });

  it('a request of the page already left is not shown as the new page’s', async () => {
    const s = await session([doc('/a', 'page_1')]);
    s.play([
      { nav: '/b' },
      doc('/b', 'page_2'),
      api('/api/late', 'page_1'),
      api('/api/new', 'page_2'),
    ]);
    expect(s.paths()).toEqual(['/b', '/api/new']);
  });

  it('with DevTools’ own Preserve log, the history’s pages split: only the newest without ours', async () => {
    // getHAR lists pages newest first and interleaves their entries (as Chromium 156 did).
    const history = [
      { req: '/b', type: 'document', page: 'page_4' },
      { req: '/b', type: 'document', page: 'page_3' },
    ];
    const fake = fakeSource({
      history: [
        entry({
          url: `${ORIGIN}/b?4`,
          resourceType: 'document',
          pageref: 'page_4',
          started: '2026-11-29T10:00:05.000Z',
        }),
        entry({
          url: `${ORIGIN}/b?3`,
          resourceType: 'document',
          pageref: 'page_3',
          started: '2026-11-29T10:00:01.000Z',
        }),
        entry({
          url: `${ORIGIN}/icon?3`,
          resourceType: 'other',
          pageref: 'page_3',
          started: '2026-11-29T10:00:02.000Z',
        }),
        entry({
          url: `${ORIGIN}/icon?4`,
          resourceType: 'other',
          pageref: 'page_4',
          started: '2026-11-29T10:00:06.000Z',
        }),
      ],
    });
    expect(history).toHaveLength(2);
    for (const preserveLog of [false, true]) {
      const store = createRequestStore<FakeHandle>({ preserveLog });
      await connectSource(fake.source, store).history;
      const shown = store.snapshot().records.map((r) => new URL(r.url).search);
      expect(shown).toEqual(preserveLog ? ['?3', '?3', '?4', '?4'] : ['?4', '?4']);
    }
  });

  it('a page restored from the back/forward cache with no request: an empty list, marked restored', async () => {
    const s = await session([doc('/b', 'page_2'), api('/api/x', 'page_2')]);
    // DevTools emptied its own log: getHAR lists nothing of /b any more.
    s.fake.list([]);
    s.play([{ nav: '/a' }, { nav: '/a' }]);
    await expect.poll(() => s.store.snapshot().restored).toBe(true);
    expect(s.paths()).toEqual([]);
  });

  it('a page restored from the cache that makes requests shows them, under its new pageref', async () => {
    const s = await session([doc('/b', 'page_5'), api('/api/x', 'page_5')]);
    s.play([{ nav: '/a' }, api('/api/x?p=/a', 'page_6'), { nav: '/a' }]);
    expect(s.paths()).toEqual(['/api/x']);
    expect(s.store.snapshot().records[0]?.pageRef).toBe('page_6');
  });

  it('a route change whose page DevTools still lists is not taken for a restore', async () => {
    const s = await session([doc('/a', 'page_1'), api('/api/x', 'page_1')]);
    s.fake.list(
      s.store.snapshot().records.map((r) => ({
        startedDateTime: r.startedDateTime,
        request: { method: r.method, url: r.url },
        response: { status: r.status },
      })),
    );
    s.play([{ nav: '/pushed' }]);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(s.fake.historyCalls).toBe(2);
    expect(s.paths()).toEqual(['/a', '/api/x']);
    expect(s.store.snapshot().restored).toBe(false);
  });
});

describe('page boundaries without pageref (Firefox, files)', () => {
  it('a reload of the page the panel opened on starts a new list', async () => {
    const s = await session([doc('/a'), api('/api/x')]);
    for (let i = 0; i < 3; i++) {
      s.play([{ nav: '/a' }, doc('/a'), api('/api/x')]);
      expect(s.paths()).toEqual(['/a', '/api/x']);
    }
  });

  it('the document may come before the navigation event', async () => {
    const s = await session([doc('/a'), api('/api/x')]);
    s.play([doc('/a'), { nav: '/a' }, api('/api/y')]);
    expect(s.paths()).toEqual(['/a', '/api/y']);
  });

  it('a link to another page, then pushState back to a visited URL', async () => {
    const s = await session([doc('/a'), api('/api/x')]);
    s.play([{ nav: '/b' }, doc('/b'), api('/api/b')]);
    expect(s.paths()).toEqual(['/b', '/api/b']);
    s.play([{ nav: '/a' }, api('/api/route')]);
    expect(s.paths()).toEqual(['/b', '/api/b', '/api/route']);
  });

  it('keeps everything with the panel’s Preserve log on', async () => {
    const s = await session([doc('/a'), api('/api/x')], { preserveLog: true });
    s.play([{ nav: '/a' }, doc('/a'), { nav: '/b' }, doc('/b')]);
    expect(s.paths()).toEqual(['/a', '/api/x', '/a', '/b']);
  });
});

describe('the history at open', () => {
  it('counts requests still in flight (status 0, _error null) and keeps DevTools-blocked ones (_error "")', async () => {
    const fake = fakeSource({
      history: [
        entry({ url: `${ORIGIN}/a`, resourceType: 'document', pageref: 'page_1' }),
        entry({ url: `${ORIGIN}/api/blocked`, status: 0, error: '', pageref: 'page_1' }),
        entry({ url: `${ORIGIN}/api/slow`, status: 0, pageref: 'page_1' }),
      ],
    });
    const store = createRequestStore<FakeHandle>();
    const result = await connectSource(fake.source, store).history;
    expect(result).toMatchObject({ count: 2, pending: 1, error: '' });
    expect(store.snapshot().records.map((r) => [new URL(r.url).pathname, r.status])).toEqual([
      ['/a', 200],
      ['/api/blocked', 0],
    ]);
  });

  it('gives up on a getHAR that never answers, adds what came live, and bounds what it holds', async () => {
    const fake = fakeSource({ manual: true });
    const store = createRequestStore<FakeHandle>();
    const connection = connectSource(fake.source, store, { historyTimeout: 20, bufferMax: 100 });
    for (let i = 0; i < 250; i++) fake.request(entryFor(api(`/live/${i}`)));
    const result = await connection.history;
    expect(result.error).toMatch(/did not answer within/);
    expect(result.overflow).toBeGreaterThan(0);
    const shown = store.snapshot().records.length;
    expect(shown).toBeLessThanOrEqual(100);
    expect(shown + result.overflow).toBe(250);
    expect(store.snapshot().records.at(-1)?.url).toBe(`${ORIGIN}/live/249`);
  });
});

describe('requestKey', () => {
  it('is the same for a record and for what getHAR lists of it', () => {
    const e = entryFor(api('/k'));
    expect(
      requestKey({ startedDateTime: e.startedDateTime, method: 'GET', url: e.request.url }),
    ).toBe(`${e.startedDateTime} GET ${ORIGIN}/k`);
  });
});

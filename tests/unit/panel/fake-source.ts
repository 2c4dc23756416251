// A fake network source that plays back recorded HAR fixtures, in place of DevTools.
import type { Har } from 'har-format';
import { bodyFrom, type ResponseBody } from '../../../utils/requests/body';
import type { NetworkSource, SourceEvents } from '../../../utils/requests/source';

/** The handle a fake request keeps: the body it would read. */
export interface FakeHandle {
  body: string;
}

export interface FakeSource {
  source: NetworkSource<FakeHandle>;
  /** A request finishing after the panel opened. */
  request(entry: unknown, body?: string): void;
  navigated(url: string): void;
  /** Plays a recorded live session (entries and navigations in the order they fired). */
  play(session: Har & { log: { _navigations?: { url: string; afterEntries: number }[] } }): void;
  /** Lets the history (getHAR) answer. */
  answerHistory(entries?: unknown[]): void;
  failHistory(error: Error): void;
  /** What DevTools lists from now on, for getHAR calls after the first. */
  list(entries: unknown[]): void;
  readonly listening: boolean;
  readonly reloads: number;
  readonly historyCalls: number;
}

export function fakeSource(options: { history?: unknown[]; manual?: boolean } = {}): FakeSource {
  let events: SourceEvents<FakeHandle> | null = null;
  let reloads = 0;
  let answer: (entries: unknown[]) => void = () => {};
  let fail: (error: Error) => void = () => {};
  const history = new Promise<unknown[]>((resolve, reject) => {
    answer = resolve;
    fail = reject;
  });
  if (!options.manual) answer(options.history ?? []);
  const emit = (entry: unknown, body = '{}') => events?.request({ entry, handle: { body } });
  let historyCalls = 0;
  let listing: unknown[] | null = null;
  const asHandles = (entries: unknown[]) =>
    entries.map((entry) => ({ entry, handle: { body: '' } }));
  return {
    source: {
      history: () => {
        historyCalls += 1;
        return listing && historyCalls > 1
          ? Promise.resolve(asHandles(listing))
          : history.then(asHandles);
      },
      subscribe(handlers) {
        events = handlers;
        return () => {
          events = null;
        };
      },
      readBody: (handle): Promise<ResponseBody> =>
        Promise.resolve(bodyFrom(handle.body, '', 'application/json')),
      reload: () => {
        reloads += 1;
      },
      // What DevTools lists now, whole, as getHAR would give it.
      exportLog: async () => ({
        har: {
          log: {
            version: '1.2',
            creator: { name: 'WebInspector', version: '537.36' },
            entries: structuredClone(listing ?? (await history)),
          },
        },
        bodiesLeftOut: 0,
      }),
    },
    request: emit,
    navigated: (url) => events?.navigated(url),
    list(entries) {
      listing = entries;
    },
    play(session) {
      const navigations = session.log._navigations ?? [];
      session.log.entries.forEach((entry, index) => {
        for (const nav of navigations) if (nav.afterEntries === index) events?.navigated(nav.url);
        emit(entry);
      });
      for (const nav of navigations) {
        if (nav.afterEntries >= session.log.entries.length) events?.navigated(nav.url);
      }
    },
    answerHistory: (entries = []) => answer(entries),
    failHistory: (error) => fail(error),
    get listening() {
      return events !== null;
    },
    get reloads() {
      return reloads;
    },
    get historyCalls() {
      return historyCalls;
    },
  };
}

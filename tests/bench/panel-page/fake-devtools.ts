/**
 * A fake `browser.devtools` for the benchmark's panel page, shaped like Chrome's: each finished
 * request reaches the onRequestFinished listeners as a HAR entry whose prototype is a request
 * object with getContent, as DevTools' extension API delivers it (devtools-frontend,
 * ExtensionAPI.ts: `request.__proto__ = new Request(id)`, then the listeners; getHAR's entries
 * get the same). The panel's real adapter (createNetworkSource) wraps it, exactly as in DevTools.
 */
import type {
  DevtoolsApi,
  DevtoolsRequest,
} from '../../../entrypoints/devtools-panel/network-source';

import { graphqlBodyFor } from './graphql-traffic';

type RequestListener = (request: DevtoolsRequest) => void;
type NavigatedListener = (url: string) => void;

/** What each handle's getContent answers, but for the GraphQL calls (graphql-traffic.ts). */
const BODY = '{"ok":true}';

/** How long DevTools takes to hand a body over: a round trip to the browser's network
 * service (Network.getResponseBody) and a message back, more for larger bodies. Measured in
 * DevTools on this machine: 2 to 10 ms. */
const contentDelay = (length: number) => 3 + length / 8192;

/** Chrome's extension API gives every request its own prototype object carrying its id. */
class BenchRequest implements DevtoolsRequest {
  constructor(readonly _id: number) {}
  getContent(callback?: (content: string, encoding: string) => void): unknown {
    const url = (this as unknown as { request?: { url?: string } }).request?.url ?? '';
    const body = graphqlBodyFor(url) ?? BODY;
    const later = new Promise<string>((resolve) =>
      setTimeout(() => resolve(body), body === BODY ? 0 : contentDelay(body.length)),
    );
    if (!callback) return later.then((content) => ({ content, encoding: '' }));
    void later.then((content) => callback(content, ''));
    return undefined;
  }
}

function event<Listener>() {
  const listeners = new Set<Listener>();
  return {
    listeners,
    addListener: (listener: Listener) => void listeners.add(listener),
    removeListener: (listener: Listener) => void listeners.delete(listener),
  };
}

export interface FakeDevtools {
  /** Hands one entry to the onRequestFinished listeners, as DevTools does. */
  finish(entry: object): void;
  /** What DevTools does for one entry before any listener sees it (for the floor). */
  wrap(entry: object): void;
  /** Answers the panel's getHAR with these entries (when the history was held back). */
  answerHistory(entries: object[]): void;
  /** Reports a navigation of the inspected page. */
  navigate(url: string): void;
  /** How many listeners the panel has on each event (1 while mounted). */
  listening(): { requests: number; navigations: number };
}

/**
 * Puts `chrome.devtools` in place for the panel's main.tsx (wxt/browser reads `chrome`). The
 * history (getHAR) is empty, as when the panel opens before the page's requests, unless
 * `holdHistory`: then getHAR answers when `answerHistory` is called.
 */
export function installFakeDevtools({ holdHistory = false } = {}): FakeDevtools {
  const requestFinished = event<RequestListener>();
  const navigated = event<NavigatedListener>();
  let nextId = 1;
  let answer: (entries: object[]) => void = () => {};
  const history = new Promise<object[]>((resolve) => {
    answer = resolve;
  });
  if (!holdHistory) answer([]);
  const asRequest = (entry: object) =>
    Object.setPrototypeOf(entry, new BenchRequest(nextId++)) as DevtoolsRequest;
  const devtools: DevtoolsApi & { panels: { themeName: string } } = {
    network: {
      getHAR: (callback) => {
        const log = history.then((entries) => ({
          version: '1.2',
          creator: { name: 'bench', version: '1' },
          entries: entries.map(asRequest),
        }));
        if (callback) void log.then(callback);
        return callback ? undefined : log;
      },
      onRequestFinished: requestFinished,
      onNavigated: navigated,
    },
    inspectedWindow: { reload: () => {} },
    panels: { themeName: 'default' },
  };
  Object.defineProperty(globalThis, 'chrome', {
    value: { devtools, runtime: { id: 'status-lens-bench' } },
    configurable: true,
    writable: true,
  });
  return {
    finish(entry) {
      const request = asRequest(entry);
      for (const listener of requestFinished.listeners) listener(request);
    },
    wrap(entry) {
      asRequest(entry);
    },
    answerHistory: (entries) => answer(entries),
    navigate(url) {
      for (const listener of navigated.listeners) listener(url);
    },
    listening: () => ({
      requests: requestFinished.listeners.size,
      navigations: navigated.listeners.size,
    }),
  };
}

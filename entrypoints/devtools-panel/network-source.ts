/**
 * The panel's network source: the only code that touches `browser.devtools.network` and
 * `browser.devtools.inspectedWindow`. Chrome and Firefox differ, and both forms are handled:
 * - getHAR: callback form (older Chrome, Firefox's `chrome`) and Promise form (Chrome 151+ in
 *   MV3, Firefox's `browser`);
 * - Request.getContent: Chrome calls back with (content, encoding) or resolves to
 *   { content, encoding }; Firefox resolves to [content, mimeType].
 * Firefox reports requests only once its own Network panel has been opened (FIREFOX_NOTICE).
 */
import { bodyFrom, type ResponseBody } from '../../utils/requests/body';
import type { NetworkSource, SourcedEntry } from '../../utils/requests/source';

export interface EventLike<Listener> {
  addListener(listener: Listener): void;
  removeListener(listener: Listener): void;
}

/** A finished request as DevTools hands it over: a HAR entry that can read its body. */
export interface DevtoolsRequest {
  getContent(callback?: (content: string, encoding: string) => void): unknown;
}

/** The parts of `browser.devtools` this adapter uses. */
export interface DevtoolsApi {
  network: {
    getHAR(callback?: (log: unknown) => void): unknown;
    onRequestFinished: EventLike<(request: DevtoolsRequest) => void>;
    onNavigated: EventLike<(url: string) => void>;
  };
  inspectedWindow: { reload(options?: Record<string, unknown>): void };
}

export const FIREFOX_NOTICE =
  'Firefox shows this panel the requests its own Network panel records: open the Network panel once in this toolbox, then come back here.';

function isThenable(value: unknown): value is PromiseLike<unknown> {
  return (
    value !== null &&
    (typeof value === 'object' || typeof value === 'function') &&
    typeof (value as { then?: unknown }).then === 'function'
  );
}

/**
 * Calls an API that takes a callback in one browser and returns a Promise in another, and
 * settles with whichever answers first. `fromCallback` turns the callback's arguments into the
 * result; the Promise's value goes through `fromPromise`.
 */
export function callEitherForm<T>(
  call: (callback?: (...args: unknown[]) => void) => unknown,
  fromCallback: (args: unknown[]) => T,
  fromPromise: (value: unknown) => T,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    let returned: unknown;
    try {
      returned = call((...args: unknown[]) => resolve(fromCallback(args)));
    } catch {
      // This browser refused the callback: call the Promise form.
      try {
        returned = call();
      } catch (error) {
        reject(error);
        return;
      }
    }
    if (isThenable(returned)) returned.then((value) => resolve(fromPromise(value)), reject);
  });
}

function entriesOf(log: unknown): unknown[] {
  const entries = (log as { entries?: unknown } | null)?.entries;
  return Array.isArray(entries) ? entries : [];
}

function hasGetContent(value: unknown): value is DevtoolsRequest {
  return typeof (value as { getContent?: unknown } | null)?.getContent === 'function';
}

/** Reads a body through either form of getContent. */
export function readContent(request: DevtoolsRequest, mimeType = ''): Promise<ResponseBody> {
  return callEitherForm(
    (callback) => request.getContent(callback),
    ([content, encoding]) => bodyFrom(content, encoding, mimeType),
    (value) => {
      if (Array.isArray(value)) return bodyFrom(value[0], '', value[1] ?? mimeType);
      const result = (value ?? {}) as { content?: unknown; encoding?: unknown };
      return bodyFrom(result.content, result.encoding, mimeType);
    },
  ).catch((error: unknown) => ({
    kind: 'error' as const,
    message: error instanceof Error ? error.message : 'The browser could not read the body.',
  }));
}

function mimeTypeOf(request: unknown): string {
  const type = (request as { response?: { content?: { mimeType?: unknown } } }).response?.content
    ?.mimeType;
  return typeof type === 'string' ? type : '';
}

export function createNetworkSource(devtools: DevtoolsApi): NetworkSource<DevtoolsRequest> {
  const { network, inspectedWindow } = devtools;
  return {
    history() {
      return callEitherForm(
        (callback) => network.getHAR(callback),
        ([log]) => entriesOf(log),
        (log) => entriesOf(log),
      ).then((entries) =>
        entries.map(
          (entry): SourcedEntry<DevtoolsRequest> =>
            hasGetContent(entry) ? { entry, handle: entry } : { entry },
        ),
      );
    },
    subscribe(events) {
      const onRequest = (request: DevtoolsRequest) =>
        events.request({ entry: request, handle: request });
      const onNavigated = (url: string) => events.navigated(String(url));
      network.onRequestFinished.addListener(onRequest);
      network.onNavigated.addListener(onNavigated);
      return () => {
        network.onRequestFinished.removeListener(onRequest);
        network.onNavigated.removeListener(onNavigated);
      };
    },
    readBody(handle) {
      return readContent(handle, mimeTypeOf(handle));
    },
    reload() {
      inspectedWindow.reload({});
    },
  };
}

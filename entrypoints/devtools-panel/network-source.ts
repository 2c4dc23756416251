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
import type { ExportedHar, NetworkSource, SourcedEntry } from '../../utils/requests/source';

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

/** Bodies are read this many at a time when a HAR is exported. */
export const EXPORT_CONCURRENCY = 6;
/** The most body text an exported HAR holds (characters, about bytes); the rest is left out. */
export const EXPORT_BODY_BUDGET = 50 * 1024 * 1024;

/** A body exactly as the browser hands it over (not cut, base64 kept), or null. */
function readRawContent(
  request: DevtoolsRequest,
): Promise<{ text: string; encoding: string } | null> {
  const raw = (content: unknown, encoding: unknown) =>
    typeof content === 'string' && content !== ''
      ? { text: content, encoding: encoding === 'base64' ? 'base64' : '' }
      : null;
  return callEitherForm(
    (callback) => request.getContent(callback),
    ([content, encoding]) => raw(content, encoding),
    (value) => {
      if (Array.isArray(value)) return raw(value[0], '');
      const result = (value ?? {}) as { content?: unknown; encoding?: unknown };
      return raw(result.content, result.encoding);
    },
  ).catch(() => null);
}

/**
 * The browser's HAR as plain JSON (each entry without its getContent function), with the bodies
 * filled in through getContent when asked for: a few at a time, up to EXPORT_BODY_BUDGET in all.
 */
export async function exportHar(
  network: Pick<DevtoolsApi['network'], 'getHAR'>,
  withBodies: boolean,
  budget = EXPORT_BODY_BUDGET,
): Promise<ExportedHar> {
  const log = await callEitherForm(
    (callback) => network.getHAR(callback),
    ([value]) => value,
    (value) => value,
  );
  const raw = entriesOf(log);
  const plain = JSON.parse(JSON.stringify({ ...(log as object), entries: [] })) as {
    version?: unknown;
    creator?: unknown;
    entries: unknown[];
  };
  plain.version ??= '1.2';
  plain.creator ??= { name: 'DevTools', version: '' };
  plain.entries = raw.map((entry) => JSON.parse(JSON.stringify(entry)));
  let bodiesLeftOut = 0;
  if (withBodies) {
    let used = 0;
    let next = 0;
    const worker = async () => {
      while (next < raw.length) {
        const index = next++;
        const request = raw[index];
        const content = (
          plain.entries[index] as { response?: { content?: Record<string, unknown> } }
        ).response?.content;
        if (!content || !hasGetContent(request)) continue;
        const body = await readRawContent(request);
        if (body === null) {
          if (Number(content.size) > 0) bodiesLeftOut += 1;
          continue;
        }
        if (used + body.text.length > budget) {
          bodiesLeftOut += 1;
          content.comment = 'Body left out: over the size limit for the bodies of one saved file.';
          continue;
        }
        used += body.text.length;
        content.text = body.text;
        if (body.encoding) content.encoding = body.encoding;
      }
    };
    await Promise.all(Array.from({ length: EXPORT_CONCURRENCY }, worker));
  }
  return { har: { log: plain }, bodiesLeftOut };
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
    readRaw(handle) {
      return readRawContent(handle);
    },
    reload() {
      inspectedWindow.reload({});
    },
    exportLog(withBodies) {
      return exportHar(network, withBodies);
    },
  };
}

import { describe, expect, it, vi } from 'vitest';
import {
  createNetworkSource,
  type DevtoolsApi,
  type DevtoolsRequest,
  readContent,
} from '../../../entrypoints/devtools-panel/network-source';
import { entry } from './builders';

function event<Listener>() {
  const listeners = new Set<Listener>();
  return {
    listeners,
    addListener: (listener: Listener) => listeners.add(listener),
    removeListener: (listener: Listener) => listeners.delete(listener),
  };
}

function fakeDevtools(getHAR: DevtoolsApi['network']['getHAR']) {
  const onRequestFinished = event<(request: DevtoolsRequest) => void>();
  const onNavigated = event<(url: string) => void>();
  const reload = vi.fn();
  const api: DevtoolsApi = {
    network: { getHAR, onRequestFinished, onNavigated },
    inspectedWindow: { reload },
  };
  return { api, onRequestFinished, onNavigated, reload };
}

const log = { version: '1.2', entries: [entry({ status: 404 }), entry({ status: 200 })] };

describe('the DevTools network source: getHAR', () => {
  it('works with the callback form (older Chrome, Firefox’s chrome.*)', async () => {
    const { api } = fakeDevtools((callback) => {
      setTimeout(() => callback?.(log), 0);
      return undefined;
    });
    const history = await createNetworkSource(api).history();
    expect(history.map((h) => (h.entry as (typeof log.entries)[0]).response.status)).toEqual([
      404, 200,
    ]);
  });

  it('works with the Promise form (Chrome 151+ in MV3, Firefox’s browser.*)', async () => {
    const { api } = fakeDevtools(() => Promise.resolve(log));
    expect(await createNetworkSource(api).history()).toHaveLength(2);
  });

  it('calls the Promise form when the browser refuses a callback', async () => {
    const getHAR = vi.fn((callback?: (log: unknown) => void) => {
      if (callback) throw new TypeError('Incorrect argument types');
      return Promise.resolve(log);
    });
    const { api } = fakeDevtools(getHAR);
    expect(await createNetworkSource(api).history()).toHaveLength(2);
    expect(getHAR).toHaveBeenCalledTimes(2);
  });

  it('keeps the entries’ getContent as their handle when they have one (Chrome)', async () => {
    const withContent = { ...entry(), getContent: () => undefined };
    const { api } = fakeDevtools(() => Promise.resolve({ entries: [withContent, entry()] }));
    const [first, second] = await createNetworkSource(api).history();
    expect(first?.handle).toBe(withContent);
    expect(second?.handle).toBeUndefined();
  });

  it('reads a log without entries as empty, and passes a rejection on', async () => {
    const { api } = fakeDevtools(() => Promise.resolve({}));
    expect(await createNetworkSource(api).history()).toEqual([]);
    const failing = fakeDevtools(() => Promise.reject(new Error('no')));
    await expect(createNetworkSource(failing.api).history()).rejects.toThrow('no');
  });
});

describe('the DevTools network source: getContent', () => {
  it('reads Chrome’s callback form (content, encoding)', async () => {
    const request: DevtoolsRequest = {
      getContent: (callback) => callback?.('{"error":"nope"}', ''),
    };
    expect(await readContent(request, 'application/json')).toEqual({
      kind: 'text',
      text: '{"error":"nope"}',
      mimeType: 'application/json',
      truncated: false,
      length: 16,
    });
  });

  it('reads Chrome’s Promise form { content, encoding }: base64 is binary', async () => {
    const request: DevtoolsRequest = {
      getContent: () => Promise.resolve({ content: 'iVBORw0KGgo=', encoding: 'base64' }),
    };
    expect(await readContent(request, 'image/png')).toEqual({
      kind: 'binary',
      mimeType: 'image/png',
      length: 9,
    });
  });

  it('reads Firefox’s Promise form [content, mimeType]', async () => {
    const request: DevtoolsRequest = {
      getContent: () => Promise.resolve(['<p>hi</p>', 'text/html']),
    };
    expect(await readContent(request)).toMatchObject({
      kind: 'text',
      text: '<p>hi</p>',
      mimeType: 'text/html',
    });
  });

  it('says when there is no body, and when reading fails', async () => {
    expect(await readContent({ getContent: (callback) => callback?.('', '') })).toEqual({
      kind: 'empty',
    });
    expect(await readContent({ getContent: () => Promise.reject(new Error('gone')) })).toEqual({
      kind: 'error',
      message: 'gone',
    });
  });

  it('reads a body through the source, with the entry’s declared type', async () => {
    const { api } = fakeDevtools(() => Promise.resolve(log));
    const request = {
      ...entry({ mimeType: 'application/problem+json' }),
      getContent: (cb?: (c: string, e: string) => void) => cb?.('{}', ''),
    };
    expect(await createNetworkSource(api).readBody(request)).toMatchObject({
      kind: 'text',
      mimeType: 'application/problem+json',
    });
  });
});

describe('the DevTools network source: events', () => {
  it('passes finished requests and navigations on, and stops listening', () => {
    const { api, onRequestFinished, onNavigated } = fakeDevtools(() => Promise.resolve(log));
    const requests: unknown[] = [];
    const navigations: string[] = [];
    const stop = createNetworkSource(api).subscribe({
      request: (item) => requests.push(item),
      navigated: (url) => navigations.push(url),
    });
    const finished = { ...entry(), getContent: () => undefined };
    for (const listener of onRequestFinished.listeners) listener(finished);
    for (const listener of onNavigated.listeners) listener('https://a.example/next');
    expect(requests).toEqual([{ entry: finished, handle: finished }]);
    expect(navigations).toEqual(['https://a.example/next']);
    stop();
    expect(onRequestFinished.listeners.size).toBe(0);
    expect(onNavigated.listeners.size).toBe(0);
  });

  it('reloads the inspected page through inspectedWindow', () => {
    const { api, reload } = fakeDevtools(() => Promise.resolve(log));
    createNetworkSource(api).reload();
    expect(reload).toHaveBeenCalledTimes(1);
  });
});

// Records every request made by every target of the browser (pages, out-of-process iframes such
// as the DevTools panel, workers), through the DevTools protocol's auto-attach: each new target
// is held before it runs until the Network domain listens on it, so even its first request is
// seen. Start it before the extension pages you want to watch exist.
import type { Browser, Protocol } from 'puppeteer-core';

export interface RecordedRequest {
  /** The URL requested (or the WebSocket / WebTransport opened). */
  url: string;
  /** The document the request was made for; empty for workers. */
  documentUrl: string;
  /** The target (page, iframe, worker) that reported it, and that target's URL at the time. */
  targetType: string;
  targetUrl: string;
}

export interface NetworkGuard {
  /** Every request seen so far, from every target. */
  readonly requests: readonly RecordedRequest[];
  /** Requests made by pages or workers of the given origin (e.g. chrome-extension://ID). */
  requestsFrom(origin: string): RecordedRequest[];
  /** Requests made by that origin's pages to anything but that origin's own files. */
  networkRequestsFrom(origin: string): RecordedRequest[];
  /** Targets that already existed when the guard started: their first requests may be missing. */
  readonly preexistingTargets: readonly Protocol.Target.TargetInfo[];
  stop(): Promise<void>;
}

const AUTO_ATTACH: Protocol.Target.SetAutoAttachRequest = {
  autoAttach: true,
  waitForDebuggerOnStart: true,
  flatten: true,
};

function startsWithOrigin(url: string, origin: string): boolean {
  return url === origin || url.startsWith(`${origin}/`);
}

/** Loading one's own files, or data that never leaves the page, is not network traffic. */
function isLocalTo(url: string, origin: string): boolean {
  return (
    startsWithOrigin(url, origin) ||
    url.startsWith('data:') ||
    url.startsWith(`blob:${origin}/`) ||
    url === 'about:blank'
  );
}

export async function startNetworkGuard(browser: Browser): Promise<NetworkGuard> {
  const requests: RecordedRequest[] = [];
  const preexistingTargets: Protocol.Target.TargetInfo[] = [];
  const root = await browser.target().createCDPSession();
  const connection = root.connection();
  if (!connection) throw new Error('The browser session has no connection.');
  // Targets change URL as they navigate (a new tab starts at about:blank, an iframe empty).
  const targetUrls = new Map<string, string>();
  root.on('Target.targetInfoChanged', ({ targetInfo }: Protocol.Target.TargetInfoChangedEvent) => {
    targetUrls.set(targetInfo.targetId, targetInfo.url);
  });

  const watch = async (event: Protocol.Target.AttachedToTargetEvent): Promise<void> => {
    const { targetInfo } = event;
    // A new target waits for us; one that did not was already running when the guard started.
    if (!event.waitingForDebugger) preexistingTargets.push(targetInfo);
    const session = connection.session(event.sessionId);
    if (!session) return;
    const record = (url: string, documentUrl = '') =>
      requests.push({
        url,
        documentUrl,
        targetType: targetInfo.type,
        targetUrl: targetUrls.get(targetInfo.targetId) ?? targetInfo.url,
      });
    session.on('Network.requestWillBeSent', (sent: Protocol.Network.RequestWillBeSentEvent) => {
      record(sent.request.url, sent.documentURL);
    });
    session.on('Network.webSocketCreated', (ws: Protocol.Network.WebSocketCreatedEvent) => {
      record(ws.url);
    });
    session.on('Network.webTransportCreated', (wt: Protocol.Network.WebTransportCreatedEvent) => {
      record(wt.url);
    });
    session.on('Target.attachedToTarget', (child: Protocol.Target.AttachedToTargetEvent) => {
      void watch(child);
    });
    // A target may close while we set it up: nothing to record then.
    await Promise.all([
      session.send('Network.enable'),
      session.send('Target.setAutoAttach', AUTO_ATTACH),
    ]).catch(() => undefined);
    await session.send('Runtime.runIfWaitingForDebugger').catch(() => undefined);
  };

  root.on('Target.attachedToTarget', (event: Protocol.Target.AttachedToTargetEvent) => {
    void watch(event);
  });
  await root.send('Target.setDiscoverTargets', { discover: true });
  await root.send('Target.setAutoAttach', AUTO_ATTACH);

  // Made for a document of the origin, or reported by a target showing one (a worker, or an
  // extension page loading an iframe from elsewhere).
  const requestsFrom = (origin: string) =>
    requests.filter(
      (request) =>
        startsWithOrigin(request.documentUrl, origin) ||
        startsWithOrigin(request.targetUrl, origin),
    );
  return {
    requests,
    preexistingTargets,
    requestsFrom,
    networkRequestsFrom: (origin) =>
      requestsFrom(origin).filter((request) => !isLocalTo(request.url, origin)),
    async stop() {
      await root.detach().catch(() => undefined);
    },
  };
}

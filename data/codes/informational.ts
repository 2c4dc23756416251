import type { StatusEntry } from '../types';

export const informational: StatusEntry[] = [
  {
    code: 100,
    phrase: 'Continue',
    origin: { kind: 'iana', state: 'permanent' },
    meaning:
      'The server has checked the request headers and is ready for the client to send the body.',
    context:
      'An interim response that only shows up when a client sends Expect: 100-continue ahead of a large upload. The client pauses briefly for it and then streams the body; if the server answers with a final error such as 401 or 413 instead, the body is never transmitted. Browsers hardly use the mechanism, but curl and several HTTP libraries add the Expect header to big POST and PUT requests on their own.',
    causes: [
      'curl or an older .NET HTTP client added Expect: 100-continue by itself because the request body was large.',
      'A client deliberately asked for a go-ahead so it could skip uploading a file the server would refuse anyway.',
    ],
    fixes: [
      'Nothing needs fixing when the upload then succeeds, because the 100 line is a handshake step and not the final result.',
      'When a proxy or an old server stalls on Expect, drop the header (curl -H "Expect:") or switch it off in the client library.',
      'A server that is going to reject the body should send the final code (401, 413, 415) right away so the client never uploads it.',
    ],
    related: [417, 413, 101],
    headers: ['Expect'],
    source: {
      title: 'RFC 9110 §15.2.1',
      url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.2.1',
    },
    aliases: [
      'continue',
      '100-continue',
      'expect continue',
      'expect header',
      'interim response',
      'upload handshake',
    ],
  },
  {
    code: 101,
    phrase: 'Switching Protocols',
    origin: { kind: 'iana', state: 'permanent' },
    meaning:
      'The server agrees to stop speaking HTTP/1.1 and use another protocol on the same connection.',
    context:
      'Nearly always seen when a WebSocket opens: the browser sends Upgrade: websocket together with Connection: Upgrade, and the server confirms with 101 before the socket starts carrying WebSocket frames. It also covers the rare cleartext upgrade to h2c. HTTP/2 and HTTP/3 have no such step; WebSockets over them use extended CONNECT (RFC 8441 and RFC 9220) instead.',
    causes: [
      'A page or app opened a WebSocket for chat, live dashboards or dev-server hot reload.',
      'A client asked to move a plain HTTP/1.1 connection to h2c with an Upgrade header.',
    ],
    fixes: [
      'When a WebSocket never gets its 101, make sure every proxy on the way forwards the Upgrade and Connection headers (nginx needs proxy_set_header for both).',
      'A 400 or 426 where 101 was expected usually points to a missing or wrong Sec-WebSocket-Key or Sec-WebSocket-Version header.',
    ],
    related: [426, 400],
    headers: [
      'Upgrade',
      'Connection',
      'Sec-WebSocket-Key',
      'Sec-WebSocket-Accept',
      'Sec-WebSocket-Version',
    ],
    source: {
      title: 'RFC 9110 §15.2.2',
      url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.2.2',
    },
    aliases: [
      'switching protocols',
      'websocket',
      'websocket upgrade',
      'upgrade',
      'ws handshake',
      'protocol switch',
      'h2c',
    ],
  },
  {
    code: 102,
    phrase: 'Processing',
    origin: { kind: 'iana', state: 'permanent', deprecated: true },
    meaning:
      'A WebDAV server signals that it is still busy with a slow request and has not given up.',
    context:
      'RFC 2518 introduced it as a keep-alive for lengthy WebDAV operations such as a recursive COPY or MOVE across a big collection. RFC 4918 removed it from WebDAV again because few clients coped with it, so the number stays registered but is retired in practice. When it does appear, a final response should still follow for the same request.',
    causes: [
      'An older WebDAV server keeping the client waiting during a deep COPY, MOVE or DELETE on a large folder tree.',
      'A custom server using it as a home-made heartbeat on slow endpoints.',
    ],
    fixes: [
      'For long jobs in a new API, answer 202 with a status URL the client can poll instead of holding the request open.',
      'If a client trips over it, turn the server option off; only the final status that follows counts.',
    ],
    related: [202, 103, 207],
    headers: [],
    source: { title: 'RFC 2518 §10.1', url: 'https://www.rfc-editor.org/rfc/rfc2518#section-10.1' },
    aliases: [
      'processing',
      'webdav processing',
      'still working',
      'keep alive',
      'long running request',
    ],
  },
  {
    code: 103,
    phrase: 'Early Hints',
    origin: { kind: 'iana', state: 'permanent' },
    meaning:
      'An early heads-up naming resources the browser can fetch while the real answer is prepared.',
    context:
      'Sent ahead of the final response, usually with Link headers using rel=preload or rel=preconnect for stylesheets, fonts and scripts. The browser acts on those hints during server think time and then receives the normal 200 with its own headers. Chrome honors 103 only over HTTP/2 or later and only for top-level page loads; CDNs such as Cloudflare can generate it from Link headers they saw earlier.',
    causes: [
      'A CDN or origin with Early Hints switched on replays the Link headers it recorded on earlier responses for this page.',
      'A framework or server pushes preload hints for critical CSS and fonts while the HTML is still being rendered.',
    ],
    fixes: [
      'Hint only a handful of render-critical assets; preloading files the page never uses wastes bandwidth and triggers console warnings.',
      'Older HTTP/1.1 clients and proxies can mishandle an unexpected interim response, so limit 103 to HTTP/2 and newer connections.',
    ],
    related: [200, 100],
    headers: ['Link'],
    source: { title: 'RFC 8297 §2', url: 'https://www.rfc-editor.org/rfc/rfc8297#section-2' },
    aliases: [
      'early hints',
      'preload hints',
      'link preload',
      'preconnect',
      'interim hints',
      'server think time',
    ],
  },
  {
    code: 104,
    phrase: 'Upload Resumption Supported',
    origin: {
      kind: 'iana',
      state: 'temporary',
      registered: '2024-11-13',
      extended: '2025-09-15',
      expires: '2026-11-13',
    },
    meaning:
      'The server tells an uploading client that this upload can be paused and resumed, and where.',
    context:
      'Part of the IETF resumable upload draft, which grew out of the tus protocol. While the client is still sending a POST body, the server may answer 104 with a Location header naming a temporary upload resource; after a dropped connection the client asks that URL for its Upload-Offset with HEAD and carries on with PATCH. The registration is temporary and lapses on 2026-11-13 unless it is renewed.',
    causes: [
      "A client and server that both implement the resumable upload draft (for example Apple's URLSession talking to tusd) started a large upload.",
      'The server announced the upload resource early so the client can recover if the network drops mid-transfer.',
    ],
    fixes: [
      'Treat it as progress information and keep sending; the final code arrives once the whole body is in.',
      'A proxy that strips interim responses makes the client fall back to a plain upload, so check proxy support before counting on resumption.',
    ],
    related: [100, 206, 201],
    headers: ['Location', 'Upload-Offset', 'Upload-Complete', 'Upload-Limit'],
    source: {
      title: 'draft-ietf-httpbis-resumable-upload',
      url: 'https://datatracker.ietf.org/doc/draft-ietf-httpbis-resumable-upload/',
    },
    aliases: [
      'upload resumption supported',
      'resumable upload',
      'tus',
      'resume upload',
      'upload resumption',
      'paused upload',
    ],
  },
];

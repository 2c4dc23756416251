import type { StatusEntry } from '../types';

export const serverError: StatusEntry[] = [
  {
    code: 500,
    phrase: 'Internal Server Error',
    origin: { kind: 'iana', state: 'permanent' },
    meaning:
      'Something broke inside the server while it handled the request, and no better code fit.',
    context:
      'This is the catch-all answer when application code throws, a framework hits an unhandled case or a dependency fails in a way nobody planned for. It tells the client nothing about when to try again, so a retry may or may not help. The real reason almost always sits in the server log, next to the request ID or timestamp.',
    causes: [
      'An uncaught exception: a null reference, a failed type cast or a bug in a new release.',
      'A database query, cache lookup or internal call that failed and was not turned into a proper error.',
      'A broken configuration file, missing environment variable or wrong file permission after a deploy.',
    ],
    fixes: [
      'Look up the stack trace in the application log for the failing request and fix the code path.',
      'When the server is only overloaded or in maintenance, answer 503 with Retry-After so clients know to come back.',
      'Return a 4xx instead when the input was at fault, so callers stop blaming the server.',
    ],
    related: [503, 502, 400],
    headers: [],
    source: {
      title: 'RFC 9110 §15.6.1',
      url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.6.1',
    },
    aliases: [
      'internal server error',
      'server error',
      'internal error',
      'crash',
      'exception',
      'unhandled exception',
      'something went wrong',
      'ise',
    ],
  },
  {
    code: 501,
    phrase: 'Not Implemented',
    origin: { kind: 'iana', state: 'permanent' },
    meaning: 'The server lacks the feature needed for this request, usually an unknown method.',
    context:
      'Seen when a request uses a method the server software has no handler for at all, such as a custom verb or PROPFIND on a plain web server. A server that gets a Transfer-Encoding it cannot decode should also answer this way. Caches may store a 501 unless told otherwise, since the lack of support is not expected to change soon.',
    causes: [
      'The client sent a method the server never heard of, or one it supports only with a module that is not loaded.',
      'A request body arrived with a transfer coding the server cannot unpack.',
      'An API stub left in place for an endpoint that was planned but never built.',
    ],
    fixes: [
      'If the server knows the method but this resource does not accept it, answer 405 with an Allow header instead.',
      'Enable the module or handler for the method, or change the client to use one the server offers.',
    ],
    related: [405, 400, 505],
    headers: ['Transfer-Encoding'],
    source: {
      title: 'RFC 9110 §15.6.2',
      url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.6.2',
    },
    aliases: [
      'not implemented',
      'unsupported method',
      'unknown method',
      'method not supported',
      'feature not implemented',
    ],
  },
  {
    code: 502,
    phrase: 'Bad Gateway',
    origin: { kind: 'iana', state: 'permanent' },
    meaning:
      'A proxy or gateway asked the next server for an answer and got back garbage or nothing usable.',
    context:
      'Comes from the middle of the chain: a reverse proxy, load balancer or CDN that could reach the upstream but did not get a valid HTTP reply. The application behind it may have crashed mid-response, closed the socket or spoken the wrong protocol. The Via header and the proxy error log show which hop produced it.',
    causes: [
      'The upstream process died, restarted or was not listening on the port the proxy expects.',
      'The backend closed the connection early or sent a malformed or oversized header block.',
      'A TLS or protocol mismatch between proxy and backend, such as HTTPS on one side and plain HTTP on the other.',
    ],
    fixes: [
      'Check the proxy error log for the upstream address and reason, then confirm the backend is running and healthy.',
      'Match the proxy settings to the backend: port, scheme, buffer sizes for large headers.',
      'When the upstream answered nothing in time rather than something broken, 504 is the code to expect.',
    ],
    related: [504, 503, 500],
    headers: ['Via'],
    source: {
      title: 'RFC 9110 §15.6.3',
      url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.6.3',
    },
    aliases: [
      'bad gateway',
      'upstream error',
      'proxy error',
      'invalid response from upstream',
      'upstream prematurely closed connection',
      'backend down',
    ],
  },
  {
    code: 503,
    phrase: 'Service Unavailable',
    origin: { kind: 'iana', state: 'permanent' },
    meaning: 'The server cannot take the request right now but expects to recover soon.',
    context:
      'A deliberate, temporary refusal: the service is in maintenance, starting up, shedding load or has no healthy instance behind the balancer. A Retry-After header, in seconds or as a date, tells clients and crawlers when a new attempt makes sense. Search engines treat a short run of these as a pause, not a removal.',
    causes: [
      'Planned maintenance mode or a deploy that took every instance out of rotation at once.',
      'Too much traffic for the available workers, connections or memory.',
      'A load balancer with no target passing its health check.',
    ],
    fixes: [
      'Send Retry-After with a realistic delay and keep the outage page short and cache-friendly.',
      'Prefer this over 500 for known, temporary conditions, and add capacity or rolling deploys to avoid it.',
      'For a single client sending too much, 429 says more precisely what went wrong.',
    ],
    related: [500, 429, 502],
    headers: ['Retry-After'],
    source: {
      title: 'RFC 9110 §15.6.4',
      url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.6.4',
    },
    aliases: [
      'service unavailable',
      'maintenance',
      'overloaded',
      'down',
      'service temporarily unavailable',
      'no healthy upstream',
      'server busy',
    ],
  },
  {
    code: 504,
    phrase: 'Gateway Timeout',
    origin: { kind: 'iana', state: 'permanent' },
    meaning: 'A proxy or gateway gave up waiting for the server behind it to answer.',
    context:
      'The intermediary did reach out to the upstream, but its read or connect timer ran out before a complete reply came back. Slow queries, long reports and stuck workers are the usual suspects; the request may even finish later on the backend. Look at Via to find the hop, and compare the proxy timeout with how long the backend really takes.',
    causes: [
      'A slow database query, report or external API call that outlasts the proxy read timeout.',
      'The backend is saturated and requests queue until the gateway stops waiting.',
      'A firewall or security group silently drops packets between the proxy and the upstream.',
    ],
    fixes: [
      'Speed up the slow path or move long work to a background job that answers 202 and is polled later.',
      'Raise the proxy timeout only to fit a known, bounded workload, and keep every layer in the chain consistent.',
    ],
    related: [502, 503, 408],
    headers: ['Via'],
    source: {
      title: 'RFC 9110 §15.6.5',
      url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.6.5',
    },
    aliases: [
      'gateway timeout',
      'upstream timed out',
      'timeout',
      'gateway time-out',
      'proxy timeout',
      'upstream request timeout',
    ],
  },
  {
    code: 505,
    phrase: 'HTTP Version Not Supported',
    origin: { kind: 'iana', state: 'permanent' },
    meaning: 'The server refuses to speak the major HTTP version the request was sent with.',
    context:
      'Rare on the modern web, because clients and servers negotiate the version during the TLS handshake or via an upgrade. It shows up with hand-written requests, ancient clients, or a request line so mangled that the version field looks wrong. The body should say which versions the server does accept.',
    causes: [
      'A request line that claims an unknown or very old version, such as HTTP/0.9 or an invented HTTP/4.0.',
      'A tool or test script that builds the request line by hand and gets the format wrong.',
    ],
    fixes: [
      'Send HTTP/1.1 or let the client library negotiate HTTP/2 or HTTP/3 on its own.',
      'If the request line is malformed rather than old, the server should prefer 400.',
    ],
    related: [400, 426, 501],
    headers: ['Upgrade'],
    source: {
      title: 'RFC 9110 §15.6.6',
      url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.6.6',
    },
    aliases: [
      'http version not supported',
      'unsupported http version',
      'protocol version',
      'wrong http version',
    ],
  },
  {
    code: 506,
    phrase: 'Variant Also Negotiates',
    origin: { kind: 'iana', state: 'permanent' },
    meaning:
      'Content negotiation picked a variant that itself wants to negotiate, so no answer can be chosen.',
    context:
      'Belongs to transparent content negotiation, an experimental scheme from the late 1990s that few servers ever enabled. It points to a misconfigured server where one negotiable resource lists another negotiable resource as its variant, creating a circle. The TCN, Alternates and Negotiate header fields carry that scheme.',
    causes: [
      'A type map or MultiViews setup where a variant file is itself a negotiable resource.',
      'Language or format variants that link back to the parent URL instead of to concrete files.',
    ],
    fixes: [
      'Point every variant at a concrete representation, never at another negotiable resource.',
      'Turn off transparent negotiation if nobody relies on it and serve plain content instead.',
    ],
    related: [500, 300, 508],
    headers: ['TCN', 'Alternates', 'Negotiate'],
    source: { title: 'RFC 2295 §8.1', url: 'https://www.rfc-editor.org/rfc/rfc2295#section-8.1' },
    aliases: [
      'variant also negotiates',
      'content negotiation error',
      'transparent content negotiation',
      'tcn',
    ],
  },
  {
    code: 507,
    phrase: 'Insufficient Storage',
    origin: { kind: 'iana', state: 'permanent' },
    meaning: 'The server has run out of room to save what the request asked it to store.',
    context:
      'Introduced by WebDAV and used by file stores, sync services and some upload APIs when a PUT, MKCOL, COPY or similar write cannot be completed. The shortage can be a full disk or a per-user quota. Unlike 413, the request size itself is acceptable; the server simply has no space for it now.',
    causes: [
      'The disk or volume behind the file store is full.',
      'The account has reached its storage quota on a WebDAV, Nextcloud or similar service.',
    ],
    fixes: [
      'Free space or raise the quota, then repeat the write.',
      'Answer 413 instead when the single upload is too large no matter how much space is free.',
    ],
    related: [413, 508, 500],
    headers: ['Content-Length'],
    source: { title: 'RFC 4918 §11.5', url: 'https://www.rfc-editor.org/rfc/rfc4918#section-11.5' },
    aliases: [
      'insufficient storage',
      'disk full',
      'storage quota',
      'out of space',
      'no space left',
    ],
  },
  {
    code: 508,
    phrase: 'Loop Detected',
    origin: { kind: 'iana', state: 'permanent' },
    meaning:
      'The server stopped a whole-tree operation because it found itself going round in circles.',
    context:
      'Part of the WebDAV binding extension, where one collection can be bound into another. A request with Depth: infinity, such as PROPFIND or COPY over a tree, would never end if a binding leads back to an ancestor. The server aborts the whole operation rather than walk the cycle forever.',
    causes: [
      'A WebDAV binding or symbolic link that makes a folder contain one of its own parents.',
      'A client asking for an infinite-depth listing on a tree that has such a cycle.',
    ],
    fixes: [
      'Remove or rebind the link that closes the cycle in the collection tree.',
      'Ask with Depth: 1 and walk the tree on the client, skipping resources already visited.',
    ],
    related: [507, 506, 500],
    headers: ['Depth'],
    source: { title: 'RFC 5842 §7.2', url: 'https://www.rfc-editor.org/rfc/rfc5842#section-7.2' },
    aliases: ['loop detected', 'infinite loop', 'webdav loop', 'cyclic binding', 'recursion'],
  },
  {
    code: 510,
    phrase: 'Not Extended (OBSOLETED)',
    origin: { kind: 'iana', state: 'obsolete' },
    meaning: 'The request lacked an HTTP extension declaration that the server demanded.',
    context:
      'It comes from the HTTP Extension Framework, which let a request declare mandatory extensions in Man, Opt, C-Man and C-Opt header fields. That framework saw almost no deployment and was moved to Historic status, so the registry now marks the code as obsolete. Meeting it today usually means a framework constant was reused for some private purpose.',
    causes: [
      'An old server module that still enforces the extension framework and wants a Man or C-Man declaration.',
      'An application that picked 510 for its own, unrelated meaning.',
    ],
    fixes: [
      'Do not emit this code in new software; pick a current 4xx or 5xx code that says what really failed.',
      'If a legacy server insists on it, send the extension declaration it names in the response body.',
    ],
    related: [501, 400],
    headers: ['Man', 'Opt', 'C-Man', 'C-Opt'],
    source: { title: 'RFC 2774 §7', url: 'https://www.rfc-editor.org/rfc/rfc2774#section-7' },
    aliases: [
      'not extended',
      'extension required',
      'http extension framework',
      'mandatory extension',
    ],
  },
  {
    code: 511,
    phrase: 'Network Authentication Required',
    origin: { kind: 'iana', state: 'permanent' },
    meaning: 'The local network wants you to log in or accept terms before it lets traffic out.',
    context:
      'Sent by captive portals on hotel, airport and café networks that intercept traffic until the user signs in. The website you asked for never saw the request; the answer comes from the network in between and should include a link to its login page. Such responses must not be cached, so Cache-Control matters, and origin servers should never send this code.',
    causes: [
      'The device joined a guest Wi-Fi but the portal sign-in or terms page has not been completed.',
      'The portal session expired after a time or data limit.',
    ],
    fixes: [
      'Open any plain HTTP page in a browser to trigger the portal, sign in, then retry.',
      'For an app or API server needing credentials, use 401 with WWW-Authenticate or 407 for a proxy instead.',
    ],
    related: [401, 407, 0],
    headers: ['Cache-Control'],
    source: { title: 'RFC 6585 §6', url: 'https://www.rfc-editor.org/rfc/rfc6585#section-6' },
    aliases: [
      'network authentication required',
      'captive portal',
      'wifi login',
      'hotel wifi',
      'guest wifi',
      'portal login',
    ],
  },
];

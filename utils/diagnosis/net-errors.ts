/**
 * What the browser's reasons for a request without a response mean. Chromium's names come from
 * net/base/net_error_list.h (https://source.chromium.org/chromium/chromium/src/+/main:net/base/net_error_list.h);
 * DevTools writes them into a HAR as `response._error`. A few Firefox names (NS_ERROR_…) are
 * listed too for HAR files made elsewhere.
 */

export interface NetErrorInfo {
  /** A few words for the request row. */
  tag: string;
  /** One sentence: what happened. */
  title: string;
  /** What to check. */
  hint: string;
}

const blockedHint =
  'Try with extensions turned off; DevTools request blocking and enterprise policies block requests too.';
const tlsHint =
  'Check the certificate chain, its dates and host names (openssl s_client -connect host:443 -servername host).';

/** Exact names. */
export const netErrors: Readonly<Record<string, NetErrorInfo>> = {
  'net::ERR_BLOCKED_BY_CLIENT': {
    tag: 'blocked',
    title: 'Blocked in the browser, by an extension such as an ad or privacy blocker',
    hint: blockedHint,
  },
  'net::ERR_BLOCKED_BY_ADMINISTRATOR': {
    tag: 'blocked (policy)',
    title: 'Blocked by a browser policy set by an administrator',
    hint: 'See chrome://policy (URLBlocklist and similar policies).',
  },
  'net::ERR_BLOCKED_BY_RESPONSE': {
    tag: 'blocked (response)',
    title:
      'Blocked because of the response’s own headers (Cross-Origin-Resource-Policy, COEP, or framing rules)',
    hint: 'Read the console: it names the header that caused the block.',
  },
  'net::ERR_BLOCKED_BY_CSP': {
    tag: 'blocked (CSP)',
    title: 'Blocked by the page’s Content-Security-Policy',
    hint: 'The console names the directive (connect-src, img-src, …) that does not allow this URL.',
  },
  'net::ERR_BLOCKED_BY_ORB': {
    tag: 'blocked (ORB)',
    title:
      'Blocked by Opaque Response Blocking: a no-cors response of a type the page may not read',
    hint: 'Serve the right Content-Type, or fetch it in CORS mode with CORS headers.',
  },
  'net::ERR_BLOCKED_BY_PRIVATE_NETWORK_ACCESS_CHECKS': {
    tag: 'blocked (local network)',
    title: 'Blocked by the browser’s protection of private and local networks',
    hint: 'A public page asked for a private or loopback address; the target must opt in.',
  },
  'net::ERR_NAME_NOT_RESOLVED': {
    tag: 'DNS',
    title: 'DNS failure: the host name does not resolve',
    hint: 'Check the spelling of the host, and the DNS records (dig host).',
  },
  'net::ERR_NAME_RESOLUTION_FAILED': {
    tag: 'DNS',
    title: 'DNS failure: the resolver could not be reached or failed',
    hint: 'Check the network’s DNS servers, VPN or DNS-over-HTTPS settings.',
  },
  'net::ERR_CONNECTION_REFUSED': {
    tag: 'refused',
    title: 'Connection refused: nothing listens on that host and port',
    hint: 'Is the server running, and on this port? Is a firewall rejecting the connection?',
  },
  'net::ERR_CONNECTION_RESET': {
    tag: 'reset',
    title: 'Connection reset: the other side or something in between cut the connection',
    hint: 'Look for a crash or restart of the server, a proxy or firewall, or a TLS mismatch.',
  },
  'net::ERR_CONNECTION_CLOSED': {
    tag: 'closed',
    title: 'Connection closed before a response arrived',
    hint: 'The server or a proxy closed the connection; check its logs and timeouts.',
  },
  'net::ERR_CONNECTION_ABORTED': {
    tag: 'aborted',
    title: 'Connection aborted: no acknowledgement for data sent',
    hint: 'A network problem or an overloaded server.',
  },
  'net::ERR_CONNECTION_FAILED': {
    tag: 'connect failed',
    title: 'The connection attempt failed',
    hint: 'Check the host, the port and the network path.',
  },
  'net::ERR_CONNECTION_TIMED_OUT': {
    tag: 'timeout',
    title: 'Connection timed out: the server never answered the connection attempt',
    hint: 'A firewall dropping packets, a wrong address, or a server that is down.',
  },
  'net::ERR_TIMED_OUT': {
    tag: 'timeout',
    title: 'Timed out waiting for the server',
    hint: 'The server or a proxy is too slow; check its timeouts and load.',
  },
  'net::ERR_ADDRESS_UNREACHABLE': {
    tag: 'unreachable',
    title: 'Address unreachable: no route to that IP address',
    hint: 'Check routing, VPN, and whether the address is right.',
  },
  'net::ERR_EMPTY_RESPONSE': {
    tag: 'empty response',
    title: 'The server closed the connection without sending anything',
    hint: 'Often a crash while handling the request, or HTTP spoken to a TLS port.',
  },
  'net::ERR_INTERNET_DISCONNECTED': {
    tag: 'offline',
    title: 'The device is offline',
    hint: 'Reconnect, or check DevTools’ network throttling (Offline).',
  },
  'net::ERR_NETWORK_CHANGED': {
    tag: 'network changed',
    title: 'The network changed while the request was running',
    hint: 'Wi-Fi switch, VPN up or down; retrying usually works.',
  },
  'net::ERR_NETWORK_ACCESS_DENIED': {
    tag: 'access denied',
    title: 'Network access was denied (a firewall or sandbox)',
    hint: 'Check the local firewall and security software.',
  },
  'net::ERR_ABORTED': {
    tag: 'aborted',
    title:
      'Aborted by the browser or the page (navigation away, AbortController, a replaced request)',
    hint: 'Usually harmless; if unexpected, look for code that cancels this request.',
  },
  'net::ERR_TOO_MANY_REDIRECTS': {
    tag: 'redirect loop',
    title: 'Too many redirects: the browser gave up after 20',
    hint: 'A loop, often between two rules (http ↔ https, with ↔ without www, a login redirect).',
  },
  'net::ERR_UNEXPECTED_PROXY_AUTH': {
    tag: 'unexpected 407',
    title: 'A server that is not a configured proxy answered 407 Proxy Authentication Required',
    hint: 'Chromium refuses a 407 from the origin itself; only a proxy may send it.',
  },
  'net::ERR_PROXY_CONNECTION_FAILED': {
    tag: 'proxy',
    title: 'Could not connect to the proxy',
    hint: 'Check the proxy settings (chrome://net-internals/#proxy).',
  },
  'net::ERR_TUNNEL_CONNECTION_FAILED': {
    tag: 'proxy',
    title: 'The proxy refused to open a tunnel to the server',
    hint: 'The proxy blocks this host or port, or needs authentication.',
  },
  'net::ERR_SSL_PROTOCOL_ERROR': {
    tag: 'TLS',
    title: 'TLS handshake failed: the server sent something that is not valid TLS',
    hint: 'A plain-HTTP port used with https://, or a broken TLS setup.',
  },
  'net::ERR_SSL_VERSION_OR_CIPHER_MISMATCH': {
    tag: 'TLS',
    title: 'TLS failed: no TLS version or cipher in common',
    hint: 'The server offers only outdated TLS versions or ciphers.',
  },
  'net::ERR_BAD_SSL_CLIENT_AUTH_CERT': {
    tag: 'TLS client cert',
    title: 'The server rejected the client certificate',
    hint: 'Check which client certificate the browser offered.',
  },
  'net::ERR_CERT_AUTHORITY_INVALID': {
    tag: 'TLS certificate',
    title: 'Certificate not trusted: self-signed or issued by an unknown authority',
    hint: tlsHint,
  },
  'net::ERR_CERT_COMMON_NAME_INVALID': {
    tag: 'TLS certificate',
    title: 'Certificate is for another host name',
    hint: tlsHint,
  },
  'net::ERR_CERT_DATE_INVALID': {
    tag: 'TLS certificate',
    title: 'Certificate expired or not yet valid (or the device clock is wrong)',
    hint: tlsHint,
  },
  'net::ERR_CERT_REVOKED': { tag: 'TLS certificate', title: 'Certificate revoked', hint: tlsHint },
  'net::ERR_INVALID_RESPONSE': {
    tag: 'invalid response',
    title: 'The response could not be parsed as HTTP',
    hint: 'A broken server or proxy, or a non-HTTP service on that port.',
  },
  'net::ERR_CONTENT_LENGTH_MISMATCH': {
    tag: 'cut short',
    title: 'The body was shorter than its Content-Length: the connection closed early',
    hint: 'Look for a server crash or timeout while sending the body.',
  },
  'net::ERR_INCOMPLETE_CHUNKED_ENCODING': {
    tag: 'cut short',
    title: 'The chunked body ended before its last chunk',
    hint: 'The server or a proxy stopped sending mid-body (timeout, crash, buffer limit).',
  },
  'net::ERR_RESPONSE_HEADERS_TOO_BIG': {
    tag: 'headers too big',
    title: 'The response headers were too big for the browser',
    hint: 'Usually huge Set-Cookie or debug headers.',
  },
  'net::ERR_HTTP2_PROTOCOL_ERROR': {
    tag: 'HTTP/2 error',
    title: 'HTTP/2 protocol error: the stream was reset',
    hint: 'Often a server or proxy failing mid-response (invalid header, body limit, timeout).',
  },
  'net::ERR_QUIC_PROTOCOL_ERROR': {
    tag: 'QUIC error',
    title: 'HTTP/3 (QUIC) protocol error',
    hint: 'Often a middlebox interfering with UDP; compare with --disable-quic.',
  },
  'net::ERR_INSUFFICIENT_RESOURCES': {
    tag: 'browser limit',
    title: 'The browser ran out of resources for this request (too many at once?)',
    hint: 'Look for a request storm: thousands of parallel requests.',
  },
  'net::ERR_UNSAFE_PORT': {
    tag: 'unsafe port',
    title: 'The browser never connects to this port (a port of another protocol)',
    hint: 'Use another port; browsers block ports such as 25, 6000 or 6667.',
  },
  'net::ERR_UNSAFE_REDIRECT': {
    tag: 'unsafe redirect',
    title: 'The browser refused to follow a redirect to that kind of URL',
    hint: 'A redirect to a file:, data: or other non-web URL.',
  },
  'net::ERR_INVALID_REDIRECT': {
    tag: 'bad redirect',
    title: 'The redirect’s Location is not a valid URL',
    hint: 'Fix the Location header.',
  },
  'net::ERR_CACHE_MISS': {
    tag: 'cache miss',
    title: 'Only the cache was allowed, and it did not hold this response',
    hint: 'Seen on form resubmission and offline reloads.',
  },
  'net::ERR_FAILED': {
    tag: 'failed',
    title: 'The request failed without a more precise reason',
    hint: 'For a cross-origin request this is usually CORS: read the console.',
  },
  NS_ERROR_UNKNOWN_HOST: {
    tag: 'DNS',
    title: 'DNS failure: the host name does not resolve',
    hint: 'Check the spelling of the host, and the DNS records.',
  },
  NS_ERROR_CONNECTION_REFUSED: {
    tag: 'refused',
    title: 'Connection refused: nothing listens on that host and port',
    hint: 'Is the server running, and on this port?',
  },
  NS_ERROR_NET_TIMEOUT: {
    tag: 'timeout',
    title: 'Timed out',
    hint: 'The server is too slow or unreachable.',
  },
  NS_ERROR_OFFLINE: { tag: 'offline', title: 'The browser is offline', hint: 'Reconnect.' },
  NS_BINDING_ABORTED: {
    tag: 'aborted',
    title: 'Aborted by the browser or the page',
    hint: 'Usually a navigation or a cancelled request.',
  },
};

/** Families by prefix, for the names not listed one by one. */
const families: readonly [RegExp, NetErrorInfo][] = [
  [
    /^net::ERR_CERT_/,
    { tag: 'TLS certificate', title: 'The server’s TLS certificate was rejected', hint: tlsHint },
  ],
  [/^net::ERR_SSL_/, { tag: 'TLS', title: 'The TLS connection failed', hint: tlsHint }],
  [
    /^net::ERR_(DNS_|NAME_)/,
    { tag: 'DNS', title: 'DNS failure', hint: 'Check the host name and DNS.' },
  ],
  [
    /^net::ERR_PROXY_/,
    { tag: 'proxy', title: 'A proxy problem', hint: 'Check the proxy settings.' },
  ],
  [
    /^net::ERR_HTTP2_/,
    {
      tag: 'HTTP/2 error',
      title: 'An HTTP/2 protocol error',
      hint: 'A server or proxy failed mid-response.',
    },
  ],
  [
    /^net::ERR_QUIC_/,
    { tag: 'QUIC error', title: 'An HTTP/3 (QUIC) error', hint: 'Compare with QUIC turned off.' },
  ],
  [/^net::ERR_BLOCKED_/, { tag: 'blocked', title: 'Blocked by the browser', hint: blockedHint }],
  [
    /^net::ERR_CONNECTION_/,
    {
      tag: 'connection',
      title: 'The connection failed',
      hint: 'Check the server and the network path.',
    },
  ],
];

/** What a reason means, by exact name, then by family; undefined for names we do not know. */
export function lookupNetError(name: string): NetErrorInfo | undefined {
  if (Object.hasOwn(netErrors, name)) return netErrors[name];
  return families.find(([pattern]) => pattern.test(name))?.[1];
}

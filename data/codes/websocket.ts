import type { StatusEntry } from '../types';

/**
 * WebSocket close codes: the number in a Close frame (or the `code` of a browser's CloseEvent).
 * Not HTTP statuses: they are their own family, outside the 1xx–5xx classes and counts.
 *
 * Facts: numbers and names from IANA's "WebSocket Close Code Number" registry
 * (https://www.iana.org/assignments/websocket/websocket.xhtml#close-code-number); 1000–1011 and
 * 1015 are defined in RFC 6455 §7.4.1, 1012–1014 were registered later by IANA (their reference
 * is a message on the HyBi list). 1005, 1006 and 1015 are never sent in a frame: an endpoint
 * reports them itself (RFC 6455 §7.4.1). The 3000–3999 range is registered first come, first
 * served; 4000–4999 is for private use (RFC 6455 §7.4.2). The wording is our own.
 */
const RFC = (section: string) => ({
  title: `RFC 6455 §${section}`,
  url: `https://www.rfc-editor.org/rfc/rfc6455#section-${section}`,
});
const IANA = {
  title: 'IANA WebSocket Close Code Number registry',
  url: 'https://www.iana.org/assignments/websocket/websocket.xhtml#close-code-number',
};

type Close = Pick<StatusEntry, 'code' | 'phrase' | 'meaning' | 'context' | 'causes' | 'fixes'> &
  Partial<Pick<StatusEntry, 'aliases' | 'related' | 'upTo'>> & { source?: StatusEntry['source'] };

const closes: Close[] = [
  {
    code: 1000,
    phrase: 'Normal Closure',
    meaning: 'The connection was closed on purpose, after it had done its job.',
    context: 'The clean ending: one side sent a Close frame and the other answered it.',
    causes: ['The page or server called close() with no error.', 'A session ended as designed.'],
    fixes: [
      'Nothing to fix, unless the close came sooner than expected: then look for who called close().',
      'Reconnect only if the application still needs the socket.',
    ],
  },
  {
    code: 1001,
    phrase: 'Going Away',
    meaning: 'One side is leaving: a tab navigating away, a server shutting down.',
    context: 'Browsers send it when a page unloads; servers when they stop or drain connections.',
    causes: ['The user closed or reloaded the tab.', 'The server restarted or scaled in.'],
    fixes: [
      'On the client, reconnect with a delay if the page is still open.',
      'On the server, drain connections gracefully before shutting down.',
    ],
  },
  {
    code: 1002,
    phrase: 'Protocol error',
    meaning: 'A frame broke the WebSocket protocol, so the other side gave up.',
    context: 'Sent by the side that received the bad frame.',
    causes: [
      'A library or proxy bug that corrupts frames.',
      'Unmasked client frames, bad opcodes.',
    ],
    fixes: [
      'Update the WebSocket libraries on both ends.',
      'Check proxies in between that may rewrite the stream.',
    ],
  },
  {
    code: 1003,
    phrase: 'Unsupported Data',
    meaning:
      'A message of a kind the receiver cannot take, such as binary where only text is read.',
    context: 'The receiving side only understands some message types.',
    causes: [
      'Sending binary frames to a text-only endpoint.',
      'Sending text to a binary protocol.',
    ],
    fixes: [
      'Send the message type the endpoint expects.',
      'Check the subprotocol both sides agreed.',
    ],
  },
  {
    code: 1004,
    phrase: 'Reserved',
    meaning: 'Reserved by the protocol; no meaning is defined for it.',
    context: 'An endpoint should never send it.',
    causes: ['A custom server that misuses reserved numbers.', 'A code typed in by mistake.'],
    fixes: ['Use a defined code, or one from 4000–4999 for your own reasons.', 'Check the sender.'],
    source: RFC('7.4.1'),
  },
  {
    code: 1005,
    phrase: 'No Status Rcvd',
    meaning: 'The Close frame had no code in it; the browser reports 1005 itself.',
    context: 'Never sent on the wire: it fills in the CloseEvent when the peer gave no code.',
    causes: ['The server called close() without a code.', 'A library closes with an empty frame.'],
    fixes: [
      'Have the server send a code and a reason when it closes.',
      'Treat it like a normal close unless the timing says otherwise.',
    ],
    aliases: ['no status received'],
  },
  {
    code: 1006,
    phrase: 'Abnormal Closure',
    meaning: 'The connection dropped with no Close frame at all; the browser reports 1006 itself.',
    context:
      'The most common code in bug reports and the least informative: the TCP connection ended, or the handshake never completed. Browsers give no reason, on purpose. Not to be confused with Cloudflare’s error 1006, an access denial that comes with an HTTP 403.',
    causes: [
      'A proxy, load balancer or CDN cut an idle connection (often after 60 s without traffic).',
      'The server crashed or restarted, the network changed, or the upgrade request was refused (a non-101 answer, a TLS or CORS-like origin check).',
    ],
    fixes: [
      'Look at the handshake in the Network panel: a status other than 101 is the real error.',
      'Send pings or heartbeats below the idle timeout of every proxy, and reconnect with backoff.',
    ],
    aliases: ['abnormal closure', 'connection closed abnormally', 'close 1006'],
    related: [502, 504],
  },
  {
    code: 1007,
    phrase: 'Invalid frame payload data',
    meaning: 'A message’s content did not match its type, such as text that is not valid UTF-8.',
    context: 'The receiver checks text frames for UTF-8.',
    causes: [
      'Sending raw bytes in a text frame.',
      'Cutting a UTF-8 character across frames badly.',
    ],
    fixes: [
      'Encode text as UTF-8, or send binary frames.',
      'Check the encoder on the sending side.',
    ],
  },
  {
    code: 1008,
    phrase: 'Policy Violation',
    meaning: 'The receiver refused a message that breaks its rules; a catch-all for refusals.',
    context: 'Used when no more specific code fits, often for authentication or origin checks.',
    causes: ['A missing or expired token.', 'An origin or message the server does not allow.'],
    fixes: ['Read the close reason text, if any.', 'Check credentials and the allowed origins.'],
  },
  {
    code: 1009,
    phrase: 'Message Too Big',
    meaning: 'A message was larger than the receiver accepts.',
    context: 'Servers cap message size; so do some proxies.',
    causes: ['Sending a large payload in one message.', 'A server limit set lower than expected.'],
    fixes: ['Split large data into smaller messages.', 'Raise the maximum message size.'],
    related: [413],
  },
  {
    code: 1010,
    phrase: 'Mandatory Ext.',
    meaning: 'The client needed an extension that the server did not agree to in the handshake.',
    context: 'Only a client sends it, after a handshake without the extension it requires.',
    causes: ['A client that insists on an extension.', 'A proxy that strips extension headers.'],
    fixes: ['Make the extension optional on the client.', 'Enable it on the server and proxies.'],
    aliases: ['mandatory extension'],
  },
  {
    code: 1011,
    phrase: 'Internal Error',
    meaning: 'The server hit an unexpected error and closed the connection.',
    context: 'The WebSocket counterpart of a 500.',
    causes: ['An exception in the server’s message handler.', 'A backend the server needs failed.'],
    fixes: ['Read the server logs at the time of the close.', 'Reconnect with backoff.'],
    related: [500],
  },
  {
    code: 1012,
    phrase: 'Service Restart',
    meaning: 'The server is restarting; the client may come back a little later.',
    context: 'A hint to reconnect after a short, randomised delay.',
    causes: ['A deployment.', 'A planned restart.'],
    fixes: ['Reconnect after a random few seconds.', 'Avoid every client reconnecting at once.'],
    source: IANA,
  },
  {
    code: 1013,
    phrase: 'Try Again Later',
    meaning: 'The server is overloaded or briefly unable to serve; try again later.',
    context: 'The WebSocket counterpart of a 503.',
    causes: ['Too many connections.', 'A temporary shortage on the server.'],
    fixes: ['Reconnect with exponential backoff.', 'Add capacity on the server.'],
    related: [503],
    source: IANA,
  },
  {
    code: 1014,
    phrase: 'Bad Gateway',
    meaning: 'A gateway in the middle got an invalid answer from the server behind it.',
    context: 'The WebSocket counterpart of a 502.',
    causes: ['The backend is down or refused the upgrade.', 'A proxy misrouted the connection.'],
    fixes: ['Check the backend behind the gateway.', 'Check the proxy’s upgrade configuration.'],
    related: [502],
    source: IANA,
  },
  {
    code: 1015,
    phrase: 'TLS handshake',
    meaning: 'The TLS handshake failed, so no connection was made; reported, never sent.',
    context: 'A wss:// connection that failed before the WebSocket handshake.',
    causes: ['An expired or untrusted certificate.', 'A TLS version or cipher mismatch.'],
    fixes: [
      'Open the wss:// host over https:// to see the certificate error.',
      'Fix the certificate.',
    ],
    aliases: ['tls handshake failure'],
  },
  {
    code: 3000,
    upTo: 3999,
    phrase: 'Registered by libraries and frameworks',
    meaning: 'Codes registered with IANA by libraries, frameworks and applications.',
    context:
      'Anyone may register a code in this range; look the exact number up in the IANA registry or in the docs of the library that sent it.',
    causes: ['A framework closing for its own reason.', 'An application using a registered code.'],
    fixes: ['Read the library’s documentation for the number.', 'Read the close reason text.'],
    source: IANA,
  },
  {
    code: 4000,
    upTo: 4999,
    phrase: 'Private use',
    meaning: 'Codes an application defines for itself; their meaning is in its own docs.',
    context:
      'Not registered anywhere: each service picks its own numbers and documents them, or not.',
    causes: [
      'The application closed for a reason of its own.',
      'Auth or session rules of the app.',
    ],
    fixes: ['Look the number up in the service’s documentation.', 'Read the close reason text.'],
    source: RFC('7.4.2'),
  },
];

export const websocket: StatusEntry[] = closes.map((close) => ({
  origin: { kind: 'protocol', family: 'websocket' },
  related: [],
  headers: [],
  source: RFC('7.4.1'),
  ...close,
  // "websocket 1006", "ws 1006", "close code 1006" lead here; "cloudflare 1006" to Cloudflare's.
  aliases: [
    ...(close.aliases ?? []),
    ...['websocket', 'ws', 'close code', 'websocket close'].map((word) => `${word} ${close.code}`),
  ],
}));

import type { StatusEntry } from '../types';

const NGINX_SOURCE = {
  title: 'nginx source (ngx_http_request.h)',
  url: 'https://github.com/nginx/nginx/blob/master/src/http/ngx_http_request.h',
};

const CLOUDFLARE_SOURCE = {
  title: 'Cloudflare documentation: 5xx errors',
  url: 'https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/',
};

const AWS_ALB_SOURCE = {
  title: 'AWS ELB documentation: troubleshoot Application Load Balancers',
  url: 'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-troubleshooting.html',
};

const MS_ASHTTP_SOURCE = {
  title: '[MS-ASHTTP] §2.2.2.1.1',
  url: 'https://learn.microsoft.com/en-us/openspecs/exchange_server_protocols/ms-ashttp/',
};

/**
 * Codes outside the IANA registry that people really meet: vendor codes (nginx, Cloudflare,
 * AWS load balancers, Microsoft, Laravel, Esri) and informal proxy codes. Where one number
 * has two vendor meanings, both entries are listed, in the order the reference shows them.
 */
export const unofficial: StatusEntry[] = [
  {
    code: 218,
    phrase: 'This is fine',
    origin: { kind: 'vendor', vendor: 'Apache' },
    meaning:
      'An informal 2xx code, said to let an upstream error page pass through Apache as a success.',
    context:
      'Status code tables describe 218 as what Apache httpd sends when ProxyErrorOverride is on and it forwards a backend error body under a success status. Nothing in the httpd source or manual defines it, so the attribution is folklore copied from list to list. If you meet it, some component was configured or coded to send it on purpose; trust the body over the status.',
    causes: [
      'A proxy or application that deliberately emits 218 as an in-joke while relaying an error body.',
      'Monitoring rules or test fixtures built from an unofficial status list that includes the code.',
    ],
    fixes: [
      "Forward the backend's real 4xx or 5xx status so that clients and monitors can react to it.",
      'Answer 200 for a genuine success, and 502 when the call to the upstream failed.',
    ],
    related: [200, 502],
    headers: [],
    source: { title: 'Unofficial status lists (attributed to Apache httpd, not in its docs)' },
    aliases: [
      'this is fine',
      'apache 218',
      'proxyerroroverride',
      'error passed through',
      'fake success',
      'meme status',
    ],
  },
  {
    code: 419,
    phrase: 'Page Expired',
    origin: { kind: 'vendor', vendor: 'Laravel' },
    meaning:
      'Laravel rejected a form or AJAX post because its CSRF token was missing, stale or from another session.',
    context:
      "Laravel's CSRF middleware answers 419 when a state-changing request (POST, PUT, PATCH, DELETE) carries no token or one that does not match the session. The token travels in a _token form field, an X-CSRF-TOKEN header, or the X-XSRF-TOKEN header that front-end HTTP libraries copy from the XSRF-TOKEN cookie. Users usually meet it as a Page Expired screen after leaving a form open too long.",
    causes: [
      'The session expired while the form sat open, so the embedded token no longer matches.',
      'A Blade form without @csrf, or a JavaScript request that never sends the X-CSRF-TOKEN header.',
      'Session cookies not sticking: a wrong SESSION_DOMAIN, a Secure cookie over plain HTTP, or a SameSite rule blocking the cookie.',
      'A third-party webhook posting to a route that still runs the CSRF check.',
    ],
    fixes: [
      'Put @csrf in every form and send the token from the csrf-token meta tag as a header on AJAX calls.',
      'Confirm the session cookie is actually stored and sent back (domain, Secure, SameSite, session driver).',
      'Exclude webhook endpoints from CSRF verification and authenticate them with a signature instead.',
    ],
    related: [403, 401, 440],
    headers: ['X-CSRF-TOKEN', 'X-XSRF-TOKEN', 'Cookie', 'Set-Cookie'],
    source: { title: 'Laravel framework (CSRF middleware)' },
    aliases: [
      'page expired',
      'csrf token mismatch',
      'laravel',
      'laravel 419',
      'tokenmismatchexception',
      'session expired',
      'csrf error',
    ],
  },
  {
    code: 420,
    phrase: 'Enhance Your Calm',
    origin: { kind: 'vendor', vendor: 'Twitter' },
    meaning: 'The old Twitter API telling a client it was being rate limited and should slow down.',
    context:
      "Twitter's version 1 Search and Trends APIs answered 420 when a client made too many calls in a window, often with a Retry-After header giving the wait in seconds. API v1.1 moved to the standard 429, so new code should not expect 420 from Twitter or X. The number lives on in older client libraries and in services that copied the joke.",
    causes: [
      'Polling the search endpoints faster than the per-window allowance.',
      'Reconnecting to the streaming API too often after drops, which the old service punished with 420.',
    ],
    fixes: [
      'Honour Retry-After and back off exponentially before the next attempt.',
      'When building your own API, signal rate limits with 429 Too Many Requests rather than 420.',
    ],
    related: [429, 503],
    headers: ['Retry-After', 'X-RateLimit-Remaining', 'X-RateLimit-Reset'],
    source: { title: 'Twitter API v1 rate limiting (retired)' },
    aliases: [
      'enhance your calm',
      'rate limit',
      'rate limited',
      'twitter',
      'twitter 420',
      'chill out',
      'too many requests',
    ],
  },
  {
    code: 420,
    phrase: 'Method Failure',
    origin: { kind: 'vendor', vendor: 'Spring' },
    meaning:
      'A deprecated Spring status for a failed WebDAV method, taken from early WebDAV drafts.',
    context:
      'Early WebDAV drafts used 420 Method Failure when one step of a multi-resource operation failed; the first WebDAV RFC replaced it with 424 Failed Dependency. Spring Framework kept the constant HttpStatus.METHOD_FAILURE for compatibility and marks it deprecated. You only get it from Spring applications that return that constant on purpose.',
    causes: [
      'A Spring controller or exception handler returning HttpStatus.METHOD_FAILURE.',
      'Legacy WebDAV server code written against the draft status table.',
    ],
    fixes: [
      'Return 424 Failed Dependency when an operation failed because an earlier step did.',
      'For a plain server-side failure answer 500, or 422 when the request content was the problem.',
    ],
    related: [424, 500, 422],
    headers: [],
    source: { title: 'Spring Framework HttpStatus.METHOD_FAILURE (deprecated)' },
    aliases: [
      'method failure',
      'spring',
      'spring 420',
      'method_failure',
      'httpstatus.method_failure',
      'webdav draft',
    ],
  },
  {
    code: 440,
    phrase: 'Login Time-out',
    origin: { kind: 'vendor', vendor: 'Microsoft IIS' },
    meaning:
      "The user's IIS or Outlook on the web session timed out and a fresh sign-in is needed.",
    context:
      "Microsoft IIS, and Exchange's Outlook Web App running on it, return 440 when the forms-based login session behind a request has lapsed. Browsers show it as an ordinary client error, while the web app normally sends the user back to its sign-in form. The session cookie is what counts here, not an Authorization header.",
    causes: [
      'The OWA or IIS forms-authentication session passed its idle or absolute timeout.',
      'Session cookies cleared, blocked or dropped by a proxy between the browser and the server.',
    ],
    fixes: [
      'Sign in again; raise the session timeout on the server if users are logged out too quickly.',
      'For your own APIs, use 401 with WWW-Authenticate for an expired credential instead of 440.',
    ],
    related: [401, 419],
    headers: ['Cookie', 'Set-Cookie'],
    source: { title: 'Microsoft IIS / Outlook Web App' },
    aliases: [
      'login time-out',
      'login timeout',
      'session timed out',
      'owa session expired',
      'iis 440',
      'outlook web app',
      'microsoft iis',
    ],
  },
  {
    code: 444,
    phrase: 'No Response',
    origin: { kind: 'vendor', vendor: 'nginx', logOnly: true },
    meaning: 'nginx dropped the connection on purpose without sending a single byte of response.',
    context:
      'In nginx configuration, return 444 is an instruction to close the connection at once; the number goes to the access log and never onto the wire. Admins put it in a catch-all default_server to shed requests with unknown Host headers, scanners and abusive bots. From the client side it cannot be told apart from a dropped network connection.',
    causes: [
      'A default_server block that answers 444 to every Host name it does not serve.',
      'A deny rule for certain user agents, paths or countries that ends in return 444.',
      'Bot or rate filtering that prefers silence over an error page.',
    ],
    fixes: [
      'Search the nginx config for return 444 and find which server block or location matched the request.',
      'Where a visible refusal is better, answer 403, or 421 for a host this server does not handle.',
    ],
    related: [0, 403, 421, 499],
    headers: ['Host'],
    source: NGINX_SOURCE,
    aliases: [
      'no response',
      'connection closed without response',
      'nginx 444',
      'empty response',
      'err_empty_response',
      'connection dropped',
      'return 444',
    ],
    clientSees:
      'No HTTP response at all: the connection closes, so the browser reports a network error (status 0, such as net::ERR_EMPTY_RESPONSE in Chrome).',
  },
  {
    code: 449,
    phrase: 'Retry With',
    origin: { kind: 'vendor', vendor: 'Microsoft WebDAV' },
    meaning: 'A Microsoft WebDAV server needs more from the client and wants the request repeated.',
    context:
      "Defined in Microsoft's WebDAV client extensions, 449 comes with an Ms-Echo-Request header; a client that supports it sends the same request again with an Ms-Echo-Reply header, and the server must not answer that retry with another 449. Clients that do not know the code handle it like any unknown 4xx. The grammar in the spec spells the reason phrase Reply With, though Retry With is the name in use.",
    causes: [
      'A Microsoft WebDAV server that wants extra information from the client before it acts.',
      'A client unaware of the extension, so Ms-Echo-Request is ignored and the retry never happens.',
    ],
    fixes: [
      'Repeat the request carrying the Ms-Echo-Reply header that the extension calls for.',
      'Outside this Microsoft extension, prefer 428 Precondition Required or a 400 that explains what is missing.',
    ],
    related: [428, 400],
    headers: ['Ms-Echo-Request', 'Ms-Echo-Reply'],
    source: {
      title: '[MS-WDV] §2.2.6',
      url: 'https://learn.microsoft.com/en-us/openspecs/windows_protocols/ms-wdv/',
    },
    aliases: [
      'retry with',
      'reply with',
      'microsoft webdav',
      'ms-wdv',
      'ms-echo-request',
      'webdav retry',
    ],
  },
  {
    code: 450,
    phrase: 'Blocked by Windows Parental Controls',
    origin: { kind: 'vendor', vendor: 'Microsoft Windows' },
    meaning: 'Windows Parental Controls stopped the signed-in account from opening this address.',
    context:
      "Windows returned 450 when Parental Controls were switched on for the current user and its web filter blocked the requested page. The decision is made on the local computer, so the site's own logs will not explain it. The code belongs to the Windows Vista and 7 era and is rare today.",
    causes: [
      'Parental Controls or Family Safety web filtering enabled for the current Windows user.',
      'The site falls in a blocked category or is missing from the allow list.',
    ],
    fixes: [
      'Have a parent or administrator allow the site or relax the filter for that account.',
      'A site owner refusing access for policy reasons should send 403, or 451 when the reason is legal.',
    ],
    related: [403, 451],
    headers: [],
    source: { title: 'Microsoft Windows Parental Controls' },
    aliases: [
      'blocked by windows parental controls',
      'parental controls',
      'family safety',
      'windows 450',
      'site blocked',
      'web filter',
    ],
  },
  {
    code: 451,
    phrase: 'Redirect',
    origin: { kind: 'vendor', vendor: 'Microsoft Exchange' },
    meaning:
      'Exchange ActiveSync telling a mobile device to use a different server for this mailbox.',
    context:
      "This is Microsoft's older use of 451 and has nothing to do with the registered 451 Unavailable For Legal Reasons. An Exchange server sends it when the device reached a server that cannot serve the mailbox, or when a better one exists, normally naming the new URL in an X-MS-Location header. Without that header the device has to run Autodiscover again to find its server.",
    causes: [
      'The mailbox moved to another site or Exchange version after the device was set up.',
      'The device is pinned to an old server name instead of the one Autodiscover would return.',
    ],
    fixes: [
      'Send all further ActiveSync requests to the URL given in X-MS-Location.',
      'With no location in the reply, rerun Autodiscover; outside ActiveSync, redirect with 307 or 308 and a Location header.',
    ],
    related: [451, 307, 308],
    headers: ['X-MS-Location', 'MS-ASProtocolVersion'],
    source: MS_ASHTTP_SOURCE,
    aliases: [
      'redirect',
      'exchange redirect',
      'activesync 451',
      'exchange activesync',
      'x-ms-location',
      'autodiscover',
      'mailbox moved',
    ],
  },
  {
    code: 456,
    phrase: 'Blocked',
    origin: { kind: 'vendor', vendor: 'Microsoft Exchange' },
    meaning: "Exchange ActiveSync refused the device because the user's account is blocked.",
    context:
      'A status from the Exchange ActiveSync HTTP protocol, returned when the account behind the sync request has been barred from the service. Changing settings on the phone will not help, since the block is held on the server. Mail apps usually show it as a sync or account error rather than as a page.',
    causes: [
      'An administrator disabled ActiveSync for the user or blocked the account.',
      'Account-level restrictions applied by the mail administrator, such as a disabled or locked account.',
    ],
    fixes: [
      'Ask the Exchange administrator to lift the block or allow the device.',
      'In your own services, report a blocked or suspended account with 403.',
    ],
    related: [403, 457],
    headers: [],
    source: MS_ASHTTP_SOURCE,
    aliases: [
      'blocked',
      'account blocked',
      'activesync blocked',
      'exchange 456',
      'exchange activesync',
      'mailbox access denied',
    ],
  },
  {
    code: 457,
    phrase: 'Expired Password',
    origin: { kind: 'vendor', vendor: 'Microsoft Exchange' },
    meaning: "Exchange ActiveSync will not sync because the user's password has expired.",
    context:
      'Mail apps get 457 from Exchange ActiveSync once the account password has passed its maximum age. The credentials in the Authorization header were valid until then, which is why this is kept apart from a plain 401. Syncing resumes after the password has been changed and the device has been given the new one.',
    causes: [
      'The domain password policy forced an expiry and the user has not changed the password yet.',
      'An account flagged to change its password at the next sign-in.',
    ],
    fixes: [
      'Change the password through a browser or desktop sign-in, then update it on the device.',
      'For your own APIs, report expired credentials with 401 and a WWW-Authenticate challenge, or 403 with a clear message.',
    ],
    related: [401, 456],
    headers: ['Authorization'],
    source: MS_ASHTTP_SOURCE,
    aliases: [
      'expired password',
      'password expired',
      'exchange 457',
      'activesync password',
      'exchange activesync',
      'change password',
    ],
  },
  {
    code: 460,
    phrase: 'Client Closed Connection',
    origin: { kind: 'vendor', vendor: 'AWS load balancer' },
    meaning:
      'The AWS load balancer logged that the client hung up before the idle timeout was reached.',
    context:
      'An Application Load Balancer writes 460 into its access logs when the client closes the connection while the request is still open. The client never receives the number; it gave up, usually because its own timeout is shorter than the time the target needed. The target processing time in the same log line shows how slow the backend was.',
    causes: [
      'A client, SDK or upstream proxy timeout that is shorter than the load balancer idle timeout.',
      'Users navigating away from or cancelling a slow request.',
      'A slow target that holds the request open longer than the caller will wait.',
    ],
    fixes: [
      'Raise the client timeout above the load balancer idle timeout, or make the target answer faster.',
      'Return 202 Accepted for long jobs and let the client poll, instead of holding the request open.',
    ],
    related: [499, 408, 504],
    headers: [],
    source: AWS_ALB_SOURCE,
    aliases: [
      'client closed connection',
      'alb 460',
      'elb 460',
      'aws load balancer',
      'client disconnected',
      'client timeout',
      'request cancelled',
    ],
  },
  {
    code: 463,
    phrase: 'X-Forwarded-For Too Long',
    origin: { kind: 'vendor', vendor: 'AWS load balancer' },
    meaning:
      'The AWS load balancer refused a request whose X-Forwarded-For header lists over 30 addresses.',
    context:
      'Each proxy a request passes appends an IP address to X-Forwarded-For, and an Application Load Balancer rejects the request with 463 once that list grows past 30 entries. The response comes from the load balancer itself, so the target never sees the request. A list that long nearly always points to a forwarding loop or a client that forges the header.',
    causes: [
      'A routing loop in which traffic passes the same proxy or load balancer again and again.',
      'Chained CDNs and proxies that each append to the header.',
      'A client or tool sending an oversized, forged X-Forwarded-For value.',
    ],
    fixes: [
      'Trace the request path and break any loop between CDN, proxy and load balancer.',
      'Strip untrusted X-Forwarded-For values at the edge so only trusted hops are appended.',
    ],
    related: [400, 431, 508],
    headers: ['X-Forwarded-For'],
    source: AWS_ALB_SOURCE,
    aliases: [
      'x-forwarded-for too long',
      'alb 463',
      'elb 463',
      'aws load balancer',
      'too many ip addresses',
      'proxy loop',
      'xff header',
    ],
  },
  {
    code: 464,
    phrase: 'Incompatible Protocol',
    origin: { kind: 'vendor', vendor: 'AWS load balancer' },
    meaning:
      'The AWS load balancer got a request in a protocol that the target group is not set up for.',
    context:
      'Application Load Balancer target groups have a protocol version of HTTP/1.1, HTTP/2 or gRPC, and incoming requests must fit it. Plain HTTP/1.1 traffic sent to a gRPC target group, or a gRPC call routed to an HTTP/1.1 group, gets 464 from the load balancer. The check happens before forwarding, so the targets never log the request.',
    causes: [
      'A listener rule that routes browser traffic and gRPC clients to the same gRPC target group.',
      'A gRPC client whose call lands on a target group created with HTTP/1.1 as its protocol version.',
      'Clients connecting over HTTP/1.1 to a listener path meant only for gRPC over HTTP/2.',
    ],
    fixes: [
      'Match each target group protocol version to the clients routed to it, with separate rules for gRPC and web traffic.',
      'In your own servers, answer 505 for an unsupported HTTP version, or 426 when the client must switch protocols.',
    ],
    related: [505, 426, 400],
    headers: ['Content-Type'],
    source: AWS_ALB_SOURCE,
    aliases: [
      'incompatible protocol',
      'protocol mismatch',
      'alb 464',
      'elb 464',
      'aws load balancer',
      'grpc target group',
      'http2 mismatch',
    ],
  },
  {
    code: 494,
    phrase: 'Request Header Too Large',
    origin: { kind: 'vendor', vendor: 'nginx', logOnly: true },
    meaning:
      "nginx's internal code for a request whose header line or cookies overflowed its buffers.",
    context:
      'nginx reads request headers into buffers sized by large_client_header_buffers; a single line or a header block that overflows them raises 494 internally. The code exists so that error_page 494 can serve a custom page, but on the wire the client receives a 400. Swollen Cookie headers, where many apps on one parent domain each set their own cookies, are the usual trigger.',
    causes: [
      'Too many or too large cookies piled up for the domain, often from analytics and several apps sharing it.',
      'A huge Authorization or custom header, such as a JWT stuffed with claims.',
      'large_client_header_buffers left at its default while the applications expect bigger headers.',
    ],
    fixes: [
      'Clear the site cookies to confirm, then shrink cookies or scope them to narrower paths and subdomains.',
      'Raise large_client_header_buffers for the server block when the headers are legitimate.',
      'An application that checks header size itself should answer 431 Request Header Fields Too Large.',
    ],
    related: [431, 400],
    headers: ['Cookie', 'Authorization'],
    source: NGINX_SOURCE,
    aliases: [
      'request header too large',
      'request header or cookie too large',
      'cookie too large',
      'nginx 494',
      'header too big',
      'large_client_header_buffers',
      'too many cookies',
    ],
    clientSees: 'A 400 Bad Request page titled "Request Header Or Cookie Too Large".',
  },
  {
    code: 495,
    phrase: 'SSL Certificate Error',
    origin: { kind: 'vendor', vendor: 'nginx', logOnly: true },
    meaning: "nginx's internal code for a client TLS certificate that failed verification.",
    context:
      'When a server block turns on ssl_verify_client, nginx checks the certificate the client presented in the TLS handshake against the configured CA list. If that check fails, nginx tags the request 495 so that error_page can catch it, and the client is served a 400. The verification result is available in the $ssl_client_verify variable for logging.',
    causes: [
      'The client certificate expired or was signed by a CA that nginx does not trust.',
      'An incomplete certificate chain, or ssl_verify_depth set too low for it.',
      'The certificate appears on a revocation list configured with ssl_crl.',
    ],
    fixes: [
      'Log $ssl_client_verify to see the exact reason verification failed.',
      'Issue a fresh client certificate from the CA in ssl_client_certificate and include any intermediates.',
    ],
    related: [400, 496, 403],
    headers: [],
    source: NGINX_SOURCE,
    aliases: [
      'ssl certificate error',
      'client certificate error',
      'mtls error',
      'nginx 495',
      'ssl_verify_client',
      'mutual tls failed',
      'bad client cert',
    ],
    clientSees: 'A 400 Bad Request page titled "The SSL certificate error".',
  },
  {
    code: 496,
    phrase: 'SSL Certificate Required',
    origin: { kind: 'vendor', vendor: 'nginx', logOnly: true },
    meaning:
      "nginx's internal code for a request that came without the client certificate it demands.",
    context:
      'With ssl_verify_client set to on, nginx expects every client to present a certificate during the TLS handshake, and a connection that brings none is tagged 496. As with its neighbours 494, 495 and 497, the number is there for error_page, while the browser is handed a 400. Browsers only send a certificate when one is installed and the user picks it in the prompt.',
    causes: [
      'No client certificate installed in the browser, the OS keychain or the HTTP client.',
      'The user dismissed the certificate selection prompt.',
      'A TLS-terminating proxy in front of nginx that does not pass client certificates on.',
    ],
    fixes: [
      'Install the client certificate and key in the calling application (for curl, --cert and --key).',
      'Use ssl_verify_client optional plus an explicit check when only some locations need mutual TLS.',
    ],
    related: [400, 495, 401],
    headers: [],
    source: NGINX_SOURCE,
    aliases: [
      'ssl certificate required',
      'no required ssl certificate was sent',
      'client certificate missing',
      'nginx 496',
      'mtls required',
      'mutual tls',
    ],
    clientSees: 'A 400 Bad Request page titled "No required SSL certificate was sent".',
  },
  {
    code: 497,
    phrase: 'HTTP Request Sent to HTTPS Port',
    origin: { kind: 'vendor', vendor: 'nginx', logOnly: true },
    meaning: "nginx's internal code for plain HTTP that arrived on a port expecting TLS.",
    context:
      'A listen directive with the ssl parameter expects a TLS handshake; when plain-text HTTP shows up instead, nginx marks the request 497. By default the client gets a 400 page, but a common trick is an error_page 497 rule pointing at an https URL so nginx answers with a redirect. Typical sources are hand-typed http:// URLs with an explicit port and health checks using the wrong scheme.',
    causes: [
      'A URL such as http://example.com:443/, or a custom HTTPS port typed with http://.',
      'A load balancer or health check talking plain HTTP to the TLS listener.',
      'A proxy_pass http:// line aimed at an upstream port that expects TLS.',
    ],
    fixes: [
      'Add error_page 497 =301 https://$host:$server_port$request_uri; to send such clients to the HTTPS URL.',
      'Point health checks and upstream settings at the right scheme, and move port 80 visitors over with 301 or 308.',
    ],
    related: [400, 301, 308],
    headers: ['Location'],
    source: NGINX_SOURCE,
    aliases: [
      'plain http request was sent to https port',
      'http to https port',
      'nginx 497',
      'wrong scheme',
      'http on https port',
      'ssl port',
    ],
    clientSees:
      'A 400 Bad Request page saying "The plain HTTP request was sent to HTTPS port", unless an error_page 497 rule turns it into a redirect.',
  },
  {
    code: 498,
    phrase: 'Invalid Token',
    origin: { kind: 'vendor', vendor: 'Esri ArcGIS' },
    meaning: 'ArcGIS Server rejected the access token sent with the request as expired or invalid.',
    context:
      'Esri ArcGIS Server and ArcGIS Online use 498 for a token that has expired, was revoked, or fails a check such as the referer it was issued for. The REST API can report it inside a JSON error object while the HTTP status line says 200, so inspect the body as well as the status. Tokens travel in a token parameter or in the X-Esri-Authorization header.',
    causes: [
      'A short-lived token that expired during a long session.',
      'A token generated for one referer or IP address but sent from another.',
      'A token invalidated after a password change or sign-out.',
    ],
    fixes: [
      'Generate a fresh token and renew it before its expiry time.',
      'Make sure the Referer the browser sends matches the one used when the token was created.',
      'For your own APIs, send 401 with WWW-Authenticate error="invalid_token" instead.',
    ],
    related: [401, 499, 403],
    headers: ['X-Esri-Authorization', 'Referer'],
    source: { title: 'Esri ArcGIS Server REST API (token errors)' },
    aliases: [
      'invalid token',
      'token expired',
      'expired token',
      'arcgis',
      'esri',
      'arcgis 498',
      'invalid_token',
    ],
  },
  {
    code: 499,
    phrase: 'Client Closed Request',
    origin: { kind: 'vendor', vendor: 'nginx', logOnly: true },
    meaning:
      'nginx logged that the client gave up and closed the connection before the response was ready.',
    context:
      'While nginx waits on an upstream or is still building the answer, the client may hang up; nginx then writes 499 to the access log and sends nothing, because nobody is listening. A burst of 499s usually means a slow backend or a client timeout that is too tight. When nginx sits behind a load balancer, the client is that balancer, so its idle timeout counts.',
    causes: [
      'A slow upstream: the backend took longer than the browser, app or load balancer would wait.',
      'Users refreshing, navigating away or cancelling while a request was in flight.',
      "An outer load balancer or proxy whose timeout is shorter than nginx's proxy_read_timeout.",
    ],
    fixes: [
      'Compare $request_time and $upstream_response_time in the log to see where the time went.',
      'Align timeouts along the chain so each outer hop waits a little longer than the one behind it.',
      'Turn on proxy_ignore_client_abort only if the backend must finish work the client abandoned.',
    ],
    related: [408, 504, 460, 0],
    headers: [],
    source: NGINX_SOURCE,
    aliases: [
      'client closed request',
      'client disconnected',
      'nginx 499',
      'client aborted',
      'request canceled',
      'connection closed by client',
      'upstream too slow',
    ],
    clientSees:
      'Nothing: the client had already closed the connection, so the 499 exists only in the nginx access log.',
  },
  {
    code: 499,
    phrase: 'Token Required',
    origin: { kind: 'vendor', vendor: 'Esri ArcGIS' },
    meaning:
      'ArcGIS Server needs an access token for this secured resource and none came with the request.',
    context:
      'A secured ArcGIS service, layer or portal item answers 499 when the call carries no token at all. Like 498, it is often delivered as an error code inside a JSON payload, so a client that checks only the HTTP status can miss it. The same number means something entirely different in nginx logs, so check which software produced it.',
    causes: [
      'The service was switched from public to secured and the client still calls it anonymously.',
      'A proxy or script that strips the token query parameter or the X-Esri-Authorization header.',
    ],
    fixes: [
      'Sign in or generate a token and attach it to every request to the secured service.',
      'For your own APIs, answer 401 with a WWW-Authenticate challenge when credentials are absent.',
    ],
    related: [401, 498],
    headers: ['X-Esri-Authorization'],
    source: { title: 'Esri ArcGIS Server REST API (token errors)' },
    aliases: ['token required', 'arcgis', 'esri', 'arcgis 499', 'missing token', 'secured service'],
  },
  {
    code: 509,
    phrase: 'Bandwidth Limit Exceeded',
    origin: { kind: 'vendor', vendor: 'Apache / cPanel' },
    meaning: 'The hosting account behind this site used up its bandwidth allowance for the period.',
    context:
      'Shared hosts running Apache with cPanel, or bandwidth modules such as mod_bw, answer 509 once an account passes the data transfer quota of its plan. The site stays unavailable until the quota resets, usually at the start of the next month, or until the plan is upgraded. It is not an IANA code: 509 is unassigned in the registry.',
    causes: [
      'A traffic spike, viral post or crawler pulling large files from a small hosting plan.',
      'Hotlinking, where other sites embed your images or downloads.',
      'Large media served straight from the host instead of from a CDN.',
    ],
    fixes: [
      'Raise the bandwidth quota or upgrade the hosting plan, then check which files use the most transfer.',
      'Cache static files on a CDN and block hotlinking; for temporary overload, 503 with Retry-After is the standard answer.',
    ],
    related: [503, 429],
    headers: [],
    source: { title: 'cPanel / Apache shared hosting bandwidth limits' },
    aliases: [
      'bandwidth limit exceeded',
      'bandwidth exceeded',
      'cpanel',
      'apache 509',
      'hosting quota',
      'traffic limit',
    ],
  },
  {
    code: 520,
    phrase: 'Web Server Returned an Unknown Error',
    origin: { kind: 'vendor', vendor: 'Cloudflare' },
    meaning:
      'Cloudflare reached the origin but got back an empty, malformed or otherwise unexpected reply.',
    context:
      "Cloudflare uses 520 as a catch-all when the origin's answer makes no sense to it: the connection was reset after the request went out, the reply was empty, or the response headers were invalid or too large. The page comes from Cloudflare, and its Ray ID (the CF-RAY header) helps match the event to origin logs. Other 52x codes cover the more specific failures.",
    causes: [
      'The origin application crashed or reset the connection mid-request.',
      "Response headers over Cloudflare's size limit, often from large or numerous Set-Cookie headers.",
      'An origin firewall or security module killing connections from Cloudflare addresses after the request arrived.',
    ],
    fixes: [
      'Check the origin web server and application error logs around the time shown with the Ray ID.',
      'Trim oversized response headers and make sure the origin always sends a complete HTTP response.',
    ],
    related: [502, 500, 521],
    headers: ['CF-RAY', 'Set-Cookie'],
    source: CLOUDFLARE_SOURCE,
    aliases: [
      'cloudflare 520',
      'unknown error',
      'web server returned an unknown error',
      'cloudflare unknown error',
      'empty response from origin',
      'origin reset connection',
    ],
  },
  {
    code: 521,
    phrase: 'Web Server Is Down',
    origin: { kind: 'vendor', vendor: 'Cloudflare' },
    meaning: 'Cloudflare tried to connect to the origin server and the connection was refused.',
    context:
      "A 521 means the TCP connection from Cloudflare to the origin was actively refused, which usually means nothing is listening on the port or a firewall rejects Cloudflare's addresses. The response is generated at the Cloudflare edge; the origin never processed the request. Origins that only admit known proxies must include the published Cloudflare IP ranges.",
    causes: [
      'The web server process is stopped or has crashed on the origin.',
      'A firewall, security plugin or hosting provider blocking Cloudflare IP ranges.',
      'The origin listening on a different port than the one Cloudflare uses for this protocol.',
    ],
    fixes: [
      'Start the web server and confirm it accepts outside connections on ports 80 and 443.',
      'Allow every Cloudflare IP range in the origin firewall and in any rate-limiting or security software.',
    ],
    related: [502, 503, 522],
    headers: ['CF-RAY'],
    source: CLOUDFLARE_SOURCE,
    aliases: [
      'cloudflare 521',
      'web server is down',
      'cloudflare origin down',
      'origin offline',
      'connection refused',
      'origin refused connection',
    ],
  },
  {
    code: 522,
    phrase: 'Connection Timed Out',
    origin: { kind: 'vendor', vendor: 'Cloudflare' },
    meaning:
      "Cloudflare's connection attempt to the origin got no answer before its connect timeout.",
    context:
      'With 522, Cloudflare sent the opening packets of a TCP connection to the origin and the handshake never completed in time. The server may be overloaded, offline or silently dropping Cloudflare traffic, which differs from 521 where the refusal is explicit. Because nothing reached the application, the origin access log will not list the request.',
    causes: [
      'The origin is overloaded and cannot accept new connections fast enough.',
      'A firewall that silently drops packets from Cloudflare instead of rejecting them.',
      'A wrong IP address in the DNS record for the proxied hostname.',
    ],
    fixes: [
      'Check origin load and connection limits, and whether the host accepts connections from Cloudflare ranges.',
      'Verify that the proxied DNS record holds the current origin IP address.',
    ],
    related: [504, 521, 523],
    headers: ['CF-RAY'],
    source: CLOUDFLARE_SOURCE,
    aliases: [
      'cloudflare 522',
      'cloudflare timeout',
      'connection timed out',
      'origin connection timed out',
      'origin not responding',
      'tcp timeout',
    ],
  },
  {
    code: 523,
    phrase: 'Origin Is Unreachable',
    origin: { kind: 'vendor', vendor: 'Cloudflare' },
    meaning: 'Cloudflare could not find a network route to the origin server at all.',
    context:
      'A 523 points at routing rather than at the web server: Cloudflare has no working path to the origin IP address. Common reasons are a DNS record aimed at an address that no longer exists, or a network problem at the hosting provider. It is produced at the Cloudflare edge, and the error page includes a Ray ID for support requests.',
    causes: [
      'The origin IP address changed after a migration but the DNS record was not updated.',
      'Routing or peering trouble on the networks between Cloudflare and the hosting provider.',
      'A private or unroutable address entered as the origin.',
    ],
    fixes: [
      'Update the A or AAAA record in the Cloudflare dashboard to the live origin address.',
      'Ask the hosting provider to check routing toward its network, and share a traceroute to the origin.',
    ],
    related: [502, 522, 504],
    headers: ['CF-RAY'],
    source: CLOUDFLARE_SOURCE,
    aliases: [
      'cloudflare 523',
      'origin is unreachable',
      'origin unreachable',
      'no route to host',
      'cloudflare routing error',
      'wrong origin ip',
    ],
  },
  {
    code: 524,
    phrase: 'A Timeout Occurred',
    origin: { kind: 'vendor', vendor: 'Cloudflare' },
    meaning:
      'Cloudflare connected to the origin, but the HTTP response did not arrive before the read timeout.',
    context:
      'Unlike 522, the TCP connection in a 524 succeeded; the origin simply took too long to send its response, 100 seconds by default on most plans. Long reports, exports and slow database queries behind a proxied hostname are the typical source. The origin may still finish the work after Cloudflare has stopped waiting for it.',
    causes: [
      'A long-running request such as a report, export, import or batch job.',
      'Slow database queries or lock contention on the origin.',
      'An exhausted worker pool at the origin, so requests queue until the timeout.',
    ],
    fixes: [
      'Move long work to a background job: return 202 Accepted and let the client poll a status URL.',
      'Speed up the slow endpoint, or serve it from a hostname that is not proxied through Cloudflare.',
      'Enterprise plans can lengthen the proxy read timeout when a slow endpoint is unavoidable.',
    ],
    related: [504, 522, 202],
    headers: ['CF-RAY'],
    source: CLOUDFLARE_SOURCE,
    aliases: [
      'cloudflare 524',
      'a timeout occurred',
      'cloudflare 100 second timeout',
      'origin took too long',
      'proxy read timeout',
      'cloudflare timeout 524',
    ],
  },
  {
    code: 525,
    phrase: 'SSL Handshake Failed',
    origin: { kind: 'vendor', vendor: 'Cloudflare' },
    meaning: 'The TLS handshake between Cloudflare and the origin server failed.',
    context:
      "In Full or Full (strict) SSL mode Cloudflare connects to the origin over HTTPS, and 525 means that TLS negotiation broke down before any HTTP was exchanged. Visitors' own connections to Cloudflare are fine; the failure is on the hop to the origin. Certificate validity is a separate check, reported as 526.",
    causes: [
      'No certificate installed on the origin, or port 443 not serving TLS at all.',
      'The origin lacks SNI support or has no certificate for the requested hostname.',
      'No TLS version or cipher suite in common between Cloudflare and the origin.',
    ],
    fixes: [
      'Install a certificate on the origin (a Cloudflare Origin CA certificate works) and test it with openssl s_client -servername.',
      'Enable current TLS versions and cipher suites on the origin server.',
    ],
    related: [502, 526, 495],
    headers: ['CF-RAY'],
    source: CLOUDFLARE_SOURCE,
    aliases: [
      'cloudflare 525',
      'ssl handshake failed',
      'tls handshake failed',
      'origin ssl error',
      'cloudflare ssl error',
      'handshake failure',
    ],
  },
  {
    code: 526,
    phrase: 'Invalid SSL Certificate',
    origin: { kind: 'vendor', vendor: 'Cloudflare' },
    meaning:
      'Cloudflare rejected the certificate of the origin server while in Full (strict) mode.',
    context:
      'Full (strict) mode makes Cloudflare validate the certificate the origin presents, and 526 reports that this validation failed. The handshake itself worked, so the problem is trust, dates or names rather than protocol support. Dropping back to plain Full mode hides the error but removes the protection strict mode exists for.',
    causes: [
      'An expired origin certificate.',
      'A self-signed certificate, or one from a CA that Cloudflare does not trust.',
      'A certificate whose names do not cover the hostname being requested.',
    ],
    fixes: [
      'Renew the origin certificate, or install a Cloudflare Origin CA certificate that covers the hostname.',
      'Serve the full chain including intermediates, then test again through Cloudflare.',
    ],
    related: [502, 525, 495],
    headers: ['CF-RAY'],
    source: CLOUDFLARE_SOURCE,
    aliases: [
      'cloudflare 526',
      'invalid ssl certificate',
      'origin certificate invalid',
      'expired certificate',
      'full strict',
      'cloudflare certificate error',
    ],
  },
  {
    code: 527,
    phrase: 'Railgun Error',
    origin: { kind: 'vendor', vendor: 'Cloudflare' },
    meaning: 'The link between Cloudflare and the Railgun listener at the origin failed.',
    context:
      'Railgun was a Cloudflare product that compressed traffic between the edge and a listener installed next to the origin, and 527 meant that Railgun connection had timed out or broken. Cloudflare has since retired Railgun, so the code no longer appears in its current error documentation. A 527 today points to stale configuration rather than a live feature.',
    causes: [
      'The Railgun listener at the origin was stopped or could not be reached.',
      'Firewall rules blocking the Railgun port between the edge and the listener.',
    ],
    fixes: [
      'Remove leftover Railgun settings and send traffic through the normal proxied path.',
      'For ongoing origin connection problems, troubleshoot as you would a 502, 520 or 522.',
    ],
    related: [502, 520],
    headers: ['CF-RAY'],
    source: { title: 'Cloudflare Railgun (retired product)' },
    aliases: [
      'cloudflare 527',
      'railgun error',
      'railgun',
      'rg-listener',
      'cloudflare railgun',
      'retired cloudflare code',
    ],
  },
  {
    code: 530,
    phrase: 'Origin DNS Error',
    origin: { kind: 'vendor', vendor: 'Cloudflare' },
    meaning:
      'Cloudflare returned 530 with a 1xxx error in the page, most often an origin DNS failure.',
    context:
      'Cloudflare pairs 530 with one of its own 1xxx error numbers shown in the page body, and that number explains the real cause. The most common is 1016, where Cloudflare cannot resolve the origin hostname; tunnel problems such as error 1033 also surface as 530. Look up the 1xxx code rather than the HTTP status.',
    causes: [
      'A CNAME pointing at an origin hostname that no longer resolves (error 1016).',
      'A Cloudflare Tunnel whose connector is down or not running (error 1033).',
      'An origin DNS record deleted or mistyped at an external DNS provider.',
    ],
    fixes: [
      'Read the 1xxx number in the error page and fix that cause first.',
      'Check that the origin hostname resolves in public DNS, or restart the cloudflared connector for tunnelled sites.',
    ],
    related: [523, 502, 521],
    headers: ['CF-RAY'],
    source: CLOUDFLARE_SOURCE,
    aliases: [
      'cloudflare 530',
      'origin dns error',
      'error 1016',
      'cloudflare 1016',
      'error 1033',
      'tunnel error',
      'dns resolution failed',
    ],
  },
  {
    code: 530,
    phrase: 'Site Is Frozen',
    origin: { kind: 'vendor', vendor: 'Pantheon' },
    meaning:
      'Pantheon froze this sandbox site after a long spell of inactivity, so it serves nothing.',
    context:
      "Pantheon, a WordPress and Drupal host, freezes free Sandbox sites that have gone a long time without activity and answers their URLs with 530. The site's code and content are kept, and the owner can unfreeze it from the dashboard. It has nothing to do with Cloudflare's use of the same number.",
    causes: [
      'A Sandbox site with no recent deployments or dashboard activity.',
      'A demo or staging site left running on a free plan.',
    ],
    fixes: [
      'Unfreeze the site from the Pantheon dashboard, or move it to a paid plan.',
      'If the site should be offline on purpose, serve 503 for maintenance or 410 for retirement instead.',
    ],
    related: [503, 410],
    headers: [],
    source: { title: 'Pantheon documentation (frozen sandbox sites)' },
    aliases: [
      'site is frozen',
      'pantheon',
      'pantheon 530',
      'frozen site',
      'inactive sandbox',
      'site frozen',
    ],
  },
  {
    code: 561,
    phrase: 'Unauthorized',
    origin: { kind: 'vendor', vendor: 'AWS load balancer' },
    meaning:
      'The AWS load balancer could not sign the user in because the identity provider returned an error.',
    context:
      'Application Load Balancer listener rules can authenticate users through Amazon Cognito or any OIDC identity provider before forwarding requests. When the provider answers the token or user-info step with an error, the load balancer returns 561 itself and the target never sees the request. The flow relies on redirects carrying a Location header and a session cookie that the balancer sets.',
    causes: [
      'A wrong client ID, client secret or endpoint URL in the authenticate action.',
      "The identity provider refusing the request, such as when the load balancer's callback URL is not registered.",
      'Scopes or grant settings that the identity provider does not allow for this client.',
    ],
    fixes: [
      'Compare the client ID, secret, issuer and endpoints in the listener rule with the provider configuration.',
      "Register the load balancer's /oauth2/idpresponse callback URL as an allowed redirect at the provider.",
    ],
    related: [401, 502, 403],
    headers: ['Location', 'Set-Cookie'],
    source: AWS_ALB_SOURCE,
    aliases: [
      'unauthorized',
      'alb 561',
      'elb 561',
      'aws load balancer',
      'oidc error',
      'cognito login failed',
      'identity provider error',
    ],
  },
  {
    code: 598,
    phrase: 'Network Read Timeout Error',
    origin: { kind: 'vendor', vendor: 'some proxies' },
    meaning: 'An informal proxy code for a read timeout on the network behind the proxy.',
    context:
      'Some HTTP proxies use 598 to tell the client that a read from the upstream network timed out. No standard or widely documented product defines it, and in practice it means the same as a 504 Gateway Timeout from a proxy. Treat it as a hint about where the delay happened, not as a precise diagnosis.',
    causes: [
      'An upstream that accepted the connection but stopped sending data mid-response.',
      'A proxy read timeout set shorter than the backend needs.',
    ],
    fixes: [
      'Look in the proxy logs for the upstream that stalled and how long it took.',
      'Proxies you control should report upstream timeouts with the standard 504 instead.',
    ],
    related: [504, 599, 408],
    headers: ['Via'],
    source: { title: 'Informal proxy convention (no specification)' },
    aliases: [
      'network read timeout error',
      'network read timeout',
      'proxy read timeout',
      'proxy 598',
      'upstream read timeout',
      'read timed out',
    ],
  },
  {
    code: 599,
    phrase: 'Network Connect Timeout Error',
    origin: { kind: 'vendor', vendor: 'some proxies' },
    meaning: 'An informal proxy code for a connection attempt upstream that timed out.',
    context:
      "Some HTTP proxies, and a few client libraries such as Python's Tornado that invent a status for their own timeouts, report 599 when they could not open a connection to the next hop in time. Its origin is unclear and no specification covers it. In effect it sits close to 504 Gateway Timeout or a Cloudflare 522.",
    causes: [
      'The upstream host is down or unreachable, so the TCP connect never completes.',
      'A connect timeout set very short in the proxy or HTTP client.',
    ],
    fixes: [
      'Test whether the upstream host and port accept connections from the proxy.',
      'When you write the proxy, send 502 for refused connections and 504 for timeouts instead of 599.',
    ],
    related: [504, 522, 598],
    headers: ['Via'],
    source: { title: 'Informal proxy convention (no specification)' },
    aliases: [
      'network connect timeout error',
      'network connect timeout',
      'connect timeout',
      'proxy 599',
      'tornado 599',
      'connection timed out',
    ],
  },
];

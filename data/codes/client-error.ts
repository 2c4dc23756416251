import type { StatusEntry } from '../types';

export const clientError: StatusEntry[] = [
  {
    code: 400,
    phrase: 'Bad Request',
    origin: { kind: 'iana', state: 'permanent' },
    meaning: 'The server could not parse or would not accept the request as it was sent.',
    context:
      'A catch-all for requests the server considers broken before it even looks at what they ask for. Typical triggers are a body that is not valid JSON, a query parameter of the wrong type, or a framing problem in the message itself. Many servers and proxies also fall back on it when a more precise 4xx would fit, so the response body usually holds the real reason.',
    causes: [
      'A JSON or XML body with a syntax error, such as a trailing comma or an unescaped quote.',
      'A missing required field, or a parameter whose value has the wrong type or format.',
      'An oversized or malformed cookie or header, which nginx reports as 400 "Request Header Or Cookie Too Large".',
      'A plain HTTP request sent to a port that expects TLS.',
    ],
    fixes: [
      'Read the response body and the server log; the concrete complaint is almost always spelled out there.',
      'Validate the payload against the API schema before sending, and set the Content-Type that matches it.',
      'When the syntax is fine but the values break business rules, answer 422 rather than 400 on the server side.',
    ],
    related: [422, 415, 431],
    headers: ['Content-Type'],
    source: {
      title: 'RFC 9110 §15.5.1',
      url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.1',
    },
    aliases: [
      'bad request',
      'malformed',
      'malformed request',
      'invalid json',
      'invalid request',
      'parse error',
      'bad_request',
    ],
  },
  {
    code: 401,
    phrase: 'Unauthorized',
    origin: { kind: 'iana', state: 'permanent' },
    meaning: 'The request lacks valid credentials; the client has to authenticate and try again.',
    context:
      'Despite the phrase, this code is about authentication: the server does not know who is calling, or the proof offered did not check out. A correct 401 carries a WWW-Authenticate header naming at least one scheme, such as Bearer or Basic, and browsers show a login prompt for Basic. The client answers by sending an Authorization header.',
    causes: [
      'No Authorization header at all, often because a fetch call dropped it or a proxy stripped it.',
      'An access token that has expired, been revoked or was issued for another audience.',
      'A wrong API key, a typo in the Bearer prefix, or a password that was changed.',
    ],
    fixes: [
      'Refresh or re-issue the token and retry once; if that also fails, send the user back to sign in.',
      'Check that the header reaches the server intact, including through CORS preflight and reverse proxies.',
      'Answer 403 instead when the caller is known but lacks the right; 401 means the identity itself is missing or bad.',
    ],
    related: [403, 407, 511],
    headers: ['WWW-Authenticate', 'Authorization'],
    source: {
      title: 'RFC 9110 §15.5.2',
      url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.2',
    },
    aliases: [
      'unauthorized',
      'unauthenticated',
      'login required',
      'invalid token',
      'expired token',
      'not logged in',
      'authentication required',
      'invalid credentials',
      'jwt expired',
    ],
  },
  {
    code: 402,
    phrase: 'Payment Required',
    origin: { kind: 'iana', state: 'permanent' },
    meaning:
      'Reserved for payment schemes; some services send it when billing or a plan blocks the request.',
    context:
      'HTTP set this number aside long ago for digital payments and never defined how it should work, so no standard header or body goes with it. In practice it comes from SaaS APIs when a subscription lapsed, a card was declined or a paid feature is called on a free plan. A few pay-per-request experiments use it to ask for payment before serving content.',
    causes: [
      "The account's subscription expired or the last invoice failed.",
      'The request uses a feature or a volume that the current plan does not include.',
    ],
    fixes: [
      'Check the billing page or the vendor dashboard and update the payment method or plan.',
      'For quota that resets over time, servers should prefer 429 with Retry-After; 403 fits a feature that is never allowed.',
    ],
    related: [403, 429],
    headers: [],
    source: {
      title: 'RFC 9110 §15.5.3',
      url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.3',
    },
    aliases: [
      'payment required',
      'billing',
      'subscription expired',
      'card declined',
      'plan limit',
      'upgrade plan',
    ],
  },
  {
    code: 403,
    phrase: 'Forbidden',
    origin: { kind: 'iana', state: 'permanent' },
    meaning: 'The server understood the request and refuses to carry it out for this caller.',
    context:
      'Unlike 401, sending credentials again will not help: either the identity is known and lacks the permission, or the resource is off limits to everyone. Web servers return it for directory listings that are switched off and for files whose permissions block the server user. CDNs and web application firewalls also answer 403 when a bot rule, a geo block or an IP deny list matches.',
    causes: [
      'The signed-in account lacks the role, scope or ownership the action needs.',
      'A WAF, CDN or hotlink rule blocked the request based on IP, country, user agent or referrer.',
      'File system permissions or a missing index file make the web server refuse a path.',
      'A missing or wrong CSRF token on a form post, in frameworks that report it as 403.',
    ],
    fixes: [
      "Compare the token's scopes or the user's roles with what the endpoint requires.",
      'Look in the firewall or CDN event log for the rule that fired, and allow-list it if it is a false positive.',
      'Return 404 instead if revealing that the resource exists would itself leak information.',
    ],
    related: [401, 404, 451],
    headers: [],
    source: {
      title: 'RFC 9110 §15.5.4',
      url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.4',
    },
    aliases: [
      'forbidden',
      'permission denied',
      'access denied',
      'not allowed',
      'insufficient permissions',
      'no access',
      'blocked by firewall',
      'waf block',
    ],
  },
  {
    code: 404,
    phrase: 'Not Found',
    origin: { kind: 'iana', state: 'permanent' },
    meaning: 'The server has nothing at this URL, or will not admit that it does.',
    context:
      'The most common error on the web. The server understood the request but found no resource to answer it with. It says nothing about whether the absence is temporary or permanent; servers also use it to hide a resource from a client that may not know it exists.',
    causes: [
      'A typo, a stale bookmark or a link to a page that was moved without a redirect.',
      'An API route that does not match: wrong version prefix, wrong ID, or a trailing slash the router treats differently.',
      'The resource exists but the server hides it from this caller instead of answering 403.',
    ],
    fixes: [
      'Check the URL path, the ID and the API version against the route table or the docs.',
      'When content moved, answer 301 or 308 with a Location header; when it is gone for good, answer 410.',
    ],
    related: [410, 403, 301],
    headers: [],
    source: {
      title: 'RFC 9110 §15.5.5',
      url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.5',
    },
    aliases: [
      'not found',
      'missing page',
      'page not found',
      'broken link',
      'dead link',
      'no route',
    ],
  },
  {
    code: 405,
    phrase: 'Method Not Allowed',
    origin: { kind: 'iana', state: 'permanent' },
    meaning: 'The URL exists, but it does not accept the HTTP method the request used.',
    context:
      'The server recognizes the target but not this verb on it, such as a POST to a read-only page or a DELETE on a collection. It must list the methods it does accept in an Allow header. A 405 on an OPTIONS request often points to a CORS preflight that the backend does not handle.',
    causes: [
      'Calling an endpoint with GET when it only takes POST, or the reverse.',
      'A form or fetch that sends PUT or PATCH to a route defined only for another method.',
      'A static file host that rejects POST, or a server that does not answer OPTIONS preflights.',
    ],
    fixes: [
      'Read the Allow header and switch to one of the methods it lists.',
      'Register the route for the needed method, and add an OPTIONS handler where CORS requires one.',
      'Use 501 instead when the server does not support the method anywhere, not just on this resource.',
    ],
    related: [501, 404, 400],
    headers: ['Allow'],
    source: {
      title: 'RFC 9110 §15.5.6',
      url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.6',
    },
    aliases: [
      'method not allowed',
      'wrong method',
      'wrong http verb',
      'post not allowed',
      'get not supported',
      'preflight failed',
    ],
  },
  {
    code: 406,
    phrase: 'Not Acceptable',
    origin: { kind: 'iana', state: 'permanent' },
    meaning:
      "None of the formats the server can produce match what the request's Accept headers ask for.",
    context:
      'Content negotiation failed: the client limited the media types, languages or encodings it would take, and the server had none of them. Most servers simply ignore the preference and send their default instead, so a 406 is fairly rare. When it does happen, the Accept, Accept-Language and Accept-Encoding headers of the request are the place to look.',
    causes: [
      'An Accept header that allows only application/xml for an API that speaks only JSON.',
      'A strict framework that refuses when the Accept header names no type it knows.',
      'A security module such as mod_security using 406 to reject requests it dislikes.',
    ],
    fixes: [
      'Send an Accept header listing the type the API serves, plus the any-type wildcard as a fallback.',
      'On the server, fall back to a default representation instead of failing, unless the client truly cannot use it.',
    ],
    related: [415, 400],
    headers: ['Accept', 'Accept-Language', 'Accept-Encoding'],
    source: {
      title: 'RFC 9110 §15.5.7',
      url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.7',
    },
    aliases: [
      'not acceptable',
      'content negotiation failed',
      'wrong accept header',
      'unsupported accept header',
      'no matching format',
    ],
  },
  {
    code: 407,
    phrase: 'Proxy Authentication Required',
    origin: { kind: 'iana', state: 'permanent' },
    meaning:
      'A proxy between the client and the server wants credentials before it forwards the request.',
    context:
      'This works like 401 but one hop earlier: the challenge comes from a forward proxy, typically a corporate gateway, and not from the site. The proxy sends a Proxy-Authenticate header, and the client must repeat the request with Proxy-Authorization. Command line tools and package managers hit it when they run behind such a proxy without being told about it.',
    causes: [
      'A corporate proxy that requires NTLM, Kerberos or Basic login, and a tool that is not configured for it.',
      'Proxy credentials missing from HTTP_PROXY or HTTPS_PROXY, or a proxy password that has expired.',
    ],
    fixes: [
      'Put the proxy user and password into the proxy settings of the tool, or into the proxy URL.',
      'Ask IT whether the host can be exempted through NO_PROXY or an allow rule on the proxy.',
    ],
    related: [401, 511],
    headers: ['Proxy-Authenticate', 'Proxy-Authorization'],
    source: {
      title: 'RFC 9110 §15.5.8',
      url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.8',
    },
    aliases: [
      'proxy authentication required',
      'proxy auth',
      'proxy login',
      'corporate proxy',
      'proxy credentials',
    ],
  },
  {
    code: 408,
    phrase: 'Request Timeout',
    origin: { kind: 'iana', state: 'permanent' },
    meaning:
      'The server stopped waiting because the client took too long to send a complete request.',
    context:
      'The clock runs on the client side of the exchange: the connection was open, but the request line, headers or body did not arrive in time. Servers usually send Connection: close with it and then drop the socket. Browsers sometimes meet it when an idle keep-alive connection is closed with a 408 just as they reuse it.',
    causes: [
      'A slow or flaky uplink while uploading a large body.',
      'A client that opens a connection and then sends nothing, such as a preconnect that is never used.',
      'Header and body timeouts on the server or load balancer set shorter than real clients need.',
    ],
    fixes: [
      'Retry the request; it is safe for idempotent methods and clients may do it automatically.',
      'Raise the read timeout on the server or proxy if legitimate uploads are being cut off.',
      'Do not confuse it with 504, which means an upstream server was too slow, not the client.',
    ],
    related: [504, 499, 413],
    headers: ['Connection'],
    source: {
      title: 'RFC 9110 §15.5.9',
      url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.9',
    },
    aliases: [
      'request timeout',
      'timed out',
      'client timeout',
      'request took too long',
      'slow upload',
      'idle connection closed',
    ],
  },
  {
    code: 409,
    phrase: 'Conflict',
    origin: { kind: 'iana', state: 'permanent' },
    meaning:
      'The request clashes with the current state of the resource, so the server will not apply it.',
    context:
      'Used when the request is well-formed but cannot be carried out right now because something else got there first. Common cases are a unique name that is already taken, an edit based on an outdated version, or a delete of something still referenced. The body should explain the clash well enough for the user to resolve it and resend.',
    causes: [
      'Creating a record whose unique key, such as an email address or a slug, already exists.',
      'Two clients editing the same document, with the second write based on stale data.',
      'A state machine rule, such as cancelling an order that has already shipped.',
    ],
    fixes: [
      'Fetch the current state, merge or pick a new key, and send the request again.',
      'For optimistic locking with ETags, have clients send If-Match so the server can answer 412 precisely.',
    ],
    related: [412, 422, 423],
    headers: ['ETag', 'If-Match'],
    source: {
      title: 'RFC 9110 §15.5.10',
      url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.10',
    },
    aliases: [
      'conflict',
      'duplicate',
      'already exists',
      'duplicate key',
      'edit conflict',
      'version conflict',
      'resource conflict',
    ],
  },
  {
    code: 410,
    phrase: 'Gone',
    origin: { kind: 'iana', state: 'permanent' },
    meaning: 'The resource used to be here, was removed on purpose and is not coming back.',
    context:
      'A deliberate, permanent cousin of 404. It tells clients and search engines to drop their links, and caches may store it unless told otherwise. Servers use it for retired API versions, deleted accounts and expired promotions, and they need not keep sending it forever.',
    causes: [
      'The page or file was deleted and the site marks it as removed for good.',
      'A deprecated API version or endpoint has been shut down after its sunset date.',
    ],
    fixes: [
      'Remove the link, or move the client to the replacement endpoint named in the docs.',
      'If the content has a new home, send 301 or 308 to it instead of 410.',
    ],
    related: [404, 301, 308],
    headers: [],
    source: {
      title: 'RFC 9110 §15.5.11',
      url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.11',
    },
    aliases: [
      'gone',
      'removed',
      'deleted',
      'permanently removed',
      'no longer available',
      'sunset api',
    ],
  },
  {
    code: 411,
    phrase: 'Length Required',
    origin: { kind: 'iana', state: 'permanent' },
    meaning: 'The server insists on a Content-Length header and the request did not include one.',
    context:
      'Some servers and proxies will not accept a body of unknown size, as happens with chunked transfer encoding. The client has to send the body again with its length stated up front. It shows up mostly with older servers, object stores and hand-built HTTP clients.',
    causes: [
      'A POST or PUT with chunked transfer encoding to a server that does not support it.',
      'A POST with no body at all, sent by a client that leaves out Content-Length: 0.',
      'A streaming upload whose size the client library could not know in advance.',
    ],
    fixes: [
      'Buffer the body or compute its size, then send an explicit Content-Length.',
      'For empty POST requests, add Content-Length: 0.',
    ],
    related: [413, 400],
    headers: ['Content-Length', 'Transfer-Encoding'],
    source: {
      title: 'RFC 9110 §15.5.12',
      url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.12',
    },
    aliases: [
      'length required',
      'content-length missing',
      'missing content length',
      'content length required',
      'chunked upload rejected',
    ],
  },
  {
    code: 412,
    phrase: 'Precondition Failed',
    origin: { kind: 'iana', state: 'permanent' },
    meaning:
      'A condition the client attached to the request turned out false, so the server did nothing.',
    context:
      'Conditional headers let a client say "only do this if the resource is still as I last saw it". When the ETag in If-Match no longer matches, or the resource changed after the date in If-Unmodified-Since, the server refuses with 412. This is how optimistic locking and safe concurrent edits work over HTTP.',
    causes: [
      'Someone else updated the resource after the client read it, so its ETag changed.',
      'A client reusing an old ETag or a Last-Modified date from a stale cache.',
      'A create request guarded by an If-None-Match wildcard, for a resource that already exists.',
    ],
    fixes: [
      'GET the resource again, reapply the change to the fresh version and retry with the new ETag.',
      'Show the user a merge or overwrite choice rather than silently retrying.',
    ],
    related: [428, 409, 304],
    headers: ['If-Match', 'If-Unmodified-Since', 'If-None-Match', 'ETag'],
    source: {
      title: 'RFC 9110 §15.5.13',
      url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.13',
    },
    aliases: [
      'precondition failed',
      'etag mismatch',
      'if-match failed',
      'stale etag',
      'lost update',
      'optimistic lock failed',
    ],
  },
  {
    code: 413,
    phrase: 'Content Too Large',
    origin: { kind: 'iana', state: 'permanent' },
    meaning:
      'The request body is bigger than the server, or a proxy in front of it, is willing to accept.',
    context:
      'RFC 9110 renamed this code: it was Payload Too Large in RFC 7231 and Request Entity Too Large in RFC 2616, and many servers still print the old names. The limit is often set by a reverse proxy, such as client_max_body_size in nginx, rather than by the application. If the limit is only temporary, the server can add Retry-After.',
    causes: [
      'An upload larger than client_max_body_size in nginx, LimitRequestBody in Apache or a similar setting.',
      'A framework body parser limit, such as the 100 kB JSON default in Express.',
      'A serverless or API gateway platform with a hard cap on request size.',
    ],
    fixes: [
      'Raise the limit at every layer the body passes through: CDN, proxy, app server and framework.',
      'Split large files into chunked or resumable uploads, or upload straight to object storage with a signed URL.',
      'Compress or trim the payload on the client before sending.',
    ],
    related: [411, 431, 414],
    headers: ['Content-Length', 'Retry-After'],
    source: {
      title: 'RFC 9110 §15.5.14',
      url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.14',
    },
    aliases: [
      'payload too large',
      'request entity too large',
      'upload too big',
      'file too large',
      'body too large',
      'request too large',
      'client_max_body_size',
    ],
  },
  {
    code: 414,
    phrase: 'URI Too Long',
    origin: { kind: 'iana', state: 'permanent' },
    meaning: 'The request target is longer than the server is willing to read.',
    context:
      'Servers cap the length of the request line, often at around 8 KB, and reply 414 when a URL goes past it. It usually means data that belongs in a body was packed into the query string, or a redirect loop kept appending parameters. Browsers and CDNs have URL limits of their own that may trigger earlier.',
    causes: [
      'A GET request carrying a long list of IDs or a whole filter object in the query string.',
      'A redirect loop that appends the return URL to itself on each hop.',
      'Large state parameters, such as an encoded SAML request, placed in the URL.',
    ],
    fixes: [
      'Move the bulky data into a POST body and keep the URL short.',
      'Break the redirect loop, and keep long state on the server behind a short token.',
    ],
    related: [431, 413, 400],
    headers: [],
    source: {
      title: 'RFC 9110 §15.5.15',
      url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.15',
    },
    aliases: [
      'uri too long',
      'url too long',
      'request-uri too long',
      'query string too long',
      'long url',
    ],
  },
  {
    code: 415,
    phrase: 'Unsupported Media Type',
    origin: { kind: 'iana', state: 'permanent' },
    meaning:
      'The server does not accept the body in the format or encoding the request says it is in.',
    context:
      'The check is on what the client sends, not on what it wants back: the Content-Type or Content-Encoding of the body is one the endpoint cannot process. A JSON API that receives form data, or a body sent with no type at all, is the usual story. The server may list what it does take in Accept, Accept-Encoding or, for PATCH, Accept-Patch.',
    causes: [
      'Sending JSON without Content-Type: application/json, so it goes out as text/plain or form data.',
      'An upload endpoint that receives an image type or a file format it does not support.',
      'A compressed body with a Content-Encoding such as br or gzip that the server cannot decode.',
    ],
    fixes: [
      'Set the Content-Type header to the exact type the endpoint documents.',
      "Convert the file or drop the body compression, and check the server's Accept headers for hints.",
    ],
    related: [406, 400, 422],
    headers: ['Content-Type', 'Content-Encoding', 'Accept', 'Accept-Encoding', 'Accept-Patch'],
    source: {
      title: 'RFC 9110 §15.5.16',
      url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.16',
    },
    aliases: [
      'unsupported media type',
      'wrong content type',
      'content-type not supported',
      'missing content-type',
      'unsupported format',
      'invalid file type',
    ],
  },
  {
    code: 416,
    phrase: 'Range Not Satisfiable',
    origin: { kind: 'iana', state: 'permanent' },
    meaning:
      'The byte range the client asked for lies outside the resource, so none of it can be sent.',
    context:
      'Range requests let a client fetch part of a file to resume a download or seek in a video. When every requested range starts past the end of the resource, the server answers 416 and should state the real size of the resource in a Content-Range header. Before RFC 7233 the phrase was Requested Range Not Satisfiable.',
    causes: [
      'Resuming a download of a file that has since become smaller or been replaced.',
      'A media player or downloader computing an offset past the end of the file.',
      'A partial file cached on the client whose size no longer matches the copy on the server.',
    ],
    fixes: [
      'Read the length from Content-Range, throw away the stale partial file and start again.',
      'Send If-Range with the ETag so a changed file comes back in full instead of failing.',
    ],
    related: [206, 200],
    headers: ['Range', 'Content-Range', 'If-Range'],
    source: {
      title: 'RFC 9110 §15.5.17',
      url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.17',
    },
    aliases: [
      'range not satisfiable',
      'requested range not satisfiable',
      'invalid range',
      'bad byte range',
      'resume download failed',
    ],
  },
  {
    code: 417,
    phrase: 'Expectation Failed',
    origin: { kind: 'iana', state: 'permanent' },
    meaning: 'The server cannot meet the Expect header the request carried.',
    context:
      'The only expectation HTTP defines is 100-continue, where a client asks for the go-ahead before sending a large body. A server or proxy that does not handle it, or that sees any other value in Expect, may answer 417. Old proxies are the usual source, and curl and some client libraries add the header on their own for big uploads.',
    causes: [
      'A proxy or server that does not understand Expect: 100-continue.',
      'A custom or misspelled Expect value that the server does not know.',
    ],
    fixes: [
      'Drop the Expect header, for example with curl -H "Expect:", and send the body straight away.',
      'Update or reconfigure the proxy so it passes 100-continue through.',
    ],
    related: [100, 400],
    headers: ['Expect'],
    source: {
      title: 'RFC 9110 §15.5.18',
      url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.18',
    },
    aliases: [
      'expectation failed',
      'expect header',
      'expect 100-continue',
      '100-continue failed',
      'expect header rejected',
    ],
  },
  {
    code: 418,
    phrase: '(Unused)',
    origin: { kind: 'iana', state: 'unused' },
    meaning:
      'A reserved number that HTTP does not assign, remembered for an April Fools joke about teapots.',
    context:
      'RFC 2324, the 1998 April Fools protocol for coffee pots, had a teapot refuse to brew coffee with "I\'m a teapot". Because so many libraries and servers copied the joke, RFC 9110 set 418 aside as unused so that nobody registers it for real work. Some sites still return it on purpose, as an easter egg or to turn away bots.',
    causes: [
      'An easter egg in a site, framework or API built to mimic the teapot joke.',
      'A deliberate response to scrapers or unwanted bots, chosen so it stands out in logs.',
    ],
    fixes: [
      'Nothing needs repairing on the client when it is a joke response; read the body for any real message.',
      'On a server, use 403 or 429 for blocking and keep 418 for fun only.',
    ],
    related: [403, 429],
    headers: [],
    source: {
      title: 'RFC 9110 §15.5.19',
      url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.19',
    },
    aliases: ["i'm a teapot", 'im a teapot', 'teapot', 'htcpcp', 'rfc 2324', 'april fools'],
  },
  {
    code: 421,
    phrase: 'Misdirected Request',
    origin: { kind: 'iana', state: 'permanent' },
    meaning:
      'The request reached a server that is not set up to answer for the host or scheme in the URL.',
    context:
      'HTTP/2 and HTTP/3 let a browser reuse one connection for several host names that share a certificate and IP address. If the server behind that connection cannot serve one of those names, it replies 421 and the client should retry on a fresh connection. It also appears when the TLS SNI name and the Host header disagree.',
    causes: [
      'A wildcard or multi-name certificate that leads the browser to share one connection across virtual hosts with different configs.',
      'A mismatch between the SNI server name and the Host or :authority of the request, often behind a proxy.',
    ],
    fixes: [
      'Retry on a new connection; browsers do this automatically.',
      'Give hosts with different TLS settings separate certificates or IP addresses so connections are not shared.',
      'Make sure a proxy forwards the SNI name that matches the Host header.',
    ],
    related: [400, 404],
    headers: ['Host'],
    source: {
      title: 'RFC 9110 §15.5.20',
      url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.20',
    },
    aliases: [
      'misdirected request',
      'sni mismatch',
      'connection coalescing',
      'wrong host',
      'http2 misdirected',
    ],
  },
  {
    code: 422,
    phrase: 'Unprocessable Content',
    origin: { kind: 'iana', state: 'permanent' },
    meaning: 'The body is well-formed and of a supported type, but its content fails validation.',
    context:
      'Born in WebDAV as Unprocessable Entity and moved into core HTTP by RFC 9110 under its current name. APIs use it for semantic errors: the JSON parses fine, yet a field is out of range, a date lies in the past or two fields contradict each other. Laravel, FastAPI and Rails scaffolds return it for validation failures, with the details in the body.',
    causes: [
      'A required field is present but empty, or a value is outside the allowed range.',
      'A reference to something that does not exist, such as an unknown category ID.',
      'Values that break a business rule, for example an end date before the start date.',
    ],
    fixes: [
      'Read the field errors in the body and correct the values before resending.',
      'Use 400 for bodies that cannot be parsed at all, and keep 422 for well-formed data that is wrong.',
    ],
    related: [400, 409, 415],
    headers: ['Content-Type'],
    source: {
      title: 'RFC 9110 §15.5.21',
      url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.21',
    },
    aliases: [
      'unprocessable entity',
      'unprocessable content',
      'unprocessable_entity',
      'validation failed',
      'validation error',
      'invalid input',
      'semantic error',
    ],
  },
  {
    code: 423,
    phrase: 'Locked',
    origin: { kind: 'iana', state: 'permanent' },
    meaning: 'The resource is locked, so the request to change it was refused.',
    context:
      'A WebDAV code from RFC 4918: a client can take a lock on a file, and others who try to write to it get 423 until the lock is released or expires. Document management systems, SharePoint and office suites that edit files over WebDAV produce it. The lock token travels in the Lock-Token and If headers.',
    causes: [
      'Another user or program has the file open for editing and holds a write lock.',
      'A stale lock left by a crashed client that has not timed out yet.',
    ],
    fixes: [
      'Wait for the lock to expire, or ask the holder to close the file.',
      'Send the lock token in the If header when the lock is yours, or have an admin remove a stale lock.',
    ],
    related: [409, 424],
    headers: ['Lock-Token', 'If', 'Timeout'],
    source: { title: 'RFC 4918 §11.3', url: 'https://www.rfc-editor.org/rfc/rfc4918#section-11.3' },
    aliases: ['locked', 'file locked', 'resource locked', 'webdav lock', 'checked out'],
  },
  {
    code: 424,
    phrase: 'Failed Dependency',
    origin: { kind: 'iana', state: 'permanent' },
    meaning:
      'This part of the request was not carried out because another part it depended on failed.',
    context:
      'Also from WebDAV: in a request that performs several operations, such as PROPPATCH, one failing step makes the others fail too, and those report 424. It usually appears inside a 207 Multi-Status body rather than as the top-level status. Some APIs borrow it for batch jobs whose earlier steps went wrong.',
    causes: [
      'One property update in a PROPPATCH was rejected, so the whole batch was abandoned.',
      'An earlier step in a batch or transaction failed, and the server reports the rest with this code.',
    ],
    fixes: [
      'Find the sub-request that failed with its own code in the Multi-Status body and fix that one first.',
      'Resend the full batch once the first failure is resolved.',
    ],
    related: [207, 423, 422],
    headers: [],
    source: { title: 'RFC 4918 §11.4', url: 'https://www.rfc-editor.org/rfc/rfc4918#section-11.4' },
    aliases: [
      'failed dependency',
      'dependency failed',
      'batch failed',
      'proppatch failed',
      'webdav error',
    ],
  },
  {
    code: 425,
    phrase: 'Too Early',
    origin: { kind: 'iana', state: 'permanent' },
    meaning:
      'The server will not process a request sent as TLS early data, since it could be replayed.',
    context:
      'TLS 1.3 lets a returning client send data in its first flight, before the handshake finishes, but an attacker could replay that data. A server or CDN that is not sure a request is safe to replay answers 425, and the client then retries after the handshake completes. Proxies mark such forwarded requests with the Early-Data: 1 header.',
    causes: [
      'A non-idempotent request, such as a POST, sent in 0-RTT early data.',
      'A CDN with 0-RTT enabled forwarding early data to an origin that refuses it.',
    ],
    fixes: [
      'Retry after the TLS handshake is done; browsers handle this on their own.',
      'Turn off 0-RTT on the server or CDN, or allow early data only for safe methods.',
    ],
    related: [400, 429],
    headers: ['Early-Data'],
    source: { title: 'RFC 8470 §5.2', url: 'https://www.rfc-editor.org/rfc/rfc8470#section-5.2' },
    aliases: ['too early', '0-rtt', 'early data', 'tls early data', 'replay protection'],
  },
  {
    code: 426,
    phrase: 'Upgrade Required',
    origin: { kind: 'iana', state: 'permanent' },
    meaning:
      'The server will only handle this request over a different protocol, named in the Upgrade header.',
    context:
      'The server is telling the client to switch, for example to a newer HTTP version or to TLS, before it will answer. It must send an Upgrade header listing the protocols it wants, together with Connection: upgrade. Some APIs also return it when a client app is too old to be supported, although that use is not standard.',
    causes: [
      'A client speaking HTTP/1.0 or plain HTTP to a server that requires HTTP/1.1, HTTP/2 or TLS.',
      'A WebSocket endpoint hit with an ordinary HTTP request that lacks the upgrade handshake.',
    ],
    fixes: [
      'Switch to the protocol listed in the Upgrade header, or connect over https.',
      'Use a proper WebSocket client for WebSocket endpoints.',
    ],
    related: [101, 505],
    headers: ['Upgrade', 'Connection'],
    source: {
      title: 'RFC 9110 §15.5.22',
      url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.22',
    },
    aliases: [
      'upgrade required',
      'protocol upgrade',
      'websocket upgrade',
      'https required',
      'client too old',
    ],
  },
  {
    code: 428,
    phrase: 'Precondition Required',
    origin: { kind: 'iana', state: 'permanent' },
    meaning:
      'The server only accepts this change when it is made conditional, and the request was not.',
    context:
      'Defined in RFC 6585 to stop lost updates: the server demands that writes carry If-Match or If-Unmodified-Since so it can tell whether the client saw the latest version. A client that sends a blind PUT or PATCH gets 428 and has to fetch the current ETag first. Compare 412, which means a condition was present and failed.',
    causes: [
      'A PUT, PATCH or DELETE without If-Match to an API that enforces optimistic concurrency.',
      'A client library that drops the ETag between reading and writing.',
    ],
    fixes: [
      'GET the resource, take its ETag and send it in If-Match with the write.',
      'Keep the validator with the cached copy so every update can be made conditional.',
    ],
    related: [412, 409],
    headers: ['If-Match', 'If-Unmodified-Since', 'ETag'],
    source: { title: 'RFC 6585 §3', url: 'https://www.rfc-editor.org/rfc/rfc6585#section-3' },
    aliases: [
      'precondition required',
      'if-match required',
      'missing if-match',
      'etag required',
      'conditional request required',
    ],
  },
  {
    code: 429,
    phrase: 'Too Many Requests',
    origin: { kind: 'iana', state: 'permanent' },
    meaning: 'The client sent more requests in a given time than the server allows.',
    context:
      'The standard rate limiting signal, defined in RFC 6585. A Retry-After header, in seconds or as a date, tells the client when to come back; many APIs add their own X-RateLimit-Limit, -Remaining and -Reset headers or the newer RateLimit fields. Limits can apply per IP, per key, per user or per endpoint.',
    causes: [
      'A loop, retry storm or parallel job firing requests faster than the quota permits.',
      'Many users behind one NAT or proxy address sharing a per-IP limit.',
      'A daily or monthly quota on an API key that has been used up.',
    ],
    fixes: [
      'Honour Retry-After, and back off exponentially with jitter before retrying.',
      'Cache results, batch calls and spread work over time to stay under the limit.',
      'Use 503 instead when the whole server is overloaded rather than one client being too busy.',
    ],
    related: [503, 420, 403],
    headers: ['Retry-After', 'RateLimit', 'X-RateLimit-Remaining'],
    source: { title: 'RFC 6585 §4', url: 'https://www.rfc-editor.org/rfc/rfc6585#section-4' },
    aliases: [
      'rate limit',
      'rate limited',
      'throttled',
      'quota exceeded',
      'too many requests',
      'rate limit exceeded',
      'throttling',
      'slow down',
      'api limit',
    ],
  },
  {
    code: 431,
    phrase: 'Request Header Fields Too Large',
    origin: { kind: 'iana', state: 'permanent' },
    meaning:
      'The request headers, one by one or taken together, are larger than the server accepts.',
    context:
      'From RFC 6585. Servers cap header size, commonly somewhere between 8 and 16 KB per field or in total, and refuse requests that go over. The usual culprit is the Cookie header, which grows as a site and its subdomains keep setting cookies; nginx reports the same problem as 400 with its own message.',
    causes: [
      'Too many or too large cookies piled up for the domain, often from analytics or session data.',
      'A huge Authorization header, such as a JWT stuffed with claims or group lists.',
      'Proxies appending to X-Forwarded-For or other headers on every hop.',
    ],
    fixes: [
      'Clear the cookies for the site; on the server, stop storing data in cookies and shorten tokens.',
      'Raise the header size limit, such as large_client_header_buffers in nginx or --max-http-header-size in Node.',
    ],
    related: [413, 414, 400],
    headers: ['Cookie', 'Authorization'],
    source: { title: 'RFC 6585 §5', url: 'https://www.rfc-editor.org/rfc/rfc6585#section-5' },
    aliases: [
      'cookie too large',
      'headers too big',
      'request header too large',
      'request header or cookie too large',
      'header too long',
      'too many cookies',
      'jwt too large',
    ],
  },
  {
    code: 451,
    phrase: 'Unavailable For Legal Reasons',
    origin: { kind: 'iana', state: 'permanent' },
    meaning:
      'Access is denied because of a legal demand, such as a court order or a government block.',
    context:
      'RFC 7725 created it, the number a nod to the novel Fahrenheit 451, so that censorship and legal takedowns show up as such rather than as a 403 or 404. The body should say what demand applies, and a Link header with rel="blocked-by" may name the entity that imposed the block. Exchange ActiveSync uses the same number for an unrelated redirect.',
    causes: [
      'A court order, copyright notice or government demand covering the resource.',
      'A site that turns away whole regions, for example visitors from the EU to avoid GDPR duties.',
      'National filtering by an ISP that injects a block page.',
    ],
    fixes: [
      'Read the body and the blocked-by link to learn who imposed the block and why.',
      'On the server, prefer 451 over 403 for legal blocks so the cause is transparent.',
    ],
    related: [403, 404],
    headers: ['Link'],
    source: { title: 'RFC 7725 §3', url: 'https://www.rfc-editor.org/rfc/rfc7725#section-3' },
    aliases: [
      'unavailable for legal reasons',
      'censored',
      'legal block',
      'geo blocked',
      'blocked in your country',
      'dmca takedown',
      'court order',
    ],
  },
];

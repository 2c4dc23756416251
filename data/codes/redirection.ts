import type { StatusEntry } from '../types';

export const redirection: StatusEntry[] = [
  {
    code: 300,
    phrase: 'Multiple Choices',
    origin: { kind: 'iana', state: 'permanent' },
    meaning:
      'The resource exists in several versions and the server lets the client or user pick one.',
    context:
      "Meant for agent-driven negotiation, for example a document offered in several languages or formats. The body usually lists the options, and a Location header may name the server's favorite; browsers do not choose on their own. Hardly any production site uses it, preferring to negotiate quietly from Accept and Accept-Language or to link the options from a normal page.",
    causes: [
      'Apache content negotiation (MultiViews or a type map) listed several variants instead of choosing one.',
      'An API that answers an ambiguous lookup with a list of candidate matches.',
    ],
    fixes: [
      'Pick the best variant on the server from Accept and Accept-Language, and answer 200 with a Vary header.',
      'For an ambiguous search in an API, a 200 carrying the candidate list is easier for clients to handle.',
    ],
    related: [406, 301, 200],
    headers: ['Location', 'Accept', 'Accept-Language', 'Vary'],
    source: {
      title: 'RFC 9110 §15.4.1',
      url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.4.1',
    },
    aliases: [
      'multiple choices',
      'multiple options',
      'content negotiation',
      'choose variant',
      'ambiguous',
    ],
  },
  {
    code: 301,
    phrase: 'Moved Permanently',
    origin: { kind: 'iana', state: 'permanent' },
    meaning:
      'The resource has a new permanent URL, and links and bookmarks should be updated to it.',
    context:
      'The classic redirect for moved pages, domain changes and upgrades from http to https. The Location header holds the new address, and search engines transfer ranking to it. Browsers cache 301 aggressively and, for historical reasons, turn a redirected POST into a GET, which is why 308 exists.',
    causes: [
      'A site migration, a changed slug, or a move from www to the bare domain or back.',
      'A server forcing HTTPS or appending a trailing slash to directory URLs.',
      'Two rewrite rules sending the client back and forth, which browsers report as too many redirects.',
    ],
    fixes: [
      'Use 308 instead when the redirected request may be a POST, PUT or PATCH whose body must survive.',
      'Try a new rule as 302 or 307 first, because browsers can remember a mistaken 301 long after it is removed.',
      'Update internal links to the final URL so visitors skip the extra round trip.',
    ],
    related: [308, 302, 307],
    headers: ['Location', 'Cache-Control'],
    source: {
      title: 'RFC 9110 §15.4.2',
      url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.4.2',
    },
    aliases: [
      'moved permanently',
      'moved',
      'permanent redirect',
      'redirect',
      '301 redirect',
      'http to https',
      'too many redirects',
      'url changed',
    ],
  },
  {
    code: 302,
    phrase: 'Found',
    origin: { kind: 'iana', state: 'permanent' },
    meaning:
      'The resource sits at another URL for now, but future requests should keep using this one.',
    context:
      'Still the most common temporary redirect: login walls, language pickers, A/B tests and OAuth flows all send it with a Location header. HTTP/1.0 called it Moved Temporarily, and nginx still prints that name in its status line. Browsers change a POST into a GET when following it, so 307 is the precise choice when the method has to stay the same.',
    causes: [
      'A visitor without a session was bounced to the login page, or sent back after signing in.',
      'A framework redirect helper such as Express res.redirect() or Laravel redirect(), both of which default to 302.',
      'Geo or language routing that sends users to a regional version of a page.',
    ],
    fixes: [
      'Switch to 307 when forms or API calls with a body get redirected, so the method and body are kept.',
      'After handling a form POST, 303 states the intent (go and GET the result page) more clearly than 302.',
      'If the move is really permanent, answer 301 or 308 so search engines update the indexed URL.',
    ],
    related: [307, 303, 301],
    headers: ['Location'],
    source: {
      title: 'RFC 9110 §15.4.3',
      url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.4.3',
    },
    aliases: [
      'found',
      'moved temporarily',
      'temporary redirect',
      'redirect',
      'moved',
      'login redirect',
      '302 redirect',
    ],
  },
  {
    code: 303,
    phrase: 'See Other',
    origin: { kind: 'iana', state: 'permanent' },
    meaning: 'Fetch a different URL with GET to see the result of what was just done.',
    context:
      'The proper follow-up to a form POST in the post/redirect/get pattern, so that reloading the result page does not submit the form a second time. The Location header points at a confirmation page, the created item or a job status resource. Clients always use GET or HEAD for the follow-up, whatever the original method was.',
    causes: [
      'A form submission handled with the post/redirect/get pattern.',
      'An asynchronous job finished, and its status URL now sends callers on to the finished result.',
    ],
    fixes: [
      'Use 303 rather than 302 after POST handlers so every client unambiguously switches to GET.',
      'Use 307 instead when the client should repeat the very same method at the new URL.',
    ],
    related: [302, 307, 201],
    headers: ['Location'],
    source: {
      title: 'RFC 9110 §15.4.4',
      url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.4.4',
    },
    aliases: [
      'see other',
      'post redirect get',
      'prg',
      'redirect after post',
      'form redirect',
      'redirect',
    ],
  },
  {
    code: 304,
    phrase: 'Not Modified',
    origin: { kind: 'iana', state: 'permanent' },
    meaning: 'The copy the client already holds is still current, so the body is not sent again.',
    context:
      'The reply to a conditional GET or HEAD: the client sends If-None-Match with a stored ETag, or If-Modified-Since with a stored Last-Modified date, and the server confirms that nothing changed. The browser then reuses its cached body, saving bandwidth but still paying for a round trip. The response has no content but should repeat headers such as ETag, Cache-Control and Vary.',
    causes: [
      'A revisited page or asset whose cache entry had expired and was revalidated with the server.',
      'A normal page reload, which makes the browser revalidate resources instead of trusting its cache.',
      'Responses marked Cache-Control: no-cache, which must be checked with the server before each reuse.',
    ],
    fixes: [
      'Give versioned static files (app.3f9c.js) a long max-age plus immutable so the browser skips revalidation entirely.',
      'If users see stale content after a deploy, confirm that the ETag or Last-Modified value changes when the file does.',
      'Make ETags identical across the servers behind a load balancer, or each node will answer 200 with the full body.',
    ],
    related: [200, 412, 206],
    headers: [
      'ETag',
      'If-None-Match',
      'Last-Modified',
      'If-Modified-Since',
      'Cache-Control',
      'Vary',
    ],
    source: {
      title: 'RFC 9110 §15.4.5',
      url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.4.5',
    },
    aliases: [
      'not modified',
      'cached',
      'cache hit',
      'revalidated',
      'conditional get',
      'etag match',
      'from cache',
    ],
  },
  {
    code: 305,
    phrase: 'Use Proxy',
    origin: { kind: 'iana', state: 'permanent', deprecated: true },
    meaning: 'The resource may only be reached through the proxy named in the Location header.',
    context:
      'An early HTTP/1.1 mechanism that let a server tell clients which proxy to go through. Allowing any server to route traffic through a proxy of its choosing was a security hole, so browsers refuse to follow it and RFC 9110 marks it deprecated. When it shows up today it is usually a leftover from an old proxy appliance or a misconfigured gateway.',
    causes: [
      'A legacy corporate proxy or gateway that still emits the status.',
      'Custom server code that chose 305 believing it means "route this through the proxy" for internal traffic.',
    ],
    fixes: [
      'Configure proxies on the client side (system settings, a PAC file or HTTPS_PROXY) instead of pushing one from the server.',
      'If the real problem is that a proxy wants credentials, the right code is 407 Proxy Authentication Required.',
    ],
    related: [407, 307, 306],
    headers: ['Location'],
    source: {
      title: 'RFC 9110 §15.4.6',
      url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.4.6',
    },
    aliases: [
      'use proxy',
      'proxy required',
      'proxy redirect',
      'must use proxy',
      'deprecated redirect',
    ],
  },
  {
    code: 306,
    phrase: '(Unused)',
    origin: { kind: 'iana', state: 'unused' },
    meaning: 'A reserved number left over from an abandoned draft, which no server should send.',
    context:
      'Drafts of HTTP/1.1 briefly defined it as Switch Proxy, telling clients to use a different proxy for later requests. The idea was dropped before publication, and the number stays reserved so that no new meaning is ever attached to it. Any 306 met in the wild is a bug or an invented code.',
    causes: [
      'Home-grown server or test code emitting a number picked from an outdated status table.',
      'A library constant named SWITCH_PROXY used by mistake.',
    ],
    fixes: [
      'Replace it with the code that was actually meant: 307 or 308 for redirects, 407 for proxy authentication.',
      'Clients should handle it like an unrecognized 3xx, which means treating it as 300 and not following it blindly.',
    ],
    related: [305, 307],
    headers: [],
    source: {
      title: 'RFC 9110 §15.4.7',
      url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.4.7',
    },
    aliases: ['unused', 'switch proxy', 'reserved', 'reserved code', 'obsolete redirect'],
  },
  {
    code: 307,
    phrase: 'Temporary Redirect',
    origin: { kind: 'iana', state: 'permanent' },
    meaning:
      'Repeat the same request, with the same method and body, at the URL given in Location.',
    context:
      'The strict form of a temporary redirect: unlike with 302, the client may not turn a POST into a GET. Browsers also create an internal 307 when HSTS upgrades an http:// link to https://, which DevTools shows as 307 Internal Redirect without any server involved. Location names the temporary address, while the original URL remains the one to use next time.',
    causes: [
      'An API or load balancer sending clients to another node or region while keeping the request intact.',
      'HSTS in the browser rewriting an http:// URL to https:// before any request leaves the machine.',
      'Maintenance or failover rules pointing traffic at a standby host for a while.',
    ],
    fixes: [
      'When a plain-http link shows 307 in DevTools, look at the HSTS entry for the host rather than at your server rules.',
      'For a permanent move that must keep the method, answer 308 instead.',
    ],
    related: [302, 308, 303],
    headers: ['Location', 'Strict-Transport-Security'],
    source: {
      title: 'RFC 9110 §15.4.8',
      url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.4.8',
    },
    aliases: [
      'temporary redirect',
      'redirect',
      'internal redirect',
      'hsts redirect',
      'keep method redirect',
      'moved',
    ],
  },
  {
    code: 308,
    phrase: 'Permanent Redirect',
    origin: { kind: 'iana', state: 'permanent' },
    meaning:
      'The resource moved for good, and clients must repeat the request unchanged at the new URL.',
    context:
      'The method-preserving partner of 301, first standardized in RFC 7538 and now part of RFC 9110. It suits APIs and form endpoints where a POST or PUT body must not be lost in the move. Browsers cache it the way they cache 301, while some very old clients do not know it and treat it as a generic 300.',
    causes: [
      'Next.js, Vercel or a similar platform normalizing trailing slashes or applying a redirect marked permanent.',
      'An API version or host change that has to keep POST and PUT bodies intact.',
    ],
    fixes: [
      'Point API clients at the new base URL, since leaning on a redirect for every write doubles the round trips.',
      'Keep 301 for plain page moves where every request is a GET anyway.',
    ],
    related: [301, 307, 302],
    headers: ['Location'],
    source: {
      title: 'RFC 9110 §15.4.9',
      url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.4.9',
    },
    aliases: [
      'permanent redirect',
      'moved permanently',
      'redirect',
      'moved',
      'trailing slash redirect',
      '308 redirect',
    ],
  },
];

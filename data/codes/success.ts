import type { StatusEntry } from '../types';

export const success: StatusEntry[] = [
  {
    code: 200,
    phrase: 'OK',
    origin: { kind: 'iana', state: 'permanent' },
    meaning: 'The request worked and the response carries whatever the method asked for.',
    context:
      'The default success answer: a GET returns the resource, a POST returns the outcome of the action, and a HEAD returns just the headers. Content-Type tells the client how to read the body, while Cache-Control decides whether it may be reused. Plenty of APIs also tuck errors inside a 200 body, which hides failures from monitoring and from caches.',
    causes: [
      'The resource existed and the server had no reason to refuse, redirect or defer the request.',
      'An API that reports every outcome as 200 and puts an error field in the JSON body.',
      'A single-page app fallback that serves index.html with 200 for URLs that do not exist (a soft 404).',
    ],
    fixes: [
      'Return a real 4xx or 5xx status when an operation fails, rather than 200 with {"error": ...} inside.',
      'For a resource created by POST answer 201 with a Location header, and for a reply with no body use 204.',
      'Have the server or SSR layer send 404 for routes the app does not know, so crawlers do not index soft 404 pages.',
    ],
    related: [201, 204, 304],
    headers: ['Content-Type', 'Content-Length', 'Cache-Control'],
    source: {
      title: 'RFC 9110 §15.3.1',
      url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.3.1',
    },
    aliases: ['ok', '200 ok', 'success', 'succeeded', 'all good', 'http ok', 'soft 404'],
  },
  {
    code: 201,
    phrase: 'Created',
    origin: { kind: 'iana', state: 'permanent' },
    meaning: 'The request made a new resource, and the response points to where it now lives.',
    context:
      'The usual answer to a POST that adds a record, or to a PUT that creates something at a fresh URL. The Location header should name the new resource, and the body often echoes its representation along with an ETag for later conditional updates. If the creation will only happen later, 202 is the honest code.',
    causes: [
      'A POST to a collection endpoint such as /users or /orders stored a new item.',
      'A PUT to a URL that did not exist yet created the resource at that address.',
    ],
    fixes: [
      "Include a Location header with the new item's URL so clients need not guess it or dig it out of the body.",
      'Use 200 or 204 when a PUT replaced something that was already there, and keep 201 for genuine creation.',
    ],
    related: [200, 202, 303],
    headers: ['Location', 'ETag'],
    source: {
      title: 'RFC 9110 §15.3.2',
      url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.3.2',
    },
    aliases: ['created', 'resource created', 'new record', 'insert success', 'post created'],
  },
  {
    code: 202,
    phrase: 'Accepted',
    origin: { kind: 'iana', state: 'permanent' },
    meaning:
      'The server took the request in but has not finished it, and may still reject it later.',
    context:
      'Used for queued or asynchronous work such as video transcoding, bulk imports, report generation or webhooks handled after the fact. The status promises nothing about the outcome, so a well-designed API returns a job URL (in Location or in the body) and sometimes Retry-After to say when polling makes sense.',
    causes: [
      'The work went onto a queue or background worker instead of running inside the request.',
      'A webhook receiver acknowledged delivery quickly and will process the payload afterwards.',
    ],
    fixes: [
      'Return a job status URL the client can poll, and when the job ends redirect it with 303 to the result or report a clear failure state.',
      'Do not read 202 as proof of success; check the job outcome before telling a user the work is done.',
    ],
    related: [201, 200, 303, 102],
    headers: ['Location', 'Retry-After'],
    source: {
      title: 'RFC 9110 §15.3.3',
      url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.3.3',
    },
    aliases: ['accepted', 'queued', 'async', 'background job', 'pending', 'processing later'],
  },
  {
    code: 203,
    phrase: 'Non-Authoritative Information',
    origin: { kind: 'iana', state: 'permanent' },
    meaning: 'The request succeeded, but a proxy in between altered the response the origin sent.',
    context:
      'A transforming intermediary, such as a mobile optimizer that recompresses images or a corporate proxy that rewrites pages, may swap the origin 200 for 203 to flag its edit. It is rare in practice, and caches treat it much like 200 by default. Seeing it tells you the bytes did not arrive untouched.',
    causes: [
      'A carrier or corporate proxy compressed, stripped or rewrote parts of the body.',
      'A gateway assembled the response partly from a mirror or a local copy rather than the origin.',
    ],
    fixes: [
      'Send Cache-Control: no-transform from the origin when content must reach clients unmodified.',
      'Serve the site over HTTPS, which keeps most rewriting proxies out of the path.',
    ],
    related: [200, 304],
    headers: ['Cache-Control', 'Via'],
    source: {
      title: 'RFC 9110 §15.3.4',
      url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.3.4',
    },
    aliases: [
      'non-authoritative information',
      'non authoritative',
      'proxy modified',
      'transformed response',
      'rewritten by proxy',
    ],
  },
  {
    code: 204,
    phrase: 'No Content',
    origin: { kind: 'iana', state: 'permanent' },
    meaning: 'The request succeeded and there is deliberately no body to send back.',
    context:
      'Typical for a DELETE, for a PUT or PATCH that needs no echo, and for CORS preflight OPTIONS replies. A 204 can never carry content, so client code that tries to parse JSON from it fails with an empty-input error. Headers such as ETag can still describe the new state of the resource.',
    causes: [
      'A DELETE or update endpoint that has nothing useful to return.',
      'A CORS preflight request answered by the server or by a gateway in front of it.',
      'A beacon or analytics endpoint that just records a hit.',
    ],
    fixes: [
      'In client code, check for 204 before calling response.json(), or read the text and parse it only when it is non-empty.',
      'Return 200 with a body instead when the caller needs the updated resource back.',
    ],
    related: [200, 205, 304],
    headers: ['ETag', 'Access-Control-Allow-Origin', 'Access-Control-Allow-Methods'],
    source: {
      title: 'RFC 9110 §15.3.5',
      url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.3.5',
    },
    aliases: [
      'no content',
      'empty response',
      'empty body',
      'unexpected end of json input',
      'deleted',
      'preflight ok',
    ],
  },
  {
    code: 205,
    phrase: 'Reset Content',
    origin: { kind: 'iana', state: 'permanent' },
    meaning: 'The action worked, and the client should clear the form or view that sent it.',
    context:
      'Intended for data-entry screens where a user submits a record and then wants a blank form for the next one. Like 204 it carries no body. Browsers largely ignore the reset instruction, so in practice it behaves like 204 and servers seldom choose it.',
    causes: [
      'A form handler written to the letter of the spec, asking the client to empty its inputs after saving.',
      'An API reusing 205 as a hint that cached client-side state should be thrown away.',
    ],
    fixes: [
      'Clear the form in your own script after a success, since browsers will not do it for you.',
      'Prefer 204, or 303 to a fresh page, unless the client is known to honor 205.',
    ],
    related: [204, 303],
    headers: ['Content-Length'],
    source: {
      title: 'RFC 9110 §15.3.6',
      url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.3.6',
    },
    aliases: ['reset content', 'reset form', 'clear form', 'form reset'],
  },
  {
    code: 206,
    phrase: 'Partial Content',
    origin: { kind: 'iana', state: 'permanent' },
    meaning: 'The server is sending only the byte range the client asked for, not the whole file.',
    context:
      'Appears when a client sends a Range header: media players seeking, download managers resuming or splitting a file, PDF viewers loading a page at a time. Content-Range states which bytes this part holds and the full size, and Accept-Ranges: bytes on earlier responses tells clients that ranges are possible. If-Range protects against stitching together pieces of two different versions.',
    causes: [
      'A video or audio element seeking in or streaming an MP4, MP3 or WebM file.',
      'A download manager, or curl -C -, resuming an interrupted download.',
      'A client asking for several ranges at once, answered as multipart/byteranges.',
    ],
    fixes: [
      'If seeking breaks, make sure the server or CDN sends Accept-Ranges: bytes and honors Range instead of returning 200 with the full file.',
      'A request for bytes past the end should get 416 with a Content-Range that states the full length, not a 206.',
    ],
    related: [200, 416, 304],
    headers: ['Range', 'Content-Range', 'Accept-Ranges', 'If-Range'],
    source: {
      title: 'RFC 9110 §15.3.7',
      url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.3.7',
    },
    aliases: [
      'partial content',
      'range request',
      'byte range',
      'resume download',
      'video seek',
      'chunked download',
      'multipart byteranges',
    ],
  },
  {
    code: 207,
    phrase: 'Multi-Status',
    origin: { kind: 'iana', state: 'permanent' },
    meaning: 'A WebDAV reply bundling separate status codes for several resources in one XML body.',
    context:
      'Returned for WebDAV methods that touch many items, most often PROPFIND listing a folder, but also PROPPATCH and bulk operations. The outer 207 only says the body is a multistatus document; each href inside has its own status, and some of those may be errors. CalDAV and CardDAV calendar and contact sync rely on it heavily.',
    causes: [
      'A file manager, a Nextcloud client or a mounted WebDAV drive listed a directory with PROPFIND.',
      'A calendar or contacts app synced through CalDAV or CardDAV.',
      'A batch operation in which some members succeeded and others failed.',
    ],
    fixes: [
      'Parse every response element in the XML, and never read the outer 207 as meaning everything went fine.',
      'Send Depth: 1 rather than infinity on PROPFIND to keep listings fast, since many servers refuse infinite depth.',
    ],
    related: [208, 424, 200],
    headers: ['Depth', 'Content-Type'],
    source: { title: 'RFC 4918 §11.1', url: 'https://www.rfc-editor.org/rfc/rfc4918#section-11.1' },
    aliases: [
      'multi-status',
      'multistatus',
      'webdav',
      'propfind',
      'caldav',
      'carddav',
      'batch status',
    ],
  },
  {
    code: 208,
    phrase: 'Already Reported',
    origin: { kind: 'iana', state: 'permanent' },
    meaning:
      'Inside a WebDAV multistatus body, this member was listed earlier and is not repeated.',
    context:
      'Comes from the WebDAV binding extension, where one resource can be reachable through several paths. It appears as a status inside a 207 body rather than as the top-level code, and it stops a Depth: infinity listing from walking the same collection over and over. Servers should only use it when the request carried a DAV header announcing support for bindings.',
    causes: [
      'A collection tree containing bindings or loops, listed with PROPFIND and Depth: infinity.',
      'The same resource bound under two folders that both appear in one listing.',
    ],
    fixes: [
      'Resolve the duplicate by taking the first entry for that resource in the multistatus body.',
      'On the server, list the member again in full for clients that did not announce binding support.',
    ],
    related: [207, 508],
    headers: ['DAV', 'Depth'],
    source: { title: 'RFC 5842 §7.1', url: 'https://www.rfc-editor.org/rfc/rfc5842#section-7.1' },
    aliases: [
      'already reported',
      'webdav binding',
      'duplicate member',
      'bind loop',
      'already listed',
    ],
  },
  {
    code: 226,
    phrase: 'IM Used',
    origin: { kind: 'iana', state: 'permanent' },
    meaning:
      'The server answered a GET with a delta or other transformation of the resource, not a full copy.',
    context:
      'Defined by the delta encoding extension in RFC 3229: the client sends A-IM naming encodings it understands, plus If-None-Match with the ETag of the version it holds, and the server returns only the changes. The IM header names the manipulation that was applied. Adoption stayed small, mostly some RSS and Atom feed servers.',
    causes: [
      'A feed reader asked for only the new items with A-IM: feed, and the server supports it.',
      'A custom sync client and server agreed on a diff format such as vcdiff.',
    ],
    fixes: [
      'Clients that cannot apply deltas should leave out A-IM, and they will get an ordinary 200.',
      'Most modern APIs reach the same goal with ETag plus 304 or with explicit sync tokens, which are easier to debug.',
    ],
    related: [200, 304],
    headers: ['A-IM', 'IM', 'ETag', 'If-None-Match'],
    source: {
      title: 'RFC 3229 §10.4.1',
      url: 'https://www.rfc-editor.org/rfc/rfc3229#section-10.4.1',
    },
    aliases: [
      'im used',
      'delta encoding',
      'instance manipulation',
      'feed delta',
      'rfc 3229',
      'diff response',
    ],
  },
];

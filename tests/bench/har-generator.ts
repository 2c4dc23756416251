/**
 * HAR entries that look like the traffic of busy real sites, for the panel benchmark: seeded and
 * deterministic (the same seed gives the same entries), shaped like Chromium 156's
 * `getHAR` / `onRequestFinished` entries (tests/fixtures/panel/*.har).
 *
 * - A few sites, each with its own servers: a first-party origin, its API and CDN, and third
 *   parties (analytics, fonts, ads). Each origin answers with its own fixed headers (server,
 *   security headers, CORS) plus per-response ones (date, length, etag, request ids), 10 to 30
 *   response headers in all, as real servers do.
 * - URLs of 40 to 300 characters, most with query strings (ids, cache busters, tracking).
 * - Request headers as Chromium sends them (HTTP/2 pseudo-headers, client hints, sec-fetch-*);
 *   some sites carry a cookie jar of about 4 KB, and a few responses set a 4 KB cookie.
 * - Statuses: mostly 2xx, 304 and redirects, some 4xx and 5xx, a few status 0 with `_error`.
 */
import type { Cookie, Entry, Header, QueryString } from 'har-format';

/** A small, fast, seeded generator (mulberry32). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = () => number;
const int = (random: Random, min: number, max: number) =>
  min + Math.floor(random() * (max - min + 1));
const pick = <T>(random: Random, list: readonly T[]): T =>
  list[Math.floor(random() * list.length)] as T;
const hex = (random: Random, length: number) => {
  let out = '';
  while (out.length < length) out += Math.floor(random() * 2 ** 32).toString(16);
  return out.slice(0, length);
};
const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const token = (random: Random, length: number) => {
  let out = '';
  for (let i = 0; i < length; i++) out += ALNUM[Math.floor(random() * ALNUM.length)];
  return out;
};

/** Chromium's extra fields, which @types/har-format leaves out or types loosely. */
export type ChromiumEntry = Entry & {
  _resourceType: string;
  _priority: string;
  _initiator: { type: string; url?: string };
  _fromCache?: 'memory' | 'disk';
  response: Entry['response'] & {
    _error: string | null;
    _fetchedViaServiceWorker: boolean;
    _transferSize: number;
  };
};

type Kind = 'document' | 'script' | 'stylesheet' | 'image' | 'font' | 'fetch' | 'xhr' | 'ping';

interface Origin {
  host: string;
  /** Headers this origin sends on every response, in its order. */
  fixed: Header[];
  http2: boolean;
  ip: string;
  kinds: readonly Kind[];
  /** Paths it serves, as stems. */
  stems: readonly string[];
  /** The site's own origins (same-site requests), not a third party. */
  firstParty: boolean;
  /** Carries a cookie jar of about 4 KB (first-party origins of some sites). */
  bigCookies: boolean;
  /** Adds a Cloudflare-like ray id, a CDN cache status, an x-request-id. */
  flavour: 'cloudflare' | 'cdn' | 'app' | 'google';
}

const CSP =
  "default-src 'self'; script-src 'self' 'nonce-{n}' https://www.googletagmanager.com https://cdn.shop-static.example; style-src 'self' 'unsafe-inline' https://fonts.googleapis.com; img-src 'self' data: https:; font-src 'self' https://fonts.gstatic.com; connect-src 'self' https://api.shop.example https://www.google-analytics.com; frame-ancestors 'none'; base-uri 'self'; form-action 'self'; upgrade-insecure-requests; report-uri https://csp.shop.example/report";
const REPORT_TO =
  '{"group":"cf-nel","max_age":604800,"endpoints":[{"url":"https://a.nel.cloudflare.com/report/v4?s=Vd3kPq2yZp8mYg%2FJQ4bW1x0r6m%2Bq0KzT8n3aWq1%2F2c5t7y9u0i1o2p3a4s5d6f7g8h9j0k"}]}';

const header = (name: string, value: string): Header => ({ name, value });

function originsFor(site: number): Origin[] {
  const first = ['shop', 'news', 'bank', 'travel', 'social', 'video'][site % 6] ?? 'shop';
  const big = site % 3 === 0;
  return [
    {
      host: `www.${first}.example`,
      fixed: [
        header('server', 'cloudflare'),
        header('strict-transport-security', 'max-age=31536000; includeSubDomains; preload'),
        header('x-content-type-options', 'nosniff'),
        header('x-frame-options', 'DENY'),
        header('referrer-policy', 'strict-origin-when-cross-origin'),
        header('permissions-policy', 'camera=(), microphone=(), geolocation=(self), payment=()'),
        header('report-to', REPORT_TO),
        header('nel', '{"success_fraction":0,"report_to":"cf-nel","max_age":604800}'),
        header('alt-svc', 'h3=":443"; ma=86400'),
        header('vary', 'Accept-Encoding'),
      ],
      http2: true,
      ip: `104.18.${site}.17`,
      kinds: ['document', 'fetch', 'xhr', 'script', 'image'],
      stems: ['/', '/products', '/category', '/search', '/account/orders', '/cart', '/articles'],
      firstParty: true,
      bigCookies: big,
      flavour: 'cloudflare',
    },
    {
      host: `api.${first}.example`,
      fixed: [
        header('server', 'nginx/1.25.4'),
        header('access-control-allow-origin', `https://www.${first}.example`),
        header('access-control-allow-credentials', 'true'),
        header('access-control-expose-headers', 'X-Request-Id, X-RateLimit-Remaining, ETag'),
        header('strict-transport-security', 'max-age=63072000'),
        header('x-content-type-options', 'nosniff'),
        header('vary', 'Origin, Accept-Encoding'),
      ],
      http2: true,
      ip: `34.120.${site}.9`,
      kinds: ['fetch', 'fetch', 'xhr', 'ping'],
      stems: [
        '/v2/graphql',
        '/v2/products',
        '/v2/users/me',
        '/v2/recommendations',
        '/v1/inventory',
        '/v2/cart/items',
        '/v1/events',
      ],
      firstParty: true,
      bigCookies: big,
      flavour: 'app',
    },
    {
      host: `cdn.${first}-static.example`,
      fixed: [
        header('server', 'AmazonS3'),
        header('x-amz-server-side-encryption', 'AES256'),
        header('accept-ranges', 'bytes'),
        header('access-control-allow-origin', '*'),
        header('timing-allow-origin', '*'),
        header('cache-control', 'public, max-age=31536000, immutable'),
      ],
      http2: true,
      ip: `13.224.${site}.51`,
      kinds: ['script', 'stylesheet', 'image', 'image', 'image', 'font'],
      stems: [
        '/assets/js/app',
        '/assets/js/vendor',
        '/assets/css/main',
        '/img/products',
        '/img/ui',
      ],
      firstParty: true,
      bigCookies: false,
      flavour: 'cdn',
    },
    {
      host: 'www.google-analytics.com',
      fixed: [
        header('server', 'Golfe2'),
        header('access-control-allow-origin', '*'),
        header('cross-origin-resource-policy', 'cross-origin'),
        header('alt-svc', 'h3=":443"; ma=2592000,h3-29=":443"; ma=2592000'),
      ],
      http2: true,
      ip: '142.250.185.78',
      kinds: ['ping', 'script', 'fetch'],
      stems: ['/g/collect', '/analytics.js', '/j/collect'],
      firstParty: false,
      bigCookies: false,
      flavour: 'google',
    },
    {
      host: 'fonts.gstatic.com',
      fixed: [
        header('server', 'sffe'),
        header('access-control-allow-origin', '*'),
        header('cache-control', 'public, max-age=31536000'),
        header('cross-origin-resource-policy', 'cross-origin'),
        header('timing-allow-origin', '*'),
      ],
      http2: true,
      ip: '142.250.186.67',
      kinds: ['font'],
      stems: [
        '/s/inter/v13/UcC73FwrK3iLTeHuS_fvQtMwCp50KnMa1ZL7W0Q5nw',
        '/s/roboto/v30/KFOmCnqEu92Fr1Mu4mxK',
      ],
      firstParty: false,
      bigCookies: false,
      flavour: 'google',
    },
    {
      host: 'securepubads.g.doubleclick.example',
      fixed: [
        header('server', 'cafe'),
        header(
          'p3p',
          'policyref="https://www.googleadservices.com/pagead/p3p.xml", CP="NOI DEV PSA"',
        ),
        header('x-xss-protection', '0'),
        header('cache-control', 'no-cache, must-revalidate'),
      ],
      http2: false,
      ip: '172.217.16.162',
      kinds: ['script', 'image', 'xhr'],
      stems: ['/gampad/ads', '/pagead/viewthroughconversion', '/tag/js/gpt.js'],
      firstParty: false,
      bigCookies: false,
      flavour: 'google',
    },
  ];
}

const MIME: Record<Kind, readonly string[]> = {
  document: ['text/html'],
  script: ['application/javascript', 'text/javascript'],
  stylesheet: ['text/css'],
  image: ['image/webp', 'image/png', 'image/jpeg', 'image/svg+xml', 'image/gif'],
  font: ['font/woff2'],
  fetch: ['application/json'],
  xhr: ['application/json', 'text/plain'],
  ping: ['text/plain', 'image/gif'],
};
const EXT: Record<Kind, readonly string[]> = {
  document: [''],
  script: ['.js', '.min.js'],
  stylesheet: ['.css'],
  image: ['.webp', '.png', '.jpg', '.svg'],
  font: ['.woff2'],
  fetch: [''],
  xhr: [''],
  ping: [''],
};

/** Weighted statuses: mostly 2xx, 304 and redirects, some 4xx and 5xx, a few 0. */
const STATUSES: readonly [number, number][] = [
  [200, 700],
  [204, 25],
  [206, 5],
  [304, 110],
  [301, 10],
  [302, 20],
  [307, 5],
  [308, 3],
  [400, 8],
  [401, 10],
  [403, 10],
  [404, 30],
  [409, 2],
  [410, 1],
  [422, 6],
  [429, 8],
  [499, 1],
  [500, 10],
  [502, 8],
  [503, 8],
  [504, 4],
  [0, 15],
];
const STATUS_TOTAL = STATUSES.reduce((sum, [, weight]) => sum + weight, 0);
const ERRORS = [
  'net::ERR_CONNECTION_REFUSED',
  'net::ERR_BLOCKED_BY_CLIENT',
  'net::ERR_NAME_NOT_RESOLVED',
  'net::ERR_ABORTED',
  'net::ERR_CONNECTION_RESET',
  'net::ERR_TIMED_OUT',
  'net::ERR_HTTP2_PROTOCOL_ERROR',
];
const REASONS: Record<number, string> = {
  200: 'OK',
  204: 'No Content',
  206: 'Partial Content',
  301: 'Moved Permanently',
  302: 'Found',
  304: 'Not Modified',
  307: 'Temporary Redirect',
  308: 'Permanent Redirect',
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  409: 'Conflict',
  410: 'Gone',
  422: 'Unprocessable Entity',
  429: 'Too Many Requests',
  499: '',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
};

function pickStatus(random: Random): number {
  let roll = random() * STATUS_TOTAL;
  for (const [status, weight] of STATUSES) {
    roll -= weight;
    if (roll < 0) return status;
  }
  return 200;
}

const WORDS = [
  'summer',
  'sale',
  'running',
  'shoes',
  'jacket',
  'wireless',
  'headphones',
  'kitchen',
  'garden',
  'laptop',
  'stand',
  'organic',
  'coffee',
  'beans',
  'travel',
  'backpack',
];
const PARAMS = ['page', 'limit', 'sort', 'lang', 'currency', 'variant', 'ref', 'q', 'fields'];

/** A URL of 40 to 300 characters, most with a query string. */
function urlFor(random: Random, origin: Origin, kind: Kind, serial: number): string {
  const stem = pick(random, origin.stems);
  let path = stem === '/' && kind !== 'document' ? '/home' : stem;
  if (kind === 'script' || kind === 'stylesheet')
    path += `.${hex(random, 8)}${pick(random, EXT[kind])}`;
  else if (kind === 'image' || kind === 'font') {
    path += `/${pick(random, WORDS)}-${pick(random, WORDS)}-${int(random, 1000, 99999)}${pick(random, EXT[kind])}`;
  } else if (kind !== 'document' || random() < 0.6) {
    path += `/${int(random, 1, 9_999_999)}`;
    if (random() < 0.5) path += `/${pick(random, WORDS)}-${pick(random, WORDS)}`;
  }
  const query: string[] = [];
  const roll = random();
  if (origin.flavour === 'google' && kind !== 'font') {
    // Analytics beacons: long queries of ids and page data.
    query.push(
      'v=2',
      `tid=G-${token(random, 10).toUpperCase()}`,
      `cid=${int(random, 100000000, 999999999)}.${int(random, 1600000000, 1800000000)}`,
      `sid=${int(random, 1600000000, 1800000000)}`,
      `_p=${int(random, 1, 2 ** 31)}`,
      `dl=https%3A%2F%2F${origin.host}%2F${pick(random, WORDS)}%2F${pick(random, WORDS)}`,
      `dt=${pick(random, WORDS)}%20${pick(random, WORDS)}`,
      `en=${pick(random, ['page_view', 'scroll', 'view_item', 'add_to_cart', 'user_engagement'])}`,
      `_et=${int(random, 1, 90000)}`,
    );
  } else if (roll < 0.75) {
    const count = int(random, 1, kind === 'fetch' || kind === 'xhr' ? 6 : 2);
    for (let i = 0; i < count; i++) {
      const name = pick(random, PARAMS);
      query.push(
        `${name}=${name === 'q' ? `${pick(random, WORDS)}+${pick(random, WORDS)}` : int(random, 1, 5000)}`,
      );
    }
    if (random() < 0.2)
      query.push(
        `utm_source=newsletter&utm_medium=email&utm_campaign=${pick(random, WORDS)}_${int(random, 2020, 2026)}`,
      );
    if (kind === 'script' || kind === 'stylesheet' || random() < 0.3) query.push(`v=${serial}`);
  }
  let url = `https://${origin.host}${path}${query.length ? `?${query.join('&')}` : ''}`;
  if (url.length < 40) url += `${query.length ? '&' : '?'}_=${int(random, 1e12, 9e12)}`;
  return url.length > 300 ? url.slice(0, 300) : url;
}

function queryOf(url: string): QueryString[] {
  const at = url.indexOf('?');
  if (at === -1) return [];
  return url
    .slice(at + 1)
    .split('&')
    .map((pair) => {
      const eq = pair.indexOf('=');
      return eq === -1
        ? { name: pair, value: '' }
        : { name: pair.slice(0, eq), value: pair.slice(eq + 1) };
    });
}

/** About 4 KB of cookies: consent strings, session, analytics and A/B test ids. */
function cookieJar(random: Random, site: number): Cookie[] {
  const jar: Cookie[] = [
    { name: '__Secure-session', value: token(random, 180) },
    {
      name: 'OptanonConsent',
      value: `isGpcEnabled=0&datestamp=Wed+Nov+25+2026&version=202409.1.0&groups=${token(random, 400)}`,
    },
    { name: 'euconsent-v2', value: token(random, 600) },
    { name: '_ga', value: `GA1.1.${int(random, 1e8, 9e8)}.${int(random, 1.6e9, 1.8e9)}` },
    {
      name: `_ga_${token(random, 10).toUpperCase()}`,
      value: `GS1.1.${int(random, 1.6e9, 1.8e9)}.${int(random, 1, 90)}.1.${int(random, 1.6e9, 1.8e9)}.0.0.0`,
    },
    { name: 'ab_tests', value: token(random, 900) },
    { name: 'recently_viewed', value: token(random, 1100) },
    { name: 'cart', value: token(random, 700) },
  ];
  for (const cookie of jar) {
    cookie.path = '/';
    cookie.domain = `.site${site}.example`;
  }
  return jar;
}

const USER_AGENT =
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36';
const ACCEPT: Record<Kind, string> = {
  document:
    'text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,image/apng,*/*;q=0.8,application/signed-exchange;v=b3;q=0.7',
  script: '*/*',
  stylesheet: 'text/css,*/*;q=0.1',
  image: 'image/avif,image/webp,image/apng,image/svg+xml,image/*,*/*;q=0.8',
  font: '*/*',
  fetch: 'application/json, text/plain, */*',
  xhr: 'application/json, text/plain, */*',
  ping: '*/*',
};
const DEST: Record<Kind, string> = {
  document: 'document',
  script: 'script',
  stylesheet: 'style',
  image: 'image',
  font: 'font',
  fetch: 'empty',
  xhr: 'empty',
  ping: 'empty',
};

const httpDate = (ms: number) => new Date(ms).toUTCString();

/** Headers some servers add, in the order they are added to reach a response's header count. */
const EXTRA_HEADERS: readonly [string, string | ((random: Random, clock: number) => string)][] = [
  ['expires', (_random, clock) => httpDate(clock + 3600e3)],
  ['x-xss-protection', '0'],
  ['cross-origin-opener-policy', 'same-origin'],
  ['access-control-allow-methods', 'GET, POST, PUT, PATCH, DELETE, OPTIONS'],
  [
    'access-control-allow-headers',
    'Authorization, Content-Type, X-Client-Version, X-Requested-With',
  ],
  ['x-served-by', (random) => `cache-fra-eddf82300${int(random, 10, 99)}-FRA`],
  [
    'x-timer',
    (random, clock) =>
      `S${Math.floor(clock / 1000)}.${int(random, 100, 999)},VS0,VE${int(random, 0, 90)}`,
  ],
  ['access-control-max-age', '86400'],
  ['content-language', 'en-US'],
  ['x-envoy-upstream-service-time', (random) => String(int(random, 1, 900))],
  ['origin-agent-cluster', '?1'],
  ['x-dns-prefetch-control', 'off'],
  ['x-download-options', 'noopen'],
  ['x-permitted-cross-domain-policies', 'none'],
  ['pragma', 'no-cache'],
  ['x-cache-hits', (random) => `0, ${int(random, 0, 40)}`],
  [
    'link',
    '<https://fonts.gstatic.com>; rel=preconnect; crossorigin, <https://cdn.shop-static.example>; rel=preconnect',
  ],
  ['cross-origin-resource-policy', 'same-site'],
  ['x-robots-tag', 'noindex, nofollow'],
  ['x-ua-compatible', 'IE=edge'],
  ['x-runtime', (random) => `0.0${int(random, 10000, 99999)}`],
  ['x-version', (random) => `2026.11.${int(random, 1, 27)}-${int(random, 1000, 9999)}`],
  ['x-backend', (random) => `web-${int(random, 1, 40)}.eu-central-1`],
  ['x-frame-options', 'SAMEORIGIN'],
  [
    'x-github-request-id',
    (random) =>
      `${int(random, 1000, 9999)}:${int(random, 10000, 99999)}:${int(random, 100000, 999999)}`,
  ],
  ['x-fastly-request-id', (random) => `${int(random, 1e9, 9e9)}${int(random, 1e9, 9e9)}`],
  ['x-correlation-id', (random) => `${int(random, 1e9, 9e9)}`],
  ['x-content-duration', (random) => String(int(random, 1, 99))],
];

export interface GeneratorOptions {
  seed?: number;
  /** Epoch milliseconds of the first request. */
  startMs?: number;
  /** How many sites the traffic moves between (each with its own origins). */
  sites?: number;
}

export interface TrafficGenerator {
  /** The next request on the current site's page (never a top-level document). */
  entry(): ChromiumEntry;
  /** A new top-level page: its URL (as onNavigated reports it) and its document's entry. */
  navigate(): { url: string; document: ChromiumEntry };
}

export function createGenerator(options: GeneratorOptions = {}): TrafficGenerator {
  const random = seededRandom(options.seed ?? 1);
  const sites = Array.from({ length: options.sites ?? 4 }, (_, site) => originsFor(site));
  // The site of the current page: the first navigation goes to site 0, whose first-party
  // requests carry a cookie jar of about 4 KB.
  let site = -1;
  let loads = 0;
  const current = () => sites[Math.max(0, site)] ?? [];
  let clock = options.startMs ?? Date.UTC(2026, 10, 27, 10, 0, 0);
  let serial = 0;
  let jar = cookieJar(random, 0);
  let pageUrl = `https://${sites[0]?.[0]?.host ?? 'www.shop.example'}/`;

  function build(origin: Origin, kind: Kind, url: string): ChromiumEntry {
    serial += 1;
    clock += random() < 0.1 ? int(random, 50, 2000) : int(random, 0, 40);
    // A page's own document loaded (the panel starts a new list on it); its requests vary.
    let status = kind === 'document' ? 200 : pickStatus(random);
    if (status === 206 && kind !== 'image') status = 200;
    const error = status === 0 ? pick(random, ERRORS) : null;
    const mimeType = status === 0 ? '' : pick(random, MIME[kind]);
    const size = status === 0 || status === 304 || status === 204 ? 0 : int(random, 40, 400_000);
    const sameSite = origin.firstParty;
    const cookies = origin.bigCookies ? jar : [];
    const h2 = origin.http2;
    const path = url.slice(url.indexOf('/', 8));
    const requestHeaders: Header[] = [
      ...(h2
        ? [
            header(':authority', origin.host),
            header(':method', kind === 'ping' ? 'POST' : 'GET'),
            header(':path', path),
            header(':scheme', 'https'),
          ]
        : [header('Host', origin.host), header('Connection', 'keep-alive')]),
      header(h2 ? 'accept' : 'Accept', ACCEPT[kind]),
      header(h2 ? 'accept-encoding' : 'Accept-Encoding', 'gzip, deflate, br, zstd'),
      header(h2 ? 'accept-language' : 'Accept-Language', 'en-US,en;q=0.9,de;q=0.8'),
      ...(cookies.length
        ? [header(h2 ? 'cookie' : 'Cookie', cookies.map((c) => `${c.name}=${c.value}`).join('; '))]
        : []),
      header('priority', kind === 'document' ? 'u=0, i' : 'u=1, i'),
      ...(kind === 'document' ? [] : [header(h2 ? 'referer' : 'Referer', pageUrl)]),
      header('sec-ch-ua', '"Chromium";v="156", "Not:A-Brand";v="24"'),
      header('sec-ch-ua-mobile', '?0'),
      header('sec-ch-ua-platform', '"Linux"'),
      header('sec-fetch-dest', DEST[kind]),
      header(
        'sec-fetch-mode',
        kind === 'document' ? 'navigate' : kind === 'fetch' || kind === 'xhr' ? 'cors' : 'no-cors',
      ),
      header(
        'sec-fetch-site',
        kind === 'document' ? 'none' : sameSite ? 'same-site' : 'cross-site',
      ),
      header(h2 ? 'user-agent' : 'User-Agent', USER_AGENT),
    ];
    if (kind === 'fetch' || kind === 'xhr') {
      requestHeaders.push(header('origin', `https://${current()[0]?.host}`));
      if (random() < 0.5)
        requestHeaders.push(
          header(
            'authorization',
            `Bearer eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.${token(random, 220)}.${token(random, 86)}`,
          ),
        );
      requestHeaders.push(
        header(
          'x-client-version',
          `web-${int(random, 1, 9)}.${int(random, 0, 40)}.${int(random, 0, 9)}`,
        ),
      );
    }
    const responseHeaders: Header[] = [];
    const requestId = hex(random, 32);
    if (status !== 0) {
      responseHeaders.push(header('date', httpDate(clock)));
      if (size > 0)
        responseHeaders.push(
          header(
            'content-type',
            mimeType === 'text/html'
              ? 'text/html; charset=utf-8'
              : mimeType.startsWith('application/json')
                ? 'application/json; charset=utf-8'
                : mimeType,
          ),
        );
      if (size > 0) responseHeaders.push(header('content-length', String(Math.floor(size / 3))));
      if (size > 1000 && !mimeType.startsWith('image/') && !mimeType.startsWith('font/')) {
        responseHeaders.push(header('content-encoding', random() < 0.7 ? 'br' : 'gzip'));
      }
      responseHeaders.push(...origin.fixed);
      if (kind === 'document') {
        responseHeaders.push(
          header('content-security-policy', CSP.replace('{n}', token(random, 22))),
        );
        responseHeaders.push(
          header('cache-control', 'private, no-cache, no-store, must-revalidate'),
        );
      }
      if (kind === 'fetch' || kind === 'xhr') {
        responseHeaders.push(header('cache-control', 'private, max-age=0, must-revalidate'));
        responseHeaders.push(header('x-ratelimit-limit', '600'));
        responseHeaders.push(
          header('x-ratelimit-remaining', String(status === 429 ? 0 : int(random, 1, 600))),
        );
        responseHeaders.push(
          header('x-ratelimit-reset', String(Math.floor(clock / 1000) + int(random, 1, 60))),
        );
      }
      if (kind !== 'document' && kind !== 'fetch' && kind !== 'xhr') {
        responseHeaders.push(header('etag', `"${hex(random, 32)}"`));
        responseHeaders.push(
          header('last-modified', httpDate(clock - int(random, 3600e3, 400 * 86400e3))),
        );
        if (origin.flavour === 'cdn' || random() < 0.4)
          responseHeaders.push(header('age', String(int(random, 0, 86400))));
      }
      if (origin.flavour === 'cloudflare') {
        responseHeaders.push(
          header('cf-cache-status', pick(random, ['DYNAMIC', 'HIT', 'MISS', 'REVALIDATED'])),
        );
        responseHeaders.push(
          header('cf-ray', `${hex(random, 16)}-${pick(random, ['FRA', 'AMS', 'CDG', 'LHR'])}`),
        );
        responseHeaders.push(
          header(
            'server-timing',
            `cfL4;desc="?proto=TCP&rtt=${int(random, 1000, 90000)}&min_rtt=${int(random, 500, 9000)}&rtt_var=${int(random, 100, 9000)}&sent=${int(random, 1, 90)}&recv=${int(random, 1, 90)}&lost=0&retrans=0&sent_bytes=${int(random, 100, 90000)}&recv_bytes=${int(random, 100, 9000)}&delivery_rate=${int(random, 1000, 9000000)}&cwnd=${int(random, 10, 300)}&unsent_bytes=0&cid=${hex(random, 16)}&ts=${int(random, 10, 900)}&x=0"`,
          ),
        );
      } else if (origin.flavour === 'cdn') {
        responseHeaders.push(
          header(
            'x-cache',
            pick(random, [
              'Hit from cloudfront',
              'Miss from cloudfront',
              'RefreshHit from cloudfront',
            ]),
          ),
        );
        responseHeaders.push(header('via', `1.1 ${hex(random, 32)}.cloudfront.net (CloudFront)`));
        responseHeaders.push(
          header(
            'x-amz-cf-pop',
            `${pick(random, ['FRA56', 'AMS1', 'CDG50'])}-P${int(random, 1, 9)}`,
          ),
        );
        responseHeaders.push(header('x-amz-cf-id', `${token(random, 40)}==`));
      } else if (origin.flavour === 'app') {
        responseHeaders.push(header('x-request-id', requestId));
        responseHeaders.push(header('x-trace-id', `00-${hex(random, 32)}-${hex(random, 16)}-01`));
      }
      if (status >= 300 && status < 400 && status !== 304) {
        responseHeaders.push(
          header(
            'location',
            `${url.split('?')[0]}/${pick(random, WORDS)}?from=${int(random, 1, 99)}`,
          ),
        );
      }
      if (status === 429 || status === 503)
        responseHeaders.push(header('retry-after', String(int(random, 1, 120))));
      if (status === 401)
        responseHeaders.push(
          header(
            'www-authenticate',
            'Bearer realm="api", error="invalid_token", error_description="The access token expired"',
          ),
        );
      if (random() < 0.02) {
        // Now and then a response (re)sets a cookie of about 4 KB.
        responseHeaders.push(
          header(
            'set-cookie',
            `recently_viewed=${token(random, 4000)}; Path=/; Max-Age=2592000; Secure; SameSite=Lax`,
          ),
        );
      } else if (random() < 0.05) {
        responseHeaders.push(
          header(
            'set-cookie',
            `__cf_bm=${token(random, 140)}; path=/; expires=${httpDate(clock + 1800e3)}; domain=.${origin.host}; HttpOnly; Secure; SameSite=None`,
          ),
        );
      }
    }
    if (status !== 0) {
      // Servers differ in how much they send: 10 to 30 lines in all.
      const target = int(random, 10, 20) + (random() < 0.3 ? int(random, 0, 10) : 0);
      for (const [name, value] of EXTRA_HEADERS) {
        if (responseHeaders.length >= target) break;
        responseHeaders.push(
          header(name, typeof value === 'string' ? value : value(random, clock)),
        );
      }
    }
    const redirectURL = responseHeaders.find((h) => h.name === 'location')?.value ?? '';
    const time = status === 0 ? int(random, 1, 30000) / 10 : int(random, 5, 12000) / 10;
    const headersSize = responseHeaders.reduce(
      (sum, h) => sum + h.name.length + h.value.length + 4,
      0,
    );
    const fromCache = status === 200 && kind !== 'document' && kind !== 'fetch' && random() < 0.15;
    const entry: ChromiumEntry = {
      _initiator: kind === 'document' ? { type: 'other' } : { type: 'script', url: pageUrl },
      _priority: kind === 'document' ? 'VeryHigh' : pick(random, ['High', 'Low', 'Medium']),
      _resourceType: kind === 'ping' ? 'ping' : kind,
      cache: {},
      connection: String(int(random, 1000, 99999)),
      // DevTools numbers every top-level load anew (utils/requests/pages.ts, rule 1).
      pageref: `page_${Math.max(1, loads)}`,
      request: {
        method:
          kind === 'ping'
            ? 'POST'
            : (kind === 'fetch' || kind === 'xhr') && random() < 0.15
              ? pick(random, ['POST', 'PUT', 'PATCH', 'DELETE'])
              : 'GET',
        url,
        httpVersion: h2 ? 'http/2.0' : 'HTTP/1.1',
        headers: requestHeaders,
        queryString: queryOf(url),
        cookies: cookies.map((c) => ({ ...c })),
        headersSize: h2
          ? -1
          : requestHeaders.reduce((sum, h) => sum + h.name.length + h.value.length + 4, 0),
        bodySize: 0,
      },
      response: {
        status,
        statusText: h2 ? '' : (REASONS[status] ?? ''),
        httpVersion: status === 0 ? '' : h2 ? 'http/2.0' : 'HTTP/1.1',
        headers: responseHeaders,
        cookies: [],
        content: {
          size,
          mimeType: mimeType || 'x-unknown',
          compression: size > 1000 ? Math.floor(size / 2) : 0,
        },
        redirectURL,
        headersSize: h2 ? -1 : headersSize,
        bodySize: status === 304 ? 0 : Math.floor(size / 3),
        _transferSize: Math.floor(size / 3) + headersSize,
        _error: error,
        _fetchedViaServiceWorker: false,
      },
      serverIPAddress: status === 0 ? '' : origin.ip,
      startedDateTime: new Date(clock).toISOString(),
      time,
      timings: {
        blocked: int(random, 1, 4000) / 100,
        dns: -1,
        ssl: -1,
        connect: -1,
        send: int(random, 1, 90) / 100,
        wait: time * 0.8,
        receive: time * 0.1,
      },
    };
    if (entry.request.method !== 'GET') {
      const text = JSON.stringify({ event: pick(random, WORDS), id: int(random, 1, 1e6) });
      entry.request.bodySize = text.length;
      entry.request.postData = { mimeType: 'application/json', text };
    }
    if (fromCache) entry._fromCache = random() < 0.5 ? 'memory' : 'disk';
    return entry;
  }

  return {
    entry() {
      const origin = pick(random, current().slice(random() < 0.5 ? 1 : 0));
      const kinds = origin.kinds.filter((kind) => kind !== 'document');
      const kind = pick(random, kinds.length > 0 ? kinds : (['fetch'] as const));
      return build(origin, kind, urlFor(random, origin, kind, serial));
    },
    navigate() {
      site = (site + 1) % sites.length;
      loads += 1;
      const origin = sites[site]?.[0];
      if (!origin) throw new Error('no site');
      if (origin.bigCookies) jar = cookieJar(random, site);
      const url = urlFor(random, origin, 'document', serial);
      pageUrl = url;
      return { url, document: build(origin, 'document', url) };
    },
  };
}

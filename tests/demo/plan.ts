// The requests the demo page makes, in order. The page receives this list as JSON and fetches
// each step, reading its body; tests import it to know which URLs DevTools should record.

/** Where a step's request goes: the demo origin, a second origin without CORS headers, or a
 * port on 127.0.0.1 where nothing listens. */
export type DemoOrigin = 'same' | 'cross' | 'refused';

export type DemoBody =
  | { type: 'json'; value: unknown }
  | { type: 'form'; value: Record<string, string> }
  | { type: 'bytes'; size: number };

export interface DemoStep {
  /** Stable name, shown on the page. */
  name: string;
  method: 'GET' | 'POST' | 'DELETE';
  /** Path under /api/, stable across runs; the page adds `?run=<round>`. */
  path: string;
  origin: DemoOrigin;
  body?: DemoBody;
  /** Send `If-None-Match` with the ETag an earlier step got for the same path. */
  conditional?: boolean;
  /** Request headers the page sends (after its own Content-Type, so they can replace it). */
  headers?: Readonly<Record<string, string>>;
  /** Statuses DevTools records, in order: the redirects, then the final one (0: no response). */
  statuses: readonly number[];
}

/** The expired bearer token the page sends with the 401 step: never in a copy. */
export const DEMO_TOKEN = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJkZW1vIiwiZXhwIjoxfQ.ZGVtby1zaWduYXR1cmU';

/** The W3C trace context the page sends with the request-id step. */
export const DEMO_TRACEPARENT = '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01';

/** The single-page-app route the page pushes with `history.pushState` after each round. */
export const SPA_ROUTE = '/app/orders';

export const DEMO_PLAN: readonly DemoStep[] = [
  { name: 'JSON', method: 'GET', path: '/api/users/42', origin: 'same', statuses: [200] },
  {
    name: 'Created',
    method: 'POST',
    path: '/api/users',
    origin: 'same',
    body: { type: 'json', value: { name: 'Ada Lovelace', email: 'ada@example.org' } },
    statuses: [201],
  },
  { name: 'No content', method: 'DELETE', path: '/api/users/43', origin: 'same', statuses: [204] },
  {
    name: 'Redirect chain',
    method: 'GET',
    path: '/api/redirect/start',
    origin: 'same',
    statuses: [301, 302, 200],
  },
  {
    name: 'POST answered by 302',
    method: 'POST',
    path: '/api/forms/legacy',
    origin: 'same',
    body: { type: 'form', value: { topic: 'billing', message: 'Hello' } },
    statuses: [302, 200],
  },
  {
    name: 'POST answered by 307',
    method: 'POST',
    path: '/api/forms/temporary',
    origin: 'same',
    body: { type: 'form', value: { topic: 'billing', message: 'Hello' } },
    statuses: [307, 200],
  },
  { name: 'ETag', method: 'GET', path: '/api/articles/7', origin: 'same', statuses: [200] },
  {
    name: 'Not modified',
    method: 'GET',
    path: '/api/articles/7',
    origin: 'same',
    conditional: true,
    statuses: [304],
  },
  {
    name: 'Unauthorized',
    method: 'GET',
    path: '/api/account',
    origin: 'same',
    // An expired token: the panel shows it, every copy format must hide it.
    headers: { Authorization: `Bearer ${DEMO_TOKEN}` },
    statuses: [401],
  },
  {
    name: 'Forbidden',
    method: 'GET',
    path: '/api/admin/settings',
    origin: 'same',
    statuses: [403],
  },
  { name: 'Not found', method: 'GET', path: '/api/users/9999', origin: 'same', statuses: [404] },
  {
    name: 'Method not allowed',
    method: 'DELETE',
    path: '/api/reports/2024',
    origin: 'same',
    statuses: [405],
  },
  { name: 'Gone', method: 'GET', path: '/api/v1/legacy', origin: 'same', statuses: [410] },
  {
    name: 'Content too large',
    method: 'POST',
    path: '/api/uploads',
    origin: 'same',
    body: { type: 'bytes', size: 256 * 1024 },
    statuses: [413],
  },
  {
    name: 'Unprocessable content',
    method: 'POST',
    path: '/api/orders',
    origin: 'same',
    body: { type: 'json', value: { sku: 'LENS-1', quantity: -2 } },
    statuses: [422],
  },
  {
    name: 'Too many requests',
    method: 'GET',
    path: '/api/search',
    origin: 'same',
    statuses: [429],
  },
  {
    name: 'Server error',
    method: 'GET',
    path: '/api/reports/2024/export',
    origin: 'same',
    statuses: [500],
  },
  {
    name: 'Bad gateway',
    method: 'GET',
    path: '/api/upstream/inventory',
    origin: 'same',
    statuses: [502],
  },
  {
    name: 'Service unavailable',
    method: 'GET',
    path: '/api/status/maintenance',
    origin: 'same',
    statuses: [503],
  },
  {
    name: 'Gateway timeout',
    method: 'GET',
    path: '/api/upstream/slow-report',
    origin: 'same',
    statuses: [504],
  },
  {
    name: 'Cloudflare 522',
    method: 'GET',
    path: '/api/edge/origin-down',
    origin: 'same',
    statuses: [522],
  },
  {
    name: 'Request id',
    method: 'GET',
    path: '/api/trace',
    origin: 'same',
    headers: { traceparent: DEMO_TRACEPARENT },
    statuses: [200],
  },
  {
    name: 'Connection refused',
    method: 'GET',
    path: '/api/health',
    origin: 'refused',
    statuses: [0],
  },
  {
    name: 'Cross-origin without CORS',
    method: 'GET',
    path: '/api/users/42',
    origin: 'cross',
    statuses: [200],
  },
  {
    name: 'Cross-origin 500 without CORS',
    method: 'GET',
    path: '/api/reports/2024/export',
    origin: 'cross',
    statuses: [500],
  },
  // Added for the diagnosis (issue 7); the steps above stay as they were.
  {
    name: 'Rate limited (IETF headers, HTTP-date)',
    method: 'GET',
    path: '/api/quota',
    origin: 'same',
    statuses: [429],
  },
  {
    name: 'Redirect loop',
    method: 'GET',
    path: '/api/loop/a',
    origin: 'same',
    // Chromium follows 20 redirects, then gives up: net::ERR_TOO_MANY_REDIRECTS.
    statuses: [...Array.from({ length: 20 }, () => 302), 0],
  },
  {
    name: 'Partial content',
    method: 'GET',
    path: '/api/files/report.bin',
    origin: 'same',
    headers: { Range: 'bytes=0-99' },
    statuses: [206],
  },
  {
    name: 'Range not satisfiable',
    method: 'GET',
    path: '/api/files/archive.bin',
    origin: 'same',
    headers: { Range: 'bytes=5000-' },
    statuses: [416],
  },
  {
    name: 'URI too long',
    method: 'GET',
    // Under the panel's 8 KB cut of a URL, over the demo server's 4 KB limit.
    path: `/api/lookup/${'q'.repeat(6000)}`,
    origin: 'same',
    statuses: [414],
  },
  {
    name: 'Unsupported media type',
    method: 'POST',
    path: '/api/imports',
    origin: 'same',
    body: { type: 'bytes', size: 64 },
    headers: { 'Content-Type': 'text/csv' },
    statuses: [415],
  },
  {
    name: 'Header fields too large',
    method: 'GET',
    path: '/api/profile',
    origin: 'same',
    // Five 1,800-character headers: 9 KB in all (each under the panel's 2 KB cut of a value).
    headers: Object.fromEntries(
      [1, 2, 3, 4, 5].map((n) => [`X-Client-State-${n}`, String(n).repeat(1800)]),
    ),
    statuses: [431],
  },
  {
    name: 'AWS load balancer 502',
    method: 'GET',
    path: '/api/checkout/cart',
    origin: 'same',
    statuses: [502],
  },
];

/** The configuration the server hands to the page script. */
export interface DemoPageConfig {
  crossOrigin: string;
  refusedOrigin: string;
  spaRoute: string;
  plan: readonly DemoStep[];
}

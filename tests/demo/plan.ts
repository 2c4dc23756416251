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
  /** Statuses DevTools records, in order: the redirects, then the final one (0: no response). */
  statuses: readonly number[];
}

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
  { name: 'Unauthorized', method: 'GET', path: '/api/account', origin: 'same', statuses: [401] },
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
  { name: 'Request id', method: 'GET', path: '/api/trace', origin: 'same', statuses: [200] },
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
];

/** The configuration the server hands to the page script. */
export interface DemoPageConfig {
  crossOrigin: string;
  refusedOrigin: string;
  spaRoute: string;
  plan: readonly DemoStep[];
}

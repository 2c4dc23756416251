/**
 * The shapes the diagnosis rules share. A rule reads one HAR entry (and, when it needs them, the
 * entries around it) and returns findings: plain data that the panel, the HAR page and the
 * incident note display as text. Nothing here builds HTML.
 */
import type { Entry, Response } from 'har-format';
import type { Exporter } from '../har/exporters';

export type Severity = 'info' | 'warning' | 'error';

/** One id per rule file in ./rules. */
export type RuleId =
  | 'retry-after'
  | 'rate-limit'
  | 'allow'
  | 'auth-challenge'
  | 'redirect'
  | 'not-modified'
  | 'range'
  | 'request-limits'
  | 'no-response'
  | 'cors'
  | 'who-answered'
  | 'error-body'
  | 'protocol'
  /** Not a rule of ./rules: an application-level failure (utils/app-failure), found in the
   * response's content and kept on the record. */
  | 'app-failure';

export interface Finding {
  rule: RuleId;
  severity: Severity;
  /** A few words for the request row: "retry in 30 s", "→ /login", "CORS", "blocked". */
  tag?: string;
  /** One sentence: "Retry in 30 s (at 14:02:10 UTC)". */
  title: string;
  /** Plain text lines for the detail pane, each one line, bounded in length. */
  details: string[];
}

/**
 * What Chromium's DevTools adds to a HAR response (front_end/models/har/Log.ts): `_error` is the
 * browser's reason for a failed request ("net::ERR_CONNECTION_REFUSED"), null when it did not
 * fail, and "" for a request blocked by DevTools' own request blocking.
 */
export interface ChromiumResponse extends Response {
  _error?: string | null;
  _fetchedViaServiceWorker?: boolean;
}

/**
 * A HAR entry as Chromium's DevTools writes it. `_fromCache` ("memory" | "disk") and
 * `_resourceType` ("document", "fetch", "preflight", …) are typed by har-format already.
 */
export interface ChromiumEntry extends Entry {
  response: ChromiumResponse;
}

/** A response body read on demand (DevTools' getContent, or a HAR file's content). */
export interface BodyText {
  text: string;
  /** "base64" for binary bodies, which are never parsed. */
  encoding?: string;
  mimeType?: string;
}

export interface DiagnosisContext {
  /** Epoch milliseconds; injected so that nothing reads the wall clock. */
  now: () => number;
  /** The entries around this one, oldest first (the entry itself may be among them). */
  entries?: readonly Entry[];
  /** The origin of the page that made the request ("https://app.example.com"). When absent the
   * CORS rule takes it from the request's Origin header, the page's document entry or Referer. */
  pageOrigin?: string;
  /** Formats a moment for people; defaults to "14:02:10 UTC" (with the date when it is not the
   * day of `reference`). The panel may pass a local-time formatter. */
  formatClock?: (ms: number, reference: number) => string;
  /** The response body, when it has been read (only for the selected request). */
  body?: BodyText;
  /** Who recorded the entries (the HAR file's creator, or DevTools itself in the live panel),
   * when known: findings about a failure say who recorded its reason, and claim only what that
   * exporter's field means (utils/har/exporters.ts). */
  exporter?: Exporter;
}

/** A rule: pure, never reads the clock or the network, never throws on odd input. */
export type Rule = (entry: Entry, context: DiagnosisContext) => Finding[];

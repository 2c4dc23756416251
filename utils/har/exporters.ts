/**
 * What each HAR exporter writes when a request fails, keyed on the exporter (never on a
 * field's name alone: mitmproxy writes its own error text into the same `_error` field that
 * Chromium fills with its network stack's `net::ERR_…` names). The one table that the record,
 * the failure definition and the diagnosis read. Facts from the exporters' own source:
 * - Chromium DevTools (creator "WebInspector"; devtools-frontend front_end/models/har/Log.ts):
 *   `response._error`, the network stack's reason ("net::ERR_CONNECTION_REFUSED"), null when
 *   the request did not fail; status 0 when no response came. A request still in flight is
 *   listed with status 0 and `_error: null`. Recorded with Chromium 156: a request stopped by
 *   DevTools' own request blocking has status 0 and `_error: ""`. A response that began and
 *   then failed keeps its status and gets `_error` too.
 * - Playwright recordHar (creator "Playwright"; playwright-core server/har/harTracer.ts):
 *   `response._failureText` (Chromium's "net::ERR_…" when the browser is Chromium), status -1
 *   when no response came.
 * - mitmproxy (creator "mitmproxy"; mitmproxy/addons/savehar.py): `response._error` holds the
 *   proxy's own error message (a Python exception text such as "[Errno 60] Operation timed
 *   out"), only when no response came (status 0); a response that broke off is written as if
 *   whole.
 * - WebKit Web Inspector (Safari; WebInspectorUI Controllers/HARBuilder.js): `response._error`
 *   with WebKit's own failure text, left out when empty.
 * - Firefox DevTools (creator "Firefox"; netmonitor har-builder.js), chrome-har, Insomnia,
 *   Firebug, HTTP Toolkit: no reason field at all; status 0 means no response.
 * - Charles Proxy: `response._charlesStatus` "EXCEPTION" for a failed exchange (seen in its
 *   exports; not documented).
 * Anything else: a reason is read from `response._error`, `response._failureText` or the
 * entry's `_error`, and named by the field it came from, without claiming whose words it is.
 */

export type ExporterId =
  | 'chromium'
  | 'playwright'
  | 'mitmproxy'
  | 'webkit'
  | 'firefox'
  | 'charles'
  | 'no-reasons'
  | 'unknown';

export interface Exporter {
  id: ExporterId;
  /** Who recorded it, for people: "Chromium DevTools (WebInspector 537.36)". */
  name: string;
  /** The tool alone, without its version: "mitmproxy", "Chromium DevTools". */
  tool: string;
}

/** Who wrote a reason, and so what it can mean. */
export type ReasonSource =
  /** The browser's network stack: a `net::ERR_…` name (Chromium), or WebKit's own text. */
  | 'browser'
  /** A proxy or tool's own error message (mitmproxy). */
  | 'tool'
  /** A field whose writer is unknown. */
  | 'unknown';

export interface FailureReason {
  text: string;
  /** Where it is in the entry: "response._error". */
  field: string;
  source: ReasonSource;
}

/** What an entry's failure fields say, as its exporter means them. */
export interface FailureFields {
  /** The recorded reason, or null. An empty `_error` from Chromium is a reason: blocked. */
  reason: FailureReason | null;
  /** Chromium's request still in flight when the HAR was taken (status 0, `_error: null`). */
  pending: boolean;
}

interface Rule {
  id: ExporterId;
  title: string;
  matches(creator: string, browser: string): boolean;
  read(entry: Fields): FailureFields;
}

interface Fields {
  status: unknown;
  response: Record<string, unknown>;
  entry: Record<string, unknown>;
}

const NONE: FailureFields = Object.freeze({ reason: null, pending: false });

function text(value: unknown): string | null {
  return typeof value === 'string' ? value.slice(0, 1000) : null;
}

function reason(value: unknown, field: string, source: ReasonSource): FailureReason | null {
  const written = text(value);
  return written === null || written.trim() === '' ? null : { text: written, field, source };
}

const RULES: readonly Rule[] = [
  {
    id: 'chromium',
    title: 'Chromium DevTools',
    matches: (creator) => creator === 'webinspector',
    read({ status, response }) {
      if (!('_error' in response)) return NONE;
      const error = response._error;
      if (error === null) return { reason: null, pending: status === 0 };
      if (error === '' && status === 0) {
        return {
          reason: { text: '', field: 'response._error', source: 'browser' },
          pending: false,
        };
      }
      return { reason: reason(error, 'response._error', 'browser'), pending: false };
    },
  },
  {
    id: 'playwright',
    title: 'Playwright',
    matches: (creator) => creator === 'playwright',
    read: ({ response }) => ({
      reason: reason(response._failureText, 'response._failureText', 'browser'),
      pending: false,
    }),
  },
  {
    id: 'mitmproxy',
    title: 'mitmproxy',
    matches: (creator) => creator === 'mitmproxy' || creator.startsWith('mitmproxy '),
    read: ({ response }) => ({
      reason: reason(response._error, 'response._error', 'tool'),
      pending: false,
    }),
  },
  {
    id: 'webkit',
    title: 'Safari Web Inspector',
    matches: (creator) => creator.startsWith('webkit web inspector'),
    read: ({ response }) => ({
      reason: reason(response._error, 'response._error', 'browser'),
      pending: false,
    }),
  },
  {
    id: 'charles',
    title: 'Charles Proxy',
    matches: (creator) => creator.startsWith('charles'),
    read: ({ response }) => ({
      reason:
        response._charlesStatus === 'EXCEPTION'
          ? { text: 'EXCEPTION', field: 'response._charlesStatus', source: 'tool' }
          : null,
      pending: false,
    }),
  },
  {
    id: 'firefox',
    title: 'Firefox DevTools',
    matches: (creator) => creator === 'firefox',
    read: () => NONE,
  },
  {
    id: 'no-reasons',
    title: '',
    matches: (creator) =>
      ['chrome-har', 'insomnia rest client', 'firebug', 'http toolkit'].includes(creator),
    read: () => NONE,
  },
];

const UNKNOWN_RULE: Rule = {
  id: 'unknown',
  title: '',
  matches: () => true,
  read({ response, entry }) {
    const found =
      reason(response._error, 'response._error', 'unknown') ??
      reason(response._failureText, 'response._failureText', 'unknown') ??
      reason(entry._error, '_error', 'unknown');
    return { reason: found, pending: false };
  },
};

function obj(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
}

function nameOf(value: unknown): string {
  const o = obj(value);
  return [o.name, o.version]
    .filter((part): part is string => typeof part === 'string' && part !== '')
    .join(' ')
    .slice(0, 120);
}

/** The exporter of a HAR `log` (its `creator`, and `browser` when given). */
export function exporterOf(log: unknown): Exporter {
  const creator = nameOf(obj(log).creator);
  const browser = nameOf(obj(log).browser);
  const key = (
    typeof obj(obj(log).creator).name === 'string' ? (obj(obj(log).creator).name as string) : ''
  )
    .trim()
    .toLowerCase();
  const rule = RULES.find((r) => r.matches(key, browser.toLowerCase())) ?? UNKNOWN_RULE;
  const written = creator || 'an unnamed tool';
  const name =
    rule.title && !written.toLowerCase().startsWith(rule.title.toLowerCase())
      ? `${rule.title} (${written})`
      : written;
  const creatorName = obj(obj(log).creator).name;
  const tool = rule.title || (typeof creatorName === 'string' && creatorName.trim()) || 'the tool';
  return { id: rule.id, name, tool: tool.slice(0, 80) };
}

/** The live panel's exporters: DevTools itself. */
export const LIVE_CHROMIUM: Exporter = Object.freeze({
  id: 'chromium',
  name: 'Chromium DevTools',
  tool: 'Chromium DevTools',
});
export const LIVE_FIREFOX: Exporter = Object.freeze({
  id: 'firefox',
  name: 'Firefox DevTools',
  tool: 'Firefox DevTools',
});

/** What an entry's failure fields say, as `exporter` writes them. */
export function failureFields(exporter: Exporter, input: unknown): FailureFields {
  const entry = obj(input);
  const response = obj(entry.response);
  const rule = RULES.find((r) => r.id === exporter.id) ?? UNKNOWN_RULE;
  return rule.read({ status: response.status, response, entry });
}

/**
 * "Save HAR without secrets": a whole HAR log through the one sanitizer (sanitize.ts), with a
 * count of what was removed, by place, and a few examples for the preview. Everything that is
 * not secret stays: timings, statuses, header names, sizes, the entries' order. Bodies can be
 * dropped altogether. Documented changes besides secrets, so that the file validates against the
 * published HAR schema (har-schema 2.0.0): an empty `serverIPAddress` is left out and a bracketed
 * IPv6 one written bare; markers in `request.url` are percent-encoded (it must be a URI); a
 * base64 text body that had a secret is written as plain text.
 */
import {
  type OnRedact,
  type SecretPlace,
  sanitizeBody,
  sanitizeHeader,
  sanitizeText,
  sanitizeUrl,
  sanitizeValue,
} from './sanitize';

export interface SanitizeOptions {
  /** Leave response bodies out (content.text removed; sizes stay). */
  dropBodies?: boolean;
}

export interface SanitizeReport {
  counts: Record<SecretPlace, number>;
  /** Up to 6 examples, redacted: "Cookie: session=[redacted: 32 chars]". */
  examples: string[];
  /** How many response bodies were left out. */
  bodiesDropped: number;
}

type Json = Record<string, unknown>;

const obj = (value: unknown): Json | null =>
  value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Json) : null;

/** The kinds the preview counts, in the order it lists them. */
export const SECRET_PLACES: readonly SecretPlace[] = [
  'cookies',
  'authorization headers',
  'API keys and other secret headers',
  'query values',
  'body fields',
  'tokens in text',
];

const EXAMPLES_MAX = 6;
const MARKER = /\[redacted: [^\]\n]{1,40}\]/g;

function textual(mimeType: string): boolean {
  const type = (mimeType.split(';')[0] ?? '').trim().toLowerCase();
  return type.startsWith('text/') || /json|xml|javascript|x-www-form-urlencoded|graphql/.test(type);
}

function fromBase64(text: string): string | null {
  try {
    const bytes = Uint8Array.from(atob(text.replace(/\s+/g, '')), (ch) => ch.charCodeAt(0));
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** A sanitized deep copy of a HAR (`{ log }` or the log itself), and what was removed. */
export function sanitizeHar(
  input: unknown,
  options: SanitizeOptions = {},
): { har: Json; report: SanitizeReport } {
  const counts = Object.fromEntries(SECRET_PLACES.map((p) => [p, 0])) as Record<
    SecretPlace,
    number
  >;
  const examples: string[] = [];
  let bodiesDropped = 0;
  const onRedact: OnRedact = (place) => {
    counts[place] += 1;
  };
  const note = (before: string, after: string) => {
    if (before !== after && examples.length < EXAMPLES_MAX && !examples.includes(after)) {
      examples.push(after.length > 160 ? `${after.slice(0, 159)}…` : after);
    }
  };

  const copy = JSON.parse(JSON.stringify(input ?? {})) as Json;
  const log = obj(copy.log) ?? copy;

  const headers = (list: unknown) => {
    if (!Array.isArray(list)) return;
    for (const header of list) {
      const h = obj(header);
      if (!h || typeof h.name !== 'string' || typeof h.value !== 'string') continue;
      const after = sanitizeHeader(h.name, h.value, onRedact);
      note(`${h.name}: ${h.value}`, `${h.name}: ${after}`);
      h.value = after;
    }
  };
  const cookies = (list: unknown) => {
    if (!Array.isArray(list)) return;
    for (const cookie of list) {
      const c = obj(cookie);
      if (!c || typeof c.value !== 'string' || c.value === '') continue;
      c.value = sanitizeHeader('cookie', `${String(c.name ?? '')}=${c.value}`, onRedact).replace(
        /^[^=]*=/,
        '',
      );
    }
  };
  const params = (list: unknown, place: SecretPlace) => {
    if (!Array.isArray(list)) return;
    for (const param of list) {
      const p = obj(param);
      if (!p || typeof p.value !== 'string') continue;
      const name = typeof p.name === 'string' ? p.name : null;
      // The same judgement as the URL's and the body's own text (same name, same value).
      p.value = sanitizeValue(name, p.value, place, true, onRedact);
    }
  };
  const url = (holder: Json, key: string) => {
    const value = holder[key];
    if (typeof value !== 'string' || value === '') return;
    const after = sanitizeUrl(value, onRedact);
    note(value, after);
    holder[key] = after;
  };

  if (Array.isArray(log.pages)) {
    for (const page of log.pages) {
      const p = obj(page);
      if (p && typeof p.title === 'string') p.title = sanitizeUrl(p.title, onRedact);
    }
  }
  const entries = Array.isArray(log.entries) ? log.entries : [];
  for (const item of entries) {
    const entry = obj(item);
    if (!entry) continue;
    // The schema takes a bare IP address: Chromium writes '' when it has none (left out) and
    // an IPv6 address in brackets, '[::1]' (written bare, '::1').
    if (entry.serverIPAddress === '') delete entry.serverIPAddress;
    else if (typeof entry.serverIPAddress === 'string')
      entry.serverIPAddress = entry.serverIPAddress.replace(/^\[([0-9a-fA-F:.]+)\]$/, '$1');
    const request = obj(entry.request);
    if (request) {
      url(request, 'url');
      // request.url must be a URI (the schema's "uri" format): its markers percent-encoded,
      // '[redacted: 24 chars]' as '%5Bredacted:%2024%20chars%5D'.
      if (typeof request.url === 'string') request.url = request.url.replace(MARKER, encodeURI);
      headers(request.headers);
      cookies(request.cookies);
      params(request.queryString, 'query values');
      const post = obj(request.postData);
      if (post) {
        const mime = typeof post.mimeType === 'string' ? post.mimeType : '';
        if (typeof post.text === 'string') post.text = sanitizeBody(post.text, mime, onRedact);
        params(post.params, 'body fields');
      }
    }
    const response = obj(entry.response);
    if (response) {
      headers(response.headers);
      cookies(response.cookies);
      url(response, 'redirectURL');
      for (const key of ['_error', '_failureText']) {
        if (typeof response[key] === 'string')
          response[key] = sanitizeText(response[key] as string, onRedact);
      }
      const content = obj(response.content);
      if (content && typeof content.text === 'string' && content.text !== '') {
        if (options.dropBodies) {
          delete content.text;
          delete content.encoding;
          bodiesDropped += 1;
        } else {
          const mime = typeof content.mimeType === 'string' ? content.mimeType : '';
          if (content.encoding === 'base64') {
            const decoded = textual(mime) ? fromBase64(content.text) : null;
            if (decoded !== null) {
              const after = sanitizeBody(decoded, mime, onRedact);
              // Written as text once changed: the markers stay readable (and countable) to
              // whoever checks the file; the text is the same UTF-8 the base64 held.
              if (after !== decoded) {
                content.text = after;
                delete content.encoding;
              }
            }
          } else {
            content.text = sanitizeBody(content.text, mime, onRedact);
          }
        }
      }
    }
    if (Array.isArray(entry._webSocketMessages)) {
      for (const message of entry._webSocketMessages) {
        const m = obj(message);
        if (m && typeof m.data === 'string')
          m.data = sanitizeBody(m.data, 'application/json', onRedact);
      }
    }
    if (typeof entry.comment === 'string') entry.comment = sanitizeText(entry.comment, onRedact);
  }
  return { har: copy, report: { counts, examples, bodiesDropped } };
}

/** "4 cookies, 2 authorization headers, 1 body field": the preview's summary. */
export function reportText(report: SanitizeReport): string {
  const parts = SECRET_PLACES.filter((place) => report.counts[place] > 0).map(
    (place) => `${report.counts[place].toLocaleString('en-US')} ${place}`,
  );
  if (report.bodiesDropped > 0) {
    parts.push(`${report.bodiesDropped.toLocaleString('en-US')} response bodies left out`);
  }
  return parts.length > 0 ? parts.join(', ') : 'nothing that looks secret';
}

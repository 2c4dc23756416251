/**
 * "Save HAR without secrets": a whole HAR log through the one sanitizer (sanitize.ts), with a
 * count of what was removed, by place, and a few examples for the preview. Everything that is
 * not secret stays: timings, statuses, header names, sizes, the entries' order. Bodies can be
 * dropped altogether. One documented change besides secrets: an empty `serverIPAddress` is left
 * out, as the published HAR schema (har-schema 2.0.0) only accepts an IP address there.
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

const PLACES: readonly SecretPlace[] = [
  'cookies',
  'authorization headers',
  'API keys and other secret headers',
  'query values',
  'body fields',
  'tokens in text',
];

const EXAMPLES_MAX = 6;

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

function toBase64(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}

/** A sanitized deep copy of a HAR (`{ log }` or the log itself), and what was removed. */
export function sanitizeHar(
  input: unknown,
  options: SanitizeOptions = {},
): { har: Json; report: SanitizeReport } {
  const counts = Object.fromEntries(PLACES.map((p) => [p, 0])) as Record<SecretPlace, number>;
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
    if (entry.serverIPAddress === '') delete entry.serverIPAddress;
    const request = obj(entry.request);
    if (request) {
      url(request, 'url');
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
              if (after !== decoded) content.text = toBase64(after);
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
  const parts = PLACES.filter((place) => report.counts[place] > 0).map(
    (place) => `${report.counts[place].toLocaleString('en-US')} ${place}`,
  );
  if (report.bodiesDropped > 0) {
    parts.push(`${report.bodiesDropped.toLocaleString('en-US')} response bodies left out`);
  }
  return parts.length > 0 ? parts.join(', ') : 'nothing that looks secret';
}

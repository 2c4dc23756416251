/**
 * The one sanitizer: every way text leaves the extension (the copy formats, the incident note,
 * the saved HAR) goes through it. Pure functions over strings; the rules of what is secret are
 * in rules.ts. Each secret is replaced by a marker that says what was there ("[redacted: JWT]",
 * "[redacted: 40 chars]"); everything else is kept byte for byte; a marker is never redacted
 * again, so sanitizing twice changes nothing. The same value under the same name is always
 * replaced the same way, so a value that appears twice in a HAR entry (the URL and
 * queryString[], the Cookie header and cookies[]) reads the same in both places.
 */
import { credentialKind, isKeptName, isSecretName, nameKey, secretShape } from './rules';

/** What the preview counts, by where the secret was. */
export type SecretPlace =
  | 'cookies'
  | 'authorization headers'
  | 'API keys and other secret headers'
  | 'query values'
  | 'body fields'
  | 'tokens in text';

/** Told of each secret replaced: where, and the marker that replaced it. */
export type OnRedact = (place: SecretPlace, marker: string) => void;

// A marker, or the stand-in sanitizeText puts in its place while it works on words (a marker
// holds spaces, and must stay one piece).
const IS_MARKER = /^(\[redacted: [^\]\n]{1,40}\]|\uE000\d+\uE001)$/;
const MARKER_INSIDE = /\[redacted: [^\]\n]{1,40}\]|\uE000\d+\uE001/;
const MARKERS = /\[redacted: [^\]\n]{1,40}\]/g;

/** The marker for a secret value: its kind when known, else its length. */
export function marker(kind: string | null, value: string): string {
  return kind && kind !== 'opaque' && kind !== 'id'
    ? `[redacted: ${kind}]`
    : `[redacted: ${value.length} chars]`;
}

function hide(value: string, place: SecretPlace, onRedact?: OnRedact): string {
  const made = marker(credentialKind(value), value);
  onRedact?.(place, made);
  return made;
}

/**
 * One value under one name (null: no name), by the rules' order: a secret name hides it; a
 * kept name keeps it unless it is a credential beyond doubt; else its shape decides.
 * `position`: the value sits where tokens go (a query, cookie, form or JSON value).
 */
export function sanitizeValue(
  name: string | null,
  value: string,
  place: SecretPlace,
  position: boolean,
  onRedact?: OnRedact,
): string {
  if (value === '' || IS_MARKER.test(value)) return value;
  if (name !== null && isSecretName(name)) return hide(value, place, onRedact);
  if (name !== null && isKeptName(name)) {
    return credentialKind(value) ? hide(value, place, onRedact) : value;
  }
  return secretShape(value, position) ? hide(value, place, onRedact) : value;
}

function decode(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return text;
  }
}

/** `a=1&b=2` (or `;`-separated) with each value judged under its name. */
export function sanitizeParams(text: string, place: SecretPlace, onRedact?: OnRedact): string {
  return text.replace(/([^&;=]*)=([^&;]*)/g, (pair, rawName: string, rawValue: string) => {
    const value = decode(rawValue);
    if (value === '' || IS_MARKER.test(value)) return pair;
    const out = sanitizeValue(decode(rawName), value, place, true, onRedact);
    return out === value ? pair : `${rawName}=${out}`;
  });
}

/** Path segments in a token position: webhook and bot URLs put their secret in the path. */
function sanitizePath(host: string, path: string, onRedact?: OnRedact): string {
  const segments = path.split('/');
  const lowerHost = host.toLowerCase();
  const secretAt = new Set<number>();
  if (lowerHost === 'hooks.slack.com' && segments[1] === 'services') secretAt.add(4);
  if (/(^|\.)discord(app)?\.com$/.test(lowerHost)) {
    const at = segments.indexOf('webhooks');
    if (at !== -1) secretAt.add(at + 2);
  }
  return segments
    .map((segment, index) => {
      if (segment === '' || MARKER_INSIDE.test(decode(segment))) return segment;
      const bot = /^bot([0-9]{6,12}:[A-Za-z0-9_-]{30,})$/.exec(segment);
      if (bot) return `bot${hide(bot[1] as string, 'tokens in text', onRedact)}`;
      const value = decode(segment);
      if (secretAt.has(index)) return hide(value, 'tokens in text', onRedact);
      if (credentialKind(value)) return hide(value, 'tokens in text', onRedact);
      // Matrix parameters (";jsessionid=…") are judged like a query.
      const semi = segment.indexOf(';');
      if (semi !== -1 && segment.includes('=', semi)) {
        return `${segment.slice(0, semi + 1)}${sanitizeParams(segment.slice(semi + 1), 'query values', onRedact)}`;
      }
      // An opaque run mixing upper case, lower case and digits, without the dots of file names.
      const mixed = [/[A-Z]/, /[a-z]/, /[0-9]/].every((c) => c.test(value));
      if (value.length >= 24 && mixed && /^[A-Za-z0-9+_=~-]+$/.test(value)) {
        return hide(value, 'tokens in text', onRedact);
      }
      return segment;
    })
    .join('/');
}

const URL_PARTS = /^([a-z][a-z0-9+.-]*:\/\/)([^/?#]*@)?([^/?#]*)([^?#]*)(\?[^#]*)?(#.*)?$/is;

/** A URL with its userinfo (user alone too), secret path segments, and secret query and
 * fragment values replaced. Text that is no URL goes through `sanitizeText`. */
export function sanitizeUrl(url: string, onRedact?: OnRedact): string {
  const parts = URL_PARTS.exec(url);
  if (!parts) return sanitizeRelative(url, onRedact);
  const [, scheme = '', userinfo, host = '', path = '', query, fragment] = parts;
  let out = scheme;
  if (userinfo) {
    const inner = userinfo.slice(0, -1);
    out += IS_MARKER.test(decode(inner))
      ? userinfo
      : `${hide(decode(inner), 'tokens in text', onRedact)}@`;
  }
  out += host + sanitizePath(host, path, onRedact);
  if (query !== undefined) out += `?${sanitizeParams(query.slice(1), 'query values', onRedact)}`;
  if (fragment !== undefined) {
    const text = fragment.slice(1);
    out += `#${text.includes('=') ? sanitizeParams(text, 'query values', onRedact) : text}`;
  }
  return out;
}

/** A URL without scheme and host ("/next?token=…", "cb?code=…"): its path, query and
 * fragment as in sanitizeUrl. */
function sanitizeRelative(text: string, onRedact?: OnRedact): string {
  const hashAt = text.indexOf('#');
  const beforeHash = hashAt === -1 ? text : text.slice(0, hashAt);
  const queryAt = beforeHash.indexOf('?');
  const path = queryAt === -1 ? beforeHash : beforeHash.slice(0, queryAt);
  let out = sanitizePath('', path, onRedact);
  if (queryAt !== -1) {
    out += `?${sanitizeParams(beforeHash.slice(queryAt + 1), 'query values', onRedact)}`;
  }
  if (hashAt !== -1) {
    const fragment = text.slice(hashAt + 1);
    out += `#${fragment.includes('=') ? sanitizeParams(fragment, 'query values', onRedact) : fragment}`;
  }
  return out;
}

const AUTH_SCHEME = /^([A-Za-z][\w-]*)(\s+)(\S[\s\S]*)$/;

/** A Cookie header: every cookie's value hidden, names kept (matched as written). */
export function sanitizeCookieHeader(value: string, onRedact?: OnRedact): string {
  return value
    .split(';')
    .map((pair) => {
      const eq = pair.indexOf('=');
      if (eq === -1) {
        // A cookie with no name: the whole of it is the value.
        const whole = pair.trim();
        if (whole === '' || IS_MARKER.test(whole)) return pair;
        return pair.replace(whole, hide(whole, 'cookies', onRedact));
      }
      const cookie = pair.slice(eq + 1).trim();
      if (cookie === '' || IS_MARKER.test(cookie)) return pair;
      return `${pair.slice(0, eq + 1)}${hide(cookie, 'cookies', onRedact)}`;
    })
    .join(';');
}

/** A Set-Cookie header: the cookie's value hidden, its attributes kept. */
export function sanitizeSetCookie(value: string, onRedact?: OnRedact): string {
  const semi = value.indexOf(';');
  const first = semi === -1 ? value : value.slice(0, semi);
  return sanitizeCookieHeader(first, onRedact) + (semi === -1 ? '' : value.slice(semi));
}

const URL_HEADERS = new Set(['location', 'content_location', 'referer', 'origin', 'refresh']);

/** One header's value, by its name. */
export function sanitizeHeader(name: string, value: string, onRedact?: OnRedact): string {
  const key = nameKey(name);
  if (key === 'cookie') return sanitizeCookieHeader(value, onRedact);
  if (key === 'set_cookie') return sanitizeSetCookie(value, onRedact);
  if (key === 'authorization' || key === 'proxy_authorization') {
    if (IS_MARKER.test(value)) return value;
    const scheme = AUTH_SCHEME.exec(value);
    if (scheme && !MARKER_INSIDE.test(scheme[3] as string)) {
      return `${scheme[1]}${scheme[2]}${hide(scheme[3] as string, 'authorization headers', onRedact)}`;
    }
    return scheme ? value : hide(value, 'authorization headers', onRedact);
  }
  if (isSecretName(name)) {
    return sanitizeValue(name, value, 'API keys and other secret headers', false, onRedact);
  }
  if (isKeptName(name))
    return sanitizeValue(name, value, 'API keys and other secret headers', false, onRedact);
  if (URL_HEADERS.has(key)) return sanitizeUrl(value, onRedact);
  return sanitizeText(value, onRedact);
}

/** Words after which the next word is in a token position. */
const POSITION_WORDS =
  /^(bearer|basic|token|digest|session|sessionid|sid|key|apikey|secret|password|passwd|pwd|code|otp|pin|jwt|cookie)$/i;

const QUOTED_PAIR = /(["']?)([\w.-]{1,60})\1(\s*[:=]\s*)(["'])((?:\\.|(?!\4)[^\\\n])*)\4/g;
const BARE_PAIR = /\b([\w.-]{1,60})(\s*[:=]\s*)([^\s"',;&}\])]+)/g;

/**
 * Free text from a page or a file (an error body, a reason, a finding that quotes a header):
 * `key: value`, `"key":"value"` and `key=value` with secret-like keys; the value after Bearer,
 * Basic, Token and "session"-like words; URLs; and every word shaped like a credential.
 */
export function sanitizeText(text: string, onRedact?: OnRedact): string {
  const place: SecretPlace = 'tokens in text';
  const saved: string[] = [];
  const protect = (value: string) =>
    value.replace(MARKERS, (found) => `\uE000${saved.push(found) - 1}\uE001`);
  // A header line quoted in text ("Authorization: Bearer …", "Cookie: …"): the rest of its line
  // is the header's value.
  let out = protect(text).replace(
    /\b(authorization|proxy-authorization|cookie|set-cookie)(\s*:\s*)([^\n]+)/gi,
    (line, name: string, sep: string, value: string) =>
      MARKER_INSIDE.test(value) ? line : `${name}${sep}${sanitizeHeader(name, value, onRedact)}`,
  );
  out = protect(out).replace(
    QUOTED_PAIR,
    (pair, q: string, name: string, sep: string, quote: string, value: string) => {
      if (!isSecretName(name) || value === '' || IS_MARKER.test(value)) return pair;
      return `${q}${name}${q}${sep}${quote}${hide(value, place, onRedact)}${quote}`;
    },
  );
  out = protect(out).replace(BARE_PAIR, (pair, name: string, sep: string, value: string) => {
    // A value that is itself a URL or a query is judged as one, word by word, below.
    if (/:\/\/|[?#&][\w.-]*=/.test(value)) return `${name}${sep}${sanitizeUrl(value, onRedact)}`;
    if (!isSecretName(name) || MARKER_INSIDE.test(value) || /^\[/.test(value)) return pair;
    // "token: Bearer abc…": the scheme word stays, the word after it is hidden below.
    if (/^(bearer|basic|token|digest)$/i.test(value)) return pair;
    return `${name}${sep}${hide(value, place, onRedact)}`;
  });
  const words = protect(out).split(/(\s+)/);
  for (let i = 0; i < words.length; i += 2) {
    const word = words[i] as string;
    if (word === '' || MARKER_INSIDE.test(word) || word.startsWith('redacted:')) continue;
    if (/:\/\/|[?#&][\w.-]*=/.test(word)) {
      words[i] = sanitizeUrl(word, onRedact);
      continue;
    }
    const edges = /^([("'“‘[{<]*)(.*?)([)"'”’\]}>,.;:!?]*)$/s.exec(word);
    const core = edges?.[2] ?? word;
    const before = words[i - 2]?.replace(/[^\w]/g, '') ?? '';
    const position = POSITION_WORDS.test(before);
    if (core.length >= 6 && secretShape(core, position)) {
      words[i] = `${edges?.[1] ?? ''}${hide(core, place, onRedact)}${edges?.[3] ?? ''}`;
    } else if (
      position &&
      /^(bearer|basic|token|digest)$/i.test(before) &&
      !/^(bearer|basic|token|digest)$/i.test(core) &&
      core.length >= 6 &&
      // A credential, not a plain word ("Bearer credentials rejected") nor an auth parameter
      // of a challenge ('Bearer realm="api", error="invalid_token"').
      !/^[A-Za-z][\w-]*="/.test(core) &&
      (/[0-9._~+/=%-]/.test(core) || core.length >= 20)
    ) {
      words[i] = `${edges?.[1] ?? ''}${hide(core, place, onRedact)}${edges?.[3] ?? ''}`;
    }
  }
  return words
    .join('')
    .replace(/\uE000(\d+)\uE001/g, (_, index: string) => saved[Number(index)] ?? '');
}

/** Every string value under a secret name, at any depth, and every string shaped like one. */
function jsonSecrets(value: unknown, name: string | null, found: Set<string>, depth = 0): void {
  if (depth > 64) return;
  if (typeof value === 'string') {
    if (value === '' || IS_MARKER.test(value)) return;
    const secretName = name !== null && isSecretName(name);
    if (secretName || sanitizeValue(name, value, 'body fields', true) !== value) found.add(value);
    return;
  }
  if (Array.isArray(value)) {
    for (const item of value) jsonSecrets(item, name, found, depth + 1);
    return;
  }
  if (value !== null && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      const under = name !== null && isSecretName(name) && typeof inner !== 'object' ? name : key;
      jsonSecrets(inner, under, found, depth + 1);
    }
  }
}

function replaceSecrets(value: unknown, found: Set<string>, onRedact?: OnRedact): unknown {
  if (typeof value === 'string') {
    if (!found.has(value)) return value;
    const made = marker(credentialKind(value), value);
    onRedact?.('body fields', made);
    return made;
  }
  if (Array.isArray(value)) return value.map((item) => replaceSecrets(item, found, onRedact));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, inner]) => [key, replaceSecrets(inner, found, onRedact)]),
    );
  }
  return value;
}

/** A JSON text with the secrets of its values replaced in place (the rest byte for byte), or
 * null when it is no JSON. Numbers under secret names ("pin": 1234) are replaced too. */
export function sanitizeJson(text: string, onRedact?: OnRedact): string | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return null;
  }
  const found = new Set<string>();
  jsonSecrets(parsed, null, found);
  let out = text;
  let missed = false;
  for (const secret of found) {
    const literal = `"${JSON.stringify(secret).slice(1, -1)}"`;
    if (!out.includes(literal)) {
      missed = true;
      continue;
    }
    const made = marker(credentialKind(secret), secret);
    out = out.split(literal).join(`"${made}"`);
    onRedact?.('body fields', made);
  }
  // A string the text writes another way (\u escapes, "\/"): the whole JSON is written anew.
  if (missed) out = JSON.stringify(replaceSecrets(parsed, found, onRedact));
  return out.replace(
    /"([\w.-]{1,60})"(\s*:\s*)(-?\d[\d.eE+-]*)/g,
    (pair, name: string, sep: string, digits: string) => {
      if (!isSecretName(name)) return pair;
      onRedact?.('body fields', `[redacted: ${digits.length} chars]`);
      return `"${name}"${sep}"[redacted: ${digits.length} chars]"`;
    },
  );
}

/** A body by its type: JSON values, form fields, or free text. */
export function sanitizeBody(text: string, mimeType: string, onRedact?: OnRedact): string {
  const type = mimeType.toLowerCase();
  if (/json/.test(type) || /^\s*[[{]/.test(text)) {
    const json = sanitizeJson(text, onRedact);
    if (json !== null) return json;
  }
  if (type.includes('x-www-form-urlencoded')) return sanitizeParams(text, 'body fields', onRedact);
  return sanitizeText(text, onRedact);
}

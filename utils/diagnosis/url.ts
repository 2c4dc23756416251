/** URLs from hostile text: parsed defensively, shown short. */

/** URLs longer than this are not parsed (a data: URL can be megabytes). */
const URL_PARSE_MAX = 16_384;

/** A parsed URL, resolved against `base` when given; undefined when it does not parse. */
export function parseUrl(text: unknown, base?: string): URL | undefined {
  if (typeof text !== 'string' || text.length > URL_PARSE_MAX) return undefined;
  if (base !== undefined && base.length > URL_PARSE_MAX) return undefined;
  try {
    return base === undefined ? new URL(text) : new URL(text, base);
  } catch {
    return undefined;
  }
}

/** "https://example.com:8443", or undefined for opaque origins (data:, about:) and bad input. */
export function originOf(text: unknown): string | undefined {
  const url = parseUrl(text);
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) return undefined;
  return url.origin;
}

/** The URL without its fragment, normalised, for comparing one entry's URL with another's. */
export function comparable(text: unknown, base?: string): string | undefined {
  const url = parseUrl(text, base);
  if (!url) return undefined;
  url.hash = '';
  return url.href;
}

/** How a link target reads next to where it came from: "/login?next=%2F" on the same origin,
 * "accounts.example.com/login" elsewhere, the scheme too when it changes. */
export function shortTarget(target: URL, from: URL | undefined): string {
  const path = `${target.pathname}${target.search}`;
  if (from && from.origin === target.origin) return path;
  if (from && from.protocol !== target.protocol) return `${target.protocol}//${target.host}${path}`;
  return `${target.host}${path}`;
}

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

/** At most this many answers are kept per function below, each for a URL of at most
 * KEPT_URL_MAX characters (a few hundred KB in all, a few MB at worst). */
const KEPT_ANSWERS = 1024;
const KEPT_URL_MAX = 1024;

/**
 * `answer` of a URL, kept for the URLs asked about lately. The rules ask the same questions of
 * the same URLs over and over (each request's neighbours are the next one's too, and a list
 * being drawn asks again for every row), and parsing a URL is the dearest part of the answer.
 */
function kept<T>(answer: (text: string) => T): (text: string) => T {
  const answers = new Map<string, T>();
  return (text) => {
    if (text.length > KEPT_URL_MAX) return answer(text);
    if (answers.has(text)) return answers.get(text) as T;
    const value = answer(text);
    if (answers.size >= KEPT_ANSWERS) answers.clear();
    answers.set(text, value);
    return value;
  };
}

const originOfText = kept((text): string | undefined => {
  const url = parseUrl(text);
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) return undefined;
  return url.origin;
});

/** "https://example.com:8443", or undefined for opaque origins (data:, about:) and bad input. */
export function originOf(text: unknown): string | undefined {
  return typeof text === 'string' ? originOfText(text) : undefined;
}

function withoutHash(url: URL | undefined): string | undefined {
  if (!url) return undefined;
  url.hash = '';
  return url.href;
}

const comparableText = kept((text) => withoutHash(parseUrl(text)));

/** The URL without its fragment, normalised, for comparing one entry's URL with another's. */
export function comparable(text: unknown, base?: string): string | undefined {
  if (base !== undefined) return withoutHash(parseUrl(text, base));
  return typeof text === 'string' ? comparableText(text) : undefined;
}

/** How a link target reads next to where it came from: "/login?next=%2F" on the same origin,
 * "accounts.example.com/login" elsewhere, the scheme too when it changes. */
export function shortTarget(target: URL, from: URL | undefined): string {
  const path = `${target.pathname}${target.search}`;
  if (from && from.origin === target.origin) return path;
  if (from && from.protocol !== target.protocol) return `${target.protocol}//${target.host}${path}`;
  return `${target.host}${path}`;
}

/**
 * What a search query asks for, before any fuzzy matching: a number, a prefix, a class, a
 * browser network error, or text that may hold a status code pasted from a log.
 */
export type ParsedQuery =
  | { kind: 'all' }
  | { kind: 'codes'; match: (code: number) => boolean; what: string }
  | {
      kind: 'text';
      /** Status codes found in the text ("HTTP/1.1 503 …", "status=429"): shown first. */
      codes: number[];
      /** The words left to search. */
      text: string;
    };

/** Words that only frame a code in a log line; dropped once a code was found. */
const LOG_WORDS = /\b(https?(\/[\d.]+)?|status(code)?|code|response|statuscode)\b/gi;

const exact = (n: number) => (code: number) => code === n;

export function parseQuery(raw: string): ParsedQuery {
  const query = raw.trim();
  if (query === '') return { kind: 'all' };

  if (/^\d{3}$/.test(query)) {
    const code = query === '000' ? 0 : Number(query);
    return { kind: 'codes', match: exact(code), what: `code ${query}` };
  }
  if (query === '0') return { kind: 'codes', match: exact(0), what: 'no response' };
  if (/^[1-5]\d?$/.test(query)) {
    return {
      kind: 'codes',
      match: (code) => code >= 100 && String(code).startsWith(query),
      what: `codes starting with ${query}`,
    };
  }
  const classMatch = /^([1-5])(xx|\*\*|XX)$/.exec(query);
  if (classMatch) {
    const digit = Number(classMatch[1]);
    return {
      kind: 'codes',
      match: (code) => Math.floor(code / 100) === digit,
      what: `${digit}xx`,
    };
  }
  if (/^(net::err_|ns_error_)/i.test(query)) {
    return { kind: 'codes', match: exact(0), what: 'no response' };
  }

  const codes = [...query.matchAll(/(?<![\d.])([1-5]\d\d)(?![\d.])/g)].map((m) => Number(m[1]));
  if (codes.length === 0) return { kind: 'text', codes: [], text: query };
  const text = query
    .replace(/(?<![\d.])[1-5]\d\d(?![\d.])/g, ' ')
    .replace(LOG_WORDS, ' ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  return { kind: 'text', codes: [...new Set(codes)], text };
}

/**
 * How a query is read, before any ranking: a number, a prefix, a class, or text that may hold
 * status codes where logs put them, and the words that carry its meaning. The reference's own
 * text is read by the same `wordsOf`, so a word folds the same way on both sides.
 */
import { STOP_WORDS, SYNONYMS } from '../data/search-words';

export type ParsedQuery =
  | { kind: 'all' }
  | {
      kind: 'codes';
      /** Which HTTP codes the number, prefix or class stands for. */
      match: (code: number) => boolean;
      /** A bare number other families also use (gRPC 14, WebSocket 1006): their entries follow. */
      other?: number;
    }
  | {
      kind: 'text';
      /** Status codes found where logs put them ("HTTP/1.1 503", "status=429", a browser's
       * network error name for "no response" (0)): shown first, in this order. */
      codes: number[];
      /** The text left to search as words. */
      text: string;
    };

/** The most of a paste that is read: a bound on the work any query does (a 5 KB log is read whole). */
export const MAX_QUERY_CHARS = 12_000;

const exact = (n: number) => (code: number) => code === n;

/** A status code, or an IIS status with its substatus (500.30), never part of a longer number. */
const CODE = String.raw`([1-5]\d\d)(?:\.\d{1,2})?(?![\w.:/#@-])`;
/** Keys and phrases that logs and clients put a status after. */
const STATUS_KEYS = String.raw`(?:http[\s_-]?(?:status(?:[\s_-]?code)?|code|error)?|(?:elb_|target_|response_|http_)?status(?:[\s_-]?code)?|statuscode|code|error|status of|returned error|responded with)`;
const RULES: RegExp[] = [
  // After the protocol: "HTTP/1.1 503", an access log's `"GET / HTTP/1.1" 502`.
  new RegExp(String.raw`\bhttps?/\d(?:\.\d)?"?\s+${CODE}`, 'gi'),
  // After a key: status=429, "status": 401, code: 404, HTTP code = 413, HTTP Error 500.30.
  new RegExp(String.raw`(?<![\w-])${STATUS_KEYS}"?\s*[:=]?\s*"?${CODE}`, 'gi'),
  // After a request line: "GET /api/users 499", "POST http://host/upload 413 (…)".
  new RegExp(String.raw`\b(?:GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)\s+\S+\s+${CODE}`, 'g'),
];
/** Words a bare number follows that say it is not a status (ports, errno, sizes, counts). */
const NOT_STATUS_BEFORE =
  /(?:port|errno|pid|tid|line|id|size|length|bytes|count|limit|max|min|after|in|v|version|curl|err)[\s:=#]*$/i;

/** Status codes in a line of text, where logs put them, and the text without them; numbers
 * inside paths, addresses, ids, times, versions and file positions are never taken. */
export function statusCodesIn(text: string): { codes: number[]; rest: string } {
  const found: { at: number; end: number; code: number }[] = [];
  for (const rule of RULES) {
    for (const m of text.matchAll(rule)) {
      const at = m.index ?? 0;
      found.push({ at, end: at + m[0].length, code: Number(m[1]) });
    }
  }
  if (found.length === 0) {
    // A number standing on its own, with spaces, brackets or quotes around it ("nginx 444",
    // "… 429 {"detail": …}"), and not after a word that makes it something else.
    for (const m of text.matchAll(/(?<=^|[\s[("'{,])([1-5]\d\d)(?=$|[\s\])"'},])/g)) {
      const at = m.index ?? 0;
      if (!NOT_STATUS_BEFORE.test(text.slice(Math.max(0, at - 12), at))) {
        found.push({ at, end: at + 3, code: Number(m[1]) });
      }
    }
  }
  found.sort((a, b) => a.at - b.at);
  let rest = '';
  let from = 0;
  for (const f of found) {
    if (f.at < from) continue;
    rest += `${text.slice(from, f.at)} `;
    from = f.end;
  }
  rest = `${rest}${text.slice(from)}`.replace(/\s+/g, ' ').trim();
  return {
    codes: [...new Set(found.map((f) => f.code))],
    rest: /[\p{L}\p{N}]/u.test(rest) ? rest : '',
  };
}

/** A browser's name for a request that got no response: Chromium's net::ERR_…, Firefox's
 * NS_ERROR_… and NS_BINDING_… (not NS_ERROR_PROXY_…, a status a proxy answered with). */
const BROWSER_ERROR = /\b(?:net::err_|ns_error_(?!proxy_(?!connection_refused))|ns_binding_)\w+/i;

export function parseQuery(raw: string): ParsedQuery {
  const query = raw.trim().slice(0, MAX_QUERY_CHARS);
  if (query === '') return { kind: 'all' };

  if (/^\d{3}$/.test(query)) {
    const code = query === '000' ? 0 : Number(query);
    return { kind: 'codes', match: exact(code) };
  }
  if (query === '0') return { kind: 'codes', match: exact(0), other: 0 };
  // One or two digits are a prefix of HTTP codes ("4" is 4xx, "40" is 400–409). A bare number
  // another family also uses brings its entries after them: gRPC 0–16, WebSocket 1000–4999
  // (Cloudflare's error 1006 is found by its signature). A single digit 1–5 stays a prefix only.
  if (/^\d{1,2}$|^\d{4}$/.test(query)) {
    return {
      kind: 'codes',
      match: (code) => query.length < 3 && code >= 100 && String(code).startsWith(query),
      ...(/^[1-5]$/.test(query) ? {} : { other: Number(query) }),
    };
  }
  const classMatch = /^([1-5])(xx|\*\*|XX)$/.exec(query);
  if (classMatch) {
    const digit = Number(classMatch[1]);
    return {
      kind: 'codes',
      match: (code) => Math.floor(code / 100) === digit,
    };
  }
  const { codes: statuses, rest } = statusCodesIn(query);
  const codes = BROWSER_ERROR.test(query) ? [0, ...statuses.filter((c) => c !== 0)] : statuses;
  return { kind: 'text', codes, text: rest };
}

// ---------------------------------------------------------------------------------------------
// Words

const STOP = new Set(STOP_WORDS.split(/\s+/).filter(Boolean));

/** A word that only frames a sentence or a log line. */
export const isStopWord = (word: string) => STOP.has(word);

/** Folds simple word forms together: redirects, redirected, redirecting → redirect. */
export function stem(word: string): string {
  let w = word;
  if (w.length > 4 && /(?:ies|ied)$/.test(w)) return `${w.slice(0, -3)}y`;
  if (w.length > 5 && w.endsWith('ing')) w = w.slice(0, -3);
  else if (w.length > 4 && w.endsWith('ed')) w = w.slice(0, -2);
  else if (w.length > 4 && /(?:ches|shes|sses|xes)$/.test(w)) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith('s') && !/(?:ss|us|is)$/.test(w)) w = w.slice(0, -1);
  if (w.length > 4 && w.endsWith('e')) w = w.slice(0, -1);
  return w;
}

/** Log noise: addresses, URLs and paths, dates and times, hashes and ids, keys of key=value. */
const NOISE: RegExp[] = [
  /[a-z][a-z0-9+.-]*:\/\/\S*/g, // URLs
  /\b\d{1,3}(?:\.\d{1,3}){3}(?::\d+)?\b/g, // IPv4 (and port)
  /\b[0-9a-f]{0,4}(?::[0-9a-f]{0,4}){2,7}\b/g, // IPv6
  /\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/g, // UUIDs
  /\b\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}(?:[t\s]\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d+)?z?)?/g, // dates
  /\b\d{1,2}\/[a-z]{3}\/\d{4}(?::\d{2}){0,3}/g, // 07/May/2020:03:15:12
  /\b\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d+)?\b/g, // times
  /(?:^|[\s"'(=,[])(?:[a-z]:\\|\.{0,2}\/)[^\s"'()[\]]*/g, // paths
  /\b(?:0x)?(?=[a-f]*\d)(?=\d*[a-f])[0-9a-f]{8,}\b/g, // hashes and hex ids
  /\b[a-z_][\w.-]*=/g, // the key of key=value (its value is read as any other text)
  /"[a-z_][\w.-]*"\s*:/g, // the key of a JSON pair
];

/** The most words of one text that are read. */
const MAX_WORDS = 1500;

/**
 * The words of a text as the search compares them: lower case, log noise and stop words left
 * out, simple forms folded, a browser's error name kept whole (err_connection_refused, with or
 * without net::). Numbers stay in place, for messages that hold them ("connect() failed (111: …").
 * `prose`: the reference's own text, which needs no search for log noise.
 */
export function wordsOf(text: string, { prose = false } = {}): string[] {
  let t = text
    .slice(0, MAX_QUERY_CHARS)
    .toLowerCase()
    .replace(/['’](?=[a-z])/g, '');
  t = t.replace(/\bnet::(?=err_)/g, ' ');
  // The reference's own prose holds no log noise; skipping the search for it keeps indexing quick.
  if (!prose) for (const noise of NOISE) t = t.replace(noise, ' ');
  const out: string[] = [];
  for (const m of t.matchAll(/[a-z0-9_]+/g)) {
    let word = m[0].replace(/^_+|_+$/g, '');
    if (word.length < 2 || STOP.has(word)) continue;
    if (/^\d+$/.test(word)) word = String(Number(word));
    else if (/^\d+[a-z]{1,2}$/.test(word))
      continue; // 30000ms, 2s, 4k
    else if (!word.includes('_')) word = stem(word);
    out.push(word);
    if (out.length >= MAX_WORDS) break;
  }
  return out;
}

/** A number word: kept for messages, never a meaning of its own. */
export const isNumber = (word: string) => /^\d+$/.test(word);

export { SYNONYMS };

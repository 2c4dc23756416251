/**
 * Redirects: where Location points, resolved against the request URL; the whole chain put back
 * together from the entries (a HAR lists every hop as its own entry); a POST that 301 or 302
 * turned into a GET (Fetch §4.4 "HTTP-redirect fetch"; 307 and 308 keep the method and body, 303
 * asks for a GET on purpose); a redirect loop; a downgrade from HTTPS to HTTP.
 */
import type { Entry } from 'har-format';
import { chromiumError } from '../chromium';
import { headerValue } from '../headers';
import { findAfter, findBefore, indexIn } from '../neighbours';
import { clip, quote } from '../text';
import type { Finding, Rule } from '../types';
import { comparable, parseUrl, shortTarget } from '../url';

const REDIRECTS = new Set([300, 301, 302, 303, 307, 308]);
/** The longest chain rebuilt; browsers give up after 20 hops. */
const CHAIN_MAX = 25;

function location(entry: Entry): string | undefined {
  const header = headerValue(entry.response?.headers, 'location');
  if (header !== undefined && header !== '') return header;
  const url = entry.response?.redirectURL;
  return typeof url === 'string' && url !== '' ? url : undefined;
}

/** Where a redirect points, resolved against its request URL. */
export function redirectTarget(entry: Entry): URL | undefined {
  if (!REDIRECTS.has(entry.response?.status)) return undefined;
  const raw = location(entry);
  return raw === undefined ? undefined : parseUrl(raw, entry.request?.url);
}

/** True when the browser turns this redirect's request into a GET without a body. */
function becomesGet(method: string, status: number): boolean {
  const m = method.toUpperCase();
  if (status === 303) return m !== 'GET' && m !== 'HEAD';
  return (status === 301 || status === 302) && m === 'POST';
}

/** Where each entry redirects to, comparable: the chain is rebuilt from every row's neighbours,
 * so each entry is asked many times. Entries are not changed once made. */
const targets = new WeakMap<Entry, string | undefined>();

/** Where a redirect points, as `comparable` gives it; undefined for anything else. */
function comparableTarget(entry: Entry): string | undefined {
  if (!REDIRECTS.has(entry.response?.status)) return undefined;
  if (targets.has(entry)) return targets.get(entry);
  const url = redirectTarget(entry);
  const target = url ? comparable(url.href) : undefined;
  targets.set(entry, target);
  return target;
}

/** The redirect chain this entry belongs to, first request first (just the entry when none). */
export function redirectChain(entry: Entry, entries: readonly Entry[] = []): Entry[] {
  const start = indexIn(entries, entry);
  if (start < 0) return [entry];
  const chain: number[] = [start];
  const target = comparableTarget;
  let first = start;
  while (chain.length < CHAIN_MAX) {
    const url = comparable(entries[first]?.request?.url);
    if (url === undefined) break;
    const before = findBefore(entries, first, (e) => target(e) === url);
    if (before < 0 || chain.includes(before)) break;
    chain.unshift(before);
    first = before;
  }
  let last = start;
  while (chain.length < CHAIN_MAX) {
    const current = entries[last];
    const next = current ? target(current) : undefined;
    if (next === undefined) break;
    const after = findAfter(entries, last, (e) => comparable(e.request?.url) === next);
    if (after < 0 || chain.includes(after)) break;
    chain.push(after);
    last = after;
  }
  return chain.map((i) => entries[i] as Entry);
}

function hopLine(entry: Entry, index: number, base: URL | undefined): string {
  const url = parseUrl(entry.request?.url);
  const where = url ? shortTarget(url, base) : clip(String(entry.request?.url ?? ''), 80);
  const status = entry.response?.status;
  const error = chromiumError(entry);
  const outcome = status ? String(status) : `no response${error ? ` (${error})` : ''}`;
  return `${index + 1}. ${clip(String(entry.request?.method ?? ''), 12)} ${clip(where, 160)} → ${outcome}`;
}

function chainFinding(entry: Entry, chain: Entry[]): Finding | undefined {
  if (chain.length < 2) return undefined;
  const base = parseUrl(chain[0]?.request?.url);
  const details = chain.map((hop, i) => hopLine(hop, i, base));
  const urls = chain.map((hop) => comparable(hop.request?.url));
  const last = chain[chain.length - 1] as Entry;
  const looped =
    new Set(urls).size < urls.length || chromiumError(last) === 'net::ERR_TOO_MANY_REDIRECTS';
  const changed = chain.findIndex((hop) =>
    becomesGet(String(hop.request?.method ?? ''), hop.response?.status),
  );
  const hops = chain.length - 1;
  const position = chain.indexOf(entry);
  if (looped) {
    const seen = chain.slice(0, 6).map((hop) => {
      const url = parseUrl(hop.request?.url);
      return url ? shortTarget(url, base) : '?';
    });
    details.push('The browser gives up after 20 redirects (net::ERR_TOO_MANY_REDIRECTS).');
    return {
      rule: 'redirect',
      severity: 'error',
      tag: 'redirect loop',
      title: `Redirect loop: ${clip(seen.join(' → '), 150)}${chain.length > 6 ? ' → …' : ''}`,
      details,
    };
  }
  const isLast = position === chain.length - 1;
  // On the hop of a single redirect, the hop's own findings say it all.
  if (!isLast && hops < 2) return undefined;
  if (changed >= 0) {
    const hop = chain[changed] as Entry;
    details.push(
      `The method changed to GET at request ${changed + 1} (${hop.response.status}); the body was dropped.`,
    );
  }
  const s = hops === 1 ? '' : 's';
  const finding: Finding = {
    rule: 'redirect',
    severity: changed >= 0 && isLast ? 'warning' : 'info',
    title: isLast
      ? `Reached through ${hops} redirect${s}${changed >= 0 ? '; the method changed to GET on the way' : ''}`
      : `Request ${position + 1} of a chain of ${hops} redirects`,
    details,
  };
  if (isLast) finding.tag = `via ${hops} redirect${s}`;
  return finding;
}

export const redirect: Rule = (entry, context) => {
  const findings: Finding[] = [];
  const status = entry.response?.status;
  const requestUrl = parseUrl(entry.request?.url);
  const raw = REDIRECTS.has(status) ? location(entry) : undefined;

  if (raw !== undefined) {
    const target = parseUrl(raw, entry.request?.url);
    if (!target) {
      findings.push({
        rule: 'redirect',
        severity: 'warning',
        title: `Location ${quote(raw, 80)} is not a valid URL`,
        details: ['Browsers stop at a redirect they cannot follow.'],
      });
    } else {
      const short = shortTarget(target, requestUrl);
      const details = [`Location: ${clip(raw, 200)}`];
      if (!/^[a-z][a-z0-9+.-]*:/i.test(raw.trim())) {
        details.push(`Relative, resolved against the request URL: ${clip(target.href, 240)}`);
      }
      if (status === 307 || status === 308) {
        details.push(`${status} keeps the method and the body.`);
      }
      if (status === 301 || status === 308) {
        details.push('Permanent: browsers and caches may remember it.');
      }
      findings.push({
        rule: 'redirect',
        severity: 'info',
        tag: `→ ${clip(short, 28)}`,
        title: `Redirects (${status}) to ${clip(short, 160)}`,
        details,
      });
      if (requestUrl?.protocol === 'https:' && target.protocol === 'http:') {
        findings.push({
          rule: 'redirect',
          severity: 'warning',
          tag: 'HTTPS → HTTP',
          title: 'Redirects from HTTPS to plain HTTP',
          details: ['The next request travels unencrypted; mixed-content rules may block it.'],
        });
      }
      const method = String(entry.request?.method ?? '').toUpperCase();
      if (becomesGet(method, status)) {
        const entries = context.entries ?? [];
        const index = indexIn(entries, entry);
        const next =
          index < 0
            ? -1
            : findAfter(
                entries,
                index,
                (e) => comparable(e.request?.url) === comparable(target.href),
              );
        const follow = entries[next];
        const details303 = status === 303;
        const detailLines = [
          details303
            ? '303 See Other asks for a GET on purpose (the usual answer to a form POST).'
            : `Browsers re-send a POST as GET after ${status}, without its body. Use 307 (or 308 when permanent) to keep the method.`,
        ];
        if (follow) {
          detailLines.push(
            `The next request: ${clip(String(follow.request?.method ?? ''), 12)} ${clip(shortTarget(target, requestUrl), 160)}.`,
          );
        }
        findings.push({
          rule: 'redirect',
          severity: details303 ? 'info' : 'warning',
          tag: `${clip(method, 10)} → GET`,
          title: details303
            ? `303 turns this ${clip(method, 10)} into a GET, as intended`
            : `${status} turned this ${clip(method, 10)} into a GET`,
          details: detailLines,
        });
      }
    }
  }

  const entries = context.entries;
  if (entries && entries.length > 1) {
    const chain = redirectChain(entry, entries);
    const finding = chainFinding(entry, chain);
    if (finding) findings.push(finding);
  }
  return findings;
};

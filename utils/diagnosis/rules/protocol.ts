/**
 * Protocol notes: the server broke a rule of RFC 9110. A body on 204 or 304 (§15.3.5, §15.4.5),
 * a redirect without Location (§15.4), 401 without WWW-Authenticate (§15.5.2), 407 without
 * Proxy-Authenticate (§15.5.8), 405 without Allow (§15.5.6).
 */
import { hasHeader, headerValue } from '../headers';
import { formatNumber } from '../text';
import type { Finding, Rule } from '../types';

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

function note(title: string, details: string[], tag?: string): Finding {
  const finding: Finding = { rule: 'protocol', severity: 'warning', title, details };
  if (tag) finding.tag = tag;
  return finding;
}

/** Evidence of a body on a response that must not have one. Chromium writes bodySize 0 for
 * every 304 and never reads a 204's body, so headers are the main evidence. */
function bodyEvidence(status: number, entry: Parameters<Rule>[0]): string | undefined {
  const headers = entry.response.headers;
  const length = Number(headerValue(headers, 'content-length'));
  const chunked = headerValue(headers, 'transfer-encoding');
  const bodySize = entry.response.bodySize;
  if (typeof bodySize === 'number' && bodySize > 0) return `${formatNumber(bodySize)} body bytes`;
  // A 304 may carry the Content-Length and Transfer-Encoding the full response would have
  // had (RFC 9110 §8.6, RFC 9112 §6.1); a 204 may carry neither.
  if (status !== 204) return undefined;
  if (chunked !== undefined) return `Transfer-Encoding: ${chunked.slice(0, 40)}`;
  if (Number.isFinite(length) && length > 0) return `Content-Length: ${formatNumber(length)}`;
  return undefined;
}

export const protocol: Rule = (entry) => {
  const status = entry.response?.status;
  const headers = entry.response?.headers;
  if (typeof status !== 'number') return [];
  const findings: Finding[] = [];
  if (status === 204 || status === 304) {
    const evidence = bodyEvidence(status, entry);
    if (evidence) {
      findings.push(
        note(`A ${status} response must not have a body, and this one has (${evidence})`, [
          'Clients ignore it or, worse, read it as the start of the next response on the connection.',
        ]),
      );
    }
  }
  if (REDIRECTS.has(status) && !hasHeader(headers, 'location')) {
    findings.push(
      note(
        `A ${status} redirect without Location`,
        [
          'Browsers cannot follow it and show the response itself.',
          'Add a Location header with the target.',
        ],
        'no Location',
      ),
    );
  }
  if (status === 401 && !hasHeader(headers, 'www-authenticate')) {
    findings.push(
      note('401 without WWW-Authenticate: the server must say how to authenticate', [
        'Many APIs skip it; clients then cannot tell which scheme (Bearer, Basic…) is expected.',
        'If authentication is not the point, 403 may be the right status.',
      ]),
    );
  }
  if (status === 407 && !hasHeader(headers, 'proxy-authenticate')) {
    findings.push(
      note('407 without Proxy-Authenticate: the proxy must say how to authenticate', []),
    );
  }
  if (status === 405 && !hasHeader(headers, 'allow')) {
    findings.push(
      note('405 without Allow: the server must list the methods it accepts', [
        'Try OPTIONS on the same URL, or read the API documentation.',
      ]),
    );
  }
  return findings;
};

/**
 * CORS: a cross-origin response the page's script may not read (the Fetch Standard's CORS check,
 * https://fetch.spec.whatwg.org/#cors-check), and failed preflights.
 *
 * HAR has no field for the CORS reason. What Chromium 156 puts in a HAR, recorded with a
 * DevTools extension's chrome.devtools.network.getHAR() (tests/support/record-diagnosis-
 * fixtures.ts → tests/fixtures/diagnosis/cors.har and http2.har; a page on http://127.0.0.1:P
 * fetching http://localhost:P), next to the DevTools protocol's Network.loadingFailed reason:
 *
 * | case                             | status | headers | _error          | CDP's corsError          |
 * |----------------------------------|--------|---------|-----------------|--------------------------|
 * | no Access-Control-Allow-Origin   | 200    | all     | net::ERR_FAILED | MissingAllowOriginHeader |
 * | wrong Access-Control-Allow-Origin| 200    | all     | net::ERR_FAILED | AllowOriginMismatch      |
 * | ACAO * with credentials          | 200    | all     | net::ERR_FAILED | WildcardOriginNotAllowed |
 * | right ACAO, credentials, no ACAC | 200    | all     | net::ERR_FAILED | InvalidAllowCredentials  |
 * | error response, no CORS headers  | 500    | all     | net::ERR_FAILED | MissingAllowOriginHeader |
 * | failed preflight: OPTIONS entry  | 404    | all     | null            | (none)                   |
 * | failed preflight: the PUT        | 0      | none    | net::ERR_FAILED | PreflightMissingAllow…   |
 * | preflight lacks an asked header  | 204, 0 | as above| null, ERR_FAILED| HeaderDisallowedBy…      |
 * | passing cross-origin request     | 200    | all     | null            | (none)                   |
 *
 * In every failing case the page's script saw "TypeError: Failed to fetch" while DevTools shows
 * the real status. Where a response arrived, the entry keeps its status text and all headers,
 * but `content.size` and `_transferSize` are 0, `bodySize` is minus the header size, and all of
 * `time` is counted as `blocked`; over HTTP/2 `httpVersion` is also empty (no responseReceived
 * event, only responseReceivedExtraInfo). The preflight is its own entry just before the
 * request, with `_resourceType: "preflight"`, method OPTIONS and Access-Control-Request-Method
 * / -Headers; the request that never left has only its provisional headers (no Origin, no
 * Sec-Fetch-Mode) and `_resourceType: "fetch"`. A credentialed fetch shows no sign of its
 * credentials mode when there are no cookies to send. So this rule re-derives the reason from
 * the headers and the `_error`, and says "probably" where they cannot tell.
 */
import type { Entry, Header } from 'har-format';
import { browserSaysOk, chromiumError, resourceType } from '../chromium';
import { hasHeader, headerValue, headerValues, listHeader } from '../headers';
import { findAfter, findBefore, indexIn } from '../neighbours';
import { inCorsMode, pageOriginOf } from '../origin';
import { clip, listOf, quote } from '../text';
import type { DiagnosisContext, Finding, Rule } from '../types';
import { comparable, originOf } from '../url';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'POST']);

/** One reason a CORS check fails: a few words for a title, a sentence for the details. */
interface Problem {
  short: string;
  text: string;
}

function isPreflight(entry: Entry): boolean {
  return (
    resourceType(entry) === 'preflight' ||
    (String(entry.request?.method).toUpperCase() === 'OPTIONS' &&
      hasHeader(entry.request?.headers, 'access-control-request-method'))
  );
}

/**
 * Problems with Access-Control-Allow-Origin (and -Credentials) for a page origin. `failed` is
 * the browser's verdict (net::ERR_FAILED): with ACAO * or the right origin, only credentials can
 * have failed it, which the HAR does not record unless a Cookie or Authorization header shows.
 */
function originProblems(
  headers: Header[],
  page: string,
  failed: boolean,
  credentialed: boolean,
): Problem[] {
  const values = headerValues(headers, 'access-control-allow-origin');
  if (values.length === 0) {
    return [
      {
        short: 'no Access-Control-Allow-Origin',
        text: 'There is no Access-Control-Allow-Origin header.',
      },
    ];
  }
  const value = values[0] ?? '';
  if (values.length > 1 || value.includes(',')) {
    return [
      {
        short: 'several Access-Control-Allow-Origin values',
        text: `Access-Control-Allow-Origin has several values (${quote(values.join(', '), 80)}); it must be exactly one origin or *.`,
      },
    ];
  }
  const credentials = credentialed
    ? 'The request carried credentials (a Cookie or Authorization header).'
    : 'The browser failed it although the origin is allowed, so the request was most likely made with credentials (fetch credentials: "include", XHR withCredentials); a HAR does not record that.';
  if (value === '*') {
    if (!credentialed && !failed) return [];
    return [
      {
        short: 'Access-Control-Allow-Origin * with credentials',
        text: 'Access-Control-Allow-Origin is *, which does not count for a request with credentials: the server must name the origin and send Access-Control-Allow-Credentials: true.',
      },
      { short: '', text: credentials },
    ];
  }
  if (value === 'null') {
    return [
      {
        short: 'Access-Control-Allow-Origin is null',
        text: `Access-Control-Allow-Origin is “null”, which never matches the page ${page}.`,
      },
    ];
  }
  if (value !== page) {
    const hint =
      value.toLowerCase().replace(/\/+$/, '') === page.toLowerCase()
        ? ' (an origin has no trailing slash or path, and must match exactly)'
        : originOf(value) === undefined
          ? ' (not an origin at all)'
          : '';
    return [
      {
        short: 'Access-Control-Allow-Origin names another origin',
        text: `Access-Control-Allow-Origin is ${quote(value, 80)} but the page is ${page}${hint}.`,
      },
    ];
  }
  const allowCredentials = headerValue(headers, 'access-control-allow-credentials');
  if ((credentialed || failed) && allowCredentials !== 'true') {
    return [
      {
        short: 'credentials without Access-Control-Allow-Credentials: true',
        text: `Access-Control-Allow-Credentials is ${allowCredentials === undefined ? 'missing' : quote(allowCredentials, 20)}; with credentials it must be exactly “true”.`,
      },
      { short: '', text: credentials },
    ];
  }
  return [];
}

/** Problems of a preflight's answer for the method and headers it asked about. */
function preflightProblems(preflight: Entry, page: string): Problem[] {
  const problems: Problem[] = [];
  const status = preflight.response?.status;
  const headers = preflight.response?.headers ?? [];
  if (!(status >= 200 && status <= 299)) {
    problems.push({
      short: `the preflight got ${status || 'no response'}, not 2xx`,
      text: `The preflight (OPTIONS) was answered ${status || 'with no response'}; it must get a 2xx status.`,
    });
  }
  // No response, no headers: nothing more can be said about them.
  if (!(typeof status === 'number' && status > 0)) return problems;
  problems.push(...originProblems(headers, page, false, false));
  const credentialed = headerValue(headers, 'access-control-allow-credentials') === 'true';
  const method = clip(
    headerValue(preflight.request?.headers, 'access-control-request-method') ?? '',
    20,
  );
  const methods = listHeader(headers, 'access-control-allow-methods').map((m) => m.toUpperCase());
  const anyMethod = methods.includes('*') && !credentialed;
  const upper = method.toUpperCase();
  if (method && !SAFE_METHODS.has(upper) && !anyMethod && !methods.includes(upper)) {
    problems.push({
      short: `${method} not in Access-Control-Allow-Methods`,
      text:
        methods.length === 0
          ? `No Access-Control-Allow-Methods, so ${method} is not allowed.`
          : `Access-Control-Allow-Methods (${listOf(methods)}) does not include ${method}.`,
    });
  }
  const asked = listHeader(preflight.request?.headers, 'access-control-request-headers').map((h) =>
    h.toLowerCase(),
  );
  const allowed = new Set(
    listHeader(headers, 'access-control-allow-headers').map((h) => h.toLowerCase()),
  );
  const missing = asked.filter(
    (h) => !allowed.has(h) && !(allowed.has('*') && !credentialed && h !== 'authorization'),
  );
  if (missing.length > 0) {
    problems.push({
      short: `${clip(listOf(missing, 2), 40)} not in Access-Control-Allow-Headers`,
      text: `Access-Control-Allow-Headers does not allow ${listOf(missing)}${allowed.size ? ` (it allows ${listOf([...allowed])})` : ''}.`,
    });
  }
  return problems;
}

/** Whether responses of the same server elsewhere in the list do carry ACAO. */
function othersHaveCors(entry: Entry, context: DiagnosisContext): boolean {
  const entries = context.entries ?? [];
  const index = indexIn(entries, entry);
  if (index < 0) return false;
  const origin = originOf(entry.request?.url);
  const test = (other: Entry) =>
    other !== entry &&
    originOf(other.request?.url) === origin &&
    hasHeader(other.response?.headers, 'access-control-allow-origin');
  return findBefore(entries, index, test) >= 0 || findAfter(entries, index, test) >= 0;
}

const SCRIPT_SAW =
  'The page’s script saw a network error (fetch: “TypeError: Failed to fetch”; XHR: status 0); DevTools shows what really came back.';

const texts = (problems: readonly Problem[]) => problems.map((p) => p.text);

export const cors: Rule = (entry, context) => {
  if (!inCorsMode(entry, context)) return [];
  const page = pageOriginOf(entry, context) as string;
  const requestHeaders = entry.request?.headers;
  const status = entry.response?.status;
  const error = chromiumError(entry);

  if (isPreflight(entry)) {
    // No response at all: the transport's reason comes first (the no-response rule), and with
    // no response there were no headers to blame. Only Chromium's CORS failure (net::ERR_FAILED)
    // on a preflight is read as CORS.
    if (!(typeof status === 'number' && status > 0) && error !== 'net::ERR_FAILED') return [];
    const problems = preflightProblems(entry, page);
    const first = problems[0];
    if (!first) return [];
    const method = clip(
      headerValue(requestHeaders, 'access-control-request-method') ?? 'non-simple',
      20,
    );
    return [
      {
        rule: 'cors',
        severity: 'error',
        tag: 'CORS preflight',
        title: `CORS preflight failed: ${first.short}`,
        details: [
          ...texts(problems),
          `Before this ${method} request the browser asked the server with this OPTIONS preflight; the real request was not sent.`,
        ],
      },
    ];
  }

  if (!(typeof status === 'number' && status > 0)) {
    if (error !== 'net::ERR_FAILED') return [];
    const entries = context.entries ?? [];
    const index = indexIn(entries, entry);
    const url = comparable(entry.request?.url);
    const found =
      index < 0
        ? -1
        : findBefore(entries, index, (e) => isPreflight(e) && comparable(e.request?.url) === url);
    const preflight = entries[found];
    const method = clip(String(entry.request?.method ?? ''), 20);
    const problems = preflight ? preflightProblems(preflight, page) : [];
    const first = problems[0];
    if (first) {
      return [
        {
          rule: 'cors',
          severity: 'error',
          tag: 'CORS',
          title: `CORS: the preflight failed (${first.short}), so this ${method} was never sent`,
          details: [
            ...texts(problems),
            'The OPTIONS preflight is an earlier row with the same URL.',
            SCRIPT_SAW,
          ],
        },
      ];
    }
    return [
      {
        rule: 'cors',
        severity: 'error',
        tag: 'CORS?',
        title: 'Probably CORS: a cross-origin request failed with no response (net::ERR_FAILED)',
        details: [
          `The page ${page} asked another origin; Chromium records a failed preflight this way.`,
          'Look for an OPTIONS row (the preflight) just before it, and read the console’s CORS message.',
          SCRIPT_SAW,
        ],
      },
    ];
  }

  if (browserSaysOk(entry) || !(status > 0)) return [];
  const failed = error === 'net::ERR_FAILED';
  const credentialed =
    hasHeader(requestHeaders, 'cookie') || hasHeader(requestHeaders, 'authorization');
  const problems = originProblems(entry.response.headers ?? [], page, failed, credentialed);
  const first = problems[0];
  if (!first) {
    if (!failed) return [];
    return [
      {
        rule: 'cors',
        severity: 'error',
        tag: 'CORS?',
        title: 'The browser failed this cross-origin response although its CORS headers look right',
        details: [
          `The page’s origin: ${page}.`,
          'Read the console’s CORS message for the reason.',
          SCRIPT_SAW,
        ],
      },
    ];
  }
  const details = [...texts(problems), `The page’s origin: ${page}.`, SCRIPT_SAW];
  let title = `CORS: ${first.short}; the page’s script could not read this response`;
  if (status >= 400 && !hasHeader(entry.response.headers, 'access-control-allow-origin')) {
    title = `CORS: this ${status} came without CORS headers, so the page’s script saw a network error instead`;
    details.push(
      'Add the CORS headers to error responses too (error handlers, proxies and gateways often skip them).',
    );
    if (othersHaveCors(entry, context)) {
      details.push(
        'Other responses from this server do carry Access-Control-Allow-Origin: only the error path lacks it.',
      );
    }
  }
  const finding: Finding = { rule: 'cors', severity: 'error', tag: 'CORS', title, details };
  return [finding];
};

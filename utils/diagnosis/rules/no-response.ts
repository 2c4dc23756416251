/**
 * Requests without a response (status 0), and responses that broke off: what the browser's
 * reason means. DevTools writes Chromium's reason into the HAR as `response._error`
 * ("net::ERR_CONNECTION_REFUSED"), null when the request did not fail. Recorded with Chromium
 * 156 (tests/fixtures/diagnosis/network.har): refused, DNS, untrusted certificate and aborted
 * requests have status 0 and their net::ERR_ name; a request blocked by DevTools' own request
 * blocking has status 0 and an empty `_error`. A cross-origin net::ERR_FAILED is left to the
 * CORS rule.
 */
import { chromiumError, emptyReason } from '../chromium';
import { lookupNetError } from '../net-errors';
import { inCorsMode } from '../origin';
import type { Rule, Severity } from '../types';

export const noResponse: Rule = (entry, context) => {
  const status = entry.response?.status;
  const error = chromiumError(entry);
  if (status !== 0 && error === undefined) return [];
  if (error === 'net::ERR_FAILED' && inCorsMode(entry, context)) return [];

  if (status !== 0) {
    // A response began, then the request failed (a body cut short, a reset stream).
    if (error === undefined) return [];
    const info = lookupNetError(error);
    return [
      {
        rule: 'no-response',
        severity: 'error',
        tag: info?.tag ?? 'failed',
        title: `The response began (${status}) but the request failed: ${info?.title ?? error}`,
        details: [`Chromium’s reason: ${error}`, ...(info ? [info.hint] : [])],
      },
    ];
  }

  if (error === undefined) {
    return [
      emptyReason(entry)
        ? {
            rule: 'no-response',
            severity: 'error',
            tag: 'no reason',
            title: 'No response, and the browser recorded an empty reason',
            details: [
              'DevTools’ own request blocking leaves the reason empty (recorded with Chromium 156).',
              'Other blocks (Content-Security-Policy, mixed content) name themselves in the console.',
            ],
          }
        : {
            rule: 'no-response',
            severity: 'warning',
            tag: 'no response',
            title: 'No response, and no reason recorded',
            details: [
              'The request may still have been pending when the HAR was taken, or the HAR came from a tool that does not record reasons.',
            ],
          },
    ];
  }

  const info = lookupNetError(error);
  const severity: Severity = error === 'net::ERR_ABORTED' ? 'warning' : 'error';
  const details = [`Chromium’s reason: ${error}`];
  if (info) details.push(info.hint);
  details.push(
    error === 'net::ERR_ABORTED'
      ? 'A script that cancelled it sees an AbortError; after a navigation nothing sees it.'
      : 'A script sees a network error (fetch rejects with “TypeError: Failed to fetch”), never a status.',
  );
  return [
    {
      rule: 'no-response',
      severity,
      tag: info?.tag ?? 'failed',
      title: info?.title ?? `No response: ${error}`,
      details,
    },
  ];
};

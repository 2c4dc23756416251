/**
 * Requests without a response (status 0, or Playwright's -1), and responses that broke off:
 * what the recorded reason means, and who recorded it. Which field holds a reason and whose
 * words it is depends on the exporter (utils/har/exporters.ts): Chromium's DevTools writes its
 * network stack's `net::ERR_…` names into `response._error` (recorded with Chromium 156 in
 * tests/fixtures/diagnosis/network.har: refused, DNS, untrusted certificate and aborted requests
 * have status 0 and their net::ERR_ name; a request stopped by DevTools' own request blocking has
 * status 0 and an empty `_error`); Playwright writes the same names into `_failureText`;
 * mitmproxy writes its own error text into `_error`; Firefox records no reason at all. A
 * cross-origin net::ERR_FAILED is left to the CORS rule.
 */
import type { Entry } from 'har-format';
import { emptyReason, type RecordedReason, recordedReason, stillPending } from '../chromium';
import { lookupNetError } from '../net-errors';
import { inCorsMode } from '../origin';
import type { DiagnosisContext, Finding, Rule, Severity } from '../types';

/** Whose words a reason is, from its shape and who wrote the field. */
function whose(reason: RecordedReason, context: DiagnosisContext): string {
  if (reason.text.startsWith('net::ERR_')) return 'Chromium’s reason';
  if (reason.text.startsWith('NS_')) return 'Firefox’s reason';
  if (reason.source === 'tool' && context.exporter) {
    return `${context.exporter.tool}’s own error`;
  }
  return 'Recorded reason';
}

/** "Chromium’s reason: net::ERR_X (response._error, recorded by Chrome DevTools …)". */
function reasonLine(reason: RecordedReason, context: DiagnosisContext): string {
  const by = context.exporter?.name ? `, recorded by ${context.exporter.name}` : '';
  return `${whose(reason, context)}: ${reason.text} (${reason.field}${by})`;
}

/** What the timings say about a request with no response and no reason. */
function timingsNote(entry: Entry): string | undefined {
  const timings = entry.timings as unknown as Record<string, unknown> | undefined;
  const phase = (name: string) => {
    const value = timings?.[name];
    return typeof value === 'number' && value > 0 ? value : 0;
  };
  const connected = phase('connect') > 0 || phase('ssl') > 0 || phase('send') > 0;
  const waited = phase('wait');
  if (waited > 0) {
    return `Its timings show it was sent and waited ${Math.round(waited)} ms: the connection closed, timed out or was cancelled before any response arrived.`;
  }
  if (connected) {
    return 'Its timings show a connection was made: it ended before any response arrived.';
  }
  return undefined;
}

function noReason(entry: Entry, context: DiagnosisContext): Finding {
  const exporter = context.exporter;
  const timing = timingsNote(entry);
  const details: string[] = [];
  if (timing) details.push(timing);
  if (exporter && (exporter.id === 'firefox' || exporter.id === 'no-reasons')) {
    details.push(
      `${exporter.name} records no reason for a failed request, so the cause is not in this file.`,
    );
  } else if (exporter) {
    details.push(`${exporter.name} recorded no reason for it.`);
  } else {
    details.push('No reason was recorded: the tool that saved it may not record reasons.');
  }
  return {
    rule: 'no-response',
    severity: 'warning',
    tag: 'no response',
    title: 'No response, and no reason recorded',
    details,
  };
}

const BLOCKED_BY_DEVTOOLS: Finding = {
  rule: 'no-response',
  severity: 'error',
  tag: 'blocked by DevTools',
  title: 'Blocked by DevTools’ request blocking: the browser never sent it',
  details: [
    'Chromium’s DevTools records a request with no response and an empty reason when a pattern in its Network request blocking matches the URL.',
    'Untick or remove the pattern in DevTools (More tools → Network request blocking) to let the request through.',
  ],
};

export const noResponse: Rule = (entry, context) => {
  const status = entry.response?.status;
  const noAnswer = !(typeof status === 'number' && status > 0);
  const reason = recordedReason(entry);
  const error = reason?.text;
  if (!noAnswer && reason === undefined) return [];
  if (error === 'net::ERR_FAILED' && inCorsMode(entry, context)) return [];

  if (!noAnswer && reason) {
    // A response began, then the request failed (a body cut short, a reset stream).
    const info = lookupNetError(reason.text);
    return [
      {
        rule: 'no-response',
        severity: 'error',
        tag: info?.tag ?? 'failed',
        title: `The response began (${status}) but the request failed: ${info?.title ?? reason.text}`,
        details: [reasonLine(reason, context), ...(info ? [info.hint] : [])],
      },
    ];
  }

  if (reason === undefined) {
    if (stillPending(entry)) {
      return [
        {
          rule: 'no-response',
          severity: 'info',
          tag: 'in progress',
          title: 'Still in progress when this was recorded: not a failure',
          details: ['Chromium lists a request that has not finished with no status and no reason.'],
        },
      ];
    }
    const chromiumEmpty =
      emptyReason(entry) && (context.exporter === undefined || context.exporter.id === 'chromium');
    return [chromiumEmpty ? BLOCKED_BY_DEVTOOLS : noReason(entry, context)];
  }

  const info = lookupNetError(reason.text);
  if (!info && reason.source === 'tool') {
    const who = context.exporter?.tool ?? 'The proxy';
    return [
      {
        rule: 'no-response',
        severity: 'error',
        tag: 'no response',
        title: `No response: ${who} reports “${reason.text}”`,
        details: [
          reasonLine(reason, context),
          `This is ${who}’s own message, not the browser’s: ${who} could not get a response from the server.`,
        ],
      },
    ];
  }
  const severity: Severity = error === 'net::ERR_ABORTED' ? 'warning' : 'error';
  const details = [reasonLine(reason, context)];
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
      title: info?.title ?? `No response: ${reason.text}`,
      details,
    },
  ];
};

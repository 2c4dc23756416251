/**
 * Rate-limit headers in the forms servers really send:
 * - `X-RateLimit-Limit / -Remaining / -Reset` (GitHub, Twitter's `X-Rate-Limit-*`, Reddit…),
 *   where Reset is either a Unix time (GitHub) or a number of seconds (many others): told apart
 *   by size, a Unix time being at least 10⁹ (September 2001) and 10¹² meaning milliseconds;
 * - the IETF drafts (draft-ietf-httpapi-ratelimit-headers): the early `RateLimit-Limit /
 *   -Remaining / -Reset` (Reset always in seconds), the dictionary form `RateLimit: limit=10,
 *   remaining=0, reset=7`, and the current structured lists `RateLimit: "default";r=0;t=20`
 *   with `RateLimit-Policy: "default";q=100;w=60`.
 */
import type { Header } from 'har-format';
import { headerValue, headerValues, splitList, unquote } from '../headers';
import { clip, formatNumber } from '../text';
import { clockOf, formatDuration, fromNow, parseHttpDate, receivedAt, serverDate } from '../time';
import type { DiagnosisContext, Finding, Rule } from '../types';

/** Every header this rule reads; the Retry-After rule checks them too. */
export const rateLimitHeaderNames = [
  'x-ratelimit-limit',
  'x-ratelimit-remaining',
  'x-ratelimit-reset',
  'x-ratelimit-reset-after',
  'x-ratelimit-used',
  'x-ratelimit-resource',
  'x-rate-limit-limit',
  'x-rate-limit-remaining',
  'x-rate-limit-reset',
  'ratelimit',
  'ratelimit-policy',
  'ratelimit-limit',
  'ratelimit-remaining',
  'ratelimit-reset',
] as const;

const EPOCH_SECONDS_MIN = 1e9;
const EPOCH_MS_MIN = 1e12;

function number(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const first = value.split(/[,;]/)[0]?.trim() ?? '';
  if (!/^\d{1,16}(\.\d{1,6})?$/.test(first)) return undefined;
  return Number(first);
}

export type ResetReading =
  | { kind: 'epoch-seconds'; at: number }
  | { kind: 'epoch-ms'; at: number }
  | { kind: 'seconds'; at: number; seconds: number }
  | { kind: 'date'; at: number };

/** Reads an X-RateLimit-Reset value against the moment the response was sent. */
export function readReset(value: string, reference: number): ResetReading | undefined {
  const n = number(value);
  if (n !== undefined) {
    if (n >= EPOCH_MS_MIN) return { kind: 'epoch-ms', at: n };
    if (n >= EPOCH_SECONDS_MIN) return { kind: 'epoch-seconds', at: n * 1000 };
    return { kind: 'seconds', at: reference + n * 1000, seconds: n };
  }
  const date = parseHttpDate(value);
  if (date !== undefined) return { kind: 'date', at: date };
  if (
    /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/.test(value.trim())
  ) {
    const ms = Date.parse(value.trim());
    if (Number.isFinite(ms)) return { kind: 'date', at: ms };
  }
  return undefined;
}

/** One structured-field list member: `"default";r=0;t=20` → value default, params r, t. */
export function parseMember(member: string): { value: string; params: Map<string, string> } {
  const parts: string[] = [];
  let current = '';
  let quoted = false;
  for (let i = 0; i < member.length; i++) {
    const ch = member[i];
    if (quoted && ch === '\\') {
      current += ch + (member[i + 1] ?? '');
      i += 1;
      continue;
    }
    if (ch === '"') quoted = !quoted;
    if (ch === ';' && !quoted) {
      parts.push(current);
      current = '';
      continue;
    }
    current += ch;
  }
  parts.push(current);
  const params = new Map<string, string>();
  for (const part of parts.slice(1, 20)) {
    const eq = part.indexOf('=');
    const key = (eq < 0 ? part : part.slice(0, eq)).trim().toLowerCase();
    if (key) params.set(key, eq < 0 ? '?1' : unquote(part.slice(eq + 1)));
  }
  return { value: unquote(parts[0] ?? ''), params };
}

interface Reading {
  limit?: number;
  remaining?: number;
  reset?: ResetReading;
  lines: string[];
}

function describeReset(
  reset: ResetReading,
  raw: string,
  reference: number,
  context: DiagnosisContext,
) {
  const clock = clockOf(context.formatClock);
  const after = (reset.at - reference) / 1000;
  const when =
    after >= 1
      ? `${formatDuration(after)} after the response (${clock(reset.at, reference)})`
      : after <= -1
        ? `${formatDuration(after)} before the response (${clock(reset.at, reference)}): already past`
        : `at the response (${clock(reset.at, reference)})`;
  const value = clip(raw, 30);
  switch (reset.kind) {
    case 'epoch-seconds':
      return `Reset ${value} is a Unix time in seconds: ${when}.`;
    case 'epoch-ms':
      return `Reset ${value} is a Unix time in milliseconds: ${when}.`;
    case 'seconds':
      return `Reset ${value} is a number of seconds (too small for a Unix time): ${when}.`;
    case 'date':
      return `Reset ${value} is a date: ${when}.`;
  }
}

function xRateLimit(
  headers: Header[],
  reference: number,
  context: DiagnosisContext,
): Reading | undefined {
  const get = (suffix: string) =>
    headerValue(headers, `x-ratelimit-${suffix}`) ?? headerValue(headers, `x-rate-limit-${suffix}`);
  const limitRaw = get('limit');
  const remainingRaw = get('remaining');
  const resetRaw = get('reset');
  const resetAfterRaw = get('reset-after');
  if ([limitRaw, remainingRaw, resetRaw, resetAfterRaw].every((v) => v === undefined))
    return undefined;
  const reading: Reading = { limit: number(limitRaw), remaining: number(remainingRaw), lines: [] };
  const header = (name: string, raw: string | undefined) => {
    if (raw !== undefined) reading.lines.push(`X-RateLimit-${name}: ${clip(raw, 60)}`);
  };
  header('Limit', limitRaw);
  header('Remaining', remainingRaw);
  header('Used', get('used'));
  header('Resource', get('resource'));
  if (resetRaw !== undefined) {
    header('Reset', resetRaw);
    const reset = readReset(resetRaw, reference);
    if (reset) {
      reading.reset = reset;
      reading.lines.push(describeReset(reset, resetRaw, reference, context));
    } else {
      reading.lines.push(`Reset ${clip(resetRaw, 30)} is neither a number nor a date.`);
    }
  } else if (resetAfterRaw !== undefined) {
    header('Reset-After', resetAfterRaw);
    const seconds = number(resetAfterRaw);
    if (seconds !== undefined) {
      reading.reset = { kind: 'seconds', seconds, at: reference + seconds * 1000 };
    }
  }
  return reading;
}

function ietf(
  headers: Header[],
  reference: number,
  context: DiagnosisContext,
): Reading | undefined {
  const reading: Reading = { lines: [] };
  const clock = clockOf(context.formatClock);
  const policies = new Map<string, { q?: number; w?: number }>();
  for (const member of headerValues(headers, 'ratelimit-policy').flatMap((v) => splitList(v))) {
    const { value, params } = parseMember(member);
    const q = number(params.get('q'));
    const w = number(params.get('w'));
    policies.set(value, { q, w });
    if (value && !/^\d/.test(value)) {
      reading.lines.push(
        `Policy ${clip(value, 40)}: ${q === undefined ? 'quota not given' : `${formatNumber(q)} per ${w === undefined ? 'window' : `${formatDuration(w)} window`}`}.`,
      );
    } else if (number(value) !== undefined) {
      // Older drafts: `RateLimit-Policy: 100;w=60`.
      reading.lines.push(
        `Policy: ${formatNumber(number(value) ?? 0)} per ${w === undefined ? 'window' : `${formatDuration(w)} window`}.`,
      );
    }
  }

  const members = headerValues(headers, 'ratelimit').flatMap((v) => splitList(v));
  const dictionary = members.length > 0 && members.every((m) => /^[a-z][a-z0-9_-]*=/i.test(m));
  if (dictionary) {
    for (const member of members) {
      const [key = '', raw = ''] = member.split('=', 2);
      const value = number(raw);
      if (key.toLowerCase() === 'limit') reading.limit = value;
      if (key.toLowerCase() === 'remaining') reading.remaining = value;
      if (key.toLowerCase() === 'reset' && value !== undefined) {
        reading.reset = { kind: 'seconds', seconds: value, at: reference + value * 1000 };
      }
    }
    reading.lines.unshift(`RateLimit: ${clip(members.join(', '), 80)}`);
  } else {
    for (const member of members.slice(0, 6)) {
      const { value, params } = parseMember(member);
      const r = number(params.get('r'));
      const t = number(params.get('t'));
      const policy = policies.get(value);
      // The first policy listed is the one the numbers on the row describe.
      if (reading.remaining === undefined && r !== undefined) {
        reading.remaining = r;
        reading.limit = policy?.q;
        if (t !== undefined)
          reading.reset = { kind: 'seconds', seconds: t, at: reference + t * 1000 };
      }
      const parts = [r === undefined ? undefined : `${formatNumber(r)} left`];
      if (t !== undefined)
        parts.push(`resets in ${formatDuration(t)} (${clock(reference + t * 1000, reference)})`);
      reading.lines.push(
        `RateLimit ${clip(value, 40) || '(unnamed)'}: ${parts.filter(Boolean).join(', ') || 'no r or t given'}.`,
      );
    }
  }

  const limitRaw = headerValue(headers, 'ratelimit-limit');
  const remainingRaw = headerValue(headers, 'ratelimit-remaining');
  const resetRaw = headerValue(headers, 'ratelimit-reset');
  if (limitRaw !== undefined) {
    reading.limit ??= number(limitRaw);
    reading.lines.push(`RateLimit-Limit: ${clip(limitRaw, 60)}`);
  }
  if (remainingRaw !== undefined) {
    reading.remaining ??= number(remainingRaw);
    reading.lines.push(`RateLimit-Remaining: ${clip(remainingRaw, 30)}`);
  }
  if (resetRaw !== undefined) {
    const seconds = number(resetRaw);
    reading.lines.push(`RateLimit-Reset: ${clip(resetRaw, 30)} (seconds, by the IETF draft)`);
    if (seconds !== undefined && !reading.reset) {
      reading.reset = { kind: 'seconds', seconds, at: reference + seconds * 1000 };
    }
  }
  return reading.lines.length > 0 ? reading : undefined;
}

export const rateLimit: Rule = (entry, context) => {
  const headers = entry.response?.headers;
  if (!Array.isArray(headers) || headers.length === 0) return [];
  const reference = serverDate(entry) ?? receivedAt(entry) ?? context.now();
  const readings = [
    xRateLimit(headers, reference, context),
    ietf(headers, reference, context),
  ].filter((r): r is Reading => r !== undefined);
  const main = readings.find((r) => r.remaining !== undefined) ?? readings[0];
  if (!main) return [];
  const clock = clockOf(context.formatClock);
  const status = entry.response.status;
  const exhausted = main.remaining !== undefined && main.remaining <= 0;

  const parts: string[] = [];
  if (main.remaining !== undefined) {
    parts.push(
      main.limit === undefined
        ? `${formatNumber(main.remaining)} requests left`
        : `${formatNumber(main.remaining)} of ${formatNumber(main.limit)} requests left`,
    );
  } else if (main.limit !== undefined) {
    parts.push(`limit ${formatNumber(main.limit)}`);
  }
  const reset = main.reset ?? readings.find((r) => r.reset)?.reset;
  if (reset) {
    const seconds = (reset.at - reference) / 1000;
    parts.push(
      seconds >= 1
        ? `resets in ${formatDuration(seconds)} (at ${clock(reset.at, reference)})`
        : `reset time ${clock(reset.at, reference)} already past`,
    );
  }
  const details = readings.flatMap((r) => r.lines);
  if (reset) details.push(fromNow(reset.at, context.now(), 'The reset'));
  const tagged = exhausted || status === 429;
  const finding: Finding = {
    rule: 'rate-limit',
    severity: tagged ? 'warning' : 'info',
    title: `Rate limit: ${parts.join(', ') || 'headers present but unreadable'}`,
    details,
  };
  if (tagged && main.remaining !== undefined) {
    finding.tag =
      main.limit === undefined
        ? `${formatNumber(main.remaining)} left`
        : `${formatNumber(main.remaining)}/${formatNumber(main.limit)} left`;
  }
  return [finding];
};

/**
 * Request IDs for bug reports: the headers that name one request in a server's, CDN's or
 * tracing system's logs. Response headers first (the server's own ID), then IDs the client sent.
 */
import type { Entry } from 'har-format';
import { headerValues } from './headers';
import { clip } from './text';

export interface RequestId {
  /** The header's name as received ("X-Request-Id"). */
  header: string;
  /** What it is: "Cloudflare ray ID", "W3C trace context". */
  label: string;
  /** Its value, one line, bounded. */
  value: string;
  side: 'response' | 'request';
  /** The trace ID inside a trace header, when it has one. */
  traceId?: string;
}

/** Lowercase header name → label, in the order they are listed. */
export const requestIdHeaders: readonly (readonly [string, string])[] = [
  ['x-request-id', 'Request ID'],
  ['request-id', 'Request ID'],
  ['x-correlation-id', 'Correlation ID'],
  ['correlation-id', 'Correlation ID'],
  ['x-trace-id', 'Trace ID'],
  ['traceparent', 'W3C trace context'],
  ['cf-ray', 'Cloudflare ray ID'],
  ['x-amz-cf-id', 'CloudFront request ID'],
  ['x-amzn-trace-id', 'AWS X-Ray trace ID'],
  ['x-amzn-requestid', 'AWS request ID'],
  ['x-amz-request-id', 'Amazon S3 request ID'],
  ['x-amz-id-2', 'Amazon S3 extended request ID'],
  ['x-amz-apigw-id', 'API Gateway request ID'],
  ['apigw-requestid', 'API Gateway request ID'],
  ['x-cloud-trace-context', 'Google Cloud trace'],
  ['x-ms-request-id', 'Azure request ID'],
  ['x-ms-correlation-request-id', 'Azure correlation ID'],
  ['x-azure-ref', 'Azure Front Door reference'],
  ['x-github-request-id', 'GitHub request ID'],
  ['x-vercel-id', 'Vercel request ID'],
  ['fly-request-id', 'Fly.io request ID'],
  ['x-akamai-request-id', 'Akamai request ID'],
  ['x-b3-traceid', 'Zipkin B3 trace ID'],
  ['b3', 'Zipkin B3 trace'],
  ['uber-trace-id', 'Jaeger trace'],
  ['x-datadog-trace-id', 'Datadog trace ID'],
  ['sentry-trace', 'Sentry trace'],
];

/** At most this many IDs are returned. */
const IDS_MAX = 12;

function traceIdOf(name: string, value: string): string | undefined {
  const v = value.trim();
  if (name === 'traceparent')
    return /^[\da-f]{2}-([\da-f]{32})-[\da-f]{16}-[\da-f]{2}/i.exec(v)?.[1];
  if (name === 'x-amzn-trace-id') return /(?:^|;)\s*Root=([\w-]{1,60})/i.exec(v)?.[1];
  if (name === 'x-cloud-trace-context') return /^([\da-f]{32})/i.exec(v)?.[1];
  if (name === 'sentry-trace' || name === 'b3') return /^([\da-f]{16,32})-/i.exec(v)?.[1];
  if (name === 'uber-trace-id') return /^([\da-f]{1,32}):/i.exec(v)?.[1];
  return undefined;
}

/** The request IDs of an entry, response side first, without repeated values. */
export function requestIds(entry: Entry): RequestId[] {
  const ids: RequestId[] = [];
  const seen = new Set<string>();
  const sides = [
    ['response', entry?.response?.headers],
    ['request', entry?.request?.headers],
  ] as const;
  for (const [side, headers] of sides) {
    if (!Array.isArray(headers)) continue;
    for (const [name, label] of requestIdHeaders) {
      for (const raw of headerValues(headers, name)) {
        const value = clip(raw, 200);
        if (value === '' || seen.has(value) || ids.length >= IDS_MAX) continue;
        seen.add(value);
        const original = headers.find(
          (h) => typeof h?.name === 'string' && h.name.trim().toLowerCase() === name,
        );
        const id: RequestId = { header: clip(original?.name ?? name, 60), label, value, side };
        const traceId = traceIdOf(name, value);
        if (traceId) id.traceId = traceId;
        ids.push(id);
      }
    }
  }
  return ids;
}

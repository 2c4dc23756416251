/**
 * 206 Partial Content and 416 Range Not Satisfiable: the Range asked for and the Content-Range
 * returned (RFC 9110 §14).
 */
import { headerValue } from '../headers';
import { clip, formatBytes, formatNumber } from '../text';
import type { Finding, Rule } from '../types';

export type ContentRange =
  | { kind: 'range'; first: number; last: number; complete?: number }
  | { kind: 'unsatisfied'; complete: number };

export function parseContentRange(value: string): ContentRange | undefined {
  const m = /^bytes\s+(\d{1,15})-(\d{1,15})\/(\d{1,15}|\*)$/i.exec(value.trim());
  if (m) {
    const first = Number(m[1]);
    const last = Number(m[2]);
    if (last < first) return undefined;
    return { kind: 'range', first, last, complete: m[3] === '*' ? undefined : Number(m[3]) };
  }
  const u = /^bytes\s+\*\/(\d{1,15})$/i.exec(value.trim());
  return u ? { kind: 'unsatisfied', complete: Number(u[1]) } : undefined;
}

export const range: Rule = (entry) => {
  const status = entry.response?.status;
  if (status !== 206 && status !== 416) return [];
  const asked = headerValue(entry.request?.headers, 'range');
  const returned = headerValue(entry.response.headers, 'content-range');
  const parsed = returned === undefined ? undefined : parseContentRange(returned);
  const details: string[] = [];
  details.push(
    asked === undefined ? 'The request has no Range header.' : `Range: ${clip(asked, 120)}`,
  );
  if (returned !== undefined) details.push(`Content-Range: ${clip(returned, 120)}`);
  const contentType = headerValue(entry.response.headers, 'content-type') ?? '';

  if (status === 206) {
    if (/^multipart\/byteranges/i.test(contentType)) {
      return [
        {
          rule: 'range',
          severity: 'info',
          tag: 'several ranges',
          title: 'Partial content: several ranges in one multipart/byteranges body',
          details,
        },
      ];
    }
    if (parsed?.kind !== 'range') {
      return [
        {
          rule: 'range',
          severity: 'warning',
          title:
            returned === undefined
              ? '206 without Content-Range: the client cannot tell which bytes it got'
              : '206 with a Content-Range that does not parse',
          details,
        },
      ];
    }
    const length = parsed.last - parsed.first + 1;
    const of =
      parsed.complete === undefined ? 'of an unknown total' : `of ${formatNumber(parsed.complete)}`;
    const finding: Finding = {
      rule: 'range',
      severity: 'info',
      tag: `bytes ${parsed.first}-${parsed.last}/${parsed.complete ?? '*'}`,
      title: `Partial content: bytes ${formatNumber(parsed.first)}–${formatNumber(parsed.last)} ${of} (${formatBytes(length)})`,
      details,
    };
    if (parsed.complete !== undefined && parsed.last >= parsed.complete) {
      finding.severity = 'warning';
      details.push(
        'The last byte is beyond the complete length: the Content-Range is inconsistent.',
      );
    }
    return [finding];
  }

  const complete = parsed?.complete;
  if (complete !== undefined) {
    details.push(
      `The resource is ${formatNumber(complete)} bytes${complete >= 1024 ? ` (${formatBytes(complete)})` : ''}: valid byte positions are 0–${formatNumber(Math.max(complete - 1, 0))}.`,
    );
  } else {
    details.push('The 416 should say the complete length in Content-Range: bytes */length.');
  }
  details.push('Often a resumed download of a file that has since changed or shrunk.');
  return [
    {
      rule: 'range',
      severity: 'warning',
      tag:
        complete === undefined ? 'range not satisfiable' : `range beyond ${formatBytes(complete)}`,
      title: `Range not satisfiable: ${asked === undefined ? 'no Range was sent' : `asked for ${clip(asked, 60)}`}${complete === undefined ? '' : `, but the resource is ${formatNumber(complete)} bytes`}`,
      details,
    },
  ];
};

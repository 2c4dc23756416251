/**
 * 413, 414, 415 and 431: what of the request was too big or of the wrong kind. The request's
 * body size, the URL's length, the Content-Type sent, and the total size of the request headers
 * with the largest one (often Cookie: then its biggest cookies, by name and size only).
 */
import type { Entry, Header } from 'har-format';
import { headerValue, headerValues, listHeader } from '../headers';
import { clip, formatBytes, formatNumber, listOf, plural } from '../text';
import type { Finding, Rule } from '../types';

/** The request body's size in bytes, or undefined when the HAR does not say. */
export function requestBodySize(entry: Entry): number | undefined {
  const size = entry.request?.bodySize;
  if (typeof size === 'number' && size > 0) return size;
  const text = entry.request?.postData?.text;
  if (typeof text === 'string' && text.length > 0) {
    return text.length > 1_000_000 ? text.length : new TextEncoder().encode(text).length;
  }
  const declared = Number(headerValue(entry.request?.headers, 'content-length'));
  if (Number.isInteger(declared) && declared >= 0) return declared;
  return typeof size === 'number' && size === 0 ? 0 : undefined;
}

/** Bytes a header line takes on an HTTP/1.1 wire: "Name: value\r\n". A value the panel cut
 * to keep memory bounded carries its length before the cut in `_originalLength`. */
function lineSize(header: Header): number {
  const original = (header as Header & { _originalLength?: unknown })._originalLength;
  const valueLength =
    typeof original === 'number' && original > 0 ? original : String(header.value).length;
  return String(header.name).length + valueLength + 4;
}

/** The URL's length; a URL the panel cut carries its length before the cut in `_urlLength`. */
function urlLength(entry: Entry, url: string): number {
  const original = (entry.request as { _urlLength?: unknown } | undefined)?._urlLength;
  return typeof original === 'number' && original > url.length ? original : url.length;
}

function cookieSizes(headers: readonly Header[] | undefined): { name: string; size: number }[] {
  return headerValues(headers, 'cookie')
    .flatMap((line) => line.split(';'))
    .map((pair) => pair.trim())
    .filter(Boolean)
    .map((pair) => ({ name: clip(pair.split('=', 1)[0] ?? '', 40), size: pair.length }))
    .sort((a, b) => b.size - a.size);
}

function tooLargeBody(entry: Entry): Finding {
  const size = requestBodySize(entry);
  const type =
    headerValue(entry.request?.headers, 'content-type') ?? entry.request?.postData?.mimeType;
  const details: string[] = [];
  if (type) details.push(`Content-Type: ${clip(type, 80)}`);
  details.push(
    'Limits are set by the server or a proxy in front of it (nginx client_max_body_size is 1 MB by default).',
  );
  details.push('Upload in parts, compress, or raise the limit where it is set.');
  return {
    rule: 'request-limits',
    severity: 'warning',
    tag: size === undefined ? undefined : `body ${formatBytes(size)}`,
    title:
      size === undefined
        ? 'The request body was too large for the server (its size is not in the HAR)'
        : `The request body was ${formatBytes(size)} (${formatNumber(size)} bytes): too large for the server`,
    details,
  };
}

function tooLongUrl(entry: Entry): Finding {
  const url = String(entry.request?.url ?? '');
  const length = urlLength(entry, url);
  const query = url.includes('?') ? url.slice(url.indexOf('?') + 1) : '';
  const params = Array.isArray(entry.request?.queryString) ? entry.request.queryString : [];
  const details = [
    `Query string: ${plural(query.length, 'character')} in ${plural(params.length, 'parameter')}.`,
  ];
  const longest = [...params].sort((a, b) => String(b.value).length - String(a.value).length)[0];
  if (longest) {
    details.push(
      `Longest parameter: ${clip(String(longest.name), 40)} (${formatNumber(String(longest.value).length)} characters).`,
    );
  }
  details.push(
    'Servers and proxies commonly stop at 8 KB (nginx, Apache) to 16 KB; send large data in a POST body.',
  );
  return {
    rule: 'request-limits',
    severity: 'warning',
    tag: `URL ${formatNumber(length)} chars`,
    title: `The URL is ${formatNumber(length)} characters long: too long for the server`,
    details,
  };
}

function unsupportedType(entry: Entry): Finding {
  const requestHeaders = entry.request?.headers;
  const type = headerValue(requestHeaders, 'content-type') ?? entry.request?.postData?.mimeType;
  const encoding = headerValue(requestHeaders, 'content-encoding');
  const response = entry.response.headers;
  const method = String(entry.request?.method ?? '').toUpperCase();
  const accepted = [
    ...listHeader(response, method === 'PATCH' ? 'accept-patch' : 'accept-post'),
    ...listHeader(response, 'accept'),
  ];
  const details = [type ? `Content-Type sent: ${clip(type, 100)}` : 'No Content-Type was sent.'];
  if (encoding)
    details.push(
      `Content-Encoding sent: ${clip(encoding, 40)} (the server may not accept that encoding).`,
    );
  const acceptEncoding = headerValue(response, 'accept-encoding');
  if (acceptEncoding !== undefined)
    details.push(`The server accepts the encodings: ${clip(acceptEncoding, 100)}`);
  if (accepted.length > 0) details.push(`The server accepts: ${listOf(accepted)}`);
  const shortType = type ? clip(type.split(';')[0] ?? '', 24) : '';
  return {
    rule: 'request-limits',
    severity: 'warning',
    tag: type ? `sent ${shortType}` : 'no Content-Type',
    title: type
      ? `The server does not accept ${clip(type.split(';')[0] ?? type, 60)}${accepted.length ? `; it accepts ${listOf(accepted, 4)}` : ''}`
      : 'The server needs a Content-Type and none was sent',
    details,
  };
}

function tooLargeHeaders(entry: Entry): Finding {
  const headers = Array.isArray(entry.request?.headers) ? entry.request.headers : [];
  const lines = headers.filter((h) => typeof h?.name === 'string' && typeof h.value === 'string');
  const sum = lines.reduce((total, h) => total + lineSize(h), 0);
  const declared = entry.request?.headersSize;
  const total = typeof declared === 'number' && declared > 0 ? declared : sum;
  const byName = new Map<string, { name: string; size: number }>();
  for (const h of lines) {
    const key = h.name.toLowerCase();
    const current = byName.get(key) ?? { name: clip(h.name, 40), size: 0 };
    current.size += lineSize(h);
    byName.set(key, current);
  }
  const largest = [...byName.values()].sort((a, b) => b.size - a.size)[0];
  const details = [
    `${formatNumber(lines.length)} request header lines, ${formatBytes(total)} in all${declared && declared > 0 ? ' (HAR headersSize)' : ''}.`,
  ];
  let title = `The request headers total ${formatBytes(total)}: too large for the server`;
  if (largest) {
    title += `; the largest is ${largest.name} (${formatBytes(largest.size)})`;
    const cookies = cookieSizes(headers);
    if (largest.name.toLowerCase() === 'cookie' && cookies.length > 0) {
      const top = cookies.slice(0, 3).map((c) => `${c.name} ${formatBytes(c.size)}`);
      details.push(
        `Cookie holds ${plural(cookies.length, 'cookie')}; the biggest: ${top.join(', ')}.`,
      );
      details.push(
        'Clear or shrink those cookies for this site (they are sent with every request).',
      );
    }
  }
  details.push(
    'Servers commonly stop at 8 KB per header or 8–16 KB in all (nginx large_client_header_buffers).',
  );
  return {
    rule: 'request-limits',
    severity: 'warning',
    tag: `headers ${formatBytes(total)}`,
    title,
    details,
  };
}

export const requestLimits: Rule = (entry) => {
  switch (entry.response?.status) {
    case 413:
      return [tooLargeBody(entry)];
    case 414:
      return [tooLongUrl(entry)];
    case 415:
      return [unsupportedType(entry)];
    case 431:
      return [tooLargeHeaders(entry)];
    default:
      return [];
  }
};

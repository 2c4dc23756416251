/**
 * 304 Not Modified: which validator matched (RFC 9110 §13.1). If-None-Match is compared with the
 * ETag (weakly: W/"x" matches "x"); when the request has it, If-Modified-Since is ignored.
 */
import { headerValue, splitList } from '../headers';
import { clip, quote } from '../text';
import type { Rule } from '../types';

/** Strips the weak prefix for the weak comparison of §8.8.3.2. */
function opaque(tag: string): string {
  return tag.trim().replace(/^W\//, '');
}

export const notModified: Rule = (entry) => {
  if (entry.response?.status !== 304) return [];
  const request = entry.request?.headers;
  const response = entry.response.headers;
  const ifNoneMatch = headerValue(request, 'if-none-match');
  const ifModifiedSince = headerValue(request, 'if-modified-since');
  const etag = headerValue(response, 'etag');
  const lastModified = headerValue(response, 'last-modified');

  if (ifNoneMatch !== undefined) {
    const tags = splitList(ifNoneMatch, 32);
    const matched =
      ifNoneMatch.trim() === '*' ||
      (etag !== undefined && tags.some((t) => opaque(t) === opaque(etag)));
    const details = [`If-None-Match: ${clip(ifNoneMatch, 160)}`];
    details.push(
      etag === undefined
        ? 'The 304 carries no ETag (it should repeat it).'
        : `ETag: ${clip(etag, 160)}`,
    );
    if (ifModifiedSince !== undefined) {
      details.push('If-Modified-Since was sent too; with If-None-Match present it does not count.');
    }
    details.push('The cached copy was used: nothing was downloaded again.');
    return [
      {
        rule: 'not-modified',
        severity: 'info',
        tag: matched || etag === undefined ? 'ETag match' : 'ETag?',
        title: matched
          ? `Not modified: the ETag ${quote(etag ?? '*', 60)} matched If-None-Match`
          : etag === undefined
            ? 'Not modified by If-None-Match; the server did not repeat the ETag'
            : `Not modified, although the ETag ${quote(etag, 60)} is not among If-None-Match’s`,
        details,
      },
    ];
  }
  if (ifModifiedSince !== undefined) {
    const details = [`If-Modified-Since: ${clip(ifModifiedSince, 60)}`];
    if (lastModified !== undefined) details.push(`Last-Modified: ${clip(lastModified, 60)}`);
    details.push('The cached copy was used: nothing was downloaded again.');
    return [
      {
        rule: 'not-modified',
        severity: 'info',
        tag: 'not modified since',
        title: `Not modified since ${clip(ifModifiedSince, 60)}`,
        details,
      },
    ];
  }
  return [
    {
      rule: 'not-modified',
      severity: 'warning',
      title: '304 without a conditional request',
      details: [
        'The request has neither If-None-Match nor If-Modified-Since; a 304 answers only those.',
        'A service worker or a proxy may have added and removed them on the way.',
      ],
    },
  ];
};

/**
 * Which responses can hide an application-level failure, and reading it from their body.
 * Decided first from what the record declares (response type, URL, the head of the request
 * body), so that nothing is read for the rest: a page with no GraphQL, gRPC-web, Connect or
 * JSON-RPC traffic costs one type check per request. Never throws.
 */
import type { RequestRecord } from '../har/record';
import { connectEndOfStreamFailure, grpcHeaderFailure, grpcWebTrailerFailure } from './frames';
import { connectError, graphqlFailure, jsonRpcFailure } from './json';
import type { AppFailure } from './types';

/** How a candidate's body is read. */
export type BodyKind = 'json' | 'grpc-web' | 'grpc-web-text' | 'connect-stream';

/** Bodies larger than this (declared, or as read) are not read: 1 MB. */
export const APP_BODY_MAX = 1024 * 1024;
/** How much of a request body is looked at to tell a GraphQL or JSON-RPC call. */
const REQUEST_HEAD = 512;

const baseType = (mimeType: string) => (mimeType.split(';')[0] ?? '').trim().toLowerCase();
const JSON_TYPE = /^(application|text)\/([\w.+-]*\+)?json$/;

/** The first characters of a HAR entry's request body (`request.postData.text`), or "". */
export function requestHeadOf(entry: unknown): string {
  const post = (entry as { request?: { postData?: { text?: unknown } } } | null)?.request?.postData;
  const text = post?.text;
  return typeof text === 'string' ? text.slice(0, REQUEST_HEAD) : '';
}

function hasHeader(record: RequestRecord, name: string): boolean {
  for (const header of record.requestHeaders) if (header.name.toLowerCase() === name) return true;
  return false;
}

/** GraphQL by its URL, its request body or type; JSON-RPC by its request body. */
function looksLikeRpc(record: RequestRecord, requestHead: string): boolean {
  if (/graphql/i.test(record.url)) return true;
  if (record.postData && baseType(record.postData.mimeType) === 'application/graphql') return true;
  const head = requestHead.trimStart();
  if (!head.startsWith('{') && !head.startsWith('[')) return false;
  return /"(query|jsonrpc|operationName|persistedQuery)"\s*:/.test(head);
}

/** How to read this response's body for an application-level failure, or null: not one. */
export function bodyKindOf(record: RequestRecord, requestHead: string): BodyKind | null {
  if (record.status < 100 || record.pending) return null;
  const type = baseType(record.mimeType);
  if (type.startsWith('application/grpc-web-text')) return 'grpc-web-text';
  if (type.startsWith('application/grpc-web')) return 'grpc-web';
  if (type.startsWith('application/connect+')) return 'connect-stream';
  if (type === 'application/graphql-response+json') return 'json';
  if (!JSON_TYPE.test(type)) return null;
  // A Connect unary error: a real HTTP error status with a JSON body.
  if (record.status >= 400 && hasHeader(record, 'connect-protocol-version')) return 'json';
  return looksLikeRpc(record, requestHead) ? 'json' : null;
}

/** A gRPC status in the response headers (trailers-only responses, gRPC-web's headers). */
export function headerFailure(record: RequestRecord): AppFailure | null {
  const type = baseType(record.mimeType);
  if (!type.startsWith('application/grpc')) {
    // Without a content type (a body-less trailers-only response), the header alone tells.
    if (type !== '') return null;
  }
  return grpcHeaderFailure(record.responseHeaders);
}

/** Bytes from base64 (whitespace and several padded chunks allowed); null when invalid. */
export function base64Bytes(text: string): Uint8Array | null {
  const clean = text.replace(/\s+/g, '');
  const chunks = clean.split(/(?<==)(?=[^=])/);
  const parts: Uint8Array[] = [];
  for (const chunk of chunks) {
    if (!/^[A-Za-z0-9+/]*={0,2}$/.test(chunk)) return null;
    try {
      const binary = atob(chunk);
      parts.push(Uint8Array.from(binary, (ch) => ch.charCodeAt(0)));
    } catch {
      return null;
    }
  }
  if (parts.length === 1) return parts[0] as Uint8Array;
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

/** A framed body's bytes. Base64 as written; text as the browser decoded it: one byte per
 * character when every character fits in one (Latin-1), else its UTF-8 (a Connect JSON stream
 * that DevTools decoded as UTF-8 text). */
function bytesOf(text: string, encoding: string): Uint8Array | null {
  if (encoding === 'base64') return base64Bytes(text);
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code > 0xff) return new TextEncoder().encode(text);
    out[i] = code;
  }
  return out;
}

function textOf(text: string, encoding: string): string | null {
  if (encoding !== 'base64') return text;
  const bytes = base64Bytes(text);
  if (!bytes) return null;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** The failure a body of this kind reports, or null. `status` is the HTTP status. */
export function bodyFailure(
  kind: BodyKind,
  text: string,
  encoding: string,
  status: number,
): AppFailure | null {
  if (typeof text !== 'string' || text === '' || text.length > APP_BODY_MAX * 2) return null;
  if (kind === 'json') {
    const body = textOf(text, encoding);
    if (body === null) return null;
    // Behind a success status only an `errors` or `error` member tells a failure: a body without
    // the word is not parsed (most answers succeed, and parsing is most of the cost of a read).
    // Servers write member names plainly; one spelled with \u escapes would be missed.
    if (status < 400 && !body.includes('"error')) return null;
    let json: unknown;
    try {
      json = JSON.parse(body);
    } catch {
      return null;
    }
    return (
      graphqlFailure(json) ??
      jsonRpcFailure(json) ??
      (status >= 400 ? connectError(json, 'body') : null)
    );
  }
  if (kind === 'grpc-web-text') {
    const inner = textOf(text, encoding);
    const bytes = inner === null ? null : base64Bytes(inner);
    return bytes ? grpcWebTrailerFailure(bytes) : null;
  }
  const bytes = bytesOf(text, encoding);
  if (!bytes) return null;
  return kind === 'grpc-web' ? grpcWebTrailerFailure(bytes) : connectEndOfStreamFailure(bytes);
}

/** Everything a HAR entry says, read at once (the HAR page: the body is in the file). */
export function entryFailure(record: RequestRecord, entry: unknown): AppFailure | null {
  const fromHeaders = headerFailure(record);
  if (fromHeaders) return fromHeaders;
  const kind = bodyKindOf(record, requestHeadOf(entry));
  if (kind === null) return null;
  const content = (entry as { response?: { content?: { text?: unknown; encoding?: unknown } } })
    .response?.content;
  if (typeof content?.text !== 'string') return null;
  const encoding = typeof content.encoding === 'string' ? content.encoding : '';
  return bodyFailure(kind, content.text, encoding, record.status);
}

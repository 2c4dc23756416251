/**
 * gRPC status in headers, and the framed bodies of gRPC-web and Connect streaming responses.
 * A frame is one flag byte, a 4-byte big-endian length and that many bytes. In gRPC-web, a frame
 * whose flag has bit 0x80 set holds the trailers as HTTP/1 header lines ("grpc-status:14\r\n");
 * in Connect streaming, a frame whose flag has bit 0x02 set is the end-of-stream message, JSON
 * with an optional `error` (grpc/grpc doc/PROTOCOL-WEB.md; connectrpc.com/docs/protocol,
 * "Streaming-Response"). A `grpc-message` is percent-encoded (grpc/grpc doc/PROTOCOL-HTTP2.md).
 * Never throws.
 */
import type { HeaderField } from '../har/record';
import { connectError } from './json';
import { type AppFailure, MESSAGE_MAX } from './types';

/** At most this many frames are looked at. */
const FRAMES_MAX = 10_000;

/** The percent-decoded grpc-message; as written when it is not valid percent-encoding. */
export function decodeGrpcMessage(value: string): string {
  let decoded = value;
  try {
    decoded = decodeURIComponent(value);
  } catch {
    // Left as written.
  }
  return decoded.length > MESSAGE_MAX ? `${decoded.slice(0, MESSAGE_MAX)}…` : decoded;
}

function grpcFailure(status: string, message: string, where: string): AppFailure | null {
  const code = status.trim();
  if (!/^\d{1,3}$/.test(code) || code === '0') return null;
  return {
    protocol: 'grpc',
    code: String(Number(code)),
    errors: [{ message: decodeGrpcMessage(message.trim()), code: String(Number(code)), path: '' }],
    errorCount: 1,
    partial: false,
    where,
  };
}

function lastHeader(headers: readonly HeaderField[], name: string): string | undefined {
  let found: string | undefined;
  for (const header of headers) if (header.name.toLowerCase() === name) found = header.value;
  return found;
}

/** A non-zero `grpc-status` among the response headers (a trailers-only response). */
export function grpcHeaderFailure(headers: readonly HeaderField[]): AppFailure | null {
  const status = lastHeader(headers, 'grpc-status');
  if (status === undefined) return null;
  return grpcFailure(status, lastHeader(headers, 'grpc-message') ?? '', 'headers');
}

/** The frames of a body, up to where it ends or stops making sense. */
function* frames(bytes: Uint8Array): Generator<{ flag: number; payload: Uint8Array }> {
  let offset = 0;
  for (let count = 0; count < FRAMES_MAX && offset + 5 <= bytes.length; count++) {
    const flag = bytes[offset] as number;
    const length =
      (((bytes[offset + 1] as number) << 24) >>> 0) +
      ((bytes[offset + 2] as number) << 16) +
      ((bytes[offset + 3] as number) << 8) +
      (bytes[offset + 4] as number);
    const end = offset + 5 + length;
    if (end > bytes.length) return;
    yield { flag, payload: bytes.subarray(offset + 5, end) };
    offset = end;
  }
}

const latin1 = (bytes: Uint8Array) => {
  let out = '';
  for (const byte of bytes.subarray(0, 16 * 1024)) out += String.fromCharCode(byte);
  return out;
};

/** The gRPC status in a gRPC-web body's trailer frame, when it is not OK. */
export function grpcWebTrailerFailure(bytes: Uint8Array): AppFailure | null {
  for (const frame of frames(bytes)) {
    if ((frame.flag & 0x80) === 0) continue;
    let status = '';
    let message = '';
    for (const line of latin1(frame.payload).split(/\r?\n/)) {
      const colon = line.indexOf(':');
      if (colon < 0) continue;
      const name = line.slice(0, colon).trim().toLowerCase();
      const value = line.slice(colon + 1).trim();
      if (name === 'grpc-status') status = value;
      else if (name === 'grpc-message') message = value;
    }
    return grpcFailure(status, message, 'trailer frame');
  }
  return null;
}

/** The error of a Connect streaming body's end-of-stream message. */
export function connectEndOfStreamFailure(bytes: Uint8Array): AppFailure | null {
  for (const frame of frames(bytes)) {
    if ((frame.flag & 0x02) === 0) continue;
    try {
      const json = JSON.parse(new TextDecoder().decode(frame.payload)) as { error?: unknown };
      return connectError(json?.error, 'end-of-stream message');
    } catch {
      return null;
    }
  }
  return null;
}

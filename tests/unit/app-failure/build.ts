// Entries for the application-failure tests: the panel's builder, with a response body.
import type { Entry } from 'har-format';
import { normalizeEntry, type RequestRecord } from '../../../utils/har/record';
import { type EntryOptions, entry } from '../panel/builders';

export function withBody(options: EntryOptions, text: string, encoding?: string): Entry {
  const made = entry(options);
  made.response.content = {
    size: text.length,
    mimeType: options.mimeType ?? 'application/json',
    text,
    ...(encoding ? { encoding } : {}),
  };
  return made;
}

let nextId = 1;
export function recordOf(made: Entry): RequestRecord {
  const record = normalizeEntry(made, nextId++);
  if (!record) throw new Error('unusable entry');
  return record;
}

/** One gRPC-web or Connect frame: flag, 4-byte big-endian length, payload. */
export function frame(flag: number, payload: Uint8Array | string): Uint8Array {
  const bytes = typeof payload === 'string' ? new TextEncoder().encode(payload) : payload;
  const out = new Uint8Array(5 + bytes.length);
  out[0] = flag;
  new DataView(out.buffer).setUint32(1, bytes.length);
  out.set(bytes, 5);
  return out;
}

export function base64(...parts: Uint8Array[]): string {
  let binary = '';
  for (const part of parts) for (const byte of part) binary += String.fromCharCode(byte);
  return btoa(binary);
}

export const GRAPHQL_POST = {
  method: 'POST',
  url: 'https://api.example/graphql',
  postData: { mimeType: 'application/json', text: '{"query":"{ viewer { login } }"}' },
};

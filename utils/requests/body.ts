/**
 * A response body read on demand, for display as text. Bodies are never stored: they are read
 * from the browser's request handle (or the HAR file's content) when asked for, and cut.
 */

/** At most this many characters of a body are shown. */
export const BODY_SHOW_MAX = 256 * 1024;

export type ResponseBody =
  | { kind: 'text'; text: string; mimeType: string; truncated: boolean; length: number }
  | { kind: 'binary'; mimeType: string; length: number }
  | { kind: 'empty' }
  /** The request handle was not kept: only the newest few hundred requests keep theirs. */
  | { kind: 'gone' }
  | { kind: 'error'; message: string };

/** Builds the displayable body from what the browser or the HAR file gives. */
export function bodyFrom(content: unknown, encoding: unknown, mimeType: unknown): ResponseBody {
  const type = typeof mimeType === 'string' ? mimeType.slice(0, 120) : '';
  if (typeof content !== 'string' || content === '') return { kind: 'empty' };
  if (encoding === 'base64') {
    return { kind: 'binary', mimeType: type, length: Math.floor((content.length * 3) / 4) };
  }
  return {
    kind: 'text',
    text: content.length > BODY_SHOW_MAX ? content.slice(0, BODY_SHOW_MAX) : content,
    mimeType: type,
    truncated: content.length > BODY_SHOW_MAX,
    length: content.length,
  };
}

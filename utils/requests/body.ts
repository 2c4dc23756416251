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

/** MIME types whose bodies are text: text/*, JSON, XML, JavaScript, forms, and their +json and
 * +xml kin (application/problem+json, image/svg+xml). */
export function isTextualType(mimeType: string): boolean {
  const type = (mimeType.split(';')[0] ?? '').trim().toLowerCase();
  return (
    type.startsWith('text/') ||
    /^application\/(json|xml|javascript|ecmascript|x-javascript|x-www-form-urlencoded|graphql|x-ndjson|ld\+json)$/.test(
      type,
    ) ||
    /\+(json|xml)$/.test(type)
  );
}

/** At most this many base64 characters are decoded (the body shown is cut anyway). */
const BASE64_DECODE_MAX = Math.ceil((BODY_SHOW_MAX * 4 * 4) / 3) + 4;

/** UTF-8 text from base64, or null when it is not valid base64 or not valid UTF-8. */
function decodeBase64Text(content: string): string | null {
  const clean = content.slice(0, BASE64_DECODE_MAX).replace(/\s+/g, '');
  const whole = clean.slice(0, clean.length - (clean.length % 4));
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(whole)) return null;
  try {
    const binary = atob(whole);
    const bytes = Uint8Array.from(binary, (ch) => ch.charCodeAt(0));
    // A multi-byte character cut at the end of a shortened body is dropped, not an error.
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes, {
      stream: whole.length < clean.length || content.length > BASE64_DECODE_MAX,
    });
  } catch {
    return null;
  }
}

/** Builds the displayable body from what the browser or the HAR file gives. A base64 body is
 * decoded and shown as text when its type is textual and it is valid UTF-8. */
export function bodyFrom(content: unknown, encoding: unknown, mimeType: unknown): ResponseBody {
  const type = typeof mimeType === 'string' ? mimeType.slice(0, 120) : '';
  if (typeof content !== 'string' || content === '') return { kind: 'empty' };
  if (encoding === 'base64') {
    const length = Math.floor((content.replace(/\s+/g, '').length * 3) / 4);
    const text = isTextualType(type) ? decodeBase64Text(content) : null;
    if (text === null) return { kind: 'binary', mimeType: type, length };
    return {
      kind: 'text',
      text: text.length > BODY_SHOW_MAX ? text.slice(0, BODY_SHOW_MAX) : text,
      mimeType: type,
      truncated: text.length > BODY_SHOW_MAX || content.length > BASE64_DECODE_MAX,
      length,
    };
  }
  return {
    kind: 'text',
    text: content.length > BODY_SHOW_MAX ? content.slice(0, BODY_SHOW_MAX) : content,
    mimeType: type,
    truncated: content.length > BODY_SHOW_MAX,
    length: content.length,
  };
}

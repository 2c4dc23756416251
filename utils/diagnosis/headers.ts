/**
 * Header access for HAR entries: names in any case, repeated header lines kept apart, and
 * values that some tools join with "\n" split back into lines.
 */
import type { Header } from 'har-format';

/** At most this many lines of one header are looked at. */
const LINES_PER_NAME_MAX = 50;

/** Every value of a header, in order, one per header line. */
export function headerValues(headers: readonly Header[] | undefined, name: string): string[] {
  if (!Array.isArray(headers)) return [];
  const wanted = name.toLowerCase();
  const values: string[] = [];
  for (const header of headers) {
    if (typeof header?.name !== 'string' || typeof header.value !== 'string') continue;
    if (header.name.trim().toLowerCase() !== wanted) continue;
    for (const line of header.value.split('\n')) {
      values.push(line.trim());
      if (values.length >= LINES_PER_NAME_MAX) return values;
    }
  }
  return values;
}

/** The first value of a header, or undefined when it is absent. */
export function headerValue(
  headers: readonly Header[] | undefined,
  name: string,
): string | undefined {
  return headerValues(headers, name)[0];
}

export function hasHeader(headers: readonly Header[] | undefined, name: string): boolean {
  return headerValues(headers, name).length > 0;
}

/** Splits a comma-separated header list, respecting quoted strings; empty members dropped. */
export function splitList(value: string, max = 64): string[] {
  const items: string[] = [];
  let current = '';
  let quoted = false;
  for (let i = 0; i < value.length && items.length < max; i++) {
    const ch = value[i];
    if (quoted && ch === '\\') {
      current += ch + (value[i + 1] ?? '');
      i += 1;
      continue;
    }
    if (ch === '"') quoted = !quoted;
    if (ch === ',' && !quoted) {
      if (current.trim()) items.push(current.trim());
      current = '';
      continue;
    }
    current += ch;
  }
  if (current.trim() && items.length < max) items.push(current.trim());
  return items;
}

/** All members of a list header across all its lines: "GET, HEAD" + "POST" → 3 members. */
export function listHeader(headers: readonly Header[] | undefined, name: string): string[] {
  return headerValues(headers, name).flatMap((line) => splitList(line));
}

/** A quoted-string's content ("a \"b\"" → a "b"); other text is returned trimmed. */
export function unquote(text: string): string {
  const t = text.trim();
  if (t.length >= 2 && t.startsWith('"') && t.endsWith('"')) {
    return t.slice(1, -1).replace(/\\(.)/g, '$1');
  }
  return t;
}

/** A whole non-negative decimal number ("30"), else undefined. */
export function parseDigits(value: string | undefined, maxDigits = 15): number | undefined {
  if (value === undefined) return undefined;
  const t = value.trim();
  if (!/^\d+$/.test(t) || t.length > maxDigits) return undefined;
  return Number(t);
}

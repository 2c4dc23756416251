/**
 * Bounded plain text. Header values, URLs and bodies are hostile: they can be megabytes long or
 * carry control characters and line breaks. Everything a finding shows goes through these.
 */

/** Longest title, detail line, tag and quoted value the rules produce. */
export const TITLE_MAX = 200;
export const LINE_MAX = 300;
export const TAG_MAX = 32;
export const VALUE_MAX = 120;
/** Most detail lines in one finding, most items listed from one header. */
export const LINES_MAX = 14;
export const ITEMS_MAX = 12;

/** One line: control characters and line or paragraph separators become single spaces. */
export function oneLine(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: removing them is the point
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ');
}

/** One line of at most `max` characters, cut with "…" (never inside a surrogate pair). */
export function clip(text: string, max: number = VALUE_MAX): string {
  // Cut long input before the regex so that a 5 MB header costs little.
  const flat = oneLine(text.length > max * 4 + 16 ? text.slice(0, max * 4 + 16) : text).trim();
  if (flat.length <= max) return flat;
  let cut = max - 1;
  const code = flat.charCodeAt(cut - 1);
  if (code >= 0xd800 && code <= 0xdbff) cut -= 1;
  return `${flat.slice(0, cut)}…`;
}

/** A value quoted for a sentence: “Bearer realm="api"”. */
export function quote(text: string, max: number = VALUE_MAX): string {
  return `“${clip(text, max)}”`;
}

/** "1 item", "2 items". */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${formatNumber(count)} ${count === 1 ? one : many}`;
}

/** 12345 → "12,345" (fixed, not locale-dependent, so tests are deterministic). */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  const sign = value < 0 ? '-' : '';
  const [whole = '0', fraction] = Math.abs(value).toString().split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return fraction ? `${sign}${grouped}.${fraction}` : `${sign}${grouped}`;
}

/** Bytes for people: "512 B", "68.4 KB", "2.0 MB" (1 KB = 1024 B, as DevTools shows them). */
export function formatBytes(bytes: number): string {
  if (!Number.isFinite(bytes) || bytes < 0) return 'unknown size';
  if (bytes < 1024) return `${Math.round(bytes)} B`;
  const units = ['KB', 'MB', 'GB', 'TB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${value < 100 ? value.toFixed(1) : Math.round(value)} ${units[unit]}`;
}

/** A list joined for a sentence, at most `max` items: "GET, HEAD and 3 more". */
export function listOf(items: readonly string[], max: number = ITEMS_MAX): string {
  const shown = items.slice(0, max).map((item) => clip(item, 40));
  const rest = items.length - shown.length;
  return rest > 0 ? `${shown.join(', ')} and ${rest} more` : shown.join(', ');
}

/** A finding's fields cut to their bounds; used once, on every finding `diagnose` returns. */
export function boundLines(lines: readonly string[]): string[] {
  const kept = lines.slice(0, LINES_MAX).map((line) => clip(line, LINE_MAX));
  if (lines.length > LINES_MAX) kept.push(`… and ${lines.length - LINES_MAX} more lines`);
  return kept.filter((line) => line !== '');
}

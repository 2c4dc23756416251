/**
 * Markdown escaping for everything we copy. Text from a page or a HAR file is hostile: once
 * pasted into a bug tracker it must stay plain text, never an image, a link or a broken fence.
 */

const SPECIAL = /[\\`*_{}[\]()#+\-.!|<>~&]/g;

/** Collapse control characters and line breaks, then escape every Markdown metacharacter. */
export function escapeMarkdown(text: string): string {
  return flatten(text).replace(SPECIAL, (ch) => `\\${ch}`);
}

/** An inline code span that no backtick run inside `text` can close early. */
export function codeSpan(text: string): string {
  const flat = flatten(text);
  if (flat === '') return '` `';
  const longestRun = Math.max(0, ...(flat.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longestRun + 1);
  const pad = flat.startsWith('`') || flat.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${flat}${pad}${fence}`;
}

/** One line of text: control characters, line and paragraph separators become spaces. */
export function flatten(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: stripping them is the point
  return text.replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ');
}

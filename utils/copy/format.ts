/**
 * The one formatter behind every copy format of the panel and the HAR page:
 * - label: "404 Not Found";
 * - line: "GET /api/users → 404 Not Found";
 * - markdown: a note for a bug report (label, method, URL, meaning, time).
 * Every format redacts secrets (see redact.ts) and is one line per field, control characters
 * flattened. The plain formats also percent-encode the URL characters that could start a
 * Markdown link, image, HTML tag or code span ([ ] ( ) < > `), so pasting them into a tracker
 * renders as text; the Markdown note escapes through utils/markdown.ts.
 */
import type { HeaderField, RequestRecord } from '../har/record';
import { codeSpan, escapeMarkdown, flatten } from '../markdown';
import { type Annotation, annotate } from '../requests/annotate';
import { redactHeaders, redactUrl } from './redact';

export type CopyFormat = 'label' | 'line' | 'markdown';

export const COPY_FORMATS: readonly { format: CopyFormat; title: string }[] = [
  { format: 'label', title: 'Label' },
  { format: 'line', title: 'Request line' },
  { format: 'markdown', title: 'Markdown note' },
];

/** Extra material for the Markdown note (diagnosis findings, key headers); redacted and escaped
 * here like everything else. */
export interface NoteExtras {
  findings?: readonly string[];
  headers?: readonly HeaderField[];
}

const MARKDOWN_URL_CHARS = /[[\]()<>`]/g;

/** One line of text with no Markdown link, image, tag or code syntax left in it. */
export function plainText(text: string): string {
  return flatten(text).replace(
    MARKDOWN_URL_CHARS,
    (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`,
  );
}

/** A URL safe to paste as plain text into Markdown: redacted, one line, no link syntax. */
export function plainUrl(url: string): string {
  return plainText(redactUrl(url));
}

/** The method as an HTTP token: anything else in it becomes "?". */
export function plainMethod(method: string): string {
  return method.replace(/[^A-Za-z0-9!#$%&'*+.^_|~-]/g, '?') || '?';
}

/** Path and query of a URL (no fragment: it is never sent); the whole URL when it has none. */
export function pathOf(url: string): string {
  const match = /^[a-z][a-z0-9+.-]*:\/\/[^/?#]*([^#]*)/i.exec(url);
  const path = match?.[1];
  if (match === null || path === undefined) return url.split('#')[0] ?? url;
  return path.startsWith('/') ? path : `/${path}`;
}

/** Our label (our own words, safe as they are) and the browser's reason (neutralised). */
function labelWithReason(annotation: Annotation): string {
  const label = flatten(annotation.label);
  return annotation.reason ? `${label}: ${plainText(annotation.reason)}` : label;
}

export function formatDuration(ms: number): string {
  if (!Number.isFinite(ms) || ms < 0) return 'unknown';
  if (ms < 1000) return `${Math.round(ms)} ms`;
  return `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1)} s`;
}

function markdownNote(record: RequestRecord, annotation: Annotation, extras: NoteExtras): string {
  const lines = [
    `**${escapeMarkdown(annotation.label)}**: ${codeSpan(plainMethod(record.method))} ${codeSpan(redactUrl(record.url))}`,
    '',
    `- Meaning: ${escapeMarkdown(annotation.meaning)}`,
  ];
  if (annotation.reason) lines.push(`- Browser's reason: ${codeSpan(annotation.reason)}`);
  if (annotation.blocked) lines.push('- Blocked inside the browser (an extension or a policy)');
  const when = record.startedDateTime ? `${record.startedDateTime}, took ` : 'took ';
  lines.push(`- Time: ${escapeMarkdown(when + formatDuration(record.time))}`);
  if (record.fromCache) lines.push(`- Served from the ${escapeMarkdown(record.fromCache)} cache`);
  if (record.fromServiceWorker) lines.push('- Served by a service worker');
  for (const finding of extras.findings ?? []) lines.push(`- ${escapeMarkdown(finding)}`);
  for (const header of redactHeaders(extras.headers ?? [])) {
    lines.push(`- ${codeSpan(`${header.name}: ${header.value}`)}`);
  }
  return lines.join('\n');
}

/** The text one copy format puts on the clipboard. */
export function formatCopy(
  format: CopyFormat,
  record: RequestRecord,
  extras: NoteExtras = {},
  annotation: Annotation = annotate(record.status, record.error),
): string {
  switch (format) {
    case 'label':
      return flatten(annotation.label);
    case 'line':
      return `${plainMethod(record.method)} ${plainUrl(pathOf(record.url))} → ${labelWithReason(annotation)}`;
    case 'markdown':
      return markdownNote(record, annotation, extras);
  }
}

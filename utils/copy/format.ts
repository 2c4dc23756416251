/**
 * The one formatter behind every copy format of the panel and the HAR page:
 * - label: "404 Not Found";
 * - line: "GET /api/users → 404 Not Found";
 * - markdown: a note for a bug report (label, method, URL, meaning, time);
 * - incident: "Copy as incident note", the diagnosis of one request for a bug report or an
 *   incident channel: label, method, URL, time, the findings, the key headers and the request
 *   IDs (the input comes from utils/diagnosis/incident.ts).
 * Every format hides secrets through the one sanitizer (utils/sanitize) and is one line per field, control characters
 * flattened. The plain formats keep the text as recorded and put a backslash before the few
 * characters that could start a Markdown link, image, HTML tag or code span ([ ] < > `), so
 * pasting them into a tracker renders as text; the Markdown notes escape through
 * utils/markdown.ts. Nothing is percent-encoded. Free text in the notes
 * (the findings, which may quote a Location or an error body) also has its URL parameters and
 * token-looking words hidden (sanitizeText).
 */
import { appLabel } from '../app-failure/explain';
import { type IncidentNote, incidentNote } from '../diagnosis/incident';
import type { HeaderField, RequestRecord } from '../har/record';
import { toHarEntry } from '../har/to-entry';
import { codeSpan, escapeMarkdown, flatten } from '../markdown';
import { type Annotation, annotateRecord } from '../requests/annotate';
import {
  cutNote,
  methodShown,
  reasonHeading,
  serverPhrase,
  urlCutNote,
} from '../requests/as-recorded';
import { sanitizeHeader, sanitizeText, sanitizeUrl } from '../sanitize/sanitize';

export type CopyFormat = 'label' | 'line' | 'markdown' | 'incident';

export const COPY_FORMATS: readonly { format: CopyFormat; title: string }[] = [
  { format: 'label', title: 'Label' },
  { format: 'line', title: 'Request line' },
  { format: 'markdown', title: 'Markdown note' },
  { format: 'incident', title: 'Incident note' },
];

/** Extra material for the notes; redacted and escaped here like everything else. */
export interface NoteExtras {
  /** Diagnosis findings for the Markdown note, one sentence each. */
  findings?: readonly string[];
  headers?: readonly HeaderField[];
  /** The incident note's input (utils/diagnosis `incidentNote`); without it the incident note
   * has the request and its key headers but no findings. */
  incident?: IncidentNote;
}

/** The characters that could open a Markdown link, image, autolink, tag or code span, and the
 * escape character itself. */
const MARKDOWN_OPENERS = /[\\[\]<>`]/g;

/** One line of text, as written, with no Markdown link, image, tag or code syntax left live in
 * it: the few characters that could open one get a backslash (never percent-encoded, so a
 * reason such as "[Errno 60]" reads as written). */
export function plainText(text: string): string {
  return flatten(text).replace(MARKDOWN_OPENERS, (ch) => `\\${ch}`);
}

/** A URL safe to paste as plain text into Markdown: redacted, one line, no link syntax. */
export function plainUrl(url: string): string {
  return plainText(sanitizeUrl(url));
}

/** The method as an HTTP token: anything else in it becomes "?"; an empty one says so. */
export function plainMethod(method: string): string {
  if (method === '') return methodShown(method);
  return method.replace(/[^A-Za-z0-9!#$%&'*+.^_|~-]/g, '?');
}

/** Path and query of a URL (no fragment: it is never sent); the whole URL when it has none. */
export function pathOf(url: string): string {
  const match = /^[a-z][a-z0-9+.-]*:\/\/[^/?#]*([^#]*)/i.exec(url);
  const path = match?.[1];
  if (match === null || path === undefined) return url.split('#')[0] ?? url;
  return path.startsWith('/') ? path : `/${path}`;
}

/** Our label (our own words, safe as they are) and the recorded reason, as written. */
function labelWithReason(annotation: Annotation, record: RequestRecord): string {
  const label = flatten(annotation.label);
  if (record.error) return `${label}: ${plainText(sanitizeText(record.error))}`;
  // An application-level failure: its code, and the server's first message (redacted).
  if (record.app) {
    const message = record.app.errors[0]?.message ?? '';
    const said = message ? ` “${plainText(sanitizeText(message))}”` : '';
    return `${label}, ${plainText(appLabel(record.app))}${said}`;
  }
  return label;
}

export function formatDuration(ms: number): string {
  if (!Number.isFinite(ms) || ms < 0) return 'unknown';
  if (ms < 1000) return `${Math.round(ms)} ms`;
  return `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1)} s`;
}

function markdownNote(record: RequestRecord, annotation: Annotation, extras: NoteExtras): string {
  const lines = [
    `**${escapeMarkdown(annotation.label)}**: ${codeSpan(plainMethod(record.method))} ${codeSpan(sanitizeUrl(record.url))}`,
    '',
  ];
  const cut = urlCutNote(record);
  if (cut) lines.push(`- ${escapeMarkdown(cut)}`);
  const phrase = serverPhrase(record, annotation);
  if (phrase) lines.push(`- The server’s reason phrase: ${codeSpan(phrase)}`);
  lines.push(`- Meaning: ${escapeMarkdown(annotation.meaning)}`);
  if (record.error)
    lines.push(
      `- ${escapeMarkdown(reasonHeading(record))}: ${codeSpan(sanitizeText(record.error))}`,
    );
  if (annotation.blocked) lines.push('- Blocked inside the browser (an extension or a policy)');
  const when = record.startedDateTime ? `${record.startedDateTime}, took ` : 'took ';
  lines.push(`- Time: ${escapeMarkdown(when + formatDuration(record.time))}`);
  if (record.fromCache) lines.push(`- Served from the ${escapeMarkdown(record.fromCache)} cache`);
  if (record.fromServiceWorker) lines.push('- Served by a service worker');
  for (const finding of extras.findings ?? []) {
    lines.push(`- ${escapeMarkdown(sanitizeText(finding))}`);
  }
  for (const header of extras.headers ?? []) {
    const value = sanitizeHeader(header.name, header.value);
    lines.push(`- ${codeSpan(`${header.name}: ${value}`)}`);
  }
  return lines.join('\n');
}

const SEVERITY_WORDS: Record<IncidentNote['findings'][number]['severity'], string> = {
  error: 'Error',
  warning: 'Warning',
  info: 'Note',
};

/** One line of free text for a note: redacted, then escaped. */
const noteText = (text: string) => escapeMarkdown(sanitizeText(text));

/** "Copy as incident note": Markdown with a heading, the request, the findings (each with its
 * detail lines), the key headers and the request IDs. */
export function incidentMarkdown(note: IncidentNote): string {
  const lines = [
    `### Incident: ${escapeMarkdown(note.label)}`,
    '',
    `- Request: ${codeSpan(plainMethod(note.method))} ${codeSpan(sanitizeUrl(note.url))}`,
  ];
  const took = note.durationMs === undefined ? '' : `took ${formatDuration(note.durationMs)}`;
  const when = [note.time, took].filter(Boolean).join(', ');
  if (when) lines.push(`- Time: ${escapeMarkdown(when)}`);
  if (note.urlLength !== undefined) {
    const shown = note.url.endsWith('…') ? note.url.length - 1 : note.url.length;
    lines.push(`- ${escapeMarkdown(cutNote('URL', shown, note.urlLength))}`);
  }
  if (note.error) {
    lines.push(
      `- ${escapeMarkdown(note.errorHeading ?? 'Recorded reason')}: ${codeSpan(sanitizeText(note.error))}`,
    );
  }
  if (note.group) lines.push(`- Same failure in this list: ${noteText(note.group)}`);
  lines.push('', '#### Findings', '');
  if (note.findings.length === 0) lines.push('- None: the response says nothing unusual.');
  for (const finding of note.findings) {
    lines.push(`- **${SEVERITY_WORDS[finding.severity]}**: ${noteText(finding.title)}`);
    for (const detail of finding.details) lines.push(`  - ${noteText(detail)}`);
  }
  if (note.keyHeaders.length > 0) {
    lines.push('', '#### Key headers', '');
    for (const header of note.keyHeaders) {
      const value = sanitizeHeader(header.name, header.value);
      const side = header.side === 'request' ? 'Request' : 'Response';
      lines.push(`- ${side}: ${codeSpan(`${header.name}: ${value}`)}`);
    }
  }
  if (note.requestIds.length > 0) {
    lines.push('', '#### Request IDs', '');
    for (const id of note.requestIds) {
      const value = sanitizeHeader(id.header, id.value);
      const trace = id.traceId ? ` (trace ID ${codeSpan(id.traceId)})` : '';
      lines.push(`- ${escapeMarkdown(id.label)}: ${codeSpan(`${id.header}: ${value}`)}${trace}`);
    }
  }
  return lines.join('\n');
}

/** The text one copy format puts on the clipboard. */
export function formatCopy(
  format: CopyFormat,
  record: RequestRecord,
  extras: NoteExtras = {},
  annotation: Annotation = annotateRecord(record),
): string {
  switch (format) {
    case 'label':
      return flatten(annotation.label);
    case 'line': {
      const cut = urlCutNote(record);
      const path = `${plainUrl(pathOf(record.url))}${cut ? ` … (${cut})` : ''}`;
      return `${plainMethod(record.method)} ${path} → ${labelWithReason(annotation, record)}`;
    }
    case 'markdown':
      return markdownNote(record, annotation, extras);
    case 'incident':
      return incidentMarkdown(extras.incident ?? incidentNote(toHarEntry(record), []));
  }
}

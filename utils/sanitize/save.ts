/**
 * "Save HAR without secrets": what the preview shows and what the file holds, both from one
 * call, so that the counts shown are the counts of what the saved text had removed. Pure: the
 * download itself is utils/download.ts, the HAR comes from the page (the file as opened) or the
 * panel's network source (a fresh getHAR, never the panel's cut records).
 */
import { type SanitizeReport, sanitizeHar } from './har';

export interface SavePlan {
  /** The sanitized HAR as the saved file's text (JSON, indented like the browsers' exports). */
  text: string;
  report: SanitizeReport;
  /** How many entries the file holds. */
  entries: number;
}

/** Sanitizes a HAR (`{ log }`) for saving; `dropBodies` leaves response bodies out. */
export function planSave(har: unknown, dropBodies: boolean): SavePlan {
  const { har: clean, report } = sanitizeHar(har, { dropBodies });
  const log = (clean as { log?: { entries?: unknown } }).log ?? clean;
  const entries = Array.isArray((log as { entries?: unknown }).entries)
    ? ((log as { entries: unknown[] }).entries.length ?? 0)
    : 0;
  return { text: `${JSON.stringify(clean, null, 2)}\n`, report, entries };
}

/** "demo-load.har" → "demo-load-sanitized.har"; only characters safe in any file system. */
export function sanitizedFileName(base: string): string {
  const stem = base
    .replace(/\.(har|json)$/i, '')
    .replace(/[^\w.-]+/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '')
    .slice(0, 80);
  return `${stem || 'requests'}-sanitized.har`;
}

/** The panel's file name: the host of the first request ("example.com"), else "requests". */
export function baseNameOfLog(har: unknown): string {
  const log = (har as { log?: unknown } | null)?.log ?? har;
  const entries = (log as { entries?: unknown } | null)?.entries;
  const first = Array.isArray(entries) ? entries[0] : undefined;
  const url = (first as { request?: { url?: unknown } } | undefined)?.request?.url;
  if (typeof url !== 'string') return 'requests';
  try {
    return new URL(url).hostname || 'requests';
  } catch {
    return 'requests';
  }
}

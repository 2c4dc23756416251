/**
 * Where the diagnosis rules (utils/diagnosis/) plug into the panel and the HAR page. The pages
 * pass one `Diagnose` in (built by utils/requests/diagnose-record.ts); without it rows have no
 * tag and the detail pane no findings. Everything here is plain text for display: components
 * render it as text, never as HTML.
 */
import type { IncidentNote } from '../diagnosis/incident';
import type { RequestRecord } from '../har/record';

export type Severity = 'info' | 'warning' | 'error';

export interface Finding {
  severity: Severity;
  /** One sentence: "Retry in 30 s (at 14:02:10 UTC)". */
  title: string;
  /** Plain text lines, each one line. */
  details: readonly string[];
}

/** A header that names this request in a server's, CDN's or tracer's logs. */
export interface RequestIdLine {
  /** "Request ID", "Cloudflare ray ID", "W3C trace context". */
  label: string;
  /** The header's name as received ("X-Request-Id"). */
  header: string;
  value: string;
  side: 'request' | 'response';
}

export interface Diagnosis {
  findings: readonly Finding[];
  requestIds: readonly RequestIdLine[];
}

/** A response body read on demand, as text (never a base64 one). */
export interface BodyText {
  text: string;
  mimeType: string;
}

export type BodyPlan = { read: true } | { read: false; reason: string };

export interface Diagnose {
  /** A few words for the row ("retry in 30 s", "→ /login", "CORS", "blocked"), or undefined.
   * Cheap enough for every row in view: memoised per record. */
  tag(record: RequestRecord, records: readonly RequestRecord[]): string | undefined;
  /** Everything the rules say about one request (the selected one), with its body when read. */
  diagnose(record: RequestRecord, records: readonly RequestRecord[], body?: BodyText): Diagnosis;
  /** Whether to read the body for the diagnosis, decided from what the record declares before
   * anything is read: null when it is no error response declared as JSON; else read it (at most
   * 1 MB declared), or the reason not to ("too large to read (2.0 MB)"). */
  errorBody(record: RequestRecord): BodyPlan | null;
  /** The input of "Copy as incident note". */
  incident(record: RequestRecord, records: readonly RequestRecord[], body?: BodyText): IncidentNote;
}

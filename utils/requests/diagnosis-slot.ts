/**
 * Where the diagnosis rules (issue 7, utils/diagnosis/) plug into the panel and the HAR page:
 * a function of a record (and the list around it) that returns a short tag for the row and
 * findings for the detail pane. The pages pass one in; without it rows have no tag.
 */
import type { RequestRecord } from '../har/record';

export interface Finding {
  /** One sentence: "Retry in 30 s (at 14:02:10)". */
  summary: string;
  /** More, when there is more to say. */
  detail?: string;
}

export interface Diagnosis {
  /** A few words for the row: "retry in 30 s", "→ /login", "CORS", "blocked". */
  tag?: string;
  findings: readonly Finding[];
}

export type Diagnose = (
  record: RequestRecord,
  records: readonly RequestRecord[],
) => Diagnosis | null;

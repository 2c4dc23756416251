/**
 * Reading a HAR file: the size limit, JSON, the HAR shape, and the entries that are usable.
 * Every failure is a sentence a person can act on; a file with some broken entries keeps the
 * good ones and says how many were skipped.
 */

import { entryFailure } from '../app-failure/detect';
import { type Exporter, exporterOf } from './exporters';
import { entryProblem, normalizeEntry, type RequestRecord } from './record';

/** The largest file the HAR page opens: 50 MiB. Parsing takes several times the file's size in
 * memory, and HAR files with response bodies larger than this are better trimmed first. */
export const HAR_MAX_BYTES = 50 * 1024 * 1024;

export type HarParseResult =
  | {
      ok: true;
      records: RequestRecord[];
      /** Each record's `response.content` as in the file (to read its body on demand). */
      contents: unknown[];
      /** Entries that were not usable requests, and why (the first few distinct reasons). */
      skipped: number;
      skippedReasons: string[];
      /** Who wrote the file ("WebInspector 537.36"), empty when the file does not say. */
      creator: string;
      /** Who wrote it, as the exporters' table knows it (how its failure fields read). */
      exporter: Exporter;
      /** The file's `log` object as parsed, untouched (what "Save HAR without secrets" saves). */
      log: Record<string, unknown>;
    }
  | { ok: false; message: string };

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  const mb = bytes / (1024 * 1024);
  return `${Number.isInteger(mb) ? mb : mb.toFixed(1)} MB`;
}

function fail(message: string): HarParseResult {
  return { ok: false, message };
}

function objectAt(value: unknown, key: string): Record<string, unknown> | null {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return null;
  const inner = (value as Record<string, unknown>)[key];
  return inner !== null && typeof inner === 'object' && !Array.isArray(inner)
    ? (inner as Record<string, unknown>)
    : null;
}

/** Parses the text of a HAR file. `name` is only used in messages. */
export function parseHar(text: string, name = 'The file', firstId = 1): HarParseResult {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') return fail(`${name} is empty.`);
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch (error) {
    const detail = error instanceof Error ? error.message.slice(0, 160) : 'unreadable';
    return fail(`${name} is not a HAR file: it is not valid JSON (${detail}).`);
  }
  const log = objectAt(json, 'log');
  if (!log) return fail(`${name} is JSON but not a HAR file: it has no "log" object.`);
  const entries = log.entries;
  if (!Array.isArray(entries)) {
    return fail(`${name} is JSON but not a HAR file: its "log" has no "entries" list.`);
  }
  const exporter = exporterOf(log);
  const records: RequestRecord[] = [];
  const contents: unknown[] = [];
  const reasons = new Set<string>();
  let skipped = 0;
  for (const entry of entries) {
    const record = normalizeEntry(entry, firstId + records.length, exporter);
    if (record) {
      // The file holds the bodies: an application-level failure is read at once.
      const app = entryFailure(record, entry);
      if (app) record.app = app;
      records.push(record);
      contents.push((entry as { response: { content?: unknown } }).response.content);
    } else {
      skipped += 1;
      if (reasons.size < 5) reasons.add(entryProblem(entry) ?? 'unreadable');
    }
  }
  const creator = objectAt(log, 'creator');
  const creatorName = typeof creator?.name === 'string' ? creator.name.slice(0, 80) : '';
  const version = typeof creator?.version === 'string' ? creator.version.slice(0, 40) : '';
  return {
    ok: true,
    records,
    contents,
    skipped,
    skippedReasons: [...reasons],
    creator: [creatorName, version].filter(Boolean).join(' '),
    exporter,
    log,
  };
}

/** The part of a File the reader needs (a Blob with a name). */
export interface HarFileLike {
  name: string;
  size: number;
  text(): Promise<string>;
}

/** Checks the size before reading a byte, then parses. Never throws. */
export async function readHarFile(file: HarFileLike, firstId = 1): Promise<HarParseResult> {
  const name = `"${file.name.slice(0, 120)}"`;
  if (file.size > HAR_MAX_BYTES) {
    return fail(
      `${name} is ${formatBytes(file.size)}; this page opens HAR files up to ${formatBytes(HAR_MAX_BYTES)}. ` +
        'Export a HAR with fewer requests (or without response bodies) and open that.',
    );
  }
  let text: string;
  try {
    text = await file.text();
  } catch {
    return fail(`${name} could not be read.`);
  }
  return parseHar(text, name, firstId);
}

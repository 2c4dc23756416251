/**
 * Reads the bodies that can hide an application-level failure (utils/app-failure), as requests
 * arrive in the live panel, and lands what it finds on their records (store.markApp).
 * - Only candidates are read: decided from what the record declares (bodyKindOf); for any other
 *   request `consider` costs one type check. A gRPC status in the headers needs no read at all.
 * - Each body is read once, at most APP_BODY_MAX declared, at most `concurrency` at a time; at
 *   most `queueMax` wait (past that the oldest are left unread and counted).
 * - Bodies are parsed and let go: only the bounded failure is kept.
 * - Results land in batches (`landDelay` ms, 1 s: each batch makes the list's counts start
 *   over, which costs a pass over the whole list), by record id: a record no longer listed (a new
 *   page, Clear) is left alone by the store, and after `stop` nothing lands (the panel starts
 *   over and numbers records from 1 again). A body the browser no longer has reads as nothing:
 *   the record stays as it was, with no finding.
 */
import {
  APP_BODY_MAX,
  type BodyKind,
  bodyFailure,
  bodyKindOf,
  headerFailure,
  requestHeadOf,
} from '../app-failure/detect';
import type { AppFailure } from '../app-failure/types';
import type { RequestRecord } from '../har/record';

/** A body as the browser hands it over: its text, base64 when `encoding` says so. */
export interface RawBody {
  text: string;
  encoding: string;
}

export interface AppReaderOptions<Handle> {
  read(handle: Handle): Promise<RawBody | null>;
  land(found: { id: number; failure: AppFailure }[]): void;
  concurrency?: number;
  queueMax?: number;
  landDelay?: number;
}

export interface AppReaderStats {
  /** Bodies asked for, and how many of them reported a failure. */
  read: number;
  found: number;
  /** Bodies the browser did not hand over (dropped, or an error). */
  unread: number;
  /** Candidates left unread: over the size limit, or too many waiting. */
  skipped: number;
}

export interface AppReader<Handle> {
  /** Before `record` is listed: sets a failure its headers show, and queues a read of its body
   * when it can hold one. */
  consider(record: RequestRecord, entry: unknown, handle: Handle | undefined): void;
  stop(): void;
  stats(): AppReaderStats;
}

interface Job<Handle> {
  id: number;
  kind: BodyKind;
  status: number;
  handle: Handle;
}

export function createAppReader<Handle>({
  read,
  land,
  concurrency = 4,
  queueMax = 1000,
  landDelay = 1000,
}: AppReaderOptions<Handle>): AppReader<Handle> {
  const queue: Job<Handle>[] = [];
  let active = 0;
  let stopped = false;
  let found: { id: number; failure: AppFailure }[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  const stats: AppReaderStats = { read: 0, found: 0, unread: 0, skipped: 0 };

  function flush(): void {
    timer = undefined;
    if (stopped || found.length === 0) return;
    const batch = found;
    found = [];
    land(batch);
  }

  function finish(job: Job<Handle>, raw: RawBody | null): void {
    if (stopped) return;
    if (raw === null || raw.text === '') {
      stats.unread += 1;
      return;
    }
    const failure = bodyFailure(job.kind, raw.text, raw.encoding, job.status);
    if (!failure) return;
    stats.found += 1;
    found.push({ id: job.id, failure });
    timer ??= setTimeout(flush, landDelay);
  }

  function pump(): void {
    while (!stopped && active < concurrency && queue.length > 0) {
      const job = queue.shift() as Job<Handle>;
      active += 1;
      stats.read += 1;
      read(job.handle)
        .then(
          (raw) => finish(job, raw),
          () => finish(job, null),
        )
        .finally(() => {
          active -= 1;
          pump();
        });
    }
  }

  return {
    consider(record, entry, handle) {
      if (stopped) return;
      const fromHeaders = headerFailure(record);
      if (fromHeaders) {
        record.app = fromHeaders;
        return;
      }
      const kind = bodyKindOf(record, requestHeadOf(entry));
      if (kind === null || handle === undefined) return;
      if (record.contentSize > APP_BODY_MAX) {
        stats.skipped += 1;
        return;
      }
      queue.push({ id: record.id, kind, status: record.status, handle });
      if (queue.length > queueMax) {
        queue.shift();
        stats.skipped += 1;
      }
      pump();
    },
    stop() {
      stopped = true;
      queue.length = 0;
      found = [];
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
    },
    stats: () => ({ ...stats }),
  };
}

/**
 * Reads the bodies that can hide an application-level failure (utils/app-failure), as requests
 * arrive in the live panel, and lands what it finds on their records (store.markApp).
 * - Only candidates are read: decided from what the record declares (bodyKindOf); for any other
 *   request `consider` costs one type check. A gRPC status in the headers needs no read at all.
 * - Each body is read once, at most APP_BODY_MAX declared, at most `concurrency` at a time; at
 *   most `queueMax` wait (each waiting read holds the browser's entry for the request, a few KB;
 *   past that the oldest are left unread).
 * - Bodies are parsed and let go: only the bounded failure is kept.
 * - Results land in batches (every `landDelay` ms), by record id: a record no longer listed (a new
 *   page, Clear) is left alone by the store, and after `stop` nothing lands (the panel starts
 *   over and numbers records from 1 again). The list's counts follow each landed record (the
 *   store logs it), not a recount. A body the browser no longer has reads as nothing: the record
 *   stays as it was, with no finding.
 * - Never silently: every candidate left unread (too large, too many waiting, no body handed
 *   over) lands too, as unchecked, and the panel says how many responses were not checked.
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
  /** Failures found, and the ids of candidates whose bodies could not be checked. */
  land(found: { id: number; failure: AppFailure }[], unchecked: number[]): void;
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
  concurrency = 8,
  queueMax = 5000,
  landDelay = 250,
}: AppReaderOptions<Handle>): AppReader<Handle> {
  const queue: Job<Handle>[] = [];
  // Jobs leave from `head` on (shifting a long array one by one costs a copy each time).
  let head = 0;
  let active = 0;
  let stopped = false;
  let found: { id: number; failure: AppFailure }[] = [];
  let unchecked: number[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  const stats: AppReaderStats = { read: 0, found: 0, unread: 0, skipped: 0 };

  function flush(): void {
    timer = undefined;
    if (stopped || (found.length === 0 && unchecked.length === 0)) return;
    const batch = found;
    const left = unchecked;
    found = [];
    unchecked = [];
    land(batch, left);
  }

  function later(): void {
    timer ??= setTimeout(flush, landDelay);
  }

  function leaveUnchecked(id: number): void {
    unchecked.push(id);
    later();
  }

  function finish(job: Job<Handle>, raw: RawBody | null): void {
    if (stopped) return;
    if (raw === null || raw.text === '') {
      stats.unread += 1;
      leaveUnchecked(job.id);
      return;
    }
    const failure = bodyFailure(job.kind, raw.text, raw.encoding, job.status);
    if (!failure) return;
    stats.found += 1;
    found.push({ id: job.id, failure });
    later();
  }

  function next(): Job<Handle> {
    const job = queue[head] as Job<Handle>;
    queue[head] = undefined as unknown as Job<Handle>;
    head += 1;
    if (head === queue.length) {
      queue.length = 0;
      head = 0;
    } else if (head >= 1024 && head * 2 >= queue.length) {
      queue.splice(0, head);
      head = 0;
    }
    return job;
  }

  function pump(): void {
    while (!stopped && active < concurrency && queue.length > head) {
      const job = next();
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
        leaveUnchecked(record.id);
        return;
      }
      queue.push({ id: record.id, kind, status: record.status, handle });
      if (queue.length - head > queueMax) {
        stats.skipped += 1;
        leaveUnchecked(next().id);
      }
      pump();
    },
    stop() {
      stopped = true;
      queue.length = 0;
      head = 0;
      found = [];
      unchecked = [];
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
    },
    stats: () => ({ ...stats }),
  };
}

/**
 * Paces re-renders of something that changes in bursts (the panel's request store: a page can
 * finish thousands of requests in a second). A change alone is shown once things have been quiet
 * for `quiet` ms; a burst that does not stop is shown every `maxWait` ms, not on every frame, so
 * the time spent drawing stays a small part of a busy second. Cheap per change: a count, no
 * clock read, and one timer per wait, not one per change.
 */
export interface PacerClock {
  now(): number;
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(timer: unknown): void;
}

export interface PacerOptions {
  /** How long nothing changed before a change is shown (one frame). */
  quiet?: number;
  /** The longest a change waits while changes keep coming. */
  maxWait?: number;
}

export interface Pacer {
  /** Something changed. */
  notify(): void;
  /** Drops a wait in progress (the view goes away). */
  cancel(): void;
}

const systemClock: PacerClock = {
  now: () => performance.now(),
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (timer) => clearTimeout(timer as ReturnType<typeof setTimeout>),
};

export function createPacer(
  flush: () => void,
  { quiet = 16, maxWait = 250 }: PacerOptions = {},
  clock: PacerClock = systemClock,
): Pacer {
  let timer: unknown;
  let waiting = false;
  let firstChange = 0;
  // Changes since the wait began or was last extended: counted, not timed, so that a change
  // costs no clock read. A quiet period is one timer period without a change.
  let changes = 0;

  function check(): void {
    const sinceFirst = clock.now() - firstChange;
    if (changes === 0 || sinceFirst >= maxWait) {
      waiting = false;
      timer = undefined;
      flush();
      return;
    }
    changes = 0;
    timer = clock.setTimeout(check, Math.min(quiet, maxWait - sinceFirst));
  }

  return {
    notify() {
      if (waiting) {
        changes += 1;
        return;
      }
      waiting = true;
      changes = 0;
      firstChange = clock.now();
      timer = clock.setTimeout(check, quiet);
    },
    cancel() {
      if (waiting) clock.clearTimeout(timer);
      waiting = false;
      timer = undefined;
    },
  };
}

/**
 * Paces re-renders of something that changes in bursts (the panel's request store: a page can
 * finish thousands of requests in a second). A change alone is shown once things have been quiet
 * for `quiet` ms; a burst that does not stop is shown every `maxWait` ms, not on every frame, so
 * the time spent drawing stays a small part of a busy second. Cheap per change: one clock read,
 * and one timer per wait, not one per change.
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
  { quiet = 16, maxWait = 100 }: PacerOptions = {},
  clock: PacerClock = systemClock,
): Pacer {
  let timer: unknown;
  let waiting = false;
  let firstChange = 0;
  let lastChange = 0;

  function check(): void {
    const now = clock.now();
    const sinceLast = now - lastChange;
    const sinceFirst = now - firstChange;
    if (sinceLast >= quiet || sinceFirst >= maxWait) {
      waiting = false;
      timer = undefined;
      flush();
      return;
    }
    timer = clock.setTimeout(check, Math.min(quiet - sinceLast, maxWait - sinceFirst));
  }

  return {
    notify() {
      lastChange = clock.now();
      if (waiting) return;
      waiting = true;
      firstChange = lastChange;
      timer = clock.setTimeout(check, quiet);
    },
    cancel() {
      if (waiting) clock.clearTimeout(timer);
      waiting = false;
      timer = undefined;
    },
  };
}

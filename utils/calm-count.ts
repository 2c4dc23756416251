/**
 * Paces what a polite live region says about something that changes in bursts (the number of
 * requests in the list, which changes every 100 ms while a page loads). A screen reader reads
 * every change of a live region, so a busy page would have it reading counts without end.
 *
 * - A change is said once nothing changed for `quiet` ms (the burst stopped, the user stopped
 *   typing a filter), or once it has waited `interval` ms while changes keep coming;
 * - and never sooner than `interval` ms after the last thing said.
 *
 * So while requests pour in, the count is said at most once every `interval` ms, and the latest
 * count is said once they stop. A value equal to the last one said is not said again. One timer
 * at a time, one clock read per change.
 */
import type { PacerClock } from './pacer';

export interface CalmOptions {
  /** How long nothing changed before a change is said. */
  quiet?: number;
  /** The shortest time between two things said, and the longest a change waits. */
  interval?: number;
}

export interface CalmAnnouncer<T> {
  /** The value now (said later, or never if it goes back to what was last said). */
  update(value: T): void;
  /** Drops a wait in progress (the region goes away). */
  cancel(): void;
}

const systemClock: PacerClock = {
  now: () => performance.now(),
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (timer) => clearTimeout(timer as ReturnType<typeof setTimeout>),
};

export const CALM_QUIET = 1000;
export const CALM_INTERVAL = 3000;

export function createCalmAnnouncer<T>(
  say: (value: T) => void,
  { quiet = CALM_QUIET, interval = CALM_INTERVAL }: CalmOptions = {},
  clock: PacerClock = systemClock,
): CalmAnnouncer<T> {
  let said: { value: T; at: number } | null = null;
  let pending: { value: T; since: number; changed: number } | null = null;
  let timer: unknown;
  let timing = false;

  function dueAt(wait: { since: number; changed: number }): number {
    const settled = Math.min(wait.changed + quiet, wait.since + interval);
    return said === null ? settled : Math.max(settled, said.at + interval);
  }

  function stop(): void {
    if (timing) clock.clearTimeout(timer);
    timing = false;
    timer = undefined;
  }

  function check(): void {
    timing = false;
    timer = undefined;
    if (!pending) return;
    const now = clock.now();
    const due = dueAt(pending);
    if (now < due) {
      schedule(due - now);
      return;
    }
    said = { value: pending.value, at: now };
    pending = null;
    say(said.value);
  }

  function schedule(ms: number): void {
    timing = true;
    timer = clock.setTimeout(check, ms);
  }

  return {
    update(value) {
      if (pending ? Object.is(pending.value, value) : said && Object.is(said.value, value)) {
        return;
      }
      if (said && Object.is(said.value, value)) {
        // Back to what was last said: nothing new to say.
        pending = null;
        stop();
        return;
      }
      const now = clock.now();
      pending = pending ? { ...pending, value, changed: now } : { value, since: now, changed: now };
      // The timer, once it fires, works out the time again: changes only move it later.
      if (!timing) schedule(Math.max(0, dueAt(pending) - now));
    },
    cancel() {
      pending = null;
      stop();
    },
  };
}

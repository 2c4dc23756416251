import { describe, expect, it } from 'vitest';
import { createCalmAnnouncer } from '../../../utils/calm-count';
import { manualClock } from './manual-clock';

/** An announcer on a hand-driven clock, quiet 1 s, interval 3 s, and what it said, when. */
function setup() {
  const { clock, advance, pending } = manualClock();
  const said: Array<[at: number, value: number]> = [];
  const calm = createCalmAnnouncer<number>(
    (value) => said.push([clock.now(), value]),
    { quiet: 1000, interval: 3000 },
    clock,
  );
  return { calm, said, advance, pending };
}

describe('createCalmAnnouncer', () => {
  it('says a single change once it has been quiet for a while', () => {
    const { calm, said, advance } = setup();
    calm.update(12);
    advance(999);
    expect(said).toEqual([]);
    advance(1);
    expect(said).toEqual([[1000, 12]]);
    advance(60_000);
    expect(said).toEqual([[1000, 12]]);
  });

  it('says a count that changes every 100 ms at most once every 3 s, then the last one', () => {
    const { calm, said, advance } = setup();
    // Requests pour in for 10 s: the count changes every 100 ms (the list's own pace).
    let count = 0;
    for (let t = 0; t < 10_000; t += 100) {
      count += 7;
      calm.update(count);
      advance(100);
    }
    expect(said.length).toBeGreaterThanOrEqual(3);
    expect(said.length).toBeLessThanOrEqual(4);
    for (let i = 1; i < said.length; i++) {
      expect(
        (said[i] as [number, number])[0] - (said[i - 1] as [number, number])[0],
      ).toBeGreaterThanOrEqual(3000);
    }
    // Each said the count of its moment, not a stale one.
    for (const [at, value] of said) expect(value).toBe(Math.floor(at / 100) * 7);
    // They stop (the last change at 9,900 ms): the last count is said, once, within the
    // quiet time or the interval after the last thing said, whichever is later.
    advance(10_000);
    const last = said.at(-1) as [number, number];
    expect(last[1]).toBe(count);
    expect(last[0]).toBeGreaterThanOrEqual(9900 + 1000);
    expect(last[0]).toBeLessThanOrEqual(Math.max(9900 + 1000, (said.at(-2)?.[0] ?? 0) + 3000));
    const before = said.length;
    advance(60_000);
    expect(said).toHaveLength(before);
  });

  it('keeps 3 s between two things said even when the changes come 1.5 s apart', () => {
    const { calm, said, advance } = setup();
    for (let i = 1; i <= 8; i++) {
      calm.update(i);
      advance(1500);
    }
    advance(10_000);
    for (let i = 1; i < said.length; i++) {
      expect(
        (said[i] as [number, number])[0] - (said[i - 1] as [number, number])[0],
      ).toBeGreaterThanOrEqual(3000);
    }
    expect(said.at(-1)?.[1]).toBe(8);
    expect(said.length).toBeLessThan(8);
  });

  it('says nothing for a value equal to the last one said, or one that went back to it', () => {
    const { calm, said, advance, pending } = setup();
    calm.update(5);
    advance(1000);
    expect(said).toEqual([[1000, 5]]);
    calm.update(5);
    expect(pending()).toBe(0);
    // A filter typed and erased before anything was said: back to 5, nothing to say.
    calm.update(2);
    advance(500);
    calm.update(5);
    advance(10_000);
    expect(said).toEqual([[1000, 5]]);
    expect(pending()).toBe(0);
  });

  it('uses one timer at a time, not one per change', () => {
    const { calm, advance, pending } = setup();
    for (let i = 0; i < 1000; i++) calm.update(i);
    expect(pending()).toBe(1);
    advance(500);
    expect(pending()).toBe(1);
    advance(10_000);
    expect(pending()).toBe(0);
  });

  it('cancel drops the wait in progress', () => {
    const { calm, said, advance, pending } = setup();
    calm.update(3);
    calm.cancel();
    expect(pending()).toBe(0);
    advance(10_000);
    expect(said).toEqual([]);
    calm.update(4);
    advance(1000);
    expect(said).toEqual([[11_000, 4]]);
  });
});

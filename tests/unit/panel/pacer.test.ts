import { describe, expect, it } from 'vitest';
import { createPacer } from '../../../utils/pacer';
import { manualClock } from './manual-clock';

describe('createPacer', () => {
  it('shows a single change one quiet period later', () => {
    const { clock, advance } = manualClock();
    const flushes: number[] = [];
    const pacer = createPacer(() => flushes.push(clock.now()), { quiet: 16, maxWait: 100 }, clock);
    pacer.notify();
    advance(15);
    expect(flushes).toEqual([]);
    advance(1);
    expect(flushes).toEqual([16]);
    advance(500);
    expect(flushes).toEqual([16]);
  });

  it('shows a burst that never pauses every maxWait, then once after it ends', () => {
    const { clock, advance } = manualClock();
    const flushes: number[] = [];
    const pacer = createPacer(() => flushes.push(clock.now()), { quiet: 16, maxWait: 100 }, clock);
    // A change every millisecond for one second.
    for (let t = 0; t < 1000; t++) {
      pacer.notify();
      advance(1);
    }
    expect(flushes.length).toBeGreaterThanOrEqual(9);
    expect(flushes.length).toBeLessThanOrEqual(11);
    for (let i = 1; i < flushes.length; i++) {
      expect((flushes[i] as number) - (flushes[i - 1] as number)).toBeGreaterThanOrEqual(100);
    }
    // The last change (at 999 ms) is shown within two quiet periods, and nothing after that.
    advance(500);
    expect(flushes.at(-1)).toBeGreaterThanOrEqual(999);
    expect(flushes.at(-1)).toBeLessThanOrEqual(999 + 32);
    expect(flushes.length).toBeLessThanOrEqual(11);
  });

  it('uses one timer at a time, not one per change, and shows a batch within two quiet periods', () => {
    const { clock, advance, pending } = manualClock();
    let flushed = 0;
    const pacer = createPacer(() => flushed++, { quiet: 16, maxWait: 100 }, clock);
    for (let i = 0; i < 1000; i++) pacer.notify();
    expect(pending()).toBe(1);
    advance(16);
    expect(pending()).toBeLessThanOrEqual(1);
    advance(16);
    expect(pending()).toBe(0);
    expect(flushed).toBe(1);
  });

  it('cancel drops the wait in progress', () => {
    const { clock, advance, pending } = manualClock();
    let flushed = 0;
    const pacer = createPacer(() => flushed++, {}, clock);
    pacer.notify();
    pacer.cancel();
    expect(pending()).toBe(0);
    advance(1000);
    expect(flushed).toBe(0);
    pacer.notify();
    advance(16);
    expect(flushed).toBe(1);
  });
});

import { describe, expect, it } from 'vitest';
import { reference } from '../../../data/reference';
import { idOf } from '../../../utils/lookup';
import { askedRows, nothingQueries, SPLIT_SEED } from './asked';

/** The generator the split was made with (a small, well-known seeded PRNG). */
function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a |= 0;
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('the asked table', () => {
  it('has at least 150 rows from real sources and 20 queries that must find nothing', () => {
    expect(askedRows.length).toBeGreaterThanOrEqual(150);
    expect(askedRows.every((row) => row.source.trim().length > 0)).toBe(true);
    expect(nothingQueries.length).toBeGreaterThanOrEqual(20);
  });

  it('names only entries that exist', () => {
    const ids = new Set(reference.map(idOf));
    expect(askedRows.flatMap((row) => row.ids).filter((id) => !ids.has(id))).toEqual([]);
  });

  it('keeps the stored split: a seeded shuffle, a third set aside, none of the issue’s examples', () => {
    const rand = mulberry32(SPLIT_SEED);
    const order = askedRows.flatMap((row, index) => (row.fromIssue ? [] : [index]));
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j] as number, order[i] as number];
    }
    const aside = new Set(order.slice(0, Math.ceil(askedRows.length / 3)));
    expect(askedRows.map((row) => row.part)).toEqual(
      askedRows.map((_, index) => (aside.has(index) ? 'aside' : 'tuned')),
    );
    expect(askedRows.filter((row) => row.fromIssue && row.part === 'aside')).toEqual([]);
  });
});

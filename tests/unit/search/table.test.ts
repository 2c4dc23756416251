import { describe, expect, it } from 'vitest';
import { everyEntry, reference } from '../../../data/reference';
import { countByClass, idOf } from '../../../utils/lookup';
import { holdoutRows } from './holdout';
import { rankOf, score, searcher } from './score';
import { exactSets, tunedRows } from './table';

describe('search table (tuned part)', () => {
  it('has at least 120 rows with the holdout', () => {
    expect(tunedRows.length + holdoutRows.length).toBeGreaterThanOrEqual(120);
    expect(holdoutRows.length * 3).toBeGreaterThanOrEqual(tunedRows.length / 2);
  });

  it('names only entries that exist', () => {
    const ids = new Set(reference.map(idOf));
    const missing = [...tunedRows, ...holdoutRows].filter((row) => !ids.has(row.id));
    expect(missing).toEqual([]);
  });

  it.each(tunedRows)('"$query" → $id ($rank)', (row) => {
    const rank = rankOf(row);
    expect(rank, `${row.id} for "${row.query}"`).toBeGreaterThanOrEqual(0);
    expect(rank).toBeLessThan(row.rank === 'first' ? 1 : 3);
  });
});

describe('search precision', () => {
  it.each(exactSets)('"$query" returns exactly its codes', ({ query, codes }) => {
    const found = [...new Set(searcher.search(query).map((entry) => entry.code))];
    expect(found).toEqual(codes);
  });

  it.each(['1xx', '2xx', '3xx', '4xx', '5xx'] as const)('"%s" returns the chip count', (key) => {
    const results = searcher.search(key);
    expect(results.length).toBe(countByClass(reference)[key]);
    expect(results.every((entry) => Math.floor(entry.code / 100) === Number(key[0]))).toBe(true);
  });

  it('"40" never shows a 50x', () => {
    expect(searcher.search('40').some((entry) => entry.code >= 500)).toBe(false);
  });

  it('an empty query lists everything in reference order', () => {
    expect(searcher.search('  ')).toEqual(everyEntry);
  });

  it('a query that matches nothing returns an empty list', () => {
    expect(searcher.search('zqxwvjk')).toEqual([]);
  });
});

describe('search table (set-aside part)', () => {
  it('scores at least 85% on rows the tuning never looked at', () => {
    const result = score(holdoutRows);
    console.info(
      `holdout: ${result.passed}/${result.total}; failed: ${result.failed.map((r) => `"${r.query}"→${r.id}`).join(', ')}`,
    );
    expect(result.passed / result.total).toBeGreaterThanOrEqual(0.85);
  });
});

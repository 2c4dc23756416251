import { describe, expect, it, vi } from 'vitest';

describe('Searcher.prepare', () => {
  it('builds the word index once, ahead of the first word query, with the same results', async () => {
    vi.resetModules();
    // Counts how often text is read into words: building the index reads the whole reference.
    let reads = 0;
    vi.doMock('../../../utils/search-query', async (importOriginal) => {
      const original = (await importOriginal()) as typeof import('../../../utils/search-query');
      return {
        ...original,
        wordsOf: (text: string) => {
          reads += 1;
          return original.wordsOf(text);
        },
      };
    });
    const { createSearcher } = await import('../../../utils/search');
    const { reference } = await import('../../../data/reference');
    const plain = createSearcher(reference);
    const prepared = createSearcher(reference);

    plain.search('404');
    expect(reads).toBe(0);
    prepared.prepare();
    const building = reads;
    expect(building).toBeGreaterThan(reference.length);
    prepared.prepare();
    expect(reads).toBe(building);
    for (const query of ['rate limit', 'gatway timeout', 'cloudflare', 'token expired']) {
      const before = reads;
      const results = prepared.search(query);
      // The prepared searcher reads the query only, not the reference again.
      expect(reads - before).toBeLessThanOrEqual(2);
      expect(results).toEqual(plain.search(query));
    }
    vi.doUnmock('../../../utils/search-query');
  });
});

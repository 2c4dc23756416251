import { describe, expect, it, vi } from 'vitest';

describe('Searcher.prepare', () => {
  it('builds the word indexes once, ahead of the first word query, with the same results', async () => {
    vi.resetModules();
    const built: unknown[] = [];
    vi.doMock('fuse.js', async (importOriginal) => {
      const Fuse = ((await importOriginal()) as { default: new (...args: never[]) => object })
        .default;
      class CountingFuse extends Fuse {
        constructor(...args: never[]) {
          super(...args);
          built.push(this);
        }
      }
      return { default: CountingFuse };
    });
    const { createSearcher } = await import('../../../utils/search');
    const { reference } = await import('../../../data/reference');
    const plain = createSearcher(reference);
    const prepared = createSearcher(reference);

    expect(built).toHaveLength(0);
    plain.search('404');
    expect(built).toHaveLength(0);
    prepared.prepare();
    expect(built).toHaveLength(2);
    prepared.prepare();
    expect(built).toHaveLength(2);
    for (const query of ['rate limit', 'gatway timeout', 'cloudflare', 'token expired']) {
      expect(prepared.search(query)).toEqual(plain.search(query));
    }
    // The prepared searcher made no index of its own for those queries: only `plain` did.
    expect(built).toHaveLength(4);
    vi.doUnmock('fuse.js');
  });
});

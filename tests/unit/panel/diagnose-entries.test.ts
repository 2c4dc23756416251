// The HAR entries the diagnosis makes from records: made once for a store's list and the
// snapshots that continue it, made anew for any other list (Clear, a new page, a file's list).
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { RequestRecord } from '../../../utils/har/record';
import { toHarEntry } from '../../../utils/har/to-entry';
import { createDiagnose } from '../../../utils/requests/diagnose-record';
import { createRequestStore } from '../../../utils/requests/store';
import { record } from './builders';

vi.mock('../../../utils/har/to-entry', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../utils/har/to-entry')>();
  return { ...real, toHarEntry: vi.fn(real.toHarEntry) };
});

const made = vi.mocked(toHarEntry);
const NOW = Date.parse('2026-11-27T12:00:00Z');

function fill(store: ReturnType<typeof createRequestStore>, from: number, count: number): void {
  for (let i = from; i < from + count; i++) {
    store.add(record({ url: `https://a.example/r/${i}`, pageref: 'page_1' }));
  }
}

const newest = (records: readonly RequestRecord[]) => records.at(-1) as RequestRecord;

describe('the diagnosis’ HAR entries', () => {
  beforeEach(() => {
    made.mockClear();
  });

  it('are made once for a store’s list and the snapshots that continue it', () => {
    const store = createRequestStore();
    const d = createDiagnose({ now: () => NOW });
    fill(store, 0, 300);
    const first = store.snapshot().records;
    d.tag(newest(first), first);
    expect(made).toHaveBeenCalledTimes(300);
    made.mockClear();
    // A request arrives: the next snapshot continues the first; only the new one is made.
    fill(store, 300, 1);
    const next = store.snapshot().records;
    expect(next).not.toBe(first);
    expect(d.tag(newest(next), next)).toBe(undefined);
    expect(made).toHaveBeenCalledTimes(1);
    expect(made).toHaveBeenCalledWith(newest(next));
  });

  it('are made anew after Clear, and for a list that is no snapshot of the store', () => {
    const store = createRequestStore();
    const d = createDiagnose({ now: () => NOW });
    fill(store, 0, 300);
    const first = store.snapshot().records;
    d.tag(newest(first), first);
    made.mockClear();
    const copy = [...first];
    d.tag(copy[150] as RequestRecord, copy);
    expect(made).toHaveBeenCalledTimes(300);
    made.mockClear();
    store.clear();
    fill(store, 1_000, 300);
    const after = store.snapshot().records;
    d.tag(newest(after), after);
    expect(made).toHaveBeenCalledTimes(300);
  });
});

import { useEffect, useState } from 'preact/hooks';
import type { RequestStore, StoreSnapshot } from '../../utils/requests/store';

/** The store's latest snapshot, re-rendering at most once per `delay` ms however fast it
 * changes (a burst of 50,000 requests is one render, not 50,000). */
export function useSnapshot<Handle>(store: RequestStore<Handle>, delay = 16): StoreSnapshot {
  const [snapshot, setSnapshot] = useState(() => store.snapshot());
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const flush = () => {
      timer = undefined;
      setSnapshot(store.snapshot());
    };
    const stop = store.subscribe(() => {
      if (timer === undefined) timer = setTimeout(flush, delay);
    });
    flush();
    return () => {
      stop();
      if (timer !== undefined) clearTimeout(timer);
    };
  }, [store, delay]);
  return snapshot;
}

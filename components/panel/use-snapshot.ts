import { useEffect, useState } from 'preact/hooks';
import { createPacer } from '../../utils/pacer';
import type { RequestStore, StoreSnapshot } from '../../utils/requests/store';

/** The store's latest snapshot, re-rendered one frame after a change, and four times a second
 * while a burst goes on (50,000 requests in five seconds are about twenty renders, not 50,000;
 * at ten a second, drawing took a tenth more of the burst's time in the benchmark). */
export function useSnapshot<Handle>(store: RequestStore<Handle>): StoreSnapshot {
  const [snapshot, setSnapshot] = useState(() => store.snapshot());
  useEffect(() => {
    const pacer = createPacer(() => setSnapshot(store.snapshot()));
    const stop = store.subscribe(pacer.notify);
    setSnapshot(store.snapshot());
    return () => {
      stop();
      pacer.cancel();
    };
  }, [store]);
  return snapshot;
}

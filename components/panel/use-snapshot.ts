import { useEffect, useState } from 'preact/hooks';
import { createPacer, type PacerOptions } from '../../utils/pacer';
import type { RequestStore, StoreSnapshot } from '../../utils/requests/store';

/** The store's latest snapshot, re-rendered one frame after a change, and every `maxWait` ms
 * while a burst goes on (50,000 requests in a second are about ten renders, not 50,000). */
export function useSnapshot<Handle>(
  store: RequestStore<Handle>,
  pace: PacerOptions = {},
): StoreSnapshot {
  const [snapshot, setSnapshot] = useState(() => store.snapshot());
  const { quiet, maxWait } = pace;
  useEffect(() => {
    const pacer = createPacer(() => setSnapshot(store.snapshot()), { quiet, maxWait });
    const stop = store.subscribe(pacer.notify);
    setSnapshot(store.snapshot());
    return () => {
      stop();
      pacer.cancel();
    };
  }, [store, quiet, maxWait]);
  return snapshot;
}

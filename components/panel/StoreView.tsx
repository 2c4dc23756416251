import type { ComponentChildren } from 'preact';
import type { ClipboardWriter } from '../../utils/clipboard';
import type { ResponseBody } from '../../utils/requests/body';
import type { Diagnose } from '../../utils/requests/diagnosis-slot';
import type { RequestStore } from '../../utils/requests/store';
import { PanelView } from './PanelView';
import { useSnapshot } from './use-snapshot';

interface Props<Handle> {
  store: RequestStore<Handle>;
  /** Reads a body from the handle the store kept (a DevTools request, a HAR entry's content). */
  readHandle(handle: Handle): Promise<ResponseBody>;
  clipboard: ClipboardWriter;
  diagnose?: Diagnose;
  empty: ComponentChildren;
  /** Keep the newest row in view (the live panel); false: open at the top (a file). */
  followNewest?: boolean;
}

/** PanelView over a live request store. */
export function StoreView<Handle>({
  store,
  readHandle,
  clipboard,
  diagnose,
  empty,
  followNewest,
}: Props<Handle>) {
  const snapshot = useSnapshot(store);
  const readBody = (id: number): Promise<ResponseBody> => {
    const handle = store.handleOf(id);
    return handle === undefined ? Promise.resolve({ kind: 'gone' }) : readHandle(handle);
  };
  return (
    <PanelView
      snapshot={snapshot}
      onSelect={(id) => store.select(id)}
      clipboard={clipboard}
      readBody={readBody}
      diagnose={diagnose}
      empty={empty}
      followNewest={followNewest}
    />
  );
}

import { useEffect, useLayoutEffect, useState } from 'preact/hooks';
import { EmptyState } from '../../components/panel/EmptyState';
import { PanelToolbar } from '../../components/panel/PanelToolbar';
import { StoreView } from '../../components/panel/StoreView';
import type { ClipboardWriter } from '../../utils/clipboard';
import type { Setting } from '../../utils/preserve-log';
import { connectSource, type HistoryResult } from '../../utils/requests/connect';
import type { Diagnose } from '../../utils/requests/diagnosis-slot';
import type { NetworkSource } from '../../utils/requests/source';
import type { RequestStore } from '../../utils/requests/store';
import type { ThemeSource } from './theme-source';

interface Props<Handle> {
  source: NetworkSource<Handle>;
  store: RequestStore<Handle>;
  clipboard: ClipboardWriter;
  theme: ThemeSource;
  preserveLog: Setting<boolean>;
  /** What this browser's API cannot see (Firefox: requests before its Network panel opened). */
  notice?: string;
  diagnose?: Diagnose;
  /** The HAR page, opened in a new tab from the toolbar. */
  harHref: string;
}

function emptyText(history: HistoryResult | null): { title: string; message: string } {
  if (history === null)
    return { title: 'Reading requests…', message: 'Asking DevTools what it recorded.' };
  if (history.error) {
    return {
      title: 'DevTools did not hand over its requests',
      message: `It answered: ${history.error}. New requests will still appear here; reloading the page shows its own.`,
    };
  }
  return {
    title: 'No requests to show',
    message:
      'The panel sees requests made while DevTools is open, so this page’s earlier requests are not here. Reload the page to see them, or make a request.',
  };
}

/** The DevTools panel: the network source feeds the store; the view shows it. */
export function App<Handle>(props: Props<Handle>) {
  const { source, store } = props;
  const [theme, setTheme] = useState(() => props.theme.current());
  const [history, setHistory] = useState<HistoryResult | null>(null);
  const [preserveLog, setPreserveLog] = useState(() => props.preserveLog.get());

  useEffect(() => props.theme.subscribe(setTheme), [props.theme]);
  // A layout effect runs within the first render, so the panel listens before its page has
  // even finished loading: a request finishing meanwhile is not missed.
  useLayoutEffect(() => {
    store.setPreserveLog(props.preserveLog.get());
    const connection = connectSource(source, store);
    void connection.history.then(setHistory);
    return () => connection.disconnect();
  }, [source, store, props.preserveLog]);

  const togglePreserveLog = (on: boolean) => {
    props.preserveLog.set(on);
    store.setPreserveLog(on);
    setPreserveLog(on);
  };
  const empty = emptyText(history);
  return (
    <div class="lens" data-theme={theme}>
      <header class="topbar">
        <h1>Status Lens</h1>
        <PanelToolbar
          preserveLog={preserveLog}
          onPreserveLogChange={togglePreserveLog}
          onClear={() => store.clear()}
          harHref={props.harHref}
        />
      </header>
      <main class="panel-main">
        <StoreView
          store={store}
          readHandle={(handle) => source.readBody(handle)}
          clipboard={props.clipboard}
          diagnose={props.diagnose}
          empty={
            <EmptyState
              title={empty.title}
              message={empty.message}
              notice={props.notice}
              onReload={history === null ? undefined : () => source.reload()}
            />
          }
        />
      </main>
    </div>
  );
}

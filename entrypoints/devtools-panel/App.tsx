import { useCallback, useEffect, useLayoutEffect, useState } from 'preact/hooks';
import { EmptyState } from '../../components/panel/EmptyState';
import { HistoryNotice } from '../../components/panel/HistoryNotice';
import { PanelToolbar } from '../../components/panel/PanelToolbar';
import { StoreView } from '../../components/panel/StoreView';
import type { ClipboardWriter } from '../../utils/clipboard';
import type { Downloader } from '../../utils/download';
import type { Exporter } from '../../utils/har/exporters';
import type { Setting } from '../../utils/preserve-log';
import { connectSource, type HistoryResult } from '../../utils/requests/connect';
import type { Diagnose } from '../../utils/requests/diagnosis-slot';
import type { NetworkSource } from '../../utils/requests/source';
import type { RequestStore } from '../../utils/requests/store';
import { baseNameOfLog, sanitizedFileName } from '../../utils/sanitize/save';
import type { ThemeSource } from './theme-source';

interface Props<Handle> {
  source: NetworkSource<Handle>;
  store: RequestStore<Handle>;
  clipboard: ClipboardWriter;
  /** Saves "Save HAR without secrets"'s file. */
  downloader: Downloader;
  theme: ThemeSource;
  preserveLog: Setting<boolean>;
  /** What this browser's API cannot see (Firefox: requests before its Network panel opened). */
  notice?: string;
  diagnose?: Diagnose;
  /** The HAR page, opened in a new tab from the toolbar. */
  harHref: string;
  /** Who records the requests: this browser's DevTools (how its failure fields read). */
  exporter?: Exporter;
}

function emptyText(
  history: HistoryResult | null,
  restored: boolean,
): { title: string; message: string } {
  if (history === null)
    return { title: 'Reading requests…', message: 'Asking DevTools what it recorded.' };
  if (history.error) {
    return {
      title: 'DevTools did not hand over its requests',
      message: `It answered: ${history.error}. New requests will still appear here; reloading the page shows its own.`,
    };
  }
  if (restored) {
    return {
      title: 'This page came back from the back/forward cache',
      message:
        'The browser restored it from memory instead of loading it again, so there was no request to list. Requests it makes from now on appear here; reload the page to see all of its own.',
    };
  }
  if (history.pending > 0) {
    const count = history.pending;
    return {
      title: 'Requests still in progress',
      message: `${count} request${count === 1 ? ' was' : 's were'} still in progress when the panel opened: each is listed here when it finishes.`,
    };
  }
  return {
    title: 'No requests to show',
    message:
      'The panel sees requests made while DevTools is open, so this page’s earlier requests are not here. Reload the page to see them, or make a request.',
  };
}

/** Whether the store's current page came back from the back/forward cache; re-renders only
 * when that changes. */
function useRestored<Handle>(store: RequestStore<Handle>): boolean {
  const [restored, setRestored] = useState(() => store.isRestored());
  useEffect(() => {
    // Called on every change: a snapshot would copy the whole list each time.
    const update = () => setRestored(store.isRestored());
    update();
    return store.subscribe(update);
  }, [store]);
  return restored;
}

const panelFileName = (har: unknown) => sanitizedFileName(baseNameOfLog(har));

/** The DevTools panel: the network source feeds the store; the view shows it. */
export function App<Handle>(props: Props<Handle>) {
  const { source, store } = props;
  const [theme, setTheme] = useState(() => props.theme.current());
  const [history, setHistory] = useState<HistoryResult | null>(null);
  const [preserveLog, setPreserveLog] = useState(() => props.preserveLog.get());
  const [attempt, setAttempt] = useState(0);
  const [noticeShown, setNoticeShown] = useState(true);
  const restored = useRestored(store);

  useEffect(() => props.theme.subscribe(setTheme), [props.theme]);
  // A layout effect runs within the first render, so the panel listens before its page has
  // even finished loading: a request finishing meanwhile is not missed.
  useLayoutEffect(() => {
    store.setPreserveLog(props.preserveLog.get());
    const connection = connectSource(source, store, { exporter: props.exporter });
    void connection.history.then(setHistory);
    return () => connection.disconnect();
  }, [source, store, props.preserveLog, attempt]);

  /** Starts over: the list is rebuilt from what DevTools lists now, then live events. */
  const retry = () => {
    store.clear();
    setHistory(null);
    setNoticeShown(true);
    setAttempt((n) => n + 1);
  };

  const togglePreserveLog = (on: boolean) => {
    props.preserveLog.set(on);
    store.setPreserveLog(on);
    setPreserveLog(on);
  };
  // A fresh export of what DevTools lists, never the store's records (cut for memory).
  const exportHar = useCallback(
    (withBodies: boolean) =>
      source.exportLog(withBodies).then(({ har, bodiesLeftOut }) => ({
        har,
        note:
          bodiesLeftOut > 0
            ? `${bodiesLeftOut.toLocaleString('en-US')} response ${bodiesLeftOut === 1 ? 'body' : 'bodies'} could not be read or went over the size limit, and ${bodiesLeftOut === 1 ? 'is' : 'are'} left out.`
            : '',
      })),
    [source],
  );
  const empty = emptyText(history, restored);
  return (
    <div class="lens" data-theme={theme}>
      <header class="topbar">
        <h1>Status Lens</h1>
        <PanelToolbar
          preserveLog={preserveLog}
          onPreserveLogChange={togglePreserveLog}
          onClear={() => store.clear()}
          harHref={props.harHref}
          save={{ load: exportHar, fileName: panelFileName, downloader: props.downloader }}
        />
      </header>
      <main class="panel-main">
        {history && noticeShown ? (
          <HistoryNotice
            history={history}
            onRetry={retry}
            onDismiss={() => setNoticeShown(false)}
          />
        ) : null}
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
              onRetry={history?.error ? retry : undefined}
            />
          }
        />
      </main>
    </div>
  );
}

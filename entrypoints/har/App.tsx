import { useCallback, useMemo, useRef, useState } from 'preact/hooks';
import { EmptyState } from '../../components/panel/EmptyState';
import { HarDropZone } from '../../components/panel/HarDropZone';
import { HarPicker } from '../../components/panel/HarPicker';
import { SaveHar } from '../../components/panel/SaveHar';
import { StoreView } from '../../components/panel/StoreView';
import type { ClipboardWriter } from '../../utils/clipboard';
import type { Downloader } from '../../utils/download';
import type { Exporter } from '../../utils/har/exporters';
import { type HarFileLike, readHarFile } from '../../utils/har/parse';
import { bodyFrom, type ResponseBody } from '../../utils/requests/body';
import type { Diagnose } from '../../utils/requests/diagnosis-slot';
import { createRequestStore, type RequestStore } from '../../utils/requests/store';
import { sanitizedFileName } from '../../utils/sanitize/save';

interface Props {
  clipboard: ClipboardWriter;
  /** Saves "Save HAR without secrets"'s file. */
  downloader: Downloader;
  /** The diagnosis for a file, told who recorded it (its failure fields read as they mean). */
  diagnoseFor?: (exporter: Exporter) => Diagnose;
}

type Loaded = {
  serial: number;
  store: RequestStore<unknown>;
  note: string;
  exporter: Exporter;
  /** The file's name, and its `log` as parsed: what "Save HAR without secrets" sanitizes. */
  name: string;
  log: Record<string, unknown>;
};
type State =
  | { kind: 'idle' }
  | { kind: 'reading'; name: string }
  | { kind: 'error'; message: string }
  | { kind: 'loaded'; file: Loaded };

const plural = (count: number, one: string, many = `${one}s`) =>
  `${count.toLocaleString('en-US')} ${count === 1 ? one : many}`;

function readContent(content: unknown): Promise<ResponseBody> {
  const c = (content ?? {}) as { text?: unknown; encoding?: unknown; mimeType?: unknown };
  return Promise.resolve(bodyFrom(c.text, c.encoding, c.mimeType));
}

let serial = 0;

async function open(file: HarFileLike): Promise<State> {
  const result = await readHarFile(file);
  if (!result.ok) return { kind: 'error', message: result.message };
  // A file is one recording: every page it holds stays (no page boundaries), and every body in
  // it stays readable (the bodies are in memory with the file anyway).
  const store = createRequestStore<unknown>({
    preserveLog: true,
    cap: Math.max(1, result.records.length),
    handleLimit: result.records.length,
  });
  for (const [index, record] of result.records.entries()) store.add(record, result.contents[index]);
  const parts = [`${plural(result.records.length, 'request')} from “${file.name.slice(0, 120)}”`];
  if (result.creator) parts.push(`recorded by ${result.creator}`);
  if (result.skipped > 0) {
    parts.push(
      `${plural(result.skipped, 'broken entry', 'broken entries')} skipped (${result.skippedReasons.join('; ')})`,
    );
  }
  serial += 1;
  return {
    kind: 'loaded',
    file: {
      serial,
      store,
      note: parts.join(', '),
      exporter: result.exporter,
      name: file.name,
      log: result.log,
    },
  };
}

/** The HAR page: open a .har file and see the same list, filters, detail and copy. */
export function App({ clipboard, downloader, diagnoseFor }: Props) {
  const [state, setState] = useState<State>({ kind: 'idle' });
  // The last file chosen is the one shown: an earlier one that finishes reading later is dropped.
  const latest = useRef(0);
  const onFile = (file: File) => {
    const ticket = ++latest.current;
    setState({ kind: 'reading', name: file.name });
    void open(file).then((next) => {
      if (ticket === latest.current) setState(next);
    });
  };
  const loaded = state.kind === 'loaded' ? state.file : null;
  const diagnose = useMemo(
    () => (loaded && diagnoseFor ? diagnoseFor(loaded.exporter) : undefined),
    [loaded, diagnoseFor],
  );
  // The file as it was opened (not the list's records), sanitized when the preview opens.
  const loadFile = useCallback(
    () => Promise.resolve({ har: { log: loaded?.log ?? { entries: [] } }, note: '' }),
    [loaded],
  );
  const fileName = useCallback(() => sanitizedFileName(loaded?.name ?? ''), [loaded]);
  return (
    <div class="lens" data-theme="auto">
      <HarDropZone onFile={onFile}>
        <header class="topbar">
          <h1>HAR viewer</h1>
          <HarPicker onFile={onFile} busy={state.kind === 'reading'} />
          {loaded ? (
            <SaveHar
              key={loaded.serial}
              load={loadFile}
              fileName={fileName}
              downloader={downloader}
            />
          ) : null}
        </header>
        <div role="status" class="load-status">
          {state.kind === 'reading' ? <p class="muted">Reading “{state.name}”…</p> : null}
          {loaded ? <p class="muted">{loaded.note}.</p> : null}
        </div>
        {state.kind === 'error' ? (
          <p class="error-message" role="alert">
            {state.message}
          </p>
        ) : null}
        {loaded ? (
          <StoreView
            key={loaded.serial}
            store={loaded.store}
            readHandle={readContent}
            clipboard={clipboard}
            diagnose={diagnose}
            followNewest={false}
            empty={<EmptyState title="No requests" message="This HAR file lists no requests." />}
          />
        ) : state.kind === 'idle' ? (
          <EmptyState
            title="Open a HAR file"
            message="See every response of a recorded session explained: its status, what it means, common causes and fixes. Export a HAR from the Network panel of any browser's DevTools, then choose it above or drop it on this page."
          />
        ) : null}
      </HarDropZone>
    </div>
  );
}

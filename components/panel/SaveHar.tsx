import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Downloader } from '../../utils/download';
import { planSave } from '../../utils/sanitize/save';
import { SavePreview } from './SavePreview';

/** A HAR to save (`{ log }`), read afresh each time the preview opens or its option changes. */
export interface HarToSave {
  har: unknown;
  /** What the source left out (bodies over its size budget), or ''. */
  note: string;
}

interface Props {
  /** Reads the HAR to sanitize: the file as opened, or a fresh export of DevTools. */
  load(withBodies: boolean): Promise<HarToSave>;
  /** The saved file's name for that HAR ("x-sanitized.har"). */
  fileName(har: unknown): string;
  downloader: Downloader;
}

type Loaded = { har: unknown; note: string } | { error: string } | null;

/** The "Save HAR without secrets" button, and its preview while it is open. */
export function SaveHar({ load, fileName, downloader }: Props) {
  const [open, setOpen] = useState(false);
  const [dropBodies, setDropBodies] = useState(false);
  const [loaded, setLoaded] = useState<Loaded>(null);
  const button = useRef<HTMLButtonElement>(null);
  const box = useRef<HTMLDivElement>(null);

  // Read again when the preview opens and when the bodies option changes; a late answer to an
  // earlier read is dropped.
  useEffect(() => {
    if (!open) return;
    let current = true;
    setLoaded(null);
    load(!dropBodies).then(
      (result) => current && setLoaded(result),
      (error: unknown) =>
        current &&
        setLoaded({
          error: `The requests could not be read: ${error instanceof Error ? error.message : String(error)}`,
        }),
    );
    return () => {
      current = false;
    };
  }, [open, dropBodies, load]);

  const plan = useMemo(
    () => (loaded && 'har' in loaded ? planSave(loaded.har, dropBodies) : null),
    [loaded, dropBodies],
  );
  const name = loaded && 'har' in loaded ? fileName(loaded.har) : '';

  useEffect(() => {
    if (open) box.current?.querySelector<HTMLElement>('[role="dialog"]')?.focus();
  }, [open]);

  const close = () => {
    setOpen(false);
    setLoaded(null);
    button.current?.focus();
  };
  return (
    <div class="save-har" ref={box}>
      <button
        type="button"
        class="button"
        ref={button}
        aria-expanded={open}
        onClick={() => (open ? close() : setOpen(true))}
      >
        Save HAR without secrets
      </button>
      {open ? (
        <SavePreview
          plan={plan}
          error={loaded && 'error' in loaded ? loaded.error : null}
          note={loaded && 'note' in loaded ? loaded.note : ''}
          fileName={name}
          dropBodies={dropBodies}
          onDropBodiesChange={setDropBodies}
          onSave={() => {
            if (!plan) return;
            downloader.save(plan.text, name);
            close();
          }}
          onCancel={close}
        />
      ) : null}
    </div>
  );
}

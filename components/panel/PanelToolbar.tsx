import type { ComponentProps } from 'preact';
import { SaveHar } from './SaveHar';

interface Props {
  preserveLog: boolean;
  onPreserveLogChange(on: boolean): void;
  onClear(): void;
  /** Where the HAR page is, opened in a new tab. */
  harHref: string;
  /** "Save HAR without secrets": where the HAR comes from, its file name, the download. */
  save: ComponentProps<typeof SaveHar>;
}

/** The panel's own controls: Preserve log, Clear, a way to the HAR page, and saving a HAR. */
export function PanelToolbar({ preserveLog, onPreserveLogChange, onClear, harHref, save }: Props) {
  return (
    <div class="toolbar-controls">
      <label>
        <input
          type="checkbox"
          checked={preserveLog}
          onChange={(event) => onPreserveLogChange(event.currentTarget.checked)}
        />
        Preserve log
      </label>
      <button type="button" class="button" onClick={onClear}>
        Clear
      </button>
      <a class="button" href={harHref} target="_blank" rel="noopener">
        Open a HAR file
      </a>
      <SaveHar {...save} />
    </div>
  );
}

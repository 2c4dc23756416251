interface Props {
  preserveLog: boolean;
  onPreserveLogChange(on: boolean): void;
  onClear(): void;
  /** Where the HAR page is, opened in a new tab. */
  harHref: string;
}

/** The panel's own controls: Preserve log, Clear, and a way to the HAR page. */
export function PanelToolbar({ preserveLog, onPreserveLogChange, onClear, harHref }: Props) {
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
    </div>
  );
}

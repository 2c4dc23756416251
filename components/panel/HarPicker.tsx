import { formatBytes, HAR_MAX_BYTES } from '../../utils/har/parse';

interface Props {
  onFile(file: File): void;
  busy: boolean;
}

/** The file picker for a .har file, with the size limit stated. */
export function HarPicker({ onFile, busy }: Props) {
  return (
    <div class="har-picker">
      <label class="button primary">
        Choose a HAR file…
        <input
          type="file"
          class="visually-hidden"
          accept=".har,.json,application/json"
          disabled={busy}
          onChange={(event) => {
            const file = event.currentTarget.files?.[0];
            event.currentTarget.value = '';
            if (file) onFile(file);
          }}
        />
      </label>
      <span class="muted">
        or drop one on this page (up to {formatBytes(HAR_MAX_BYTES)}). It is read here and sent
        nowhere.
      </span>
    </div>
  );
}

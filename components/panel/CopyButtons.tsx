import { COPY_FORMATS, type CopyFormat } from '../../utils/copy/format';
import { COPY_KEYS } from '../../utils/requests/list-keys';

interface Props {
  onCopy(format: CopyFormat): void;
}

const keyOf = (format: CopyFormat) =>
  Object.entries(COPY_KEYS).find(([, value]) => value === format)?.[0] ?? '';

/** Copy the label, the request line or a Markdown note; each names its key in the list. */
export function CopyButtons({ onCopy }: Props) {
  return (
    <fieldset class="copy-buttons">
      <legend class="visually-hidden">Copy</legend>
      {COPY_FORMATS.map(({ format, title }) => (
        <button
          key={format}
          type="button"
          class="button"
          aria-keyshortcuts={keyOf(format)}
          onClick={() => onCopy(format)}
        >
          Copy {title.toLowerCase()} <kbd>{keyOf(format)}</kbd>
        </button>
      ))}
    </fieldset>
  );
}

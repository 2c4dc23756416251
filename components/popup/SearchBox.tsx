import type { RefObject } from 'preact';
import { useEffect } from 'preact/hooks';

interface Props {
  value: string;
  listId: string;
  activeId: string | undefined;
  expanded: boolean;
  inputRef: RefObject<HTMLInputElement | null>;
  onInput: (value: string) => void;
  onKeyDown: (event: KeyboardEvent) => void;
}

/** The search field: a WAI-ARIA combobox that controls the result listbox. */
export function SearchBox({
  value,
  listId,
  activeId,
  expanded,
  inputRef,
  onInput,
  onKeyDown,
}: Props) {
  // The popup exists to be typed into: focus the field as soon as it is on screen.
  useEffect(() => inputRef.current?.focus(), [inputRef]);
  return (
    <div class="search">
      <label class="visually-hidden" for="search-input">
        Search status codes
      </label>
      <input
        id="search-input"
        ref={inputRef}
        type="text"
        role="combobox"
        aria-autocomplete="list"
        aria-controls={listId}
        aria-expanded={expanded}
        aria-activedescendant={activeId}
        autocomplete="off"
        spellcheck={false}
        placeholder="404, 40, 4xx, rate limit, a log line…"
        value={value}
        onInput={(event) => onInput(event.currentTarget.value)}
        onKeyDown={onKeyDown}
      />
    </div>
  );
}

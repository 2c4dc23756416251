import type { RefObject } from 'preact';

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
  return (
    <div class="search">
      <label class="visually-hidden" for="search-input">
        Search status codes
      </label>
      <input
        id="search-input"
        ref={inputRef}
        type="search"
        role="combobox"
        list={undefined}
        aria-autocomplete="list"
        aria-controls={listId}
        aria-expanded={expanded}
        aria-activedescendant={activeId}
        // biome-ignore lint/a11y/noAutofocus: the popup exists to be typed into at once
        autoFocus
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

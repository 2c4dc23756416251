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
  // The popup exists to be typed into: the field has the focus as soon as it is on screen
  // (autofocus, in the prerendered first screen too). What was typed before the popup went live
  // is searched as soon as it is.
  useEffect(() => {
    const input = inputRef.current;
    if (!input) return;
    input.focus();
    if (input.value !== value) onInput(input.value);
  }, [inputRef]);
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
        autofocus
        spellcheck={false}
        placeholder="404, 40, 4xx, rate limit, a log line…"
        value={value}
        onInput={(event) => onInput(event.currentTarget.value)}
        onKeyDown={onKeyDown}
      />
    </div>
  );
}

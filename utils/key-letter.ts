/**
 * Which Latin letter a key press means, for the letter shortcuts of the popup and the request
 * list. `event.key` is what the layout typed: "C" with Caps Lock on, "с" on a Russian layout,
 * "ψ" on a Greek one, "j" where Dvorak puts j on the key QWERTY calls C. `event.code` names the
 * physical key by its US QWERTY letter ("KeyC"), whatever the layout.
 *
 * - A typed Latin letter wins, in either case: Caps Lock "C" means c, Dvorak's "j" means j.
 * - A typed letter of another script falls back to the physical key: "с" on KeyC means c.
 * - Anything else (digits, punctuation, named keys, dead keys) means no letter.
 *
 * Whether Shift, Ctrl, Alt or Meta were held is for the caller to decide.
 */
export interface LetterKey {
  key: string;
  /** The physical key ("KeyC"); absent where the event does not say. */
  code?: string;
}

const LATIN = /^[a-z]$/i;
const ANY_LETTER = /^\p{L}$/u;
const LETTER_CODE = /^Key([A-Z])$/;

/** The lower-case Latin letter (a–z) the key press means, or null. */
export function latinLetter({ key, code }: LetterKey): string | null {
  if (LATIN.test(key)) return key.toLowerCase();
  if (!ANY_LETTER.test(key)) return null;
  const physical = code ? LETTER_CODE.exec(code) : null;
  return physical ? (physical[1] as string).toLowerCase() : null;
}

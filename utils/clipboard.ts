/**
 * The clipboard adapter. Inside a DevTools panel the async clipboard API is usually refused
 * (the panel is an iframe without the clipboard-write permission), so a refusal falls back to
 * `document.execCommand('copy')` on a temporary, off-screen textarea. Built once by each page's
 * main.tsx and passed down as a prop.
 */

export interface ClipboardWriter {
  /** Resolves true when the text reached the clipboard. Never rejects. */
  write(text: string): Promise<boolean>;
}

/** The parts of `navigator.clipboard` the adapter uses. */
export interface AsyncClipboard {
  writeText(text: string): Promise<void>;
}

/** Copies with a temporary textarea and execCommand; the focus goes back where it was. */
export function copyWithTextarea(doc: Document, text: string): boolean {
  const previous = doc.activeElement as HTMLElement | null;
  const area = doc.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.setAttribute('aria-hidden', 'true');
  area.style.position = 'fixed';
  area.style.top = '-1000px';
  area.style.opacity = '0';
  doc.body.append(area);
  area.focus({ preventScroll: true });
  area.select();
  let copied = false;
  try {
    copied = doc.execCommand('copy');
  } catch {
    copied = false;
  }
  area.remove();
  previous?.focus?.({ preventScroll: true });
  return copied;
}

export function createClipboard(doc: Document, clipboard?: AsyncClipboard): ClipboardWriter {
  return {
    async write(text) {
      if (clipboard) {
        try {
          await clipboard.writeText(text);
          return true;
        } catch {
          // Refused (DevTools panel, no focus): fall back below.
        }
      }
      return copyWithTextarea(doc, text);
    },
  };
}

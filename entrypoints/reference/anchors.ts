/**
 * The page's one contact with its own address: the entry named after `#` is scrolled to and its
 * heading focused (on load, when a link or the back button changes it, and when the search opens
 * an entry), and the query the address bar keyword passes as `?q=` is read.
 */
export interface Anchors {
  /** The text of `?q=`, or ''. */
  initialQuery(): string;
  /** Goes to `#id`: the address changes, the entry scrolls into view, its heading gets focus. */
  go(id: string): void;
  /** Scrolls to the entry the address names now, and keeps doing so when it changes. */
  follow(): void;
}

export function createAnchors(win: Window): Anchors {
  const doc = win.document;
  const show = () => {
    const id = decodeURIComponent(win.location.hash.slice(1));
    const target = id ? doc.getElementById(id) : null;
    if (!target) return;
    target.scrollIntoView({ block: 'start' });
    // The entry or question the address names, or holds (an entry's second id, a span in it).
    const section = target.closest('article, section') ?? target;
    const heading = target.matches('h2, h3')
      ? target
      : section.querySelector<HTMLElement>('h2, h3');
    heading?.focus({ preventScroll: true });
  };
  return {
    initialQuery: () => new URLSearchParams(win.location.search).get('q') ?? '',
    go(id) {
      if (win.location.hash === `#${id}`) show();
      else win.location.hash = id;
    },
    follow() {
      win.addEventListener('hashchange', show);
      show();
    },
  };
}

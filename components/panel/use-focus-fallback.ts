import type { RefObject } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import {
  type FocusShape,
  type FocusTarget,
  focusFallback,
} from '../../utils/requests/focus-fallback';

/** The focus is nowhere, on the body, on an element no longer in the page, or on the view's
 * root once it is no longer the (focusable) empty state, in a document that has the focus
 * (never taken from DevTools' console, another panel or another window). */
function focusLost(root: HTMLElement | null): boolean {
  if (!document.hasFocus()) return false;
  const active = document.activeElement;
  if (active === null || active === document.body || !active.isConnected) return true;
  return active === root && !root.hasAttribute('tabindex');
}

/**
 * Moves the focus to the list, or to what stands in its place, when the detail pane or the list
 * went away with the focus in it, and says so (utils/requests/focus-fallback.ts decides).
 * Called while rendering: it notes whether the focus is in `root` before the DOM changes, and
 * looks again after (Preact runs a component's pending effects before its next render, so the
 * note is the one taken for this change).
 */
export function useFocusFallback(
  shape: FocusShape,
  root: RefObject<HTMLElement | null>,
  targets: Record<FocusTarget, RefObject<HTMLElement | null>>,
  say: (message: string) => void,
): void {
  const before = useRef(shape);
  const wasInView = useRef(false);
  const active = typeof document === 'undefined' ? null : document.activeElement;
  wasInView.current = active !== null && root.current?.contains(active) === true;
  const { pane, list, noMatch, empty, selected } = shape;
  useEffect(() => {
    const after = { pane, list, noMatch, empty, selected };
    const move = focusFallback(before.current, after, {
      wasInView: wasInView.current,
      lost: focusLost(root.current),
    });
    before.current = after;
    if (!move) return;
    targets[move.target].current?.focus();
    say(move.message);
  }, [pane, list, noMatch, empty, selected]);
}

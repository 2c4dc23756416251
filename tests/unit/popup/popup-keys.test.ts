import { describe, expect, it } from 'vitest';
import { type KeyLike, type PopupKeyState, popupKeyAction } from '../../../utils/popup-keys';

const key = (k: string, mods: Partial<KeyLike> = {}): KeyLike => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  ...mods,
});
const list: PopupKeyState = { view: 'list', query: '', hasSelection: false };

describe('popup keyboard map', () => {
  it('moves, opens and copies in the list', () => {
    expect(popupKeyAction(key('ArrowDown'), list)).toBe('next');
    expect(popupKeyAction(key('ArrowUp'), list)).toBe('previous');
    expect(popupKeyAction(key('Enter'), list)).toBe('open');
    expect(popupKeyAction(key('c', { ctrlKey: true }), list)).toBe('copy-label');
    expect(popupKeyAction(key('c', { metaKey: true }), list)).toBe('copy-label');
  });

  it('leaves Ctrl+C alone when text is selected in the search field', () => {
    expect(popupKeyAction(key('c', { ctrlKey: true }), { ...list, hasSelection: true })).toBeNull();
  });

  it('Escape clears a non-empty query, and otherwise closes the popup', () => {
    expect(popupKeyAction(key('Escape'), { ...list, query: '40' })).toBe('clear');
    expect(popupKeyAction(key('Escape'), list)).toBe('close');
  });

  it('typing letters in the list is left to the search field', () => {
    expect(popupKeyAction(key('c'), list)).toBeNull();
    expect(popupKeyAction(key('m'), list)).toBeNull();
  });

  it('in an entry, C and M copy and Escape goes back', () => {
    const entry: PopupKeyState = { ...list, view: 'entry' };
    expect(popupKeyAction(key('c'), entry)).toBe('copy-label');
    expect(popupKeyAction(key('m'), entry)).toBe('copy-markdown');
    expect(popupKeyAction(key('Escape'), entry)).toBe('back');
    expect(popupKeyAction(key('C', { shiftKey: true }), entry)).toBeNull();
  });

  it('reads letters with Caps Lock on and on non-Latin layouts', () => {
    const entry: PopupKeyState = { ...list, view: 'entry' };
    // Caps Lock: "C" and "M" without Shift.
    expect(popupKeyAction(key('C', { code: 'KeyC' }), entry)).toBe('copy-label');
    expect(popupKeyAction(key('M', { code: 'KeyM' }), entry)).toBe('copy-markdown');
    // Russian: "с" and "ь" on the C and M keys; Greek: "ψ" and "μ".
    expect(popupKeyAction(key('с', { code: 'KeyC' }), entry)).toBe('copy-label');
    expect(popupKeyAction(key('ь', { code: 'KeyM' }), entry)).toBe('copy-markdown');
    expect(popupKeyAction(key('ψ', { code: 'KeyC' }), entry)).toBe('copy-label');
    expect(popupKeyAction(key('μ', { code: 'KeyM' }), entry)).toBe('copy-markdown');
    // Ctrl+C on a Russian layout copies, as the browser's own copy does there.
    expect(popupKeyAction(key('с', { code: 'KeyC', ctrlKey: true }), list)).toBe('copy-label');
    expect(popupKeyAction(key('C', { code: 'KeyC', ctrlKey: true }), list)).toBe('copy-label');
    // Dvorak: the typed Latin letter wins over the key it sits on.
    expect(popupKeyAction(key('j', { code: 'KeyC' }), entry)).toBeNull();
    expect(popupKeyAction(key('j', { code: 'KeyC', ctrlKey: true }), list)).toBeNull();
    expect(popupKeyAction(key('c', { code: 'KeyI' }), entry)).toBe('copy-label');
    // Shift, and Ctrl+Shift, still leave the letters alone.
    expect(popupKeyAction(key('С', { code: 'KeyC', shiftKey: true }), entry)).toBeNull();
    expect(
      popupKeyAction(key('с', { code: 'KeyC', ctrlKey: true, shiftKey: true }), list),
    ).toBeNull();
    // Letters typed in the search field stay the search field's, on any layout.
    expect(popupKeyAction(key('с', { code: 'KeyC' }), list)).toBeNull();
  });
});

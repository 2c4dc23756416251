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

  it('in the FAQ, only Escape acts', () => {
    const faq: PopupKeyState = { ...list, view: 'faq' };
    expect(popupKeyAction(key('c'), faq)).toBeNull();
    expect(popupKeyAction(key('c', { ctrlKey: true }), faq)).toBeNull();
    expect(popupKeyAction(key('Escape'), faq)).toBe('back');
  });
});

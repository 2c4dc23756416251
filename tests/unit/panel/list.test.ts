import { describe, expect, it } from 'vitest';
import { listAction, movedIndex } from '../../../utils/requests/list-keys';
import { splitUrl } from '../../../utils/requests/url-parts';
import { MAX_ROWS_IN_DOM, scrollToShow, windowOf } from '../../../utils/requests/virtual';

const key = (
  k: string,
  mods: Partial<Record<'ctrlKey' | 'altKey' | 'metaKey' | 'shiftKey', boolean>> & {
    code?: string;
  } = {},
) => ({
  key: k,
  ctrlKey: false,
  altKey: false,
  metaKey: false,
  shiftKey: false,
  ...mods,
});

describe('the virtual window', () => {
  it('puts at most 100 rows in the DOM for 50,000 requests', () => {
    const tall = windowOf({ scrollTop: 0, viewportHeight: 100_000, rowHeight: 28, count: 50_000 });
    expect(tall.end - tall.start).toBe(MAX_ROWS_IN_DOM);
    const middle = windowOf({
      scrollTop: 28 * 25_000,
      viewportHeight: 560,
      rowHeight: 28,
      count: 50_000,
    });
    expect(middle.start).toBe(25_000 - 8);
    expect(middle.end - middle.start).toBeLessThanOrEqual(MAX_ROWS_IN_DOM);
    expect(middle.end).toBeGreaterThan(25_000 + 20);
  });

  it('handles the ends and empty lists', () => {
    expect(windowOf({ scrollTop: 0, viewportHeight: 500, rowHeight: 28, count: 0 })).toEqual({
      start: 0,
      end: 0,
    });
    const end = windowOf({ scrollTop: 99_999_999, viewportHeight: 560, rowHeight: 28, count: 10 });
    expect(end.end).toBe(10);
    expect(end.start).toBeLessThan(10);
  });

  it('scrolls just enough to show a row', () => {
    expect(scrollToShow(0, 280, 560, 28)).toBe(0);
    expect(scrollToShow(30, 0, 560, 28)).toBe(31 * 28 - 560);
    expect(scrollToShow(5, 0, 560, 28)).toBe(0);
  });
});

describe('list keys', () => {
  it('moves with arrows, pages, Home and End; opens with Enter', () => {
    expect(listAction(key('ArrowDown'), 10)).toEqual({ kind: 'move', by: 1 });
    expect(listAction(key('ArrowUp'), 10)).toEqual({ kind: 'move', by: -1 });
    expect(listAction(key('PageDown'), 10)).toEqual({ kind: 'move', by: 10 });
    expect(listAction(key('Home'), 10)).toEqual({ kind: 'first' });
    expect(listAction(key('End'), 10)).toEqual({ kind: 'last' });
    expect(listAction(key('Enter'), 10)).toEqual({ kind: 'open' });
  });

  it('copies with plain letters DevTools does not take', () => {
    expect(listAction(key('c'), 10)).toEqual({ kind: 'copy', format: 'line' });
    expect(listAction(key('l'), 10)).toEqual({ kind: 'copy', format: 'label' });
    expect(listAction(key('m'), 10)).toEqual({ kind: 'copy', format: 'markdown' });
    expect(listAction(key('i'), 10)).toEqual({ kind: 'copy', format: 'incident' });
    expect(listAction(key('I', { shiftKey: true }), 10)).toBeNull();
  });

  it('leaves every key with Ctrl, Alt or Meta to DevTools and the browser', () => {
    expect(listAction(key('c', { ctrlKey: true }), 10)).toBeNull();
    expect(listAction(key('c', { metaKey: true }), 10)).toBeNull();
    expect(listAction(key('ArrowDown', { altKey: true }), 10)).toBeNull();
    expect(listAction(key('C', { shiftKey: true }), 10)).toBeNull();
    expect(listAction(key('x'), 10)).toBeNull();
  });

  it('copies with Caps Lock on: an upper-case letter without Shift is the letter', () => {
    expect(listAction(key('C', { code: 'KeyC' }), 10)).toEqual({ kind: 'copy', format: 'line' });
    expect(listAction(key('L'), 10)).toEqual({ kind: 'copy', format: 'label' });
    expect(listAction(key('M', { code: 'KeyM' }), 10)).toEqual({
      kind: 'copy',
      format: 'markdown',
    });
    expect(listAction(key('I', { code: 'KeyI' }), 10)).toEqual({
      kind: 'copy',
      format: 'incident',
    });
  });

  it('copies on a non-Latin layout from the physical key', () => {
    // Russian ЙЦУКЕН: the C key types "с" (Cyrillic es), Caps Lock "С"; the L key "д".
    expect(listAction(key('с', { code: 'KeyC' }), 10)).toEqual({ kind: 'copy', format: 'line' });
    expect(listAction(key('С', { code: 'KeyC' }), 10)).toEqual({ kind: 'copy', format: 'line' });
    expect(listAction(key('д', { code: 'KeyL' }), 10)).toEqual({ kind: 'copy', format: 'label' });
    // Greek: the C key types "ψ", the M key "μ".
    expect(listAction(key('ψ', { code: 'KeyC' }), 10)).toEqual({ kind: 'copy', format: 'line' });
    expect(listAction(key('μ', { code: 'KeyM' }), 10)).toEqual({
      kind: 'copy',
      format: 'markdown',
    });
    // A non-Latin letter on a key that is no letter key, or with no code at all: nothing.
    expect(listAction(key('ё', { code: 'Backquote' }), 10)).toBeNull();
    expect(listAction(key('с'), 10)).toBeNull();
  });

  it('follows the typed Latin letter, not the key it sits on (Dvorak)', () => {
    // Dvorak types "j" on the key QWERTY calls C, and "c" on the one it calls I.
    expect(listAction(key('j', { code: 'KeyC' }), 10)).toBeNull();
    expect(listAction(key('c', { code: 'KeyI' }), 10)).toEqual({ kind: 'copy', format: 'line' });
    expect(listAction(key('i', { code: 'KeyG' }), 10)).toEqual({
      kind: 'copy',
      format: 'incident',
    });
  });

  it('still ignores Shift, Ctrl, Alt and Meta with the letters, on any layout', () => {
    expect(listAction(key('C', { shiftKey: true, code: 'KeyC' }), 10)).toBeNull();
    expect(listAction(key('c', { ctrlKey: true, code: 'KeyC' }), 10)).toBeNull();
    expect(listAction(key('C', { ctrlKey: true, code: 'KeyC' }), 10)).toBeNull();
    expect(listAction(key('с', { ctrlKey: true, code: 'KeyC' }), 10)).toBeNull();
    expect(listAction(key('С', { shiftKey: true, code: 'KeyC' }), 10)).toBeNull();
    expect(listAction(key('ψ', { altKey: true, code: 'KeyC' }), 10)).toBeNull();
    expect(listAction(key('c', { metaKey: true, code: 'KeyC' }), 10)).toBeNull();
    // Digits and punctuation are no letters, whatever key they sit on.
    expect(listAction(key('1', { code: 'KeyC' }), 10)).toBeNull();
    expect(listAction(key(',', { code: 'KeyC' }), 10)).toBeNull();
  });

  it('moves within the list', () => {
    expect(movedIndex({ kind: 'move', by: 1 }, -1, 5)).toBe(0);
    expect(movedIndex({ kind: 'move', by: -1 }, -1, 5)).toBe(4);
    expect(movedIndex({ kind: 'move', by: 10 }, 2, 5)).toBe(4);
    expect(movedIndex({ kind: 'move', by: -10 }, 2, 5)).toBe(0);
    expect(movedIndex({ kind: 'last' }, 0, 5)).toBe(4);
    expect(movedIndex({ kind: 'first' }, 3, 0)).toBe(-1);
  });
});

describe('splitUrl', () => {
  it('puts the path first and the host apart', () => {
    expect(splitUrl('https://user:pw@shop.example:8443/api/users?page=2#x')).toEqual({
      path: '/api/users?page=2',
      host: 'shop.example:8443',
    });
    expect(splitUrl('https://shop.example')).toEqual({ path: '/', host: 'shop.example' });
    expect(splitUrl('data:text/plain,hi')).toEqual({ path: 'data:text/plain,hi', host: '' });
  });
});

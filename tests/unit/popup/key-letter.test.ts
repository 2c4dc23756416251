import { describe, expect, it } from 'vitest';
import { latinLetter } from '../../../utils/key-letter';

describe('latinLetter: which Latin letter a key press means', () => {
  it('reads a typed Latin letter in either case (Caps Lock)', () => {
    expect(latinLetter({ key: 'c', code: 'KeyC' })).toBe('c');
    expect(latinLetter({ key: 'C', code: 'KeyC' })).toBe('c');
    expect(latinLetter({ key: 'z' })).toBe('z');
    expect(latinLetter({ key: 'A' })).toBe('a');
  });

  it('lets the typed Latin letter win over the physical key (Dvorak, AZERTY)', () => {
    expect(latinLetter({ key: 'j', code: 'KeyC' })).toBe('j');
    expect(latinLetter({ key: 'a', code: 'KeyQ' })).toBe('a');
  });

  it('falls back to the physical key for a letter of another script', () => {
    expect(latinLetter({ key: 'с', code: 'KeyC' })).toBe('c'); // Cyrillic es
    expect(latinLetter({ key: 'С', code: 'KeyC' })).toBe('c'); // the same, Caps Lock
    expect(latinLetter({ key: 'ψ', code: 'KeyC' })).toBe('c'); // Greek psi
    expect(latinLetter({ key: 'μ', code: 'KeyM' })).toBe('m');
    expect(latinLetter({ key: 'ש', code: 'KeyA' })).toBe('a'); // Hebrew shin
  });

  it('means no letter for anything else', () => {
    expect(latinLetter({ key: 'с' })).toBeNull(); // no code to fall back to
    expect(latinLetter({ key: 'с', code: '' })).toBeNull();
    expect(latinLetter({ key: 'ё', code: 'Backquote' })).toBeNull();
    expect(latinLetter({ key: '1', code: 'KeyC' })).toBeNull();
    expect(latinLetter({ key: ',', code: 'KeyC' })).toBeNull();
    expect(latinLetter({ key: 'Dead', code: 'KeyC' })).toBeNull();
    expect(latinLetter({ key: 'Enter', code: 'Enter' })).toBeNull();
    expect(latinLetter({ key: 'ArrowDown', code: 'ArrowDown' })).toBeNull();
    expect(latinLetter({ key: 'Unidentified', code: 'KeyC' })).toBeNull();
    expect(latinLetter({ key: '', code: 'KeyC' })).toBeNull();
    expect(latinLetter({ key: 'с', code: 'Keyc' })).toBeNull();
  });
});

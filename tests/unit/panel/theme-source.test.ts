import { describe, expect, it } from 'vitest';
import { createThemeSource, themeOf } from '../../../entrypoints/devtools-panel/theme-source';

describe('the DevTools theme', () => {
  it('reads Chrome’s theme names ("default", "dark") and Firefox’s ("light", "dark")', () => {
    expect(themeOf('default')).toBe('light');
    expect(themeOf('dark')).toBe('dark');
    expect(themeOf('light')).toBe('light');
    expect(themeOf(undefined)).toBe('light');
    expect(createThemeSource({ themeName: 'dark' }).current()).toBe('dark');
  });

  it('follows Firefox’s onThemeChanged, and stops', () => {
    const listeners = new Set<(name: string) => void>();
    const theme = createThemeSource({
      themeName: 'light',
      onThemeChanged: {
        addListener: (l) => listeners.add(l),
        removeListener: (l) => listeners.delete(l),
      },
    });
    const seen: string[] = [];
    const stop = theme.subscribe((name) => seen.push(name));
    for (const listener of listeners) listener('dark');
    expect(seen).toEqual(['dark']);
    expect(theme.current()).toBe('dark');
    stop();
    expect(listeners.size).toBe(0);
  });

  it('has nothing to follow in Chrome', () => {
    const stop = createThemeSource({ themeName: 'default' }).subscribe(() => {});
    expect(stop).toBeTypeOf('function');
    stop();
  });
});

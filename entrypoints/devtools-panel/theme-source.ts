/**
 * DevTools' colour theme: Chrome gives `themeName` ("default" or "dark") when the panel loads;
 * Firefox gives "light" or "dark" and announces changes with `onThemeChanged`.
 */
import type { EventLike } from './network-source';

export type ThemeName = 'light' | 'dark';

export interface ThemeSource {
  current(): ThemeName;
  /** Calls back on every change (Firefox only); returns a function that stops. */
  subscribe(listener: (theme: ThemeName) => void): () => void;
}

/** The parts of `browser.devtools.panels` this adapter uses. */
export interface DevtoolsPanelsApi {
  themeName?: string;
  onThemeChanged?: EventLike<(themeName: string) => void>;
}

export const themeOf = (name: unknown): ThemeName => (name === 'dark' ? 'dark' : 'light');

export function createThemeSource(panels: DevtoolsPanelsApi): ThemeSource {
  let theme = themeOf(panels.themeName);
  return {
    current: () => theme,
    subscribe(listener) {
      const event = panels.onThemeChanged;
      if (!event) return () => {};
      const onChange = (name: string) => {
        theme = themeOf(name);
        listener(theme);
      };
      event.addListener(onChange);
      return () => event.removeListener(onChange);
    },
  };
}

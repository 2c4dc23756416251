// Renders the DevTools panel's App with a fake source, clipboard, theme and setting.
import { render } from '@testing-library/preact';
import { App } from '../../../entrypoints/devtools-panel/App';
import type { ThemeName, ThemeSource } from '../../../entrypoints/devtools-panel/theme-source';
import type { Diagnose } from '../../../utils/requests/diagnosis-slot';
import { createRequestStore, type StoreOptions } from '../../../utils/requests/store';
import { type FakeHandle, fakeSource } from './fake-source';

/** happy-dom has no layout: give the list a viewport of 2,000 px so that short lists fit. */
export function giveListAViewport(): void {
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', {
    configurable: true,
    get(this: HTMLElement) {
      return this.classList.contains('request-list') ? 2000 : 0;
    },
  });
}

export function renderPanel(
  options: {
    history?: unknown[];
    manual?: boolean;
    theme?: ThemeName;
    notice?: string;
    preserveLog?: boolean;
    diagnose?: Diagnose;
    store?: StoreOptions;
  } = {},
) {
  giveListAViewport();
  const fake = fakeSource({ history: options.history, manual: options.manual });
  const store = createRequestStore<FakeHandle>(options.store);
  const copied: string[] = [];
  const clipboard = {
    write: async (text: string) => {
      copied.push(text);
      return true;
    },
  };
  let themeListener: ((name: ThemeName) => void) | null = null;
  const theme: ThemeSource = {
    current: () => options.theme ?? 'light',
    subscribe: (listener) => {
      themeListener = listener;
      return () => {
        themeListener = null;
      };
    },
  };
  const saved: boolean[] = [];
  const preserveLog = {
    get: () => options.preserveLog ?? false,
    set: (on: boolean) => saved.push(on),
  };
  const downloads: { text: string; fileName: string }[] = [];
  const view = render(
    <App
      source={fake.source}
      store={store}
      clipboard={clipboard}
      downloader={{ save: (text, fileName) => downloads.push({ text, fileName }) }}
      theme={theme}
      preserveLog={preserveLog}
      notice={options.notice}
      diagnose={options.diagnose}
      harHref="har.html"
    />,
  );
  return {
    ...view,
    fake,
    store,
    copied,
    saved,
    downloads,
    changeTheme: (name: ThemeName) => themeListener?.(name),
    rows: () => [...view.container.querySelectorAll<HTMLElement>('[role="option"]')],
  };
}

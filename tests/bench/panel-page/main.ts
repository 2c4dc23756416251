// The benchmark's panel page: the shipped panel's own main.tsx (the same App, store, adapter and
// styles), mounted over a fake `browser.devtools` that the benchmark drives through
// `window.benchPanel`. Not shipped: WXT builds only entrypoints/; build.ts builds this page.
import { installDriver } from './driver';
import { installFakeDevtools } from './fake-devtools';

// `?history`: getHAR waits for the benchmark's entries (the panel opened on a busy page).
installDriver(
  installFakeDevtools({ holdHistory: new URLSearchParams(location.search).has('history') }),
);
// Only now: wxt/browser reads globalThis.chrome when it is first evaluated.
void import('../../../entrypoints/devtools-panel/main');

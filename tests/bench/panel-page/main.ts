// The benchmark's panel page: the shipped panel's own main.tsx (the same App, store, adapter and
// styles), mounted over a fake `browser.devtools` that the benchmark drives through
// `window.benchPanel`. Not shipped: WXT builds only entrypoints/; build.ts builds this page.
import { installDriver } from './driver';
import { installFakeDevtools } from './fake-devtools';

// `?history=COUNT,SEED`: getHAR waits for the benchmark's entries (the panel opened on a busy
// page). They are made before the panel mounts: the panel gives getHAR 10 s, and making 50,000
// entries can take longer than that on a busy machine (that is the browser's work, not timed).
const history = new URLSearchParams(location.search).get('history');
const driver = installDriver(installFakeDevtools({ holdHistory: history !== null }));
if (history) {
  const [count, seed] = history.split(',').map(Number);
  driver.prepare(count ?? 0, seed ?? 1);
}
// Only now: wxt/browser reads globalThis.chrome when it is first evaluated.
void import('../../../entrypoints/devtools-panel/main');

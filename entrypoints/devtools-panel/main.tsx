import { render } from 'preact';
import { browser } from 'wxt/browser';
import { createClipboard } from '../../utils/clipboard';
import { createDownloader } from '../../utils/download';
import { LIVE_CHROMIUM, LIVE_FIREFOX } from '../../utils/har/exporters';
import { createPreserveLogSetting } from '../../utils/preserve-log';
import { createDiagnose } from '../../utils/requests/diagnose-record';
import { createRequestStore } from '../../utils/requests/store';
import { App } from './App';
import { createNetworkSource, type DevtoolsRequest, FIREFOX_NOTICE } from './network-source';
import { createThemeSource } from './theme-source';
import './style.css';

const root = document.getElementById('app') as HTMLElement;
const exporter = import.meta.env.FIREFOX ? LIVE_FIREFOX : LIVE_CHROMIUM;
render(
  <App
    source={createNetworkSource(browser.devtools)}
    store={createRequestStore<DevtoolsRequest>()}
    clipboard={createClipboard(document, navigator.clipboard)}
    downloader={createDownloader(document)}
    theme={createThemeSource(browser.devtools.panels)}
    preserveLog={createPreserveLogSetting(() => localStorage)}
    notice={import.meta.env.FIREFOX ? FIREFOX_NOTICE : undefined}
    diagnose={createDiagnose({ now: () => Date.now(), exporter })}
    exporter={exporter}
    harHref="har.html"
  />,
  root,
);
// Unmounting stops the listeners on browser.devtools.network when the panel goes away.
addEventListener('pagehide', (event) => {
  if (!event.persisted) render(null, root);
});

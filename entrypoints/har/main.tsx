import { render } from 'preact';
import { createClipboard } from '../../utils/clipboard';
import { createDownloader } from '../../utils/download';
import { createDiagnose } from '../../utils/requests/diagnose-record';
import { App } from './App';
import './style.css';

render(
  <App
    clipboard={createClipboard(document, navigator.clipboard)}
    downloader={createDownloader(document)}
    diagnoseFor={(exporter) => createDiagnose({ now: () => Date.now(), exporter })}
  />,
  document.getElementById('app') as HTMLElement,
);

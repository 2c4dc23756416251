import { render } from 'preact';
import { createClipboard } from '../../utils/clipboard';
import { createDiagnose } from '../../utils/requests/diagnose-record';
import { App } from './App';
import './style.css';

render(
  <App
    clipboard={createClipboard(document, navigator.clipboard)}
    diagnose={createDiagnose({ now: () => Date.now() })}
  />,
  document.getElementById('app') as HTMLElement,
);

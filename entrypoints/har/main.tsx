import { render } from 'preact';
import { createClipboard } from '../../utils/clipboard';
import { App } from './App';
import './style.css';

render(
  <App clipboard={createClipboard(document, navigator.clipboard)} />,
  document.getElementById('app') as HTMLElement,
);

import { browser } from 'wxt/browser';

browser.devtools.panels.create('Status Lens', '', 'devtools-panel.html');

// The production manifests, as built: no permissions, no host permissions, no content scripts,
// no web-accessible resources, no custom CSP; the address bar keyword (which asks for no
// permission) and its background script, a service worker in Chrome and an event page in Firefox;
// Firefox carries its add-on id and declares that it collects no data. Runs after the build, with
// the end-to-end tests.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OMNIBOX_KEYWORD } from '../../wxt.config';
import { REPO_ROOT } from './harness/paths';

const manifest = (target: string) =>
  JSON.parse(readFileSync(join(REPO_ROOT, '.output', target, 'manifest.json'), 'utf8'));

const common = {
  manifest_version: 3,
  name: 'HTTP Status Lens',
  description:
    'Search the HTTP status code reference, and see every response of a page explained in DevTools.',
  version: '0.1.0',
  icons: {
    '16': 'icon-16.png',
    '32': 'icon-32.png',
    '48': 'icon-48.png',
    '96': 'icon-96.png',
    '128': 'icon-128.png',
  },
  action: { default_title: 'HTTP Status Lens', default_popup: 'popup.html' },
  omnibox: { keyword: OMNIBOX_KEYWORD },
  commands: {
    _execute_action: {
      suggested_key: { default: 'Alt+Shift+H' },
      description: 'Open the HTTP status code reference',
    },
  },
  devtools_page: 'devtools.html',
};

const FORBIDDEN = [
  'permissions',
  'optional_permissions',
  'host_permissions',
  'optional_host_permissions',
  'content_scripts',
  'web_accessible_resources',
  'content_security_policy',
  'externally_connectable',
];

describe('production manifests', () => {
  it('Chrome: exactly the expected manifest, with a service worker', () => {
    expect(OMNIBOX_KEYWORD).toBe('sc');
    expect(manifest('chrome-mv3')).toEqual({
      ...common,
      background: { service_worker: 'background.js' },
    });
  });

  it('Firefox: the same with an event page, plus its gecko id and no data collection', () => {
    expect(manifest('firefox-mv3')).toEqual({
      ...common,
      background: { scripts: ['background.js'] },
      browser_specific_settings: {
        gecko: {
          id: 'http-status-lens@example.org',
          strict_min_version: '140.0',
          data_collection_permissions: { required: ['none'] },
        },
        gecko_android: { strict_min_version: '142.0' },
      },
    });
  });

  it.each(['chrome-mv3', 'firefox-mv3'])('%s asks for nothing it does not need', (target) => {
    const built = manifest(target);
    for (const key of FORBIDDEN) expect(built, key).not.toHaveProperty(key);
  });
});

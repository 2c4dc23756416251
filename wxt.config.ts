import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

// Fixed add-on id for Firefox: web-ext lint needs it for MV3, and tests address the add-on by it.
export const GECKO_ID = 'http-status-lens@example.org';

/** The address bar keyword (README, "Look a code up from the address bar", says why this one). */
export const OMNIBOX_KEYWORD = 'sc';

/** The chunk that holds the reference text (data/), which the benchmark measures on its own. Not
 * "reference": that is the reference page's own chunk. */
export const DATA_CHUNK = 'reference-data';

export default defineConfig({
  imports: false,
  manifestVersion: 3,
  vite: () => ({ plugins: [preact()] }),
  hooks: {
    // WXT builds the pages together and the background script on its own, as one file (a
    // service worker cannot load chunks later). Only the pages' build splits the reference text
    // into a chunk of its own, so that its size is reported apart from the code's (npm run
    // bench) and the popup, the panel and the reference page share one copy.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.every((entry) => entry.inputPath.endsWith('.html'))) return;
      const output = config.build?.rollupOptions?.output;
      if (!output || Array.isArray(output))
        throw new Error('Unexpected output options for the pages');
      output.manualChunks = (id: string) => (id.includes('/data/') ? DATA_CHUNK : undefined);
      // No module preloading: the pages load from the extension's own files, where a preload
      // saves nothing, and Vite's helper for it would be code in every page.
      if (config.build) config.build.modulePreload = false;
    },
  },
  manifest: ({ browser }) => ({
    name: 'HTTP Status Lens',
    description:
      'Search the HTTP status code reference, and see every response of a page explained in DevTools.',
    action: { default_title: 'HTTP Status Lens' },
    omnibox: { keyword: OMNIBOX_KEYWORD },
    commands: {
      _execute_action: {
        suggested_key: { default: 'Alt+Shift+H' },
        description: 'Open the HTTP status code reference',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: GECKO_ID,
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            // data_collection_permissions arrived in Firefox for Android 142.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});

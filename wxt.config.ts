import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

// Fixed add-on id for Firefox: web-ext lint needs it for MV3, and tests address the add-on by it.
export const GECKO_ID = 'http-status-lens@example.org';

export default defineConfig({
  imports: false,
  manifestVersion: 3,
  vite: () => ({
    plugins: [preact()],
    build: {
      rollupOptions: {
        output: {
          // The reference text in a chunk of its own, so that its size is reported apart from
          // the code's (npm run bench) and the popup and the panel share one copy.
          manualChunks: (id: string) => (id.includes('/data/') ? 'reference' : undefined),
        },
      },
    },
  }),
  manifest: ({ browser }) => ({
    name: 'HTTP Status Lens',
    description:
      'Search the HTTP status code reference, and see every response of a page explained in DevTools.',
    action: { default_title: 'HTTP Status Lens' },
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

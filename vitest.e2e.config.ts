import { defineConfig } from 'vitest/config';

// End-to-end tests in real Chromium (and Firefox ESR) with the built extension loaded.
// One file at a time: each launches its own browser, and the machine has two cores.
export default defineConfig({
  test: {
    globals: true,
    include: ['tests/e2e/**/*.e2e.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 90_000,
  },
});

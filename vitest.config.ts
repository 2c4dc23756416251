import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';

// Unit and component tests: pure logic without a DOM, components in happy-dom.
export default defineConfig({
  plugins: [preact()],
  test: {
    globals: true,
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
    // A bound on hangs, not a timing check: property tests run thousands of cases and the
    // machine may be busy.
    testTimeout: 30_000,
  },
});

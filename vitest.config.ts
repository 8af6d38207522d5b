import { defineConfig } from 'vitest/config';

// Unit tests: the engine and pure modules, in Node. Browser tests live in e2e/ (Playwright).
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20_000,
  },
});

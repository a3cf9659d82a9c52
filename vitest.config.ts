import { defineConfig } from 'vitest/config';

// Tests run on 2 cores in CI: two forks, generous per-test timeouts (end-to-end runs simulate worlds).
export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 180_000,
    hookTimeout: 180_000,
  },
});

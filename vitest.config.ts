import { defineConfig } from 'vitest/config';

/**
 * Test tiers (vitest projects), fastest first; `npm test` runs them all, `npm run test:fast` the
 * unit tier alone (the loop while you work). Times of each tier are in the README.
 *  - unit:       in-process tests of one module or plug-in kind (hand-computed, property, reference)
 *  - acceptance: statistical claims over seeds at the scenarios' default sizes (scenario claims,
 *                Goodhart dynamics, adaptive attacker dominance, gauntlet known results), the
 *                truth estimators' Monte Carlo cross-checks, and the gauntlet run end to end in-process
 *  - cli:        the command line as a user types it, other child processes and worker threads (the
 *                corpus, kills, worker-pool failures, thread-count determinism, the packed package,
 *                sweeps on workers and on a real one-node Slurm cluster)
 *  - browser:    every HTML page in Debian's headless Chromium
 *  - notebooks:  the notebooks executed by Jupyter
 */
const CLI = [
  'tests/cli/**/*.test.ts',
  'tests/e2e/**/*.test.ts',
  'tests/corpus/**/*.test.ts',
  'tests/package/**/*.test.ts',
  'tests/io/kill.test.ts',
  'tests/io/out-dir-cli.test.ts',
  'tests/**/*-cli.test.ts',
  'tests/gauntlet/cli.test.ts',
  'tests/scenarios/claims-report.test.ts',
  'tests/api/same-bytes.test.ts',
  'tests/truth/ris-pool.test.ts',
  'tests/cluster/**/*.test.ts',
  // worker threads (slow to start; they load tsx): the cascades', the truth's and PageRank's thread-count
  // determinism, and sweeps on workers
  'tests/engine/tick-cascades.test.ts',
  'tests/truth/ris-threads.test.ts',
  'tests/metrics/pagerank-threads.test.ts',
  'tests/sweep/run.test.ts',
  // external scorer programs (python3, sh) and DuckDB started per call
  'tests/metrics/external-persistent.test.ts',
  'tests/metrics/external-parquet.test.ts',
  'tests/gauntlet/persistent-scorer.test.ts',
];
const ACCEPTANCE = [
  'tests/scenarios/claims-*.test.ts',
  'tests/dynamics/decay.test.ts',
  // one file per budget (100, 200, 400), so that the two workers share them
  'tests/gauntlet/adaptive-dominance*.test.ts',
  'tests/gauntlet/known-results.test.ts',
  'tests/lessons/points.test.ts',
  'tests/truth/cross-check.test.ts',
  'tests/truth/ic-exact.test.ts',
  'tests/gauntlet/in-process.test.ts',
  'tests/gauntlet/library.test.ts',
  'tests/gauntlet/v1-baseline.test.ts',
  'tests/metrics/klout-learned-fit.test.ts',
  'tests/sweep/report/write.test.ts',
];
const BROWSER = ['tests/browser/**/*.test.ts'];
const NOTEBOOKS = ['tests/notebooks/**/*.test.ts'];

// Tests run on 2 cores in CI: two forks, generous per-test timeouts (end-to-end runs simulate worlds).
export default defineConfig({
  test: {
    pool: 'forks',
    setupFiles: ['tests/helpers/fast-check-seed.ts'],
    maxWorkers: 2,
    testTimeout: 180_000,
    hookTimeout: 180_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          // One module graph per worker, shared by the tier's files (unit tests touch no globals): 25 s
          // instead of 61 s on the 2-core machine, most of it re-importing the same modules per file.
          isolate: false,
          include: ['tests/**/*.test.ts'],
          exclude: [...CLI, ...ACCEPTANCE, ...BROWSER, ...NOTEBOOKS],
        },
      },
      { extends: true, test: { name: 'acceptance', include: ACCEPTANCE, exclude: CLI } },
      { extends: true, test: { name: 'cli', include: CLI } },
      { extends: true, test: { name: 'browser', include: BROWSER } },
      { extends: true, test: { name: 'notebooks', include: NOTEBOOKS } },
    ],
  },
});

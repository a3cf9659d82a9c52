/**
 * `npm run bench [-- name ...]`: run the benchmarks one after another, each in its own process so
 * one's memory does not weigh on the next. Each prints its own figures and the reference it is
 * measured against in the same run (graphology, igraph PRPACK, scipy, per-agent Monte Carlo).
 *
 *   npm run bench                 # all, at the sizes the issues name
 *   npm run bench -- engine truth # some
 *   npm run bench -- sweep --cells 50    # options after the names go to each benchmark, before its defaults (first wins)
 *   npm run bench -- pipeline --sizes 10000,100000   # goodhart run end to end, per phase
 *   npm run bench -- sim-truth --sizes 20000         # simulation and truth alone, one thread, CPU s
 *   npm run bench -- snapshot-memory                 # bytes per account a simulation's snapshots hold
 *   npm run bench -- external-scorer                 # one gauntlet cell: built-in vs a Python scorer
 *   npm run bench -- explorer                        # explorer.html in Chromium: change → charts, 2,000 and 5,000 accounts
 *   npm run bench -- scorers --agents 100000         # every registered scorer on one world's observation
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const BENCHES: Record<string, readonly string[]> = {
  engine: ['engine.ts'],
  pagerank: ['pagerank.ts'],
  truth: ['truth.ts'],
  drift: ['drift.ts', '--n', '1000000'],
  gauntlet: ['gauntlet.ts', 'pagerank'],
  'graph-io': ['graph-io.ts', '--edges', '10000,1000000'],
  sweep: ['sweep.ts', '--cells', '500'],
  pipeline: ['pipeline.ts', '--sizes', '10000,100000,1000000', '--ticks', '50'],
  'sim-truth': ['sim-truth.ts', '--sizes', '20000,100000', '--ticks', '50'],
  'snapshot-memory': ['snapshot-memory.ts', '--sizes', '20000,100000', '--ticks', '50'],
  'external-scorer': ['external-scorer.ts'],
  explorer: ['explorer.ts', '--sizes', '2000,5000', '--repeats', '3'],
  scorers: ['scorers.ts', '--agents', '1000000', '--ticks', '50'],
};

// Names first; from the first `--option` on, everything is passed to the benchmarks.
const firstOption = process.argv.slice(2).findIndex((a) => a.startsWith('--'));
const wanted = firstOption < 0 ? process.argv.slice(2) : process.argv.slice(2, 2 + firstOption);
const passed = firstOption < 0 ? [] : process.argv.slice(2 + firstOption);
const unknown = wanted.filter((w) => !(w in BENCHES));
if (unknown.length) {
  console.error(`bench: unknown benchmark ${unknown.join(', ')} (allowed: ${Object.keys(BENCHES).join(', ')})`);
  process.exit(2);
}
let failed = 0;
for (const [name, [file, ...args]] of Object.entries(BENCHES)) {
  if (wanted.length && !wanted.includes(name)) continue;
  console.log(`\n=== bench ${name}`);
  const r = spawnSync(
    process.execPath,
    ['--max-old-space-size=8000', '--import', 'tsx', join(import.meta.dirname, file!), ...passed, ...args],
    {
      stdio: 'inherit',
    },
  );
  if (r.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);

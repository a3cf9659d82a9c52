/**
 * Benchmark: the external-scorer protocol's costs on suite v1's 1,000-account world — writing one
 * observation's CSV files vs its Parquet copies (median of 10 calls, after the helper thread has
 * loaded DuckDB), and one adaptive cell (budget 400, seed 1: 33 scorer calls) with the built-in
 * PageRank vs the Python networkx example in persistent mode. Figures: docs/external-scorers.md.
 * Usage (from the repository root, Debian python3 with python3-networkx): npx tsx bench/external-scorer.ts
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getSuite } from '../src/gauntlet/suites/registry.js';
import { runCell } from '../src/gauntlet/cell.js';
import { getScorer } from '../src/metrics/registry.js';
import { commandScorer } from '../src/metrics/command-scorer.js';
import { writeObservationFiles } from '../src/metrics/external/observation-files.js';
import { askHost } from '../src/metrics/external/program-host.js';
import { PARQUET_FILES, PARQUET_TYPES, type TableName } from '../src/metrics/external/observation-files.js';
import { simulate } from '../src/engine/simulate.js';
import type { Observation } from '../src/model/observation.js';
import type { Scorer } from '../src/metrics/scorer.js';
import { cellConfig } from '../src/gauntlet/cell.js';
const suite = getSuite('v1');
const ai = suite.attacks.findIndex((a) => a.id === 'adaptive');
const cell = { world: 0, attack: ai, budget: 400, seed: 1 };
// 1. Parquet cost per call on the 1,000-account observation of this cell.
const obs = simulate(cellConfig(suite, { ...cell, attack: 0, budget: 0 })).final.observation;
const med = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const csvT: number[] = [],
  pqT: number[] = [];
for (let i = 0; i < 11; i++) {
  const dir = mkdtempSync(join(tmpdir(), 'm-'));
  let t = performance.now();
  const { tables } = writeObservationFiles(dir, obs, 'both');
  csvT.push(performance.now() - t);
  t = performance.now();
  const names = Object.keys(tables) as TableName[];
  const r = askHost(
    { type: 'parquet', dir, tables: names.map((n) => ({ name: PARQUET_FILES[n], csv: tables[n], columns: PARQUET_TYPES[n] })) },
    120000,
  );
  if (i > 0)
    pqT.push(performance.now() - t); // the first call loads DuckDB in the helper thread
  else console.log('first Parquet call (DuckDB load)', Math.round(performance.now() - t), 'ms', r?.ok);
  rmSync(dir, { recursive: true });
}
console.log(
  `n=${obs.n} edges=${obs.follows.following.targets.length} events=${obs.events.length}: CSV+json median ${med(csvT).toFixed(0)} ms, Parquet median ${med(pqT).toFixed(0)} ms per call`,
);
// 2. One adaptive cell: built-in vs Python persistent.
for (const [name, s] of [
  ['built-in pagerank', getScorer('pagerank')],
  [
    'python persistent',
    commandScorer('python3 examples/scorers/pagerank_networkx.py', { timeoutSeconds: 60, memoryMb: 0, persistent: true }),
  ],
] as const) {
  let calls = 0;
  const w = {
    ...s,
    score(o: Observation) {
      calls++;
      return s.score(o);
    },
  };
  if (name.startsWith('python')) w.score(obs); // program start-up once, outside the cell
  calls = 0;
  const t = performance.now();
  const out = runCell(suite, cell, [w as Scorer]);
  console.log(name, 'adaptive cell budget 400 seed 1:', Math.round(performance.now() - t), 'ms', calls, 'calls', out[0]!.ok);
}
process.exit(0);

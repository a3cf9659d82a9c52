/**
 * Simulation and truth benchmark (issue 19.1–2): the two phases of `goodhart run` that grew faster
 * than the world, alone and on one thread so CPU time is the figure to read on a shared machine.
 * For each size: `simulate` of attention-vs-influence (seed 1, its recordEvery 6), then the IC
 * truth (RIS) at every snapshot from the run's own streams, the final one with its noise-ceiling
 * replicate — exactly the estimates `goodhart run` makes. Prints CPU and wall seconds per phase,
 * RR sets drawn, the growth exponent b (cost ∝ nᵇ) between sizes, and a fingerprint: the SHA-256
 * of every snapshot's graph, move probabilities, counts and truth estimates, so a faster version
 * can be checked to give the same bytes (compare the fingerprint before and after a change).
 *
 *   npm run bench -- sim-truth                             # 20,000 and 100,000 accounts × 50 ticks
 *   npm run bench -- sim-truth --sizes 20000 --ticks 20    # chosen sizes
 *   npx tsx bench/sim-truth.ts --sizes 100000 --only sim   # the simulation alone
 *
 * Profile with `node --cpu-prof --import tsx bench/sim-truth.ts --sizes 100000`.
 */
import { createHash } from 'node:crypto';
import { resolveRunConfig } from '../src/engine/config.js';
import { simulate } from '../src/engine/simulate.js';
import { getScenario } from '../src/scenarios/registry.js';
import { truthAt, truthWithCeiling } from '../src/truth/snapshot-truth.js';

const option = (name: string, def: string): string => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] !== undefined ? process.argv[i + 1]! : def;
};
const sizes = option('sizes', '20000,100000').split(',').map(Number);
const ticks = Number(option('ticks', '50'));
const only = option('only', 'both');
if (sizes.some((n) => !Number.isInteger(n) || n < 100) || !Number.isInteger(ticks) || ticks < 1 || !['both', 'sim'].includes(only)) {
  console.error('bench sim-truth: --sizes whole numbers ≥ 100 (comma-separated), --ticks a whole number ≥ 1, --only both|sim');
  process.exit(2);
}
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};

interface Measured {
  n: number;
  sim: number;
  truth: number;
}
const rows: Measured[] = [];
console.log(`sim-truth: attention-vs-influence, seed 1, ${ticks} ticks, one thread`);
for (const n of sizes) {
  const config = resolveRunConfig(getScenario('attention-vs-influence'), { seed: 1, agents: n, ticks });
  const h = createHash('sha256');
  const add = (a: ArrayBufferView) => h.update(new Uint8Array(a.buffer, a.byteOffset, a.byteLength));
  let c = cpu();
  let w = performance.now();
  const r = simulate(config, { threads: 1 });
  const sim = cpu() - c;
  const simWall = (performance.now() - w) / 1000;
  for (const s of r.snapshots) {
    const o = s.observation;
    for (const a of [s.hidden.graph.following.targets, s.hidden.moveProb, o.followTick, o.posts, o.interactions.csr.targets]) add(a);
    for (const a of Object.values(o.received)) add(a);
  }
  h.update(JSON.stringify(r.ticks));
  let truth = 0;
  let truthWall = 0;
  let samples = 0;
  if (only === 'both') {
    c = cpu();
    w = performance.now();
    for (const s of r.snapshots) {
      const est = s.final ? truthWithCeiling(s, 1, { threads: 1 }) : undefined;
      for (const t of est ? [est.truth, est.replicate] : [truthAt(s, 1, { threads: 1 })]) {
        add(t.estimate);
        add(t.stderr);
        samples += t.samples;
      }
    }
    truth = cpu() - c;
    truthWall = (performance.now() - w) / 1000;
  }
  rows.push({ n, sim, truth });
  console.log(
    `${n.toLocaleString('en-US')} accounts (${r.final.hidden.graph.m.toLocaleString('en-US')} follows at the end, ${r.snapshots.length} snapshots): ` +
      `simulation CPU ${sim.toFixed(2)} s (wall ${simWall.toFixed(2)})` +
      (only === 'both'
        ? `, truth CPU ${truth.toFixed(2)} s (wall ${truthWall.toFixed(2)}) for ${r.snapshots.length + 1} estimates, ${samples.toLocaleString('en-US')} RR sets`
        : '') +
      `; fingerprint ${h.digest('hex').slice(0, 16)}`,
  );
}
for (let i = 1; i < rows.length; i++) {
  const a = rows[i - 1]!;
  const b = rows[i]!;
  const g = (x: number, y: number) => (x > 0.01 && y > 0.01 ? (Math.log(y / x) / Math.log(b.n / a.n)).toFixed(2) : 'n/a');
  console.log(`growth exponent ${a.n} → ${b.n} by CPU: simulation ${g(a.sim, b.sim)}, truth ${g(a.truth, b.truth)}`);
}

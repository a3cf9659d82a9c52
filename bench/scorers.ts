/**
 * Scorer benchmark (issue 19.2): every registered scorer (src/metrics/registry.ts) on one large
 * world's observation, each timed in wall and CPU seconds (CPU of the whole process, worker
 * threads included), then the total against the issue's target (all together under 20 s at
 * 1,000,000 accounts × 50 ticks).
 *
 *   npm run bench -- scorers                                # 1,000,000 accounts × 50 ticks
 *   npx tsx bench/scorers.ts --agents 100000 --ticks 10 [--only pagerank,trustrank] [--repeat 2]
 *
 * The observation is the engine's own: `simulate` of the attention-vs-influence scenario (seed 1)
 * at the given size, and the scorers read its final snapshot's observation, as `goodhart run`
 * does. The simulation is timed too but is not part of the total. With --repeat k each scorer runs
 * k times and the fastest run is reported (the first run of a scorer also warms the JIT). The load
 * average before and after is printed: on a shared machine CPU time is the steadier figure.
 */
import { loadavg } from 'node:os';
import { resolveRunConfig } from '../src/engine/config.js';
import { simulate } from '../src/engine/simulate.js';
import { SCORERS } from '../src/metrics/registry.js';
import { getScenario } from '../src/scenarios/registry.js';

const option = (name: string, def: string): string => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] !== undefined ? process.argv[i + 1]! : def;
};
const agents = Number(option('agents', '1000000'));
const ticks = Number(option('ticks', '50'));
const repeat = Number(option('repeat', '1'));
const only = option('only', '');
const wanted = only ? only.split(',') : SCORERS.map((s) => s.id);
const unknown = wanted.filter((id) => !SCORERS.some((s) => s.id === id));
if (!Number.isInteger(agents) || agents < 100 || !Number.isInteger(ticks) || ticks < 1 || !Number.isInteger(repeat) || repeat < 1) {
  console.error('bench scorers: --agents a whole number ≥ 100, --ticks a whole number ≥ 1, --repeat a whole number ≥ 1');
  process.exit(2);
}
if (unknown.length) {
  console.error(`bench scorers: --only names unknown scorer ${unknown.join(', ')} (allowed: ${SCORERS.map((s) => s.id).join(', ')})`);
  process.exit(2);
}
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};
const load = () =>
  loadavg()
    .map((x) => x.toFixed(2))
    .join(' ');

console.log(`load average before: ${load()}`);
let w = performance.now();
let c = cpu();
const config = resolveRunConfig(getScenario('attention-vs-influence'), { seed: 1, agents, ticks });
const run = simulate(config);
const obs = run.final.observation;
console.log(
  `world: attention-vs-influence, seed 1, ${agents.toLocaleString('en-US')} accounts × ${ticks} ticks; ` +
    `simulated in ${((performance.now() - w) / 1000).toFixed(1)} s wall, ${(cpu() - c).toFixed(1)} s CPU (not in the total)`,
);

const rows: { id: string; wall: number; cpu: number }[] = [];
for (const s of SCORERS) {
  if (!wanted.includes(s.id)) continue;
  let best = { wall: Infinity, cpu: Infinity };
  for (let r = 0; r < repeat; r++) {
    w = performance.now();
    c = cpu();
    const scores = s.score(obs);
    const row = { wall: (performance.now() - w) / 1000, cpu: cpu() - c };
    if (scores.length !== obs.n) throw new Error(`${s.id} returned ${scores.length} scores for ${obs.n} accounts`);
    if (row.wall < best.wall) best = row;
  }
  rows.push({ id: s.id, ...best });
  console.log(`${s.id.padEnd(24)}${best.wall.toFixed(2).padStart(8)} s wall${best.cpu.toFixed(2).padStart(8)} s CPU`);
}
const total = rows.reduce((a, r) => ({ wall: a.wall + r.wall, cpu: a.cpu + r.cpu }), { wall: 0, cpu: 0 });
const slowest = [...rows].sort((a, b) => b.wall - a.wall).slice(0, 3);
console.log(
  `${'total'.padEnd(24)}${total.wall.toFixed(2).padStart(8)} s wall${total.cpu.toFixed(2).padStart(8)} s CPU (target < 20 s wall)`,
);
console.log(`slowest: ${slowest.map((r) => `${r.id} ${r.wall.toFixed(2)} s`).join(', ')}`);
console.log(`load average after: ${load()}`);

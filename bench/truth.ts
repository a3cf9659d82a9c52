/**
 * Benchmark: true influence (IC, reverse-influence sampling) for every agent of the default world,
 * at the default precision, with its noise ceiling; per-agent forward Monte Carlo at the same
 * per-agent standard error measured beside it on a random sample of agents and extrapolated to all.
 *
 *   npx tsx bench/truth.ts                       # 1,000,000 agents (target: RIS under 30 s)
 *   npx tsx bench/truth.ts --agents 100000 --mc-sample 200 --ticks 1
 *   npx tsx bench/truth.ts --threads 1           # RR sets on one thread (default: all cores, ≤ 8)
 *
 * The world is the default scenario built by the engine; --ticks (default 1) keeps the
 * simulation short: the truth is computed on the final hidden layer whatever the tick.
 * Printed: world build time, RIS time per estimate (wall clock, and CPU time of all threads: on a
 * machine shared with other work the CPU time is the steadier figure), noise ceiling (two independent estimates),
 * Monte Carlo time for the sample, its extrapolation to n agents, and the ratio MC / RIS.
 */
import { parseArgs } from 'node:util';
import { resolveRunConfig } from '../src/engine/config.js';
import { simulate } from '../src/engine/simulate.js';
import { SeedTree } from '../src/rng.js';
import { DEFAULT_SCENARIO, getScenario } from '../src/scenarios/registry.js';
import { icSpread } from '../src/truth/ic.js';
import { mcAgent, mcContext } from '../src/truth/monte-carlo.js';
import { noiseCeiling } from '../src/truth/noise-ceiling.js';
import { DEFAULT_PRECISION, realAgents } from '../src/truth/truth-model.js';

const { values } = parseArgs({
  options: {
    agents: { type: 'string', default: '1000000' },
    ticks: { type: 'string', default: '1' },
    seed: { type: 'string', default: '1' },
    precision: { type: 'string', default: String(DEFAULT_PRECISION) },
    'mc-sample': { type: 'string', default: '200' },
    threads: { type: 'string' },
  },
});
const agents = Number(values.agents);
const ticks = Number(values.ticks);
const seed = Number(values.seed);
const precision = Number(values.precision);
const sampleSize = Number(values['mc-sample']);
const threads = values.threads === undefined ? undefined : Number(values.threads);

const sec = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
let t = performance.now();
const config = resolveRunConfig(getScenario(DEFAULT_SCENARIO), { seed, agents, ticks });
const hidden = simulate(config).final.hidden;
console.log(
  `world: ${DEFAULT_SCENARIO}, ${hidden.n} accounts, ${hidden.graph.m} follows, ${ticks} tick(s), seed ${seed}: built in ${sec(performance.now() - t)}`,
);

const seeds = new SeedTree(seed);
t = performance.now();
let cpu = process.cpuUsage();
const a = icSpread(hidden, seeds.stream('truth/a'), { precision, threads });
const risMs = performance.now() - t;
const risCpuMs = process.cpuUsage(cpu).user / 1000; // all threads of the process
const b = icSpread(hidden, seeds.stream('truth/b'), { precision, threads });
const ceiling = noiseCeiling(hidden, a, b);
console.log(
  `RIS:  ${sec(risMs)} per estimate (CPU ${sec(risCpuMs)}, threads: ${threads ?? 'default'}), ${a.samples} RR sets, precision ${a.precision.toFixed(4)} (requested ${precision}), noise ceiling ${ceiling.toFixed(4)}`,
);

// Monte Carlo on a random sample of real agents, each run until its stderr ≤ the RIS stderr.
const real = realAgents(hidden);
const pickRng = seeds.stream('bench/mc-sample');
const sample = Array.from({ length: Math.min(sampleSize, real.length) }, () => real[pickRng.int(real.length)]!);
const ctx = mcContext(hidden);
const mcRng = seeds.stream('bench/mc');
t = performance.now();
cpu = process.cpuUsage();
let cascades = 0;
let capped = 0;
for (const v of sample) {
  const r = mcAgent(ctx, v, mcRng, { targetStderr: a.stderr[v]!, maxCascades: 2_000_000 });
  cascades += r.cascades;
  if (r.stderr > a.stderr[v]!) capped++;
}
const mcMs = performance.now() - t;
const mcCpuMs = process.cpuUsage(cpu).user / 1000;
const mcAll = (mcMs * hidden.n) / sample.length;
console.log(
  `MC:   ${sec(mcMs)} (CPU ${sec(mcCpuMs)}) for ${sample.length} sampled agents (${cascades} cascades${capped ? `, ${capped} hit the 2,000,000-cascade cap` : ''}) → ${sec(mcAll)} extrapolated to ${hidden.n} agents`,
);
console.log(
  `ratio MC / RIS: ${(mcAll / risMs).toFixed(1)}× wall, ${((mcCpuMs * hidden.n) / sample.length / risCpuMs).toFixed(1)}× CPU   (target: RIS under 30 s at 1,000,000 agents)`,
);

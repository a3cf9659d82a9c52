/**
 * Engine benchmark (issue 2): build and run 1,000,000 agents with about 10 million follows for
 * 50 ticks; print wall time and peak memory. Beside it, in the same run, build the same follow
 * graph as a graphology DirectedGraph (in a child process with a large heap) and report the ratio.
 *
 *   npx tsx bench/engine.ts [--agents 1000000] [--ticks 50] [--threads T] [--skip-graphology]
 *
 * --threads: cascade threads (default: the engine's own, all cores for ≥ 100,000 accounts); the
 * output is identical for any value (src/engine/tick-cascades.ts), only the time changes.
 * Targets: whole run under 60 s and 4 GB; graph build ≥ 10× faster than graphology's.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildWorld } from '../src/engine/build-world.js';
import { simulate } from '../src/engine/simulate.js';
import { resolveRunConfig } from '../src/engine/config.js';
import { getScenario } from '../src/scenarios/registry.js';
import { defaultCascadeThreads } from '../src/engine/tick-cascades.js';

const arg = (name: string, def: number): number => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : def;
};
const agents = arg('agents', 1_000_000);
const ticks = arg('ticks', 50);
const threads = process.argv.includes('--threads') ? arg('threads', 1) : defaultCascadeThreads(agents);
const skipGraphology = process.argv.includes('--skip-graphology');

let peak = 0;
const sample = () => (peak = Math.max(peak, process.memoryUsage().rss));
const timer = setInterval(sample, 50);

const config = resolveRunConfig(getScenario('attention-vs-influence'), {
  seed: 1,
  agents,
  ticks,
  generatorParams: { meanFollowing: 8 },
  activity: { recordEvery: ticks },
});

// 1. Graph build alone (generator + dedupe + CSR + dynamic arena), timed.
let t = performance.now();
const built = buildWorld(config);
const buildMs = performance.now() - t;
const m = built.world.graph.m;
console.log(`build: ${agents.toLocaleString()} agents, ${m.toLocaleString()} follows in ${(buildMs / 1000).toFixed(2)} s`);

// 2. The same edges into graphology, in a child process (so its heap does not count here).
let graphologyMs = NaN;
if (!skipGraphology) {
  const dir = mkdtempSync(join(tmpdir(), 'goodhart-bench-'));
  const { out } = built.world.graph;
  const src = new Uint32Array(m);
  const dst = new Uint32Array(m);
  let w = 0;
  for (let u = 0; u < built.world.n; u++)
    for (let i = out.start[u]!; i < out.start[u]! + out.len[u]!; i++) {
      src[w] = u;
      dst[w++] = out.neighbour(i);
    }
  writeFileSync(join(dir, 'src.bin'), src);
  writeFileSync(join(dir, 'dst.bin'), dst);
  const res = execFileSync(
    process.execPath,
    ['--max-old-space-size=20000', join(import.meta.dirname, 'graphology-build.mjs'), dir, String(built.world.n)],
    { encoding: 'utf8' },
  );
  graphologyMs = JSON.parse(res).ms;
  rmSync(dir, { recursive: true, force: true });
  console.log(
    `graphology DirectedGraph of the same ${m.toLocaleString()} follows: ${(graphologyMs / 1000).toFixed(2)} s  → ratio ${(graphologyMs / buildMs).toFixed(1)}× (target ≥ 10×)`,
  );
}

// 3. Full run: build + 50 ticks + final snapshot.
peak = 0;
t = performance.now();
console.log(`run: ${threads} cascade thread(s)`);
const result = simulate(config, {
  threads,
  onTick: (d) => (d % 10 === 0 ? console.log(`  tick ${d}/${ticks}  ${((performance.now() - t) / 1000).toFixed(1)} s`) : undefined),
});
const runMs = performance.now() - t;
sample();
clearInterval(timer);
const o = result.final.observation;
console.log(
  `run: ${o.n.toLocaleString()} accounts, ${o.follows.m.toLocaleString()} follows at the end, ${o.postLog.length.toLocaleString()} posts, ${o.events.length.toLocaleString()} reactions`,
);
console.log(`wall time ${(runMs / 1000).toFixed(1)} s (target < 60 s), peak RSS ${(peak / 2 ** 30).toFixed(2)} GiB (target < 4 GiB)`);

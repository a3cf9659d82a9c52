/**
 * Snapshot memory benchmark (issue 19, items 2 and 4): what a simulation's snapshots hold per
 * account. Simulates attention-vs-influence (seed 1) once keeping every snapshot (as
 * `simulate` does by default, and as `goodhart run` did before it measured each snapshot as it
 * came) and once keeping only the final one (`keepSnapshots: 'final'`, what `goodhart run` does
 * now), each in its own process with `--expose-gc`, and prints the bytes still reachable after
 * a full garbage collection (V8 heap + array buffers: typed arrays live in the latter), per
 * account and per snapshot.
 *
 *   npm run bench -- snapshot-memory                                  # 20,000 and 100,000 accounts × 50 ticks
 *   npm run bench -- snapshot-memory --sizes 20000 --ticks 20
 *
 * One thread for the cascades; retained memory does not depend on the thread count.
 */
import { spawnSync } from 'node:child_process';

const option = (name: string, def: string): string => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] !== undefined ? (process.argv[i + 1] as string) : def;
};

/** Child: one simulation; prints its retained bytes as one JSON line. */
async function child(): Promise<void> {
  const n = Number(option('agents', '20000'));
  const ticks = Number(option('ticks', '50'));
  const keep = option('keep', 'all') === 'final' ? 'final' : 'all';
  const { resolveRunConfig } = await import('../src/engine/config.js');
  const { simulate } = await import('../src/engine/simulate.js');
  const { getScenario } = await import('../src/scenarios/registry.js');
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('bench snapshot-memory: the child needs --expose-gc');
  const config = resolveRunConfig(getScenario('attention-vs-influence'), { seed: 1, agents: n, ticks });
  gc();
  const m0 = process.memoryUsage();
  const r = simulate(config, { keepSnapshots: keep, threads: 1 });
  gc();
  gc();
  const m1 = process.memoryUsage();
  const bytes = m1.heapUsed - m0.heapUsed + (m1.arrayBuffers - m0.arrayBuffers);
  console.log(JSON.stringify({ n, ticks, keep, snapshots: r.snapshots.length, follows: r.final.observation.follows.m, bytes }));
}

async function parent(): Promise<void> {
  const sizes = option('sizes', '20000,100000').split(',').map(Number);
  const ticks = option('ticks', '50');
  if (sizes.some((n) => !Number.isInteger(n) || n < 100)) {
    console.error(`bench snapshot-memory: --sizes must be whole numbers ≥ 100, comma-separated (given ${option('sizes', '')})`);
    process.exit(2);
  }
  console.log(`snapshot memory: attention-vs-influence, seed 1, ${ticks} ticks; bytes reachable after a full GC`);
  console.log('| accounts | follows | snapshots kept | retained MB | kB per account | kB per account per dropped snapshot |');
  console.log('|---:|---:|---:|---:|---:|---:|');
  for (const n of sizes) {
    const runs = (['all', 'final'] as const).map((keep) => {
      const r = spawnSync(
        process.execPath,
        ['--expose-gc', '--import', 'tsx', import.meta.filename, '--child', '--agents', String(n), '--ticks', ticks, '--keep', keep],
        { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] },
      );
      if (r.status !== 0) throw new Error(`bench snapshot-memory: the ${keep} run of ${n} accounts failed (exit ${r.status ?? r.signal})`);
      return JSON.parse(r.stdout.trim().split('\n').at(-1) ?? '{}') as { follows: number; snapshots: number; bytes: number };
    });
    const [all, fin] = runs as [(typeof runs)[0], (typeof runs)[0]];
    const per = (all.bytes - fin.bytes) / (all.snapshots - fin.snapshots) / n / 1e3;
    for (const r of runs)
      console.log(
        `| ${n.toLocaleString('en-US')} | ${r.follows.toLocaleString('en-US')} | ${r.snapshots} | ${(r.bytes / 1e6).toFixed(1)} | ${(r.bytes / n / 1e3).toFixed(2)} | ${r === fin ? per.toFixed(2) : ''} |`,
      );
  }
}

if (process.argv.includes('--child')) await child();
else await parent();

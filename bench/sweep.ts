/**
 * Sweep benchmark (issue 13): a 500-cell sweep of the 2,000-agent attention-vs-influence scenario
 * (bench/sweep-2000-agents.json: one point × seeds 1..500), run by `goodhart sweep` with
 * `--workers 1` and `--workers 2`, against the reference measured in the same run: `goodhart run`
 * once per cell in a shell loop (a sample of the cells, timed and extrapolated; the output says
 * so). Reports cells per minute and their ratios, and the peak RSS of the sweep's whole process
 * tree (the parent with its worker threads, and any child process: the sum of their VmRSS),
 * sampled every 100 ms against the cells finished so far: it must stay flat as cells grow (the
 * sweep streams each cell to cells/<id>.csv and keeps nothing per cell in memory).
 *
 *   npx tsx bench/sweep.ts [--cells 500] [--loop-sample 20] [--workers 1,2] [--ticks T]
 *   npm run bench -- sweep
 *
 * `--ticks T` overrides the experiment file's `world.ticks` (the world stays 2,000 agents): a
 * shorter run per cell, for a machine where 500 cells × 3 arms at 30 ticks take too long; the
 * output says which tick count was measured.
 *
 * The loop runs `goodhart run attention-vs-influence --agents 2000 --ticks 30 --seed S` per cell:
 * the same world and seed as the cell, written as a full run folder (tables, charts, report), which
 * is what a shell loop over `goodhart run` costs. Both write to a temporary folder, removed at the
 * end. The two sweeps' rows.csv must be byte-identical (same cells, any worker count).
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..');
const BIN = join(ROOT, 'bin', 'goodhart.mjs');
const EXPERIMENT = join(import.meta.dirname, 'sweep-2000-agents.json');

/** A failure of the benchmark itself (printed as one line; the temporary folder is still removed). */
class BenchError extends Error {}

function option(name: string, def: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] !== undefined ? process.argv[i + 1]! : def;
}
function wholeNumber(name: string, def: string): number {
  const raw = option(name, def);
  if (!/^[1-9]\d*$/.test(raw)) {
    console.error(`bench sweep: invalid --${name}: ${JSON.stringify(raw)} (allowed: a whole number ≥ 1)`);
    process.exit(2);
  }
  return Number(raw);
}
const cells = wholeNumber('cells', '500');
const loopSample = Math.min(cells, wholeNumber('loop-sample', '20'));
const workerCounts = option('workers', '1,2')
  .split(',')
  .map((w) => {
    if (!/^[1-9]\d*$/.test(w)) {
      console.error(`bench sweep: invalid --workers: ${JSON.stringify(w)} (allowed: whole numbers ≥ 1, comma-separated)`);
      process.exit(2);
    }
    return Number(w);
  });

// 0. Is `goodhart sweep` there? (It arrives with issue 13's sweep; this benchmark needs it.)
const probe = spawnSync(process.execPath, [BIN, 'sweep', '--help'], { encoding: 'utf8' });
if (probe.status !== 0) {
  console.error(
    `bench sweep: \`goodhart sweep\` is not available in this checkout (goodhart sweep --help: ${(probe.stderr || probe.stdout).trim().split('\n')[0]}); this benchmark needs the sweep command.`,
  );
  process.exit(1);
}

// The experiment at this size: the file's one point with seeds 1..cells.
const base = JSON.parse(readFileSync(EXPERIMENT, 'utf8')) as { base: Record<string, number>; scenario: string; seeds: unknown };
const agents = base.base['world.agents'] ?? 2000;
const ticks = process.argv.includes('--ticks') ? wholeNumber('ticks', '30') : (base.base['world.ticks'] ?? 30);
base.base = { ...base.base, 'world.ticks': ticks };
const tmp = mkdtempSync(join(tmpdir(), 'goodhart-bench-sweep-'));
const experiment = join(tmp, 'sweep-2000-agents.json');
writeFileSync(experiment, `${JSON.stringify({ ...base, seeds: { count: cells, first: 1 } }, null, 2)}\n`);
console.log(`sweep benchmark: ${cells} cells (${base.scenario}, ${agents} agents, ${ticks} ticks, seeds 1..${cells}); ${tmp}`);

/** VmRSS of a process in bytes (0 once it is gone); its worker threads share it. */
function rss(pid: number): number {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

/** The child processes of `pid` (Linux: /proc/<pid>/task/<tid>/children of each of its threads). */
function children(pid: number): number[] {
  const out: number[] = [];
  try {
    for (const tid of readdirSync(`/proc/${pid}/task`))
      for (const c of readFileSync(`/proc/${pid}/task/${tid}/children`, 'utf8').trim().split(/\s+/)) if (c !== '') out.push(Number(c));
  } catch {
    // gone meanwhile
  }
  return out;
}

/** VmRSS of `pid` and all its descendants, in bytes: the whole process tree of the sweep. */
function treeRss(pid: number): number {
  return rss(pid) + children(pid).reduce((sum, c) => sum + treeRss(c), 0);
}

function finishedCells(dir: string): number {
  const d = join(dir, 'cells');
  return existsSync(d) ? readdirSync(d).filter((f) => f.endsWith('.csv')).length : 0;
}

interface SweepRun {
  readonly workers: number;
  readonly seconds: number;
  /** Peak RSS of the process tree seen while the first k·10% of cells finished, k = 1..10 (cells running). */
  readonly peakByDecile: readonly number[];
  /** Peak RSS once every cell was done: rows.csv, rows.parquet (DuckDB) and the sweep report. */
  readonly peakFinish: number;
  readonly rows: Buffer;
}

/** Run `goodhart sweep` with `workers`, sampling the process tree's RSS every 100 ms against cells finished. */
async function sweep(workers: number): Promise<SweepRun> {
  const out = join(tmp, `sweep-w${workers}`);
  const t = performance.now();
  const child = spawn(process.execPath, [BIN, 'sweep', experiment, '--out', out, '--workers', String(workers)], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
  const peakByDecile = new Array<number>(10).fill(0);
  let peakFinish = 0;
  const timer = setInterval(() => {
    const r = treeRss(child.pid!);
    const done = finishedCells(out);
    if (done >= cells) {
      peakFinish = Math.max(peakFinish, r);
      return;
    }
    const decile = Math.min(9, Math.floor((done / cells) * 10));
    for (let k = decile; k < 10; k++) peakByDecile[k] = Math.max(peakByDecile[k]!, r);
  }, 100);
  const code = await new Promise<number | null>((res) => child.on('exit', res));
  clearInterval(timer);
  const seconds = (performance.now() - t) / 1000;
  if (code !== 0) {
    throw new BenchError(`goodhart sweep --workers ${workers} failed (exit ${code}):\n${stderr}`);
  }
  const done = finishedCells(out);
  if (done !== cells) {
    throw new BenchError(`goodhart sweep --workers ${workers} finished ${done} of ${cells} cells`);
  }
  return { workers, seconds, peakByDecile, peakFinish, rows: readFileSync(join(out, 'rows.csv')) };
}

/** The shell-loop reference: `goodhart run` once per cell for the first `loopSample` seeds, in one bash loop. */
function shellLoop(): number {
  const loop = `for s in $(seq 1 ${loopSample}); do "$NODE" "$BIN" run ${base.scenario} --agents ${agents} --ticks ${ticks} --seed "$s" --out "$OUT/run-$s" --quiet >/dev/null || exit 1; done`;
  const t = performance.now();
  const r = spawnSync('bash', ['-c', loop], { env: { ...process.env, NODE: process.execPath, BIN, OUT: tmp }, encoding: 'utf8' });
  if (r.status !== 0) {
    throw new BenchError(`the goodhart run loop failed (exit ${r.status}):\n${r.stderr}`);
  }
  return (performance.now() - t) / 1000;
}

const perMinute = (n: number, seconds: number) => (n / seconds) * 60;
const mib = (b: number) => `${(b / 2 ** 20).toFixed(0)} MiB`;

try {
  // 1. The reference, measured first in the same run.
  const loopSeconds = shellLoop();
  const loopRate = perMinute(loopSample, loopSeconds);
  console.log(
    `shell loop of goodhart run: ${loopSample} of ${cells} cells timed in ${loopSeconds.toFixed(1)} s → ${loopRate.toFixed(1)} cells/min (extrapolated to ${cells} cells: ${(cells / loopRate).toFixed(1)} min)`,
  );
  // 2. The sweeps.
  const runs: SweepRun[] = [];
  for (const w of workerCounts) {
    const r = await sweep(w);
    runs.push(r);
    const rate = perMinute(cells, r.seconds);
    console.log(
      `goodhart sweep --workers ${w}: ${cells} cells in ${(r.seconds / 60).toFixed(2)} min → ${rate.toFixed(1)} cells/min, ${(rate / loopRate).toFixed(2)}× the shell loop`,
    );
    console.log(
      `  peak RSS of the process tree (parent + ${w} worker thread${w > 1 ? 's' : ''}) by cells finished: ${r.peakByDecile
        .map((b, k) => `${Math.round(((k + 1) * cells) / 10)}: ${mib(b)}`)
        .join(', ')}; after the last cell (rows.csv, Parquet, report): ${mib(r.peakFinish)}`,
    );
    const early = r.peakByDecile[1]!;
    const last = r.peakByDecile[9]!;
    console.log(
      `  peak at 100% / peak at 20%: ${(last / early).toFixed(2)} → ${last / early <= 1.2 ? 'flat' : 'GROWS with the cells'} (target: flat, ≤ 1.20)`,
    );
  }
  if (runs.length > 1) {
    const [a, ...rest] = runs;
    for (const b of rest) {
      console.log(
        `--workers ${b.workers} vs --workers ${a!.workers}: ${(a!.seconds / b.seconds).toFixed(2)}× faster; rows.csv ${b.rows.equals(a!.rows) ? 'byte-identical' : 'DIFFERENT (a bug)'}`,
      );
      if (!b.rows.equals(a!.rows)) process.exitCode = 1;
    }
  }
} catch (e) {
  if (!(e instanceof BenchError)) throw e;
  console.error(`bench sweep: ${e.message}`);
  process.exitCode = 1;
} finally {
  rmSync(tmp, { recursive: true, force: true });
}

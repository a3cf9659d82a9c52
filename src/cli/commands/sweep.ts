/**
 * `goodhart sweep <experiment.json|.yaml>`: run a parameter sweep (docs/sweeps.md), resumable, on
 * worker threads; `goodhart sweep merge OUT DIR...` unites shard folders; `goodhart sweep slurm`
 * (src/cli/commands/sweep-slurm.ts) writes a Slurm job. One code path with the API's `sweep()`:
 * src/sweep/run.ts.
 *
 *   argv ─▶ experiment file read and checked ─▶ size (--yes) ─▶ shard (--shard, or the environment)
 *        ─▶ --dry-run: the cell count and the first cells ─▶ else run/resume ─▶ summary, exit 0 or 4
 *
 * Exit codes: 0 every cell finished; 2 a wrong input (nothing run); 4 some cells failed (recorded in
 * failed/, the others' rows written).
 */
import { join } from 'node:path';
import type { Command, ParsedArgs } from '../args.js';
import { FORCE_OPTION } from '../../pipeline/out-dir.js';
import { progress } from '../progress.js';
import { experimentCells, inShard, parseShard, shardFromEnv, type Shard } from '../../sweep/cells.js';
import {
  checkSweepSize,
  defaultSweepOut,
  defaultWorkers,
  readExperimentFile,
  runExperimentSweep,
  type SweepOutcome,
} from '../../sweep/run.js';
import { mergeSweeps } from '../../sweep/merge.js';
import { parseDecimalInt } from '../../params.js';
import { sweepSlurmCommand } from './sweep-slurm.js';
import { sweepReportCommand } from './sweep-report.js';

/** Exit code of a sweep in which some cells failed. */
export const EXIT_CELLS_FAILED = 4;

function shardOf(args: ParsedArgs): Shard | undefined {
  const shards = args.options.shards !== undefined ? parseDecimalInt('--shards', args.options.shards, 1, 1_000_000) : undefined;
  if (args.options.shard !== undefined) return parseShard(args.options.shard as string);
  return shardFromEnv(process.env, shards);
}

/** A time in seconds as `1h02m`, `3m05s` or `42s`. */
export function formatDuration(s: number): string {
  const t = Math.max(0, Math.round(s));
  if (t >= 3600) return `${Math.floor(t / 3600)}h${String(Math.floor((t % 3600) / 60)).padStart(2, '0')}m`;
  if (t >= 60) return `${Math.floor(t / 60)}m${String(t % 60).padStart(2, '0')}s`;
  return `${t}s`;
}

/** The summary lines and the exit code of a finished sweep. */
function report(o: SweepOutcome, shard: Shard | undefined): number {
  const ran = o.cells - o.skipped;
  console.log(
    `sweep: ${o.cells} cells${shard ? ` (shard ${shard.index}/${shard.count})` : ''}: ${ran} run, ${o.skipped} already done, ${o.failed.length} failed`,
  );
  if (o.rows !== undefined) console.log(`rows: ${o.rows} in ${join(o.dir, 'rows.csv')} and rows.parquet`);
  else console.log(`shard done: unite the shards with goodhart sweep merge OUT <the shard folders>`);
  console.log(`results: ${o.dir}`);
  if (o.rows !== undefined) console.log(`report:  ${join(o.dir, 'sweep-report.html')}`);
  if (o.failed.length === 0) return 0;
  const f = o.failed[0]!;
  console.log(`${o.failed.length} of ${o.cells} cells failed (first: ${f.cell}: ${f.error}); details in ${join(o.dir, 'failed')}/`);
  return EXIT_CELLS_FAILED;
}

const mergeCommand: Command = {
  name: 'merge',
  summary: "unite the folders of a sweep's shards into one sweep folder, with rows.csv and rows.parquet",
  positionals: [
    { name: 'out', description: 'the merged sweep folder' },
    { name: 'dirs', description: 'the shard folders (all of the same experiment)', variadic: true },
  ],
  options: { force: FORCE_OPTION },
  examples: ['goodhart sweep merge results/sweeps/big results/sweeps/big-shard-*-of-8'],
  async run(args) {
    const [out, ...dirs] = args.positionals;
    return report(await mergeSweeps(out!, dirs, { force: args.options.force === true }), undefined);
  },
};

export const sweepCommand: Command = {
  name: 'sweep',
  summary: 'run a parameter sweep from an experiment file: cells on workers, resumable, tidy rows in CSV and Parquet',
  positionals: [{ name: 'experiment', description: 'the experiment file: JSON, or YAML (.yaml, .yml); see docs/sweeps.md' }],
  subcommands: [mergeCommand, sweepSlurmCommand, sweepReportCommand],
  options: {
    out: {
      kind: 'text',
      description: 'output directory (default: results/sweeps/<experiment file name>): the sweep folder, resumed when run again',
      placeholder: 'dir',
    },
    workers: {
      kind: 'int',
      description: 'worker threads running cells (default: the cores)',
      default: defaultWorkers(),
      min: 1,
      max: 1024,
    },
    shard: {
      kind: 'text',
      description: 'run shard i of n: the cells whose index % n == i − 1 (default: from SLURM_ARRAY_* or JOB_COMPLETION_INDEX)',
      placeholder: 'i/n',
    },
    shards: { kind: 'text', description: 'the number of shards of a Kubernetes Indexed Job (default: JOB_COMPLETIONS)', placeholder: 'n' },
    resume: { kind: 'bool', description: "continue this experiment's sweep at --out (refused unless it holds one)", default: false },
    force: { ...FORCE_OPTION, description: 'discard a sweep of another experiment at --out (never a folder goodhart did not write)' },
    yes: { kind: 'bool', description: 'allow more than 1000000 cells', default: false },
    'dry-run': { kind: 'bool', description: 'print the cell count and the first cells, run nothing', default: false },
    quiet: { kind: 'bool', short: 'q', description: 'no progress bar', default: false },
  },
  examples: [
    'goodhart sweep experiments/tiny.json',
    'goodhart sweep experiments/tiny.json --dry-run',
    'goodhart sweep experiments/tiny.yaml',
    'goodhart sweep experiments/tiny.json --workers 2 --out results/sweeps/tiny',
    'goodhart sweep experiments/tiny.json --shard 2/4',
    'goodhart sweep merge results/sweeps/tiny results/sweeps/tiny-shard-*-of-4',
  ],
  async run(args) {
    const file = args.positionals[0]!;
    const experiment = readExperimentFile(file);
    const total = checkSweepSize(experiment, args.options.yes === true);
    const shard = shardOf(args);
    const out = (args.options.out as string | undefined) ?? defaultSweepOut(file, shard);
    if (args.options['dry-run'] === true) {
      const cells = experimentCells(experiment).filter((c) => inShard(c.index, shard));
      console.log(`${cells.length} cells${shard ? ` (shard ${shard.index}/${shard.count} of ${total})` : ''} → ${out}`);
      for (const c of cells.slice(0, 5)) console.log(`  ${c.id}  seed ${c.seed}  ${JSON.stringify(c.point)}`);
      if (cells.length > 5) console.log(`  ... ${cells.length - 5} more`);
      return 0;
    }
    const bar = progress('sweep', args.options.quiet as boolean);
    const started = Date.now();
    let first: { done: number; at: number } | undefined;
    const outcome = await runExperimentSweep(experiment, {
      out,
      workers: args.options.workers as number,
      shard,
      force: args.options.force === true,
      resume: args.options.resume === true,
      yes: args.options.yes === true,
      onLog: (line) => console.error(line),
      onProgress: (done, n) => {
        first ??= { done, at: Date.now() };
        const rate = (done - first.done) / Math.max(1, Date.now() - first.at);
        const eta = rate > 0 ? `, ${formatDuration((n - done) / rate / 1000)} left` : '';
        bar.update(done, n, `cells${eta} (${formatDuration((Date.now() - started) / 1000)} so far)`);
      },
    });
    bar.stop();
    return report(outcome, shard);
  },
};

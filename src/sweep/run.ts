/**
 * A parameter sweep, end to end: the one implementation behind `goodhart sweep` and the API's
 * `sweep()`:
 *
 *   experiment ─▶ 1. cells (canonical order; a shard's share) ─▶ 2. open the folder (new, resumed, or refused)
 *              ─▶ 3. run the unfinished cells on the workers, each written to cells/<id>.csv as it ends
 *              ─▶ 4. rows.csv (cells in id order), rows.parquet and sweep-report.html (not in a shard's folder: `sweep merge` writes them)
 *
 * A cell the model fails on is recorded in failed/<id>.json and the sweep goes on. The folder's lock
 * (src/sweep/lock.ts) is held from step 2 to the end, so two sweeps never write one folder. No
 * external source.
 */
import { availableParallelism } from 'node:os';
import { basename, join } from 'node:path';
import { ParameterError } from '../errors.js';
import { cellCount, resolveExperiment, type Experiment } from './experiment.js';
import { readDataFile } from '../io/data-file.js';
import { experimentCells, inShard, type Cell, type Shard } from './cells.js';
import { finishedCells, openSweepFolder, writeMarker } from './folder.js';
import { writeSweepReport } from './report/index.js';
import { runCells } from './pool.js';
import { withDiskErrors } from './files.js';
import { writeRows } from './rows.js';

/** Most cells a sweep runs without `--yes` (`yes: true` in the API). */
export const MAX_CELLS_WITHOUT_YES = 1_000_000;

/** Options of {@link runExperimentSweep}. */
export interface SweepRunOptions {
  /** The sweep folder. */
  readonly out: string;
  /** Worker threads (≥ 1; default: the cores). */
  readonly workers?: number | undefined;
  /** Run only this shard's cells (no rows.csv: `sweep merge` unites the shards). */
  readonly shard?: Shard | undefined;
  /** Discard a folder holding another experiment's sweep. */
  readonly force?: boolean | undefined;
  /** Require the folder to hold this experiment's sweep already. */
  readonly resume?: boolean | undefined;
  /** Allow more than {@link MAX_CELLS_WITHOUT_YES} cells. */
  readonly yes?: boolean | undefined;
  /** Lines for the user (e.g. `resuming: 3 of 12 cells already done`). */
  readonly onLog?: ((line: string) => void) | undefined;
  /** Called after each cell: cells done (of this folder's cells) and their total. */
  readonly onProgress?: ((done: number, total: number) => void) | undefined;
}

/** What a sweep did. */
export interface SweepOutcome {
  /** The sweep folder (absolute). */
  readonly dir: string;
  /** Cells of this folder (all, or the shard's). */
  readonly cells: number;
  /** Cells already finished when it started (skipped). */
  readonly skipped: number;
  /** Cells that failed, with their errors, in id order. */
  readonly failed: readonly { readonly cell: string; readonly error: string }[];
  /** Rows in rows.csv (undefined for a shard, which writes none). */
  readonly rows: number | undefined;
}

/**
 * Read and resolve an experiment file, JSON or YAML by its extension (src/io/data-file.ts:
 * InputFormatError with line and column for a syntax error). The two formats resolve to the same
 * Experiment, and so to the same hash, for the same data.
 */
export function readExperimentFile(path: string): Experiment {
  return resolveExperiment(readDataFile(path, '<experiment>', 'an experiment file'), path);
}

/** Check the size of a sweep: at least one cell, at most {@link MAX_CELLS_WITHOUT_YES} unless `yes`. */
export function checkSweepSize(e: Experiment, yes: boolean): number {
  const n = cellCount(e);
  if (n > MAX_CELLS_WITHOUT_YES && !yes)
    throw new ParameterError('cells', n, `at most ${MAX_CELLS_WITHOUT_YES} cells without --yes (points × seeds; add --yes if you mean it)`);
  return n;
}

/**
 * The default sweep folder of an experiment file: results/sweeps/<file name without .json, .yaml
 * or .yml> (`<name>-shard-<i>-of-<n>` for a shard), so a file and its YAML twin share a folder.
 */
export function defaultSweepOut(file: string, shard: Shard | undefined): string {
  const name = basename(file).replace(/\.(json|ya?ml)$/i, '') || 'sweep';
  return join('results', 'sweeps', shard ? `${name}-shard-${shard.index}-of-${shard.count}` : name);
}

/** The default number of workers: the cores. */
export function defaultWorkers(): number {
  return availableParallelism();
}

/** Run (or resume) the sweep of a resolved experiment into its folder (see module doc). */
export async function runExperimentSweep(e: Experiment, o: SweepRunOptions): Promise<SweepOutcome> {
  checkSweepSize(e, o.yes === true);
  const workers = o.workers ?? defaultWorkers();
  if (!Number.isSafeInteger(workers) || workers < 1 || workers > 1024)
    throw new ParameterError('--workers', workers, 'an integer from 1 to 1024');
  const all = experimentCells(e);
  const mine = all.filter((c) => inShard(c.index, o.shard));
  const { dir, lock } = openSweepFolder({ dir: o.out, experiment: e, shard: o.shard, force: o.force, resume: o.resume, onLog: o.onLog });
  try {
    return await runOpened(dir, e, o, all, mine, workers);
  } finally {
    lock.release();
  }
}

/** Steps 3 and 4 in an opened (and locked) sweep folder. */
async function runOpened(
  dir: string,
  e: Experiment,
  o: SweepRunOptions,
  all: readonly Cell[],
  mine: readonly Cell[],
  workers: number,
): Promise<SweepOutcome> {
  const finished = finishedCells(dir);
  const todo = mine.filter((c) => !finished.has(c.id));
  const skipped = mine.length - todo.length;
  if (skipped > 0) o.onLog?.(`resuming: ${skipped} of ${mine.length} cells already done`);
  const failed: { cell: string; error: string }[] = [];
  let done = skipped;
  o.onProgress?.(done, mine.length);
  return withDiskErrors(dir, async () => {
    await runCells(dir, e, todo, workers, (cell, outcome) => {
      done++;
      if (!outcome.ok) failed.push({ cell: cell.id, error: outcome.error });
      o.onProgress?.(done, mine.length);
    });
    failed.sort((a, b) => (a.cell < b.cell ? -1 : 1));
    const rows = o.shard
      ? undefined
      : await writeRows(
          dir,
          e,
          all.map((c) => c.id),
        );
    if (rows !== undefined) await writeSweepReport(dir);
    writeMarker(dir);
    return { dir, cells: mine.length, skipped, failed, rows };
  });
}

/**
 * `goodhart sweep merge OUT DIR...`: unite the folders of a sweep's shards into one sweep folder.
 * Every DIR must hold the same experiment (same hash; otherwise refused, naming the first field
 * where they differ) and together they must cover every cell (finished or failed). Their cells/
 * and failed/ files are copied into OUT, then rows.csv and rows.parquet are written as a single
 * run writes them, so rows.csv is byte-identical to one local run's. No external source.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ParameterError } from '../errors.js';
import { firstDifference } from './canonical.js';
import { cellCount, experimentHash, type Experiment } from './experiment.js';
import { cellId } from './cells.js';
import { failedCells, finishedCells, isSweepFolder, openSweepFolder, readStoredExperiment, writeMarker } from './folder.js';
import { writeSweepReport } from './report/index.js';
import { withDiskErrors, writeFileAtomic } from './files.js';
import { writeRows } from './rows.js';
import type { SweepOutcome } from './run.js';

/** Options of {@link mergeSweeps}. */
export interface MergeOptions {
  /** Discard a sweep of another experiment at OUT. */
  readonly force?: boolean | undefined;
}

/** The experiment a sweep folder holds (its hash checked). */
function storedExperiment(dir: string): Experiment {
  const abs = resolve(dir);
  const stored = isSweepFolder(abs) ? readStoredExperiment(abs) : null;
  if (!stored) throw new ParameterError('DIR', dir, 'a sweep folder (written by goodhart sweep, with experiment.json)');
  const { hash, ...e } = stored;
  if (experimentHash(e) !== hash)
    throw new ParameterError('DIR', dir, 'a sweep folder whose experiment.json matches its hash (it was edited)');
  return e;
}

/** Merge shard folders `dirs` into the sweep folder `out` (see module doc). */
export async function mergeSweeps(out: string, dirs: readonly string[], o: MergeOptions = {}): Promise<SweepOutcome> {
  if (dirs.length === 0) throw new ParameterError('DIR', undefined, 'one or more shard folders to merge');
  const outAbs = resolve(out);
  for (const d of dirs)
    if (resolve(d) === outAbs) throw new ParameterError('OUT', out, 'a folder other than the shard folders merged into it');
  const first = storedExperiment(dirs[0]!);
  for (const d of dirs.slice(1)) {
    const field = firstDifference(first, storedExperiment(d));
    if (field !== null)
      throw new ParameterError(
        'DIR',
        d,
        `a shard of the same experiment as ${JSON.stringify(dirs[0])} (they differ at ${JSON.stringify(field)})`,
      );
  }
  const n = cellCount(first);
  const finishedIn = new Map<string, string>();
  const failedIn = new Map<string, string>();
  for (const d of dirs) {
    const abs = resolve(d);
    for (const id of finishedCells(abs)) if (!finishedIn.has(id)) finishedIn.set(id, abs);
    for (const id of failedCells(abs)) if (!failedIn.has(id)) failedIn.set(id, abs);
  }
  const ids = Array.from({ length: n }, (_, i) => cellId(i));
  const missing = ids.filter((id) => !finishedIn.has(id) && !failedIn.has(id));
  if (missing.length > 0)
    throw new ParameterError(
      'DIR',
      dirs.join(' '),
      `the folders of every shard, finished: ${missing.length} of ${n} cells are in none of them (first: ${missing[0]}); rerun the missing shards, then merge`,
    );
  const { dir, lock } = openSweepFolder({ dir: out, experiment: first, force: o.force });
  try {
    return await withDiskErrors(dir, () => copyAndWrite(dir, first, ids, finishedIn, failedIn));
  } finally {
    lock.release();
  }
}

/** Copy the shards' cell and failure files into `dir`, then write its rows. */
async function copyAndWrite(
  dir: string,
  first: Experiment,
  ids: readonly string[],
  finishedIn: ReadonlyMap<string, string>,
  failedIn: ReadonlyMap<string, string>,
): Promise<SweepOutcome> {
  const failed: { cell: string; error: string }[] = [];
  for (const id of ids) {
    const from = finishedIn.get(id);
    if (from !== undefined) {
      const to = join(dir, 'cells', `${id}.csv`);
      if (!existsSync(to)) writeFileAtomic(to, readFileSync(join(from, 'cells', `${id}.csv`)).toString('utf8'));
    } else {
      const src = readFileSync(join(failedIn.get(id)!, 'failed', `${id}.json`), 'utf8');
      writeFileAtomic(join(dir, 'failed', `${id}.json`), src);
      failed.push({ cell: id, error: String((JSON.parse(src) as { error?: unknown }).error) });
    }
  }
  const rows = await writeRows(dir, first, ids);
  await writeSweepReport(dir);
  writeMarker(dir);
  return { dir, cells: ids.length, skipped: 0, failed, rows };
}

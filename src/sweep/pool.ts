/**
 * Running a sweep's cells: in this thread for one worker, else on worker threads (the pattern of
 * the gauntlet's pool, src/gauntlet/pool.ts: a tsx shim entry, one job at a time per worker, a
 * crashed worker replaced). Every cell is written to the folder by whoever runs it, so results
 * never depend on the number of workers or on the order cells finish in. No external source.
 */
import { Worker } from 'node:worker_threads';
import { workerUrl } from '../worker-url.js';
import type { Experiment } from './experiment.js';
import type { Cell } from './cells.js';
import { recordFailure, runAndRecordCell, type CellOutcome } from './cell.js';
import type { CellMessage, CellReply, SweepWorkerData } from './worker-task.js';

/** Called after each cell, in the order they finish. */
export type CellDone = (cell: Cell, outcome: CellOutcome) => void;

/**
 * Run `cells` into the sweep folder `dir` on `workers` workers (1: in this thread). Resolves when all
 * are recorded. With several workers each cell's simulation runs on one thread (its engine threads = 1).
 */
export async function runCells(dir: string, e: Experiment, cells: readonly Cell[], workers: number, onDone: CellDone): Promise<void> {
  if (workers <= 1 || cells.length <= 1) {
    for (const cell of cells) {
      onDone(cell, runAndRecordCell(dir, e, cell));
      await new Promise((r) => setImmediate(r)); // let signals and output through between cells
    }
    return;
  }
  const data: SweepWorkerData = { dir, experiment: e, threads: 1 };
  const entry = workerUrl(import.meta.url, { source: './worker.mjs', built: './worker-task.js' });
  let next = 0;
  const lanes = Array.from({ length: Math.min(workers, cells.length) }, () => lane());
  await Promise.all(lanes);

  async function lane(): Promise<void> {
    let worker: Worker | undefined;
    try {
      while (next < cells.length) {
        const cell = cells[next++]!;
        worker ??= new Worker(entry, { workerData: data });
        const w = worker;
        const outcome = await new Promise<CellOutcome>((resolve) => {
          const finish = (o: CellOutcome, crashed: boolean) => {
            w.off('message', onMessage);
            w.off('error', onError);
            w.off('exit', onExit);
            if (crashed) {
              void w.terminate();
              worker = undefined;
            }
            resolve(o);
          };
          const onMessage = (reply: CellReply) => {
            if (reply.id === cell.id) finish(reply.outcome, false);
          };
          const onError = (err: Error) => finish(crash(`the worker crashed: ${err.message.split('\n')[0]}`), true);
          const onExit = (code: number) => finish(crash(`the worker ended (exit code ${code}) during the cell`), true);
          const crash = (error: string): CellOutcome => {
            try {
              recordFailure(dir, cell, error);
            } catch {
              // e.g. a full disk: the cell stays unfinished (no cells/ file) and a rerun tries it again
            }
            return { ok: false, error };
          };
          w.on('message', onMessage);
          w.on('error', onError);
          w.on('exit', onExit);
          w.postMessage({ cell } satisfies CellMessage);
        });
        onDone(cell, outcome);
      }
    } finally {
      if (worker) await worker.terminate();
    }
  }
}

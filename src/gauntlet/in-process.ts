/**
 * Gauntlet jobs on the calling thread: the work of a pool worker (worker-task.ts) without worker
 * threads. For runtimes where the tsx worker shim (worker.mjs) does not load — Deno, and so the
 * notebooks' Jupyter kernel — select it with `runGauntlet(..., { inProcess: true })`.
 *
 * Same cells, same seeds, same measures as the worker pool, so the results are identical. The one
 * difference: no time limit can be enforced (a synchronous scorer cannot be interrupted on its own
 * thread), so a scorer stuck in a loop blocks the run instead of failing its cell.
 */
import type { ScoreOutcome } from './cell.js';
import { runCellJob, type CellJob, type ScorerCache } from './job.js';

/** What the runner needs from a job executor: CellPool (worker threads) or InProcessRunner. */
export interface JobRunner {
  /** Run one job; never rejects: errors become failed outcomes, one per scorer. */
  run(job: Omit<CellJob, 'type'>): Promise<ScoreOutcome[]>;
  /** Release resources (threads). */
  close(): Promise<void>;
}

/** Runs jobs one at a time on this thread; scorers are loaded once and cached by ref. */
export class InProcessRunner implements JobRunner {
  private readonly cache: ScorerCache = new Map();

  /** Run one job (a cell for one or more scorers); failures are outcomes, never rejections. */
  run(job: Omit<CellJob, 'type'>): Promise<ScoreOutcome[]> {
    return runCellJob({ ...job, type: 'cell' }, this.cache);
  }

  /** Nothing to release. */
  async close(): Promise<void> {}
}

/**
 * Gauntlet jobs on the calling thread: the work of a pool worker (worker-task.ts) without worker
 * threads. For runtimes where the tsx worker shim (worker.mjs) does not load — Deno, and so the
 * notebooks' Jupyter kernel — select it with `runGauntlet(..., { inProcess: true })`.
 *
 * Same cells, same seeds, same measures as the worker pool, so the results are identical. The one
 * difference: no time limit can be enforced (a synchronous scorer cannot be interrupted on its own
 * thread), so a scorer stuck in a loop blocks the run instead of failing its cell.
 */
import type { Scorer } from '../metrics/scorer.js';
import { runCell, type ScoreOutcome } from './cell.js';
import { loadScorerRef } from './scorer-ref.js';
import { getSuite } from './suites/registry.js';
import type { JobMessage } from './worker-task.js';

/** What the runner needs from a job executor: CellPool (worker threads) or InProcessRunner. */
export interface JobRunner {
  /** Run one job; never rejects: errors become failed outcomes, one per scorer. */
  run(job: Omit<JobMessage, 'id'>): Promise<ScoreOutcome[]>;
  /** Release resources (threads). */
  close(): Promise<void>;
}

/** Runs jobs one at a time on this thread; scorers are loaded once and cached by ref. */
export class InProcessRunner implements JobRunner {
  private readonly cache = new Map<string, Promise<Scorer>>();

  /** Run one job (a cell for one or more scorers); failures are outcomes, never rejections. */
  async run(job: Omit<JobMessage, 'id'>): Promise<ScoreOutcome[]> {
    try {
      const scorers = await Promise.all(
        job.scorers.map((ref) => {
          const key = JSON.stringify(ref);
          if (!this.cache.has(key)) this.cache.set(key, loadScorerRef(ref));
          return this.cache.get(key)!;
        }),
      );
      return runCell(getSuite(job.suite), job.cell, scorers);
    } catch (e) {
      const reason = e instanceof Error ? `${e.name}: ${e.message.split('\n')[0]}` : String(e);
      return job.scorers.map(() => ({ ok: false, reason }));
    }
  }

  /** Nothing to release. */
  async close(): Promise<void> {}
}

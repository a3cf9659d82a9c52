/**
 * The gauntlet worker's loop: receive a job (a cell, or one scorer on one Observation), run it
 * (job.ts), post the result back. Scorers are loaded once per thread and cached by ref; a scorer
 * that does not load fails every cell it is in with its message. Asynchronous failures of a
 * scorer's code are caught in this thread (user-code.ts) and fail that scorer's cell. Before each
 * run of an external scorer's program the worker tells the pool to extend the job's time limit
 * by that run's own limit (JobExtend).
 */
import { parentPort } from 'node:worker_threads';
import {
  runCellJob,
  runLoadJob,
  runScoreJob,
  type CellJob,
  type LoadJob,
  type LoadJobOutcome,
  type ScoreJob,
  type ScoreJobOutcome,
  type ScorerCache,
} from './job.js';
import type { ScoreOutcome } from './cell.js';
import { onExternalRun } from '../metrics/command-scorer.js';

/** A message to the worker. */
export interface JobMessage {
  readonly id: number;
  readonly job: CellJob | ScoreJob | LoadJob;
}

/** The worker's answer. */
export interface JobReply {
  readonly id: number;
  readonly result: ScoreOutcome[] | ScoreJobOutcome | LoadJobOutcome;
}

/**
 * Sent while a job runs, before each run of an external scorer's program: extend the job's time
 * limit by `extendMs` (that run's own limit), so the program's time counts against its limit.
 */
export interface JobExtend {
  readonly id: number;
  readonly extendMs: number;
}

const cache: ScorerCache = new Map();

parentPort!.on('message', (msg: JobMessage) => {
  const job = msg.job;
  // One job at a time per worker: external runs during this job extend this job's limit.
  onExternalRun((extendMs) => parentPort!.postMessage({ id: msg.id, extendMs } satisfies JobExtend));
  const run: Promise<JobReply['result']> =
    job.type === 'cell' ? runCellJob(job, cache) : job.type === 'score' ? runScoreJob(job, cache) : runLoadJob(job, cache);
  void run.then((result) => parentPort!.postMessage({ id: msg.id, result } satisfies JobReply));
});

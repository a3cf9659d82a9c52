/**
 * A small pool of worker threads that run gauntlet jobs (job.ts) with a wall-clock limit each
 * (a fresh worker first loads the job's scorers, with 60 s more: start-up is not the scorer's
 * time; each run of an external scorer's program adds that run's own limit, see worker-task.ts). A job that does not finish in time has its worker terminated (the only way to stop a scorer stuck
 * in a loop) and a fresh worker takes its place; the job resolves as timed out. A worker that
 * crashes or ends (an error outside any scorer, an exit) fails the job it was running and is
 * replaced; every worker keeps an error listener for its whole life, so nothing a worker does
 * after its job ends can crash this thread. Workers load TypeScript through the tsx shim in
 * worker.mjs.
 */
import { Worker } from 'node:worker_threads';
import type { CellJob, LoadJob, LoadJobOutcome, ScoreJob, ScoreJobOutcome } from './job.js';
import type { ScorerRef } from './scorer-ref.js';
import type { JobExtend, JobMessage, JobReply } from './worker-task.js';
import type { ScoreOutcome } from './cell.js';
import type { JobRunner } from './in-process.js';
import { workerUrl } from '../worker-url.js';

interface Slot {
  worker: Worker;
  busy: boolean;
  /** The running job's failure callback (null when idle). */
  fail: ((reason: string) => void) | null;
  /** Scorer refs (JSON) the current worker has loaded. */
  loaded: Set<string>;
}

/** Time a fresh worker gets, beyond the job's limit, to start and load its scorers. */
const LOAD_GRACE_MS = 60_000;

/** Run jobs on up to `size` worker threads, each job limited to `timeLimitMs`. */
export class CellPool implements JobRunner {
  private readonly slots: Slot[] = [];
  private nextId = 1;
  private closed = false;

  /**
   * @param size number of worker threads (≥ 1).
   * @param timeLimitMs wall-clock limit of one job in milliseconds (> 0).
   */
  constructor(
    private readonly size: number,
    private readonly timeLimitMs: number,
  ) {}

  private spawn(slot: Slot): void {
    const worker = new Worker(workerUrl(import.meta.url, { source: './worker.mjs', built: './worker-task.js' }));
    worker.unref();
    worker.on('error', (e: Error) => {
      if (slot.worker === worker) slot.fail?.(`worker crashed: ${e.message.split('\n')[0]}`);
    });
    worker.on('exit', (code) => {
      if (slot.worker === worker && !this.closed) slot.fail?.(`worker ended (exit code ${code}) during the job`);
    });
    slot.worker = worker;
    slot.loaded = new Set();
  }

  private acquire(): Slot {
    let slot = this.slots.find((s) => !s.busy);
    if (!slot) {
      if (this.slots.length >= this.size) throw new Error('CellPool: more concurrent jobs than workers');
      slot = { worker: undefined as unknown as Worker, busy: false, fail: null, loaded: new Set() };
      this.spawn(slot);
      this.slots.push(slot);
    }
    slot.busy = true;
    return slot;
  }

  /** Send one job to the slot's worker and wait for its answer, at most `limitMs`. */
  private postOn<R>(slot: Slot, job: CellJob | ScoreJob | LoadJob, fail: (reason: string) => R, limitMs: number): Promise<R> {
    const id = this.nextId++;
    return new Promise((resolve) => {
      let settled = false;
      const done = (result: R, replace: boolean) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        slot.worker.off('message', onMessage);
        slot.fail = null;
        if (replace) {
          const old = slot.worker;
          this.spawn(slot);
          void old.terminate();
        }
        resolve(result);
      };
      const expire = () => done(fail(`timed out: no result within ${limitMs / 1000} s`), true);
      let deadline = Date.now() + limitMs;
      let timer = setTimeout(expire, limitMs);
      const onMessage = (reply: JobReply | JobExtend) => {
        if (reply.id !== id) return;
        if ('extendMs' in reply) {
          // An external scorer's program starts: its own limit is added to the job's.
          deadline += reply.extendMs;
          clearTimeout(timer);
          timer = setTimeout(expire, Math.max(0, deadline - Date.now()));
        } else done(reply.result as R, false);
      };
      slot.fail = (reason) => done(fail(reason), true);
      slot.worker.on('message', onMessage);
      slot.worker.postMessage({ id, job } satisfies JobMessage);
    });
  }

  /**
   * Run a timed job on a free worker. First, unless that worker already has them, the job's
   * scorers are loaded with a limit of the job's limit + 60 s: a fresh worker's start-up (tsx,
   * the simulator's modules) and a module's top-level code do not count against a job's time.
   */
  private async post<R>(job: CellJob | ScoreJob, refs: readonly ScorerRef[], fail: (reason: string) => R): Promise<R> {
    const slot = this.acquire();
    try {
      const missing = refs.filter((r) => !slot.loaded.has(JSON.stringify(r)));
      if (missing.length > 0) {
        const worker = slot.worker;
        await this.postOn(
          slot,
          { type: 'load', scorers: missing },
          (reason): LoadJobOutcome => ({ ok: false, reason }),
          this.timeLimitMs + LOAD_GRACE_MS,
        );
        // Loaded or failed, the worker caches the outcome: the job itself then fails with the load's message.
        if (slot.worker === worker) for (const ref of missing) slot.loaded.add(JSON.stringify(ref));
      }
      return await this.postOn(slot, job, fail, this.timeLimitMs);
    } finally {
      slot.busy = false;
    }
  }

  /** Run one cell job; never rejects: a time-out or a crashed worker becomes failed outcomes. */
  run(job: Omit<CellJob, 'type'>): Promise<ScoreOutcome[]> {
    return this.post({ ...job, type: 'cell' }, job.scorers, (reason) => job.scorers.map((): ScoreOutcome => ({ ok: false, reason })));
  }

  /** Score one Observation with one scorer; never rejects. */
  score(job: Omit<ScoreJob, 'type'>): Promise<ScoreJobOutcome> {
    return this.post({ ...job, type: 'score' }, [job.scorer], (reason): ScoreJobOutcome => ({ ok: false, reason }));
  }

  /** Stop every worker. */
  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
    this.slots.length = 0;
  }
}

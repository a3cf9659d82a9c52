/**
 * A small pool of worker threads that run gauntlet cells with a wall-clock limit each. A cell
 * that does not finish in time has its worker terminated (the only way to stop a scorer stuck
 * in a loop) and a fresh worker takes its place; the job resolves as timed out. Workers load
 * TypeScript through the tsx shim in worker.mjs (see docs/toolchain notes).
 */
import { Worker } from 'node:worker_threads';
import type { JobMessage, JobReply } from './worker-task.js';
import type { ScoreOutcome } from './cell.js';
import { workerUrl } from '../worker-url.js';

interface Slot {
  worker: Worker;
  busy: boolean;
}

/** Run jobs on up to `size` worker threads, each job limited to `timeLimitMs`. */
export class CellPool {
  private readonly slots: Slot[] = [];
  private nextId = 1;

  /**
   * @param size number of worker threads (≥ 1).
   * @param timeLimitMs wall-clock limit of one job in milliseconds (> 0).
   */
  constructor(
    private readonly size: number,
    private readonly timeLimitMs: number,
  ) {}

  private spawn(): Slot {
    const worker = new Worker(workerUrl(import.meta.url, { source: './worker.mjs', built: './worker-task.js' }));
    worker.unref();
    return { worker, busy: false };
  }

  private acquire(): Slot {
    let slot = this.slots.find((s) => !s.busy);
    if (!slot) {
      if (this.slots.length >= this.size) throw new Error('CellPool: more concurrent jobs than workers');
      slot = this.spawn();
      this.slots.push(slot);
    }
    slot.busy = true;
    return slot;
  }

  /** Run one job; never rejects: a time-out or a crashed worker becomes failed outcomes. */
  run(job: Omit<JobMessage, 'id'>): Promise<ScoreOutcome[]> {
    const slot = this.acquire();
    const id = this.nextId++;
    const fail = (reason: string): ScoreOutcome[] => job.scorers.map(() => ({ ok: false, reason }));
    return new Promise((resolve) => {
      const done = (outcomes: ScoreOutcome[], replace: boolean) => {
        clearTimeout(timer);
        slot.worker.off('message', onMessage);
        slot.worker.off('error', onError);
        if (replace) {
          void slot.worker.terminate();
          slot.worker = this.spawn().worker;
        }
        slot.busy = false;
        resolve(outcomes);
      };
      const onMessage = (reply: JobReply) => {
        if (reply.id === id) done([...reply.outcomes], false);
      };
      const onError = (e: Error) => done(fail(`worker crashed: ${e.message.split('\n')[0]}`), true);
      const timer = setTimeout(() => done(fail(`timed out: no result within ${this.timeLimitMs / 1000} s`), true), this.timeLimitMs);
      slot.worker.on('message', onMessage);
      slot.worker.on('error', onError);
      slot.worker.postMessage({ ...job, id } satisfies JobMessage);
    });
  }

  /** Stop every worker. */
  async close(): Promise<void> {
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
    this.slots.length = 0;
  }
}

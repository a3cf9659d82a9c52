/**
 * Worker-thread body for ./pagerank-threads.ts (PageRank power iteration, Page et al. 1999): each
 * job sweeps the row blocks it claims (./pagerank-sweep.ts) of the current solve on shared memory,
 * reading the pooled dangling mass and the buffer parity from the solve's shared parameters. A job
 * whose message sets `setup: null` only drops the last solve's arrays. The job protocol and its
 * failure reports are src/worker-pool.ts's.
 */
import { workerData } from 'node:worker_threads';
import { type PoolWorkerData, serveJobs } from '../../worker-pool.js';
import { blockCount } from './pagerank-sweep.js';
import { claimBlocks, type PageRankWorkerMessage } from './pagerank-threads.js';

const control = new Int32Array((workerData as PoolWorkerData).control);

let solve: NonNullable<PageRankWorkerMessage['setup']> | null = null;

serveJobs((messages) => {
  let released = false;
  for (const m of messages as PageRankWorkerMessage[]) {
    if (m.setup !== undefined) {
      solve = m.setup;
      released = m.setup === null;
    }
  }
  if (released) return;
  if (!solve) throw new Error('PageRank worker: woken without a solve');
  claimBlocks(control, solve.arrays, blockCount(solve.arrays.n), solve.params[0]!, solve.params[1]!);
});

/**
 * Worker threads for the shared PageRank kernel (./pagerank-kernel.ts): each sweep, every thread
 * (the calling one included) claims row blocks (./pagerank-sweep.ts) from a shared counter and
 * sweeps them on arrays in shared memory; the caller adds the blocks' partial sums in block order,
 * so the scores are identical bit for bit whichever thread ran which block, for any thread count.
 *
 * The threads are one persistent {@link WorkerPool} (src/worker-pool.ts), started on the first
 * large solve and kept (unref'd, so it never keeps the process alive) for the next ones: a
 * `goodhart run` calls PageRank for several scorers and snapshots, and starting a worker (which
 * loads its module) costs more than a 100,000-node sweep. The caller waits synchronously
 * (Atomics), so the kernel stays a plain function.
 * Reference: the futex-style handshake of src/worker-pool.ts; blocks claimed from a shared counter
 * are the dynamic scheduling of OpenMP's `schedule(dynamic)` (as the cascades' chunks are).
 */
import { availableParallelism } from 'node:os';
import { ParameterError } from '../../errors.js';
import { WorkerPool } from '../../worker-pool.js';
import { workerUrl } from '../../worker-url.js';
import { blockCount, sweepBlocks, type SweepArrays } from './pagerank-sweep.js';

/** Nodes from which PageRank uses more than one thread by default (below, one sweep is a few ms). */
export const PAGERANK_PARALLEL_MIN = 100_000;
/** Most threads PageRank uses (memory bandwidth, not cores, bounds a sparse sweep). */
export const PAGERANK_MAX_THREADS = 16;

let processThreads: number | undefined;

/**
 * Set the threads every later PageRank solve uses when its caller names none (the CLI's
 * `--threads`, so that `--threads 1` starts no PageRank workers either); undefined restores the
 * default. Results do not depend on it.
 * @param threads an integer in 1 … 16, or undefined.
 */
export function setPageRankThreads(threads: number | undefined): void {
  if (threads !== undefined) pageRankThreads(1, threads); // validates
  processThreads = threads;
}

/**
 * Threads for a solve on n nodes: `requested` if given (an integer in 1 … 16), else the value of
 * {@link setPageRankThreads}, else the cores available (at most 8) from
 * {@link PAGERANK_PARALLEL_MIN} nodes on, else 1; never more than the number of row blocks.
 * Results do not depend on it.
 */
export function pageRankThreads(n: number, asked: number | undefined): number {
  const requested = asked ?? processThreads;
  if (requested !== undefined && !(Number.isInteger(requested) && requested >= 1 && requested <= PAGERANK_MAX_THREADS))
    throw new ParameterError('threads', requested, `a whole number from 1 to ${PAGERANK_MAX_THREADS}`);
  const t = requested ?? (n >= PAGERANK_PARALLEL_MIN ? Math.max(1, Math.min(8, availableParallelism())) : 1);
  return Math.max(1, Math.min(t, blockCount(Math.max(1, n))));
}

/** What a PageRank worker receives at the start of a solve (typed arrays on shared memory). */
export interface PageRankWorkerMessage {
  /** The solve's arrays and its shared parameters [pooled mass, parity], or null to drop the last solve's. */
  readonly setup?: { readonly arrays: SweepArrays; readonly params: Float64Array } | null;
}

let shared: WorkerPool | null = null;

/** The persistent pool with `workers` threads (started now, loading while the caller prepares). */
export function pageRankPool(workers: number): WorkerPool {
  if (shared && shared.size === workers) return shared;
  shared?.close();
  shared = new WorkerPool({
    entry: workerUrl(import.meta.url, { source: './pagerank-worker.mjs', built: './pagerank-worker.js' }),
    size: workers,
    what: 'a PageRank worker thread',
    workaround: 'PageRank with threads: 1 runs without workers',
    data: () => ({ data: {} }),
  });
  return shared;
}

/** Close the persistent pool (tests; the threads also end with the process). */
export function closePageRankPool(): void {
  shared?.close();
  shared = null;
}

/**
 * A sweeper for one solve: `sweep(pool, parity)` wakes the workers, and every thread (the caller
 * too) claims row blocks from a shared counter (the pool's control word 0) until none is left, so
 * a thread the machine's load holds back leaves its share to the others; it returns when all are
 * done. `release` lets the workers drop the arrays. A worker failure closes the pool and throws a
 * ModelError.
 */
export function threadedSweeper(pool: WorkerPool, arrays: SweepArrays, shareMemory: (bytes: number) => ArrayBufferLike) {
  const nb = blockCount(arrays.n);
  const params = new Float64Array(shareMemory(16));
  const { control } = pool;
  let first = true;
  const run = (message: PageRankWorkerMessage | undefined, own: () => void) => {
    try {
      Atomics.store(control, 0, 0);
      for (let w = 0; w < pool.size; w++) pool.start(w, message);
      own();
      pool.finishAll();
    } catch (e) {
      if (shared === pool) shared = null;
      throw e;
    }
  };
  return {
    sweep(poolMass: number, parity: number): void {
      params[0] = poolMass;
      params[1] = parity;
      const setup = first;
      first = false;
      run(setup ? { setup: { arrays, params } } : undefined, () => claimBlocks(control, arrays, nb, poolMass, parity));
    },
    release(): void {
      if (!first) run({ setup: null }, () => {});
    },
  };
}

/** Sweep blocks claimed one at a time from `control[0]` until all nb are taken (caller and workers). */
export function claimBlocks(control: Int32Array, arrays: SweepArrays, nb: number, poolMass: number, parity: number): void {
  for (let b = Atomics.add(control, 0, 1); b < nb; b = Atomics.add(control, 0, 1)) sweepBlocks(arrays, b, b + 1, poolMass, parity);
}

/**
 * Deterministic parallel sampling of RR sets for ris.ts (Borgs et al. 2014; Tang et al. 2014).
 *
 * The RR sets are split into a fixed number of chunks ({@link RIS_CHUNKS}); chunk k draws from its
 * own child stream `<key>/c<k>` with its own stratified root order, and a round asking for θ sets in
 * total gives chunk k the fixed share ⌊θ/K⌋ + [k < θ mod K] (non-decreasing in θ, summing to θ). Chunk k runs on executor k mod T (T = the
 * thread count: the calling thread plus T − 1 worker threads). Counts are integers added together,
 * so the result is byte-identical whatever T is and however the threads are scheduled.
 *
 * Workers share the sampler's read-only arrays (SharedArrayBuffer) and their own count array with
 * the calling thread; a small shared control block carries the protocol (state 0 idle, 1 work,
 * 2 done, 3 failed, 4 exit) so the call stays synchronous (Atomics.wait on the caller).
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { ModelError } from '../errors.js';
import { Rng } from '../rng.js';
import { risChunkStream } from '../streams.js';
import type { RrSampler } from './rr-sampler.js';
import { workerUrl } from '../worker-url.js';

/** Fixed number of chunks (independent streams) an RIS run is split into; the maximum useful thread count. */
export const RIS_CHUNKS = 8;

/** Data a worker needs to rebuild a sampler (arrays on SharedArrayBuffers). Only IC supports it. */
export interface WorkerSamplerSpec {
  readonly kind: 'ic';
  readonly n: number;
  readonly offsets: Uint32Array;
  readonly rec: Float64Array;
  readonly empty: Float64Array;
}

/** One chunk: its stream, its stratified root order and its sampler. */
export class RisChunk {
  private pos: number;
  /** RR sets drawn so far by this chunk. */
  done = 0;
  private readonly sample: RrSampler;

  /** @param makeSampler builds the chunk's sampler from its own stream. */
  constructor(private readonly rng: Rng, private readonly roots: Uint32Array, makeSampler: (rng: Rng) => RrSampler) {
    this.pos = roots.length;
    this.sample = makeSampler(rng);
  }

  /** Draw RR sets until this chunk has drawn `total` in all. */
  runTo(total: number): void {
    const R = this.roots.length;
    const roots = this.roots;
    const sample = this.sample;
    for (; this.done < total; this.done++) {
      if (this.pos === R) {
        this.rng.shuffle(roots);
        this.pos = 0;
      }
      sample(roots[this.pos++]!);
    }
  }
}

/** Number of RR sets chunk k (0 … RIS_CHUNKS − 1) has drawn when θ sets are drawn in all. */
export function chunkTotal(theta: number, k: number): number {
  return Math.floor(theta / RIS_CHUNKS) + (k < theta % RIS_CHUNKS ? 1 : 0);
}

/** The key of chunk k's stream, a child of the caller's stream. */
export function chunkKey(key: string, k: number): string {
  return risChunkStream(key, k);
}

/** Default thread count: up to the cores available (≤ RIS_CHUNKS), only for large jobs (≥ 50,000 real people). */
export function defaultThreads(realPeople: number): number {
  return realPeople >= 50_000 ? Math.max(1, Math.min(RIS_CHUNKS, availableParallelism())) : 1;
}

interface WorkerHandle {
  readonly worker: Worker;
  readonly control: Int32Array;
  readonly totals: Float64Array;
  readonly deep: Uint32Array;
}

/**
 * Runs the chunks of one RIS estimate on `threads` threads; {@link ChunkPool.drawTo} is synchronous.
 * Call {@link ChunkPool.close} when done (workers exit; they never keep the process alive).
 */
export class ChunkPool {
  private readonly local: RisChunk[] = [];
  private readonly workers: WorkerHandle[] = [];
  /** Counts of the calling thread's chunks (length n). */
  readonly localDeep: Uint32Array;

  /**
   * @param key the caller's stream key (chunk streams are `<key>/c<k>`)
   * @param real the real people (roots), ascending
   * @param makeSampler builds a sampler counting into `deep` from a stream
   * @param threads 1 … RIS_CHUNKS; > 1 needs `shared`
   */
  constructor(key: string, real: Uint32Array, n: number, makeSampler: (rng: Rng, deep: Uint32Array) => RrSampler, threads: number, countDirect: boolean, shared?: WorkerSamplerSpec) {
    const T = shared ? Math.max(1, Math.min(RIS_CHUNKS, Math.floor(threads))) : 1;
    this.localDeep = new Uint32Array(n);
    for (let k = 0; k < RIS_CHUNKS; k += T) {
      this.local.push(new RisChunk(new Rng(chunkKey(key, k)), real.slice(), (r) => makeSampler(r, this.localDeep)));
    }
    for (let t = 1; t < T; t++) {
      const control = new Int32Array(new SharedArrayBuffer(8));
      const totals = new Float64Array(new SharedArrayBuffer(8 * RIS_CHUNKS));
      const deep = new Uint32Array(new SharedArrayBuffer(4 * n));
      const chunks: number[] = [];
      for (let k = t; k < RIS_CHUNKS; k += T) chunks.push(k);
      const worker = new Worker(workerUrl(import.meta.url, { source: './ris-worker.mjs', built: './ris-worker.js' }), {
        workerData: { control: control.buffer, totals: totals.buffer, deep: deep.buffer, real, chunks, keys: chunks.map((k) => chunkKey(key, k)), countDirect, spec: shared },
      });
      worker.unref();
      this.workers.push({ worker, control, totals, deep });
    }
    this.threads = T;
  }

  /** Threads in use (1 = calling thread only). */
  readonly threads: number;

  /** Draw until θ RR sets exist in all (every chunk at its fixed share). */
  drawTo(theta: number): void {
    const T = this.threads;
    for (const w of this.workers) {
      for (let k = 0; k < RIS_CHUNKS; k++) w.totals[k] = chunkTotal(theta, k);
      Atomics.store(w.control, 0, 1);
      Atomics.notify(w.control, 0);
    }
    for (let i = 0; i < this.local.length; i++) this.local[i]!.runTo(chunkTotal(theta, i * T));
    for (const w of this.workers) {
      while (Atomics.load(w.control, 0) === 1) Atomics.wait(w.control, 0, 1, 1000);
      if (Atomics.load(w.control, 0) !== 2) {
        this.close();
        throw new ModelError('an RIS worker thread failed (see its error output); rerun with threads: 1');
      }
      Atomics.store(w.control, 0, 0);
    }
  }

  /** Sum of every thread's counts (integer sums: independent of order). */
  merged(): Uint32Array {
    if (this.workers.length === 0) return this.localDeep;
    const out = this.localDeep.slice();
    for (const w of this.workers) for (let i = 0; i < out.length; i++) out[i]! += w.deep[i]!;
    return out;
  }

  /** Tell the workers to exit. */
  close(): void {
    for (const w of this.workers) {
      Atomics.store(w.control, 0, 4);
      Atomics.notify(w.control, 0);
    }
  }
}

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
 * the calling thread. The threads are a {@link WorkerPool} (src/worker-pool.ts): each round sends θ
 * on a worker's port and waits synchronously; a worker that fails, while starting or during a
 * round, is reported as a ModelError quoting its error, never waited for, and every worker ends.
 */
import { availableParallelism } from 'node:os';
import { Rng } from '../rng.js';
import { risChunkStream } from '../streams.js';
import type { RrSampler } from './rr-sampler.js';
import { workerUrl } from '../worker-url.js';
import { WorkerPool, type PoolWorkerData } from '../worker-pool.js';

/** Fixed number of chunks (independent streams) an RIS run is split into; the maximum useful thread count. */
export const RIS_CHUNKS = 8;

/** Data a worker needs to rebuild a sampler (the sorted rows of ic-rows.ts, on SharedArrayBuffers). Only IC supports it. */
export interface WorkerSamplerSpec {
  readonly kind: 'ic';
  readonly n: number;
  readonly head: Float64Array;
  readonly starts: Uint32Array;
  readonly rec: Float64Array;
  readonly label: Uint32Array;
  readonly order: Uint32Array;
}

/** One chunk: its stream, its stratified root order and its sampler. */
export class RisChunk {
  private pos: number;
  /** RR sets drawn so far by this chunk. */
  done = 0;
  private readonly sample: RrSampler;

  /** @param makeSampler builds the chunk's sampler from its own stream. */
  constructor(
    private readonly rng: Rng,
    private readonly roots: Uint32Array,
    makeSampler: (rng: Rng) => RrSampler,
  ) {
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
    sample.flush?.();
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

/** What an RIS worker is told once (besides the pool's control words, slot and port). */
export interface RisWorkerInit extends PoolWorkerData {
  /** This worker's counts (Uint32, length n). */
  readonly deep: SharedArrayBuffer;
  /** The real people (roots), ascending. */
  readonly real: Uint32Array;
  /** The chunks this worker owns (k ≡ its thread index mod T). */
  readonly chunks: readonly number[];
  /** Their stream keys, `<key>/c<k>`. */
  readonly keys: readonly string[];
  readonly countDirect: boolean;
  readonly spec: WorkerSamplerSpec;
}

/** One round's job: draw until θ RR sets exist in all. */
export interface RisWorkerJob {
  readonly theta: number;
}

/** Options of {@link ChunkPool} beyond its arguments. */
export interface ChunkPoolOptions {
  /** Worker entry module (default ./ris-worker.mjs); tests point it at failing stand-ins. */
  readonly workerEntry?: URL;
}

/**
 * Runs the chunks of one RIS estimate on `threads` threads; {@link ChunkPool.drawTo} is synchronous.
 * Call {@link ChunkPool.close} when done (workers are terminated; they never keep the process alive).
 */
export class ChunkPool {
  private readonly local: RisChunk[] = [];
  private readonly pool: WorkerPool<Omit<RisWorkerInit, keyof PoolWorkerData>>;
  private readonly deeps: Uint32Array[] = [];
  /** Counts of the calling thread's chunks (length n). */
  readonly localDeep: Uint32Array;
  /** Threads in use (1 = calling thread only). */
  readonly threads: number;

  /**
   * @param key the caller's stream key (chunk streams are `<key>/c<k>`)
   * @param real the real people (roots), ascending
   * @param makeSampler builds a sampler counting into `deep` from a stream
   * @param threads 1 … RIS_CHUNKS; > 1 needs `shared`
   */
  constructor(
    key: string,
    real: Uint32Array,
    n: number,
    makeSampler: (rng: Rng, deep: Uint32Array) => RrSampler,
    threads: number,
    countDirect: boolean,
    shared?: WorkerSamplerSpec,
    opts: ChunkPoolOptions = {},
  ) {
    const T = shared ? Math.max(1, Math.min(RIS_CHUNKS, Math.floor(threads))) : 1;
    this.threads = T;
    this.localDeep = new Uint32Array(n);
    for (let k = 0; k < RIS_CHUNKS; k += T) {
      this.local.push(new RisChunk(new Rng(chunkKey(key, k)), real.slice(), (r) => makeSampler(r, this.localDeep)));
    }
    for (let t = 1; t < T; t++) this.deeps.push(new Uint32Array(new SharedArrayBuffer(4 * n)));
    this.pool = new WorkerPool({
      entry: opts.workerEntry ?? workerUrl(import.meta.url, { source: './ris-worker.mjs', built: './ris-worker.js' }),
      size: T - 1,
      what: 'an RIS worker thread',
      workaround: '--threads 1 (threads: 1 in the truth options) runs without workers',
      data: (w) => {
        const chunks: number[] = [];
        for (let k = w + 1; k < RIS_CHUNKS; k += T) chunks.push(k);
        return {
          data: {
            deep: this.deeps[w]!.buffer as SharedArrayBuffer,
            real,
            chunks,
            keys: chunks.map((k) => chunkKey(key, k)),
            countDirect,
            spec: shared!,
          },
        };
      },
    });
  }

  /** Draw until θ RR sets exist in all (every chunk at its fixed share). */
  drawTo(theta: number): void {
    const T = this.threads;
    const job: RisWorkerJob = { theta };
    for (let w = 0; w < this.pool.size; w++) this.pool.start(w, job);
    try {
      for (let i = 0; i < this.local.length; i++) this.local[i]!.runTo(chunkTotal(theta, i * T));
    } catch (e) {
      this.close();
      throw e;
    }
    this.pool.finishAll();
  }

  /** Sum of every thread's counts (integer sums: independent of order). */
  merged(): Uint32Array {
    if (this.deeps.length === 0) return this.localDeep;
    const out = this.localDeep.slice();
    for (const deep of this.deeps) for (let i = 0; i < out.length; i++) out[i]! += deep[i]!;
    return out;
  }

  /** Stop and terminate the workers (idempotent). */
  close(): void {
    this.pool.close();
  }
}

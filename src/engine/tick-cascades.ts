/**
 * All of one tick's cascades, split into a fixed number of chunks that run on one or more threads
 * with the same result.
 *
 * Post i of the tick belongs to chunk i mod {@link CASCADE_CHUNKS}; chunk c runs its posts in order
 * with its own stream `<prefix>/t<tick>/c<c>` and collects their reactions in its own buffer. The
 * threads (the calling thread plus T − 1 workers) claim chunks from a shared counter; when all are
 * done the caller logs the reactions chunk by chunk, post by post. A chunk's draws and output
 * depend only on the world, the tick and the chunk, so a run is byte-identical for any thread count
 * and any scheduling (the same design as the RIS chunks in src/truth/ris-chunks.ts).
 *
 * Cascades only read the world during the apply phase (follows change after them), so workers
 * read the follower rows straight from the world's shared arena (src/engine/dynamic-follows.ts)
 * and the person records from one shared array the caller fills per tick; each thread keeps its
 * own visited stamps in its own {@link CascadeScratch}. The threads are a {@link WorkerPool}
 * (src/worker-pool.ts: failures reported, never waited on); jobs and results travel on its ports,
 * read synchronously, so {@link TickCascades.run} stays synchronous.
 * Reference: Kempe, Kleinberg & Tardos (2003), Independent Cascade.
 */
import { availableParallelism } from 'node:os';
import { ModelError, ParameterError } from '../errors.js';
import { workerUrl } from '../worker-url.js';
import { WorkerPool, type PoolWorkerData } from '../worker-pool.js';
import { Rng } from '../rng.js';
import { cascadeChunkStream } from '../streams.js';
import { cascade, CascadeScratch, fillRecords, ReactionBuffer, type CascadeParams, type FollowerRows } from './cascade.js';
import type { World } from './world.js';

/** Fixed number of chunks (independent streams) a tick's cascades are split into; the most threads that help. */
export const CASCADE_CHUNKS = 16;

/** Default thread count: the cores available, at most 8, for worlds of ≥ 100,000 accounts; else 1. */
export function defaultCascadeThreads(accounts: number): number {
  return accounts >= 100_000 ? Math.max(1, Math.min(8, availableParallelism())) : 1;
}

/** One tick's posts, in the order they were made. */
export interface TickPosts {
  readonly count: number;
  /** Author of post i. */
  readonly authors: Uint32Array;
  /** Feed showings of post i (an integer ≥ 0): its cascade runs that many times. */
  readonly shows: Uint32Array;
  /** Appeal multiplier of post i in [0, 1] (paid posts persuade less). */
  readonly appeal: Float64Array;
}

/** The key of chunk c's stream at a tick, a child of the run's cascade stream. */
export function cascadeChunkKey(prefix: string, tick: number, c: number): string {
  return cascadeChunkStream(prefix, tick, c);
}

/**
 * Run chunk c (0 … CASCADE_CHUNKS − 1) of a tick: posts c, c + 16, c + 32, … in order, each shown
 * `shows[i]` times, with the chunk's own stream; reactions into `out`. Returns people moved.
 */
export function runCascadeChunk(
  rows: FollowerRows,
  params: CascadeParams,
  posts: TickPosts,
  prefix: string,
  tick: number,
  c: number,
  scratch: CascadeScratch,
  out: ReactionBuffer,
): number {
  const next = new Rng(cascadeChunkKey(prefix, tick, c)).next;
  let moved = 0;
  for (let i = c; i < posts.count; i += CASCADE_CHUNKS) {
    const author = posts.authors[i]!;
    const appeal = posts.appeal[i]!;
    for (let k = posts.shows[i]!; k > 0; k--) moved += cascade(rows, params, author, appeal, next, scratch, out, i);
  }
  return moved;
}

/** What a worker is told once (besides the pool's control words, slot and port; control word 0 is the chunk counter). */
export interface CascadeWorkerInit extends PoolWorkerData {
  readonly n: number;
  readonly prefix: string;
  readonly params: CascadeParams;
  readonly records: SharedArrayBuffer;
}

/** The follower rows as shared buffers (see {@link FollowerRows}). */
export interface SharedRows {
  readonly start: Uint32Array;
  readonly len: Uint32Array;
  readonly pairs: SharedArrayBuffer;
}

/** A message to a worker: new follower rows (first job, or after the arena grew) and/or a tick's job. */
export interface CascadeWorkerMessage {
  readonly rows?: SharedRows;
  readonly job?: { tick: number; posts: TickPosts };
}

/** A worker's answer for one chunk. */
export interface CascadeWorkerReply {
  readonly c: number;
  readonly moved: number;
  readonly data: Uint32Array;
  readonly length: number;
}

/** Control word 0 of the pool: the next chunk to claim. */
const NEXT = 0;

/** Options of {@link TickCascades} beyond the thread count. */
export interface TickCascadesOptions {
  /**
   * Whether the calling thread runs chunks too (default true). False leaves every chunk to the
   * workers — for tests that must exercise them, or a caller that wants its thread free.
   */
  readonly callerRuns?: boolean;
  /** Worker entry module (default ./cascade-worker.mjs); tests point it at failing stand-ins. */
  readonly workerEntry?: URL;
}

/**
 * Runs each tick's cascades for one world on `threads` threads. {@link run} is synchronous; call
 * {@link close} when the run ends (workers are unref'd and terminated on close, so none outlives it).
 */
export class TickCascades {
  readonly threads: number;
  private readonly scratch: CascadeScratch;
  private readonly records: Float64Array;
  private readonly control: Int32Array;
  private readonly pool: WorkerPool<Omit<CascadeWorkerInit, keyof PoolWorkerData>>;
  /** The row buffers last sent to each worker (null: none yet). */
  private readonly sent: (readonly ArrayBufferLike[] | null)[];
  private readonly buffers: ReactionBuffer[] = [];
  private readonly moved = new Float64Array(CASCADE_CHUNKS);
  private readonly callerRuns: boolean;

  /**
   * @param prefix the run's cascade stream key (chunk streams are `<prefix>/t<tick>/c<c>`)
   * @param threads 1 … CASCADE_CHUNKS (the calling thread counts as one)
   */
  constructor(
    private readonly world: World,
    private readonly prefix: string,
    private readonly params: CascadeParams,
    threads: number,
    opts: TickCascadesOptions = {},
  ) {
    if (!Number.isInteger(threads) || threads < 1 || threads > CASCADE_CHUNKS)
      throw new ParameterError('threads', threads, `an integer from 1 to ${CASCADE_CHUNKS}`);
    const T = threads;
    this.threads = T;
    this.callerRuns = opts.callerRuns ?? true;
    if (!this.callerRuns && T === 1) throw new ParameterError('callerRuns', false, 'true when threads is 1 (someone must run the chunks)');
    this.scratch = new CascadeScratch(world.n);
    this.records = T > 1 ? new Float64Array(new SharedArrayBuffer(8 * 4 * world.n)) : this.scratch.node;
    for (let c = 0; c < CASCADE_CHUNKS; c++) this.buffers.push(new ReactionBuffer());
    const records = this.records.buffer as SharedArrayBuffer;
    this.pool = new WorkerPool({
      entry: opts.workerEntry ?? workerUrl(import.meta.url, { source: './cascade-worker.mjs', built: './cascade-worker.js' }),
      size: T - 1,
      what: 'a cascade worker thread',
      workaround: '--threads 1 (simulate(config, { threads: 1 })) runs without workers',
      data: () => ({ data: { n: world.n, prefix, params, records } }),
    });
    this.control = this.pool.control;
    this.sent = new Array<null>(T - 1).fill(null);
  }

  /**
   * Run the cascades of `posts` at `tick` and log their reactions into the world (chunk by chunk,
   * each chunk's in the order they happened). Returns the number of real people moved (hidden).
   * @param attentionScale A in the receptivity susceptibility × A / (A + following), ≥ 1
   */
  run(tick: number, posts: TickPosts, attentionScale: number): number {
    const { world, scratch, control } = this;
    const rows = world.graph.inn;
    const W = this.pool.size;
    if (W === 0) scratch.refresh(world, attentionScale);
    else {
      fillRecords(world, attentionScale, this.records);
      scratch.load(this.records);
    }
    Atomics.store(control, NEXT, 0);
    if (W > 0) {
      const buffers = [rows.start.buffer, rows.len.buffer, rows.pairs.buffer];
      if (!buffers.every((b) => b instanceof SharedArrayBuffer))
        throw new ModelError('cascade workers need the follow arena on SharedArrayBuffers (src/engine/dynamic-follows.ts)');
      for (let w = 0; w < W; w++) {
        const sent = this.sent[w];
        const fresh = sent == null || sent.some((b, i) => b !== buffers[i]);
        const msg: CascadeWorkerMessage = {
          job: { tick, posts },
          ...(fresh ? { rows: { start: rows.start, len: rows.len, pairs: rows.pairs.buffer as SharedArrayBuffer } } : {}),
        };
        this.sent[w] = buffers;
        // A worker that already failed (e.g. while starting) is reported here, not waited for.
        this.pool.start(w, msg);
      }
    }
    if (this.callerRuns) {
      for (let c = Atomics.add(control, NEXT, 1); c < CASCADE_CHUNKS; c = Atomics.add(control, NEXT, 1)) {
        const out = this.buffers[c]!;
        out.length = 0;
        this.moved[c] = runCascadeChunk(rows, this.params, posts, this.prefix, tick, c, scratch, out);
      }
    }
    this.pool.finishAll((m) => {
      const r = m as CascadeWorkerReply;
      this.moved[r.c] = r.moved;
      const buf = this.buffers[r.c]!;
      buf.data = r.data;
      buf.length = r.length;
    });
    let moved = 0;
    for (let c = 0; c < CASCADE_CHUNKS; c++) {
      moved += this.moved[c]!;
      const { data, length } = this.buffers[c]!;
      for (let t = 0, j = 0; t < length; t++, j += 3) world.logReaction(data[j + 1]!, posts.authors[data[j]!]!, data[j + 2]!);
    }
    return moved;
  }

  /** Tell the workers to exit, and terminate them (a busy one does not wait for its chunk). */
  close(): void {
    this.pool.close();
  }
}

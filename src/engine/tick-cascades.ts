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
 * own visited stamps in its own {@link CascadeScratch}. Protocol per worker (control word): 0 idle,
 * 1 work, 2 done, 3 failed, 4 exit; job and results travel on a MessagePort read synchronously
 * (`receiveMessageOnPort`), so {@link TickCascades.run} stays synchronous.
 * Reference: Kempe, Kleinberg & Tardos (2003), Independent Cascade.
 */
import { availableParallelism } from 'node:os';
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import { ModelError, ParameterError } from '../errors.js';
import { Rng } from '../rng.js';
import { cascade, CascadeScratch, fillRecords, ReactionBuffer, type CascadeParams, type FollowerRows } from './cascade.js';
import type { World } from './world.js';

/** Fixed number of chunks (independent streams) a tick's cascades are split into; the most threads that help. */
export const CASCADE_CHUNKS = 16;

/** Default thread count: the cores available (≤ 8) for worlds of ≥ 100,000 accounts, else 1. */
export function defaultCascadeThreads(accounts: number): number {
  return accounts >= 100_000 ? Math.max(1, Math.min(8, availableParallelism())) : 1;
}

/** One tick's posts, in the order they were made. */
export interface TickPosts {
  readonly count: number;
  /** Author of post i. */
  readonly authors: Uint32Array;
  /** Feed showings of post i (≥ 1): its cascade runs that many times. */
  readonly shows: Uint32Array;
  /** Appeal multiplier of post i in [0, 1] (paid posts persuade less). */
  readonly appeal: Float64Array;
}

/** The key of chunk c's stream at a tick, a child of the run's cascade stream. */
export function cascadeChunkKey(prefix: string, tick: number, c: number): string {
  return `${prefix}/t${tick}/c${c}`;
}

/** Run chunk c of a tick: its posts in order, one stream; reactions into `out`. Returns people moved. */
export function runCascadeChunk(rows: FollowerRows, params: CascadeParams, posts: TickPosts, prefix: string, tick: number, c: number, scratch: CascadeScratch, out: ReactionBuffer): number {
  const next = new Rng(cascadeChunkKey(prefix, tick, c)).next;
  let moved = 0;
  for (let i = c; i < posts.count; i += CASCADE_CHUNKS) {
    const author = posts.authors[i]!;
    const appeal = posts.appeal[i]!;
    for (let k = posts.shows[i]!; k > 0; k--) moved += cascade(rows, params, author, appeal, next, scratch, out, i);
  }
  return moved;
}

/** What a worker is told once. */
export interface CascadeWorkerInit {
  readonly control: SharedArrayBuffer;
  readonly slot: number;
  readonly port: MessagePort;
  readonly n: number;
  readonly prefix: string;
  readonly params: CascadeParams;
  readonly records: SharedArrayBuffer;
}

/** A message to a worker: new follower rows (after the arena grew) and/or a tick's job. */
export interface CascadeWorkerMessage {
  readonly rows?: { start: Uint32Array; len: Uint32Array; pairs: ArrayBufferLike };
  readonly job?: { tick: number; posts: TickPosts };
}

/** A worker's answer for one chunk. */
export interface CascadeChunkResult {
  readonly c: number;
  readonly moved: number;
  readonly data: Uint32Array;
  readonly length: number;
}

interface WorkerHandle {
  readonly worker: Worker;
  readonly port: MessagePort;
  sentPairs: ArrayBufferLike | null;
}

/** Control words: [0] next chunk to claim, [s] state of the worker in slot s (1 … T − 1). */
const NEXT = 0;

/**
 * Runs each tick's cascades for one world on `threads` threads. {@link run} is synchronous; call
 * {@link close} when the run ends (workers are unref'd and never keep the process alive).
 */
export class TickCascades {
  readonly threads: number;
  private readonly scratch: CascadeScratch;
  private readonly records: Float64Array;
  private readonly control: Int32Array;
  private readonly workers: WorkerHandle[] = [];
  private readonly buffers: ReactionBuffer[] = [];
  private readonly moved = new Float64Array(CASCADE_CHUNKS);

  /**
   * @param prefix the run's cascade stream key (chunk streams are `<prefix>/t<tick>/c<c>`)
   * @param threads 1 … CASCADE_CHUNKS (the calling thread counts as one)
   */
  constructor(private readonly world: World, private readonly prefix: string, private readonly params: CascadeParams, threads: number) {
    if (!Number.isInteger(threads) || threads < 1 || threads > CASCADE_CHUNKS) throw new ParameterError('threads', threads, `an integer from 1 to ${CASCADE_CHUNKS}`);
    const T = threads;
    this.threads = T;
    this.scratch = new CascadeScratch(world.n);
    this.control = new Int32Array(new SharedArrayBuffer(4 * (1 + T)));
    this.records = T > 1 ? new Float64Array(new SharedArrayBuffer(8 * 4 * world.n)) : this.scratch.node;
    for (let c = 0; c < CASCADE_CHUNKS; c++) this.buffers.push(new ReactionBuffer());
    for (let w = 1; w < T; w++) {
      const { port1, port2 } = new MessageChannel();
      const init: CascadeWorkerInit = { control: this.control.buffer as SharedArrayBuffer, slot: w, port: port2, n: world.n, prefix, params, records: this.records.buffer as SharedArrayBuffer };
      const worker = new Worker(new URL('./cascade-worker.mjs', import.meta.url), { workerData: init, transferList: [port2] });
      worker.unref();
      this.workers.push({ worker, port: port1, sentPairs: null });
    }
  }

  /**
   * Run the cascades of `posts` at `tick` and log their reactions into the world (chunk by chunk,
   * each chunk's in the order they happened). Returns the number of real people moved (hidden).
   */
  run(tick: number, posts: TickPosts, attentionScale: number): number {
    const { world, scratch, control } = this;
    const rows = world.graph.inn;
    if (this.workers.length === 0) scratch.refresh(world, attentionScale);
    else {
      fillRecords(world, attentionScale, this.records);
      scratch.load(this.records);
    }
    Atomics.store(control, NEXT, 0);
    for (let w = 0; w < this.workers.length; w++) {
      const h = this.workers[w]!;
      const msg: CascadeWorkerMessage = {
        job: { tick, posts },
        ...(h.sentPairs === rows.pairs.buffer ? {} : { rows: { start: rows.start, len: rows.len, pairs: rows.pairs.buffer } }),
      };
      h.sentPairs = rows.pairs.buffer;
      h.port.postMessage(msg);
      Atomics.store(control, w + 1, 1);
      Atomics.notify(control, w + 1);
    }
    const mine: number[] = [];
    for (let c = Atomics.add(control, NEXT, 1); c < CASCADE_CHUNKS; c = Atomics.add(control, NEXT, 1)) {
      const out = this.buffers[c]!;
      out.length = 0;
      this.moved[c] = runCascadeChunk(rows, this.params, posts, this.prefix, tick, c, scratch, out);
      mine.push(c);
    }
    this.collect();
    let moved = 0;
    for (let c = 0; c < CASCADE_CHUNKS; c++) {
      moved += this.moved[c]!;
      const { data, length } = this.buffers[c]!;
      for (let t = 0, j = 0; t < length; t++, j += 3) world.logReaction(data[j + 1]!, posts.authors[data[j]!]!, data[j + 2]!);
    }
    return moved;
  }

  /** Wait for the workers and take their chunks' results. */
  private collect(): void {
    const { control } = this;
    for (let w = 0; w < this.workers.length; w++) {
      const at = w + 1;
      while (Atomics.load(control, at) === 1) Atomics.wait(control, at, 1, 1000);
      if (Atomics.load(control, at) !== 2) {
        this.close();
        throw new ModelError('a cascade worker thread failed (see its error output above); simulate(config, { threads: 1 }) runs without workers');
      }
      Atomics.store(control, at, 0);
      const port = this.workers[w]!.port;
      for (let m = receiveMessageOnPort(port); m; m = receiveMessageOnPort(port)) {
        const r = m.message as CascadeChunkResult;
        this.moved[r.c] = r.moved;
        const buf = this.buffers[r.c]!;
        buf.data = r.data;
        buf.length = r.length;
      }
    }
  }

  /** Tell the workers to exit. */
  close(): void {
    for (let w = 0; w < this.workers.length; w++) {
      Atomics.store(this.control, w + 1, 4);
      Atomics.notify(this.control, w + 1);
      this.workers[w]!.port.close();
    }
    this.workers.length = 0;
  }
}

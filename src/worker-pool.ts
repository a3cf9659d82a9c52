/**
 * One hardened pool of worker threads whose jobs the calling thread waits for synchronously, shared
 * by the tick cascades (src/engine/tick-cascades.ts) and the RIS truth sampler (src/truth/ris-chunks.ts).
 *
 * Protocol (the design of a futex-style handshake on shared memory, as in the ECMAScript Atomics
 * API): a SharedArrayBuffer of Int32 words; word 0 is free for the caller (e.g. a shared chunk
 * counter), word w + 1 is worker w's state: 0 idle, 1 work, 2 done, 3 failed, 4 exit. Jobs and
 * results travel on one MessagePort per worker, read with `receiveMessageOnPort`, so the caller
 * never needs its event loop and its calls stay synchronous.
 *
 * Guarantees:
 * - the caller moves a word idle → work by compare-exchange, so a worker that failed while
 *   starting (its word already 3) is reported on the first job, never waited for;
 * - a worker moves its word only out of work (to done or failed) and only from work, so the
 *   caller's exit is never overwritten; an error is sent on the port before the word says failed,
 *   so the caller quotes it in a {@link ModelError} that also names the workaround;
 * - a worker thread that ends in the middle of a job (process.exit, an error outside the job) is
 *   reported by its exit hook instead of leaving the caller waiting;
 * - {@link WorkerPool.close} (called on every failure) terminates every worker, busy or not, and
 *   workers are unref'd, so none outlives the pool or keeps the process alive.
 * Not covered: a thread killed without running JavaScript (e.g. out of memory in V8); the caller
 * then waits, as no synchronous call can see that the thread has gone.
 */
import { MessageChannel, receiveMessageOnPort, Worker, workerData, type MessagePort, type Transferable } from 'node:worker_threads';
import { ModelError } from './errors.js';

/** States of a worker's control word. */
export const WORKER_STATE = { idle: 0, work: 1, done: 2, failed: 3, exit: 4 } as const;

/** What every pool worker finds in its `workerData` (besides its own fields). */
export interface PoolWorkerData {
  /** The control words (Int32): [0] the caller's, [slot] this worker's state. */
  readonly control: SharedArrayBuffer;
  /** This worker's control word, 1 … size. */
  readonly slot: number;
  /** This worker's end of its MessagePort: jobs in, results and errors out. */
  readonly port: MessagePort;
}

/** A worker's error report on its port. */
export interface WorkerErrorReply {
  readonly error: string;
}

/** Options of {@link WorkerPool}. */
export interface WorkerPoolOptions<D extends object> {
  /** Worker entry module (see src/worker-url.ts). */
  readonly entry: URL;
  /** Number of worker threads (≥ 0; 0 = a pool that does nothing). */
  readonly size: number;
  /** What one worker is, for messages, e.g. 'an RIS worker thread'. */
  readonly what: string;
  /** How to run without workers, quoted in every failure, e.g. '--threads 1 runs without workers'. */
  readonly workaround: string;
  /** Worker w's own workerData fields (0 … size − 1) and what to transfer with them. */
  readonly data: (w: number) => { readonly data: D; readonly transfer?: readonly Transferable[] };
}

interface Handle {
  readonly worker: Worker;
  readonly port: MessagePort;
}

/**
 * `size` worker threads that run jobs while the caller waits: {@link start} each, then
 * {@link finish} each (or {@link finishAll}). Any failure closes the pool and throws a ModelError.
 */
export class WorkerPool<D extends object = object> {
  /** Control words: [0] free for the caller, [w + 1] worker w's state. */
  readonly control: Int32Array;
  readonly size: number;
  private readonly handles: Handle[] = [];
  private readonly what: string;
  private readonly workaround: string;

  constructor(opts: WorkerPoolOptions<D>) {
    this.size = opts.size;
    this.what = opts.what;
    this.workaround = opts.workaround;
    this.control = new Int32Array(new SharedArrayBuffer(4 * (opts.size + 1)));
    try {
      for (let w = 0; w < opts.size; w++) {
        const { port1, port2 } = new MessageChannel();
        const own = opts.data(w);
        const init: PoolWorkerData & D = { ...own.data, control: this.control.buffer as SharedArrayBuffer, slot: w + 1, port: port2 };
        const worker = new Worker(opts.entry, { workerData: init, transferList: [port2, ...(own.transfer ?? [])] });
        worker.unref();
        worker.on('error', () => {}); // reported through the control word and the port instead
        this.handles.push({ worker, port: port1 });
      }
    } catch (e) {
      this.close();
      throw e;
    }
  }

  /** The worker threads (for tests that watch them end). */
  get workers(): readonly Worker[] {
    return this.handles.map((h) => h.worker);
  }

  /** Send worker w a message without starting a job. */
  post(w: number, message: unknown, transfer: readonly Transferable[] = []): void {
    this.handle(w, 'sent a message').port.postMessage(message, transfer);
  }

  /** Worker w's handle; a closed pool (or a w out of range) is a ModelError saying what was asked. */
  private handle(w: number, asked: string): Handle {
    const h = this.handles[w];
    if (h === undefined)
      throw new ModelError(
        `${this.what} was ${asked} after its pool closed (or it does not exist: ${w} of ${this.size}); ${this.workaround}`,
      );
    return h;
  }

  /**
   * Start a job on worker w (idle → work), after sending `message` if given. A worker that is
   * not idle (it failed, e.g. while starting) closes the pool and throws.
   */
  start(w: number, message?: unknown, transfer: readonly Transferable[] = []): void {
    this.handle(w, 'asked for a job');
    if (message !== undefined) this.post(w, message, transfer);
    if (Atomics.compareExchange(this.control, w + 1, WORKER_STATE.idle, WORKER_STATE.work) !== WORKER_STATE.idle) this.fail(w);
    Atomics.notify(this.control, w + 1);
  }

  /**
   * Wait for worker w's job, then hand each message it sent to `onReply` in order and make it
   * idle again. A failed worker closes the pool and throws a ModelError quoting its error.
   */
  finish(w: number, onReply: (message: unknown) => void = () => {}): void {
    const port = this.handle(w, 'waited for').port;
    const { control } = this;
    const at = w + 1;
    while (Atomics.load(control, at) === WORKER_STATE.work) Atomics.wait(control, at, WORKER_STATE.work, 1000);
    if (Atomics.load(control, at) !== WORKER_STATE.done) this.fail(w);
    Atomics.store(control, at, WORKER_STATE.idle);
    for (let m = receiveMessageOnPort(port); m; m = receiveMessageOnPort(port)) {
      if (!isErrorReply(m.message)) onReply(m.message);
    }
  }

  /** {@link finish} every worker, in order. */
  finishAll(onReply?: (message: unknown, w: number) => void): void {
    for (let w = 0; w < this.size; w++) this.finish(w, onReply ? (m) => onReply(m, w) : undefined);
  }

  /** Close the pool and throw the error worker w reported (or that it stopped without one). */
  private fail(w: number): never {
    const port = this.handles[w]!.port;
    let reason = 'it stopped without a report';
    for (let m = receiveMessageOnPort(port); m; m = receiveMessageOnPort(port)) if (isErrorReply(m.message)) reason = m.message.error;
    this.close();
    throw new ModelError(`${this.what} failed: ${reason}; ${this.workaround}`);
  }

  /** Tell the workers to exit, and terminate them (a busy one does not finish its job). Idempotent. */
  close(): void {
    for (let w = 0; w < this.handles.length; w++) {
      const h = this.handles[w]!;
      Atomics.store(this.control, w + 1, WORKER_STATE.exit);
      Atomics.notify(this.control, w + 1);
      h.port.close();
      void h.worker.terminate();
    }
    this.handles.length = 0;
  }
}

function isErrorReply(m: unknown): m is WorkerErrorReply {
  return typeof m === 'object' && m !== null && 'error' in m && typeof (m as { error: unknown }).error === 'string';
}

/** An error as text for a report: its stack if it has one. */
function describe(err: unknown): string {
  return err instanceof Error ? (err.stack ?? err.message) : String(err);
}

/**
 * In a worker: report `err` on the port, then mark the worker failed unless the caller already
 * told it to exit (from idle, so a start failure is seen on the first job, or from work).
 */
export function reportWorkerFailure(err: unknown, data: PoolWorkerData = workerData as PoolWorkerData): void {
  const reply: WorkerErrorReply = { error: describe(err) };
  try {
    data.port.postMessage(reply);
  } catch {
    // the port is closed: the caller has gone
  }
  const control = new Int32Array(data.control);
  for (;;) {
    const s = Atomics.load(control, data.slot);
    if (s !== WORKER_STATE.idle && s !== WORKER_STATE.work) break;
    if (Atomics.compareExchange(control, data.slot, s, WORKER_STATE.failed) === s) break;
  }
  Atomics.notify(control, data.slot);
}

/**
 * In a worker: serve jobs until told to exit. For each job, `job` gets the messages the caller
 * sent since the last one, and a `reply` function (transfer lists allowed); a throw fails the job.
 * A thread that ends during a job (process.exit, an error outside `job`) reports it on its way out.
 */
export function serveJobs(
  job: (messages: readonly unknown[], reply: (message: unknown, transfer?: readonly Transferable[]) => void) => void,
): void {
  const data = workerData as PoolWorkerData;
  const control = new Int32Array(data.control);
  const reply = (message: unknown, transfer: readonly Transferable[] = []) => data.port.postMessage(message, transfer);
  process.on('exit', (code) => {
    if (Atomics.load(control, data.slot) === WORKER_STATE.work)
      reportWorkerFailure(`the worker thread exited during a job (exit code ${code})`, data);
  });
  for (;;) {
    const s = Atomics.load(control, data.slot);
    if (s === WORKER_STATE.exit) break;
    if (s !== WORKER_STATE.work) {
      Atomics.wait(control, data.slot, s);
      continue;
    }
    try {
      const messages: unknown[] = [];
      for (let m = receiveMessageOnPort(data.port); m; m = receiveMessageOnPort(data.port)) messages.push(m.message);
      job(messages, reply);
      Atomics.compareExchange(control, data.slot, WORKER_STATE.work, WORKER_STATE.done);
      Atomics.notify(control, data.slot);
    } catch (err) {
      reportWorkerFailure(err, data);
    }
  }
}

/**
 * Worker-thread body for tick-cascades.ts (Independent Cascade, Kempe, Kleinberg & Tardos 2003):
 * waits for a tick's job, loads the shared person records into its own scratch, claims chunks from
 * the shared counter, runs each with its own stream and sends its reactions back (transferred, not
 * copied). Its control word: 0 idle, 1 work, 2 done, 3 failed, 4 exit. Only this thread moves the
 * word out of 1 (to 2 or 3), and only from 1, so the caller's 4 (exit) is never overwritten; an
 * error is sent on the port before the word says 3, so the caller can quote it.
 */
import { receiveMessageOnPort, workerData } from 'node:worker_threads';
import { CascadeScratch, ReactionBuffer, type FollowerRows } from './cascade.js';
import { CASCADE_CHUNKS, STATE, runCascadeChunk, type CascadeWorkerInit, type CascadeWorkerMessage, type CascadeWorkerReply } from './tick-cascades.js';

const init = workerData as CascadeWorkerInit;
const control = new Int32Array(init.control);

/** Report a failure: the error on the port, then 3 on the control word if it was 1. */
function failed(err: unknown): void {
  const reply: CascadeWorkerReply = { error: err instanceof Error ? (err.stack ?? err.message) : String(err) };
  try {
    init.port.postMessage(reply);
  } catch {
    // the port is closed: the caller has gone
  }
  Atomics.compareExchange(control, init.slot, STATE.work, STATE.failed);
  Atomics.notify(control, init.slot);
}

// A thread that ends in the middle of a job (process.exit, an error outside the loop) must not
// leave the caller waiting on a 1.
process.on('exit', () => {
  if (Atomics.load(control, init.slot) === STATE.work) failed(new Error('the worker thread exited during a job'));
});

const records = new Float64Array(init.records);
const scratch = new CascadeScratch(init.n);
let rows: FollowerRows | null = null;

for (;;) {
  const s = Atomics.load(control, init.slot);
  if (s === STATE.exit) break;
  if (s !== STATE.work) {
    Atomics.wait(control, init.slot, s);
    continue;
  }
  try {
    let job: CascadeWorkerMessage['job'];
    for (let m = receiveMessageOnPort(init.port); m; m = receiveMessageOnPort(init.port)) {
      const msg = m.message as CascadeWorkerMessage;
      if (msg.rows) rows = { start: msg.rows.start, len: msg.rows.len, pairs: new Uint32Array(msg.rows.pairs), ties: new Float32Array(msg.rows.pairs) };
      if (msg.job) job = msg.job;
    }
    if (!rows || !job) throw new Error('cascade worker: woken without follower rows or a job');
    scratch.load(records);
    for (let c = Atomics.add(control, 0, 1); c < CASCADE_CHUNKS; c = Atomics.add(control, 0, 1)) {
      const out = new ReactionBuffer(4096);
      const moved = runCascadeChunk(rows, init.params, job.posts, init.prefix, job.tick, c, scratch, out);
      const reply: CascadeWorkerReply = { c, moved, data: out.data, length: out.length };
      init.port.postMessage(reply, [out.data.buffer as ArrayBuffer]);
    }
    Atomics.compareExchange(control, init.slot, STATE.work, STATE.done);
    Atomics.notify(control, init.slot);
  } catch (err) {
    failed(err);
  }
}

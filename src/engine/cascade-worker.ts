/**
 * Worker-thread body for tick-cascades.ts (Independent Cascade, Kempe, Kleinberg & Tardos 2003):
 * waits for a tick's job, loads the shared person records into its own scratch, claims chunks from
 * the shared counter, runs each with its own stream and sends its reactions back (transferred, not
 * copied). States of its control word: 0 idle, 1 work, 2 done, 3 failed, 4 exit.
 */
import { receiveMessageOnPort, workerData } from 'node:worker_threads';
import { CascadeScratch, ReactionBuffer, type FollowerRows } from './cascade.js';
import { CASCADE_CHUNKS, runCascadeChunk, type CascadeChunkResult, type CascadeWorkerInit, type CascadeWorkerMessage } from './tick-cascades.js';

const init = workerData as CascadeWorkerInit;
const control = new Int32Array(init.control);
const records = new Float64Array(init.records);
const scratch = new CascadeScratch(init.n);
let rows: FollowerRows | null = null;

for (;;) {
  const s = Atomics.load(control, init.slot);
  if (s === 4) break;
  if (s !== 1) {
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
      const result: CascadeChunkResult = { c, moved, data: out.data, length: out.length };
      init.port.postMessage(result, [out.data.buffer as ArrayBuffer]);
    }
    Atomics.store(control, init.slot, 2);
  } catch (err) {
    console.error(err);
    Atomics.store(control, init.slot, 3);
  }
  Atomics.notify(control, init.slot);
}

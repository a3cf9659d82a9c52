/**
 * Worker-thread body for tick-cascades.ts (Independent Cascade, Kempe, Kleinberg & Tardos 2003):
 * for each tick's job, loads the shared person records into its own scratch, claims chunks from
 * the shared counter (control word 0), runs each with its own stream and sends its reactions back
 * (transferred, not copied). The job protocol and its failure reports are src/worker-pool.ts's.
 */
import { workerData } from 'node:worker_threads';
import { serveJobs } from '../worker-pool.js';
import { CascadeScratch, ReactionBuffer, type FollowerRows } from './cascade.js';
import {
  CASCADE_CHUNKS,
  runCascadeChunk,
  type CascadeWorkerInit,
  type CascadeWorkerMessage,
  type CascadeWorkerReply,
} from './tick-cascades.js';

const init = workerData as CascadeWorkerInit;
const control = new Int32Array(init.control);
const records = new Float64Array(init.records);
const scratch = new CascadeScratch(init.n);
let rows: FollowerRows | null = null;

serveJobs((messages, reply) => {
  let job: CascadeWorkerMessage['job'];
  for (const m of messages as CascadeWorkerMessage[]) {
    if (m.rows) rows = { start: m.rows.start, len: m.rows.len, pairs: new Uint32Array(m.rows.pairs), ties: new Float32Array(m.rows.pairs) };
    if (m.job) job = m.job;
  }
  if (!rows || !job) throw new Error('cascade worker: woken without follower rows or a job');
  scratch.load(records);
  for (let c = Atomics.add(control, 0, 1); c < CASCADE_CHUNKS; c = Atomics.add(control, 0, 1)) {
    const out = new ReactionBuffer(4096);
    const moved = runCascadeChunk(rows, init.params, job.posts, init.prefix, job.tick, c, scratch, out);
    const r: CascadeWorkerReply = { c, moved, data: out.data, length: out.length };
    reply(r, [out.data.buffer as ArrayBuffer]);
  }
});

/**
 * Worker-thread body for ris-chunks.ts (reverse-influence sampling, Borgs et al. 2014): rebuilds
 * the IC sampler over the shared sorted rows, owns its chunks (streams `<key>/c<k>`), and for each
 * job `{ theta }` draws every chunk to its fixed share of θ, counting into its shared `deep`. The
 * job protocol and its failure reports are src/worker-pool.ts's.
 */
import { workerData } from 'node:worker_threads';
import type { HiddenLayer } from '../model/hidden.js';
import { Rng } from '../rng.js';
import { serveJobs } from '../worker-pool.js';
import { makeIcSampler } from './ic.js';
import { chunkTotal, RisChunk, type RisWorkerInit, type RisWorkerJob } from './ris-chunks.js';

const init = workerData as RisWorkerInit;
const deep = new Uint32Array(init.deep);
const { spec } = init;
const rows = { head: spec.head, starts: spec.starts, rec: spec.rec, label: spec.label, order: spec.order };
const shape = { n: spec.n } as HiddenLayer; // makeIcSampler reads only n when rows are given
const chunks = init.keys.map(
  (key) => new RisChunk(new Rng(key), init.real.slice(), (rng) => makeIcSampler(shape, rng, deep, init.countDirect, rows)),
);

serveJobs((messages) => {
  const job = messages.at(-1) as RisWorkerJob | undefined;
  if (job === undefined || !Number.isInteger(job.theta) || job.theta < 0)
    throw new Error(`RIS worker: woken without a round's θ (got ${JSON.stringify(job)})`);
  for (let i = 0; i < chunks.length; i++) chunks[i]!.runTo(chunkTotal(job.theta, init.chunks[i]!));
});

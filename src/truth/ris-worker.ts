/**
 * Worker-thread body for ris-chunks.ts (reverse-influence sampling, Borgs et al. 2014): rebuilds
 * the IC sampler over the shared sorted rows, owns its chunks (streams `<key>/c<k>`), and draws
 * each chunk to the total the caller writes into the shared `totals` before setting state 1.
 * States: 0 idle, 1 work, 2 done, 3 failed, 4 exit.
 */
import { workerData } from 'node:worker_threads';
import type { HiddenLayer } from '../model/hidden.js';
import { Rng } from '../rng.js';
import { makeIcSampler } from './ic.js';
import { RisChunk, type WorkerSamplerSpec } from './ris-chunks.js';

interface WorkerInit {
  readonly control: SharedArrayBuffer;
  readonly totals: SharedArrayBuffer;
  readonly deep: SharedArrayBuffer;
  readonly real: Uint32Array;
  readonly chunks: number[];
  readonly keys: string[];
  readonly countDirect: boolean;
  readonly spec: WorkerSamplerSpec;
}

const init = workerData as WorkerInit;
const control = new Int32Array(init.control);
const totals = new Float64Array(init.totals);
const deep = new Uint32Array(init.deep);
const { spec } = init;
const rows = { offsets: spec.offsets, rec: spec.rec, empty: spec.empty };
const shape = { n: spec.n } as HiddenLayer; // makeIcSampler reads only n when rows are given
const chunks = init.keys.map((key) => new RisChunk(new Rng(key), init.real.slice(), (rng) => makeIcSampler(shape, rng, deep, init.countDirect, rows)));

for (;;) {
  const s = Atomics.load(control, 0);
  if (s === 4) break;
  if (s !== 1) {
    Atomics.wait(control, 0, s);
    continue;
  }
  try {
    for (let i = 0; i < chunks.length; i++) chunks[i]!.runTo(totals[init.chunks[i]!]!);
    Atomics.store(control, 0, 2);
  } catch (err) {
    console.error(err);
    Atomics.store(control, 0, 3);
  }
  Atomics.notify(control, 0);
}

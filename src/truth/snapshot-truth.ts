/**
 * True influence at a snapshot of a run, drawn from the snapshot's own stream (src/streams.ts):
 * `truth/a` at the final snapshot (with `truth/b` for the noise ceiling), `truth:<tick>/a` earlier.
 * The one code path behind `goodhart run`'s and `goodhart truth`'s truth.csv, the API's `truth`
 * and `drift`, and the lessons, so the same seed gives the same numbers everywhere.
 * Reference: Kempe, Kleinberg & Tardos (2003) for the truth; src/truth/noise-ceiling.ts for the ceiling.
 */
import type { Snapshot } from '../engine/simulate.js';
import type { HiddenLayer } from '../model/hidden.js';
import { SeedTree } from '../rng.js';
import { streams, type TruthReplicate } from '../streams.js';
import { icModel } from './ic.js';
import { estimateWithCeiling, type TruthWithCeiling } from './noise-ceiling.js';
import { DEFAULT_PRECISION, type TruthEstimate, type TruthModel, type TruthOptions } from './truth-model.js';

/** How a truth is computed; no option changes which stream it draws from. */
export interface SnapshotTruthOptions {
  /** Truth model (default: the IC model, src/truth/ic.ts). */
  readonly model?: TruthModel;
  /** Requested relative precision in (0, 1) (default {@link DEFAULT_PRECISION}). */
  readonly precision?: number;
  /** Threads (execution only: no value depends on it); undefined = the model's default. */
  readonly threads?: number | undefined;
  /** Progress callback of the model (samples drawn, samples planned). */
  readonly onProgress?: (done: number, total: number) => void;
}

function modelOptions(opts: SnapshotTruthOptions): TruthOptions {
  return {
    precision: opts.precision ?? DEFAULT_PRECISION,
    ...(opts.threads !== undefined ? { threads: opts.threads } : {}),
    ...(opts.onProgress ? { onProgress: opts.onProgress } : {}),
  };
}

/** True influence of every account of `hidden`, drawn from the named stream `stream` of root seed `seed`. */
export function estimateTruth(hidden: HiddenLayer, seed: number, stream: string, opts: SnapshotTruthOptions = {}): TruthEstimate {
  return (opts.model ?? icModel).estimate(hidden, new SeedTree(seed).stream(stream), modelOptions(opts));
}

/** True influence at a snapshot of a run with root seed `seed` (replicate `a` is the one written and measured). */
export function truthAt(snapshot: Snapshot, seed: number, opts: SnapshotTruthOptions = {}, replicate: TruthReplicate = 'a'): TruthEstimate {
  return estimateTruth(snapshot.hidden, seed, streams.truth(snapshot, replicate), opts);
}

/** Truth at a snapshot with its noise ceiling: replicate `a` (the estimate) and `b` (the independent replicate). */
export function truthWithCeiling(snapshot: Snapshot, seed: number, opts: SnapshotTruthOptions = {}): TruthWithCeiling {
  return estimateWithCeiling(opts.model ?? icModel, snapshot.hidden, new SeedTree(seed), modelOptions(opts), snapshot);
}

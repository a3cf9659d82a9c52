/**
 * The noise ceiling: how repeatable a truth estimate is. Two estimates of the same world from
 * independent random streams (`<stream>/a` and `<stream>/b`) are compared by Spearman's ρ over the
 * real people. No scorer can be shown to agree with the truth better than the truth agrees with
 * itself, so this number is printed next to every drift figure.
 * Reference: the "noise ceiling" of representational similarity analysis (Nili et al. 2014),
 * here with Spearman's ρ (Spearman 1904; average ranks for ties, as scipy.stats.spearmanr).
 */
import { spearman } from '../stats/spearman.js';
import type { HiddenLayer } from '../model/hidden.js';
import type { SeedTree } from '../rng.js';
import { streams, type TruthSnapshot } from '../streams.js';
import { realAgents, type TruthEstimate, type TruthModel, type TruthOptions } from './truth-model.js';

/** Spearman ρ between two estimates over the real people; 1 when both are constant and equal. */
export function noiseCeiling(hidden: HiddenLayer, a: TruthEstimate, b: TruthEstimate): number {
  const real = realAgents(hidden);
  const x = new Float64Array(real.length);
  const y = new Float64Array(real.length);
  let same = true;
  for (let i = 0; i < real.length; i++) {
    x[i] = a.estimate[real[i]!]!;
    y[i] = b.estimate[real[i]!]!;
    if (x[i] !== y[i]) same = false;
  }
  const rho = spearman(x, y);
  // Two identical constant vectors (e.g. a world with no follow edges) are perfectly repeatable.
  return Number.isNaN(rho) && same ? 1 : rho;
}

/** Result of {@link estimateWithCeiling}. */
export interface TruthWithCeiling {
  /** The estimate to use (stream `<stream>/a`). */
  readonly truth: TruthEstimate;
  /** An independent replicate (stream `<stream>/b`), used only for the ceiling. */
  readonly replicate: TruthEstimate;
  /** Spearman ρ between the two over real people, in [-1, 1]. */
  readonly noiseCeiling: number;
}

/**
 * Run a truth model twice on the independent streams of `snapshot`'s replicates `a` and `b`
 * (src/streams.ts: `truth/a` and `truth/b` at the final snapshot) and report the first estimate
 * with the noise ceiling between the two.
 * @param snapshot which snapshot's streams (default: the final one).
 */
export function estimateWithCeiling(
  model: TruthModel,
  hidden: HiddenLayer,
  seeds: SeedTree,
  opts: TruthOptions = {},
  snapshot: TruthSnapshot = { tick: hidden.tick, final: true },
): TruthWithCeiling {
  const truth = model.estimate(hidden, seeds.stream(streams.truth(snapshot, 'a')), opts);
  const replicate = model.estimate(hidden, seeds.stream(streams.truth(snapshot, 'b')), opts);
  return { truth, replicate, noiseCeiling: noiseCeiling(hidden, truth, replicate) };
}

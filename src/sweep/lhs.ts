/**
 * Latin-hypercube samples over ranges: for N samples each dimension's range is cut into N equal
 * strata and every stratum holds exactly one sample (one random point inside it); the strata are
 * matched across dimensions by an independent random permutation per dimension. Integer settings
 * are rounded to the nearest integer (which may move a sample across a stratum edge when the
 * strata are narrower than 1).
 * Reference: McKay, Beckman & Conover (1979), "A comparison of three methods for selecting values
 * of input variables in the analysis of output from a computer code", Technometrics 21(2).
 * Draws come from the experiment's own seed through the named stream `streams.sweepLhs`.
 */
import { SeedTree } from '../rng.js';
import { streams } from '../streams.js';

/** One dimension of the hypercube: a setting and its closed range [lo, hi]. */
export interface LhsDimension {
  readonly name: string;
  readonly lo: number;
  readonly hi: number;
  /** Round samples to integers. */
  readonly integer: boolean;
}

/**
 * `samples` Latin-hypercube points over `dims`, deterministic in (`seed`, dims, samples):
 * point i's value in dimension d lies in stratum perm_d[i] of N, i.e. in
 * [lo + perm_d[i]·(hi − lo)/N, lo + (perm_d[i] + 1)·(hi − lo)/N).
 */
export function latinHypercube(dims: readonly LhsDimension[], samples: number, seed: number): Record<string, number>[] {
  const rng = new SeedTree(seed).stream(streams.sweepLhs);
  const points: Record<string, number>[] = Array.from({ length: samples }, () => ({}));
  for (const d of dims) {
    const perm = rng.shuffle(Uint32Array.from({ length: samples }, (_, i) => i));
    const width = (d.hi - d.lo) / samples;
    for (let i = 0; i < samples; i++) {
      const v = Math.min(d.hi, d.lo + (perm[i]! + rng.next()) * width);
      points[i]![d.name] = d.integer ? Math.round(v) : v;
    }
  }
  return points;
}

/**
 * Friedkin–Johnsen social power: each agent's share of the real population's equilibrium opinions.
 *
 * Opinions evolve as x(t+1) = ΛW x(t) + (I − Λ) x(0) (Friedkin & Johnsen 1999). Here agent i
 * weighs the accounts it follows by their move probabilities and itself by 1:
 *   W_ij = p(j→i) / (1 + P_i),  W_ii = 1 / (1 + P_i),  P_i = Σ_j p(j→i),
 * and its susceptibility is the FJ coupling λ_i = 1 − W_ii = P_i / (1 + P_i) (0 for bots, which
 * nobody moves). The equilibrium is x* = V x(0) with V = (I − ΛW)⁻¹ (I − Λ), whose rows sum to 1.
 * Agent j's social power is its column share over real people,
 *   power_j = (1/R) Σ_{i real} V_ij   (shares sum to 1 over all agents),
 * which includes j's weight on its own opinion (as in Jia, MirTabatabaei, Friedkin & Bullo 2015).
 * Computed without forming V: y = 1_real + (ΛW)ᵀ y by fixed-point iteration (contraction with rate
 * max λ in the ℓ1 norm), then power_j = y_j (1 − λ_j) / R. Deterministic: stderr is 0 and
 * `precision` sets the iteration tolerance (relative ℓ1 error ≤ precision / 1000).
 * References: Friedkin & Johnsen (1999), "Social influence networks and opinion change";
 * Friedkin (2011), "A formal theory of reflected appraisals..."; Jia et al. (2015), SIAM Review.
 */
import type { HiddenLayer } from '../model/hidden.js';
import type { Rng } from '../rng.js';
import { checkPrecision, realAgents, type TruthEstimate, type TruthModel, type TruthOptions } from './truth-model.js';

/** Units of FJ social power. */
export const FJ_UNITS = "share of the real population's equilibrium opinion owed to the agent's initial opinion (sums to 1)";

/** Iteration cap of {@link fjPower}. */
export const FJ_MAX_ITERATIONS = 100_000;

/** FJ coupling λ_i = P_i / (1 + P_i) of every agent (length n, in [0, 1)). */
export function fjCoupling(hidden: HiddenLayer): Float64Array {
  const { offsets } = hidden.graph.following;
  const lambda = new Float64Array(hidden.n);
  for (let i = 0; i < hidden.n; i++) {
    let P = 0;
    for (let e = offsets[i]!; e < offsets[i + 1]!; e++) P += hidden.moveProb[e]!;
    lambda[i] = P / (1 + P);
  }
  return lambda;
}

/** Social power of every agent (see the file banner). `rng` is unused (the model is deterministic). */
export function fjPower(hidden: HiddenLayer, _rng: Rng | null, opts: TruthOptions = {}): TruthEstimate {
  const tol = checkPrecision(opts.precision) / 1000;
  const real = realAgents(hidden);
  const n = hidden.n;
  const { offsets, targets } = hidden.graph.following;
  const p = hidden.moveProb;
  const lambda = fjCoupling(hidden);
  let lmax = 0;
  // a_i = λ_i / (1 + P_i) = λ_i (1 − λ_i): the factor on i's row of ΛW (diagonal and off-diagonal).
  const a = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    a[i] = lambda[i]! * (1 - lambda[i]!);
    if (lambda[i]! > lmax) lmax = lambda[i]!;
  }
  let y = new Float64Array(n);
  let z = new Float64Array(n);
  for (const i of real) y[i] = 1;
  let it = 0;
  let bound = Infinity;
  for (; it < FJ_MAX_ITERATIONS; it++) {
    for (let i = 0; i < n; i++) z[i] = hidden.real[i] === 1 ? 1 : 0;
    for (let i = 0; i < n; i++) {
      const yi = y[i]!;
      if (yi === 0 || a[i] === 0) continue;
      const f = yi * a[i]!;
      z[i]! += f; // diagonal: λ_i W_ii = λ_i / (1 + P_i)
      for (let e = offsets[i]!; e < offsets[i + 1]!; e++) z[targets[e]!]! += f * p[e]!;
    }
    let diff = 0;
    let total = 0;
    for (let i = 0; i < n; i++) {
      diff += Math.abs(z[i]! - y[i]!);
      total += z[i]!;
    }
    [y, z] = [z, y];
    bound = lmax < 1 ? (diff * lmax) / (1 - lmax) / total : Infinity;
    opts.onProgress?.(it + 1, FJ_MAX_ITERATIONS);
    if (bound <= tol) break;
  }
  const estimate = new Float64Array(n);
  for (let j = 0; j < n; j++) estimate[j] = (y[j]! * (1 - lambda[j]!)) / real.length;
  return { model: 'fj', units: FJ_UNITS, estimate, stderr: new Float64Array(n), samples: it + 1, precision: 0, converged: bound <= tol };
}

/** Friedkin–Johnsen social power over real people. */
export const fjModel: TruthModel = {
  id: 'fj',
  description: "Friedkin–Johnsen social power: each agent's share of the real population's equilibrium opinions (deterministic)",
  source: 'Friedkin & Johnsen 1999; Jia, MirTabatabaei, Friedkin & Bullo 2015',
  estimate: (hidden, rng, opts) => fjPower(hidden, rng, opts),
};

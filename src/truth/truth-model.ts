/**
 * The ground-truth contract: a {@link TruthModel} turns the hidden layer (never an Observation)
 * into one true-influence value per agent, each with a standard error.
 *
 * One file per model in src/truth; one line in src/truth/registry.ts to register it. Models that
 * sample (IC, LT, Monte Carlo, removal) draw only from the Rng they are given, so two calls with
 * independent streams give two independent estimates (see noise-ceiling.ts).
 * Reference: Kempe, Kleinberg & Tardos (2003) for the spread models; docs/truth.md for the design.
 */
import { ModelError, ParameterError } from '../errors.js';
import type { HiddenLayer } from '../model/hidden.js';
import type { Rng } from '../rng.js';

/** Options every model accepts. */
export interface TruthOptions {
  /**
   * Requested relative precision in [{@link MIN_PRECISION}, {@link MAX_PRECISION}]: the
   * root-mean-square standard error over real people divided by their mean estimate. Sampling
   * models draw until they reach it; deterministic models use it as their convergence tolerance.
   * Default {@link DEFAULT_PRECISION}.
   */
  readonly precision?: number;
  /** Hard cap on samples (RR sets, cascades, worlds); the estimate says `converged: false` when hit. */
  readonly maxSamples?: number;
  /** Called after each batch with samples drawn so far and the current target. */
  readonly onProgress?: (done: number, target: number) => void;
  /**
   * Threads for models that sample in parallel (IC by RIS: 1 … 8; default: the available cores
   * for ≥ 50,000 real people, else 1). The result is byte-identical for every value; models that
   * do not sample in parallel ignore it.
   */
  readonly threads?: number | undefined;
}

/** One model's answer for every agent. */
export interface TruthEstimate {
  /** Registry id of the model that produced it. */
  readonly model: string;
  /** What the numbers mean, e.g. "expected real people moved (excluding the agent)". */
  readonly units: string;
  /** True influence of each agent (length n). */
  readonly estimate: Float64Array;
  /** Standard error of each estimate (length n, ≥ 0; 0 where the value is exact). */
  readonly stderr: Float64Array;
  /** Samples drawn (RR sets, cascades per agent in total, live-edge worlds, or iterations). */
  readonly samples: number;
  /** Achieved relative precision (same definition as {@link TruthOptions.precision}). */
  readonly precision: number;
  /** False when `maxSamples` stopped sampling before the requested precision was reached. */
  readonly converged: boolean;
}

/** A ground-truth model. */
export interface TruthModel {
  /** Registry id: `ic`, `lt`, `fj`, `removal`, `ic-mc`. */
  readonly id: string;
  /** One line: what it computes. */
  readonly description: string;
  /** The paper(s) it follows. */
  readonly source: string;
  /** Estimate every agent's true influence from the hidden layer alone. */
  estimate(hidden: HiddenLayer, rng: Rng, opts?: TruthOptions): TruthEstimate;
}

/** Smallest accepted precision (tighter targets would take days at scale). */
export const MIN_PRECISION = 0.001;
/** Largest accepted precision (looser than 100% RMS error is not an estimate). */
export const MAX_PRECISION = 1;
/**
 * Default precision. Calibrated on the default scenario: gives a noise ceiling of 0.984–0.987 (≥ 0.98)
 * there at every size measured, 3,000 to 1,000,000 agents (docs/truth.md,
 * tests/truth/cross-check.test.ts). Was 0.07 (ceiling ≈ 0.993) at twice the cost.
 */
export const DEFAULT_PRECISION = 0.1;

/** Check a precision value; throws ParameterError naming the field and the allowed range. */
export function checkPrecision(p: number | undefined, field = 'precision'): number {
  if (p === undefined) return DEFAULT_PRECISION;
  if (typeof p !== 'number' || !Number.isFinite(p) || p < MIN_PRECISION || p > MAX_PRECISION) {
    throw new ParameterError(field, p, `a number from ${MIN_PRECISION} to ${MAX_PRECISION} (relative RMS standard error)`);
  }
  return p;
}

/** Indices of the real people (hidden.real[i] === 1), ascending. Throws ModelError when there are none. */
export function realAgents(hidden: HiddenLayer): Uint32Array {
  let r = 0;
  for (let i = 0; i < hidden.n; i++) if (hidden.real[i] === 1) r++;
  if (r === 0) throw new ModelError(`true influence needs at least one real person; this world (n = ${hidden.n}) has none`);
  const out = new Uint32Array(r);
  let k = 0;
  for (let i = 0; i < hidden.n; i++) if (hidden.real[i] === 1) out[k++] = i;
  return out;
}

/**
 * Relative precision of an estimate: sqrt(mean over real people of stderr²) / mean over real
 * people of the estimate. 0 when every value is exact; Infinity when the mean is 0 but errors are not.
 */
export function relativePrecision(estimate: ArrayLike<number>, stderr: ArrayLike<number>, real: Uint32Array): number {
  let s = 0;
  let v = 0;
  for (let i = 0; i < real.length; i++) {
    const a = real[i]!;
    s += estimate[a]!;
    v += stderr[a]! * stderr[a]!;
  }
  if (v === 0) return 0;
  const mean = s / real.length;
  return mean > 0 ? Math.sqrt(v / real.length) / mean : Infinity;
}

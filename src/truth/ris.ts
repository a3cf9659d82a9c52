/**
 * Reverse-influence sampling (RIS) for every agent at once, with the root-excluded estimator,
 * the exact one-hop part as a control variate, per-agent standard errors and an adaptive
 * sample size.
 *
 * A reverse-reachable (RR) set rooted at a real person r is the set of agents that reach r in one
 * random live-edge world. With r uniform over the R real people,
 *   σ(v) = Σ_{u real, u≠v} P(v reaches u) = R · P(v ∈ RR(r), v ≠ r).
 * The root-excluded estimator counts v only when v ≠ r (Borgs, Brautbar, Chayes & Lucier 2014;
 * Tang, Xiao & Shi 2014, TIM; Tang, Shi & Xiao 2015, IMM). Here each RR set also tells whether v
 * entered through a live direct edge into the root; those entries are not counted, and the exact
 * one-hop sum replaces them (spread-common.ts explains why this is unbiased). Per agent:
 *   σ̂(v) = oneHop(v) + R · c_v / θ,   se(v) = R · sqrt(q̂(1 − q̂) / θ),  q̂ = c_v / θ,
 * where c_v counts the RR sets v entered other than through a live direct edge into the root.
 * Roots are stratified: the RR sets are drawn in RIS_CHUNKS fixed chunks with their own child
 * streams (ris-chunks.ts: identical results on any number of threads); each chunk's pass over the
 * real people visits every one of them once, in a fresh random order, so every root is used θ/R times (±1) and the estimate stays unbiased. With
 * independent uniform roots c_v would be Binomial(θ, q_v); stratifying removes the between-root
 * part of that variance, so the binomial se above is an upper bound (exact when one root dominates,
 * conservative on small worlds, nearly exact at scale where each agent's q_v is spread over many
 * roots). For an agent with c_v = 0 that can still have a deeper part, se is computed as if
 * c_v = 1 (a zero count does not prove a zero probability).
 *
 * Adaptive size: draw θ₀ sets, then grow θ by the predicted factor (achieved / requested
 * precision)² · 1.03 (at least ×1.05, at most ×8 per round) until the relative precision (truth-model.ts) is reached or maxSamples is hit.
 */
import type { HiddenLayer } from '../model/hidden.js';
import type { Rng } from '../rng.js';
import { ChunkPool, defaultThreads, RIS_CHUNKS, type WorkerSamplerSpec } from './ris-chunks.js';
import { ParameterError } from '../errors.js';
import { checkPrecision, realAgents, type TruthEstimate, type TruthOptions } from './truth-model.js';
import type { RrSampler } from './rr-sampler.js';

/** What a spread model gives the RIS driver. */
export interface RisSpec {
  readonly id: string;
  readonly units: string;
  /** Exact one-hop spread of each agent (length n). */
  readonly oneHop: Float64Array;
  /** 1 where a deeper part is possible (else that agent's sampled part is exactly 0). */
  readonly hasDeep: Uint8Array;
  /**
   * Build a sampler drawing from `rng` and counting into `deep`. With `countDirect` the root's live
   * direct neighbours are counted too (plain RIS, no control variate).
   */
  makeSampler(rng: Rng, deep: Uint32Array, countDirect: boolean): RrSampler;
  /** Shared arrays from which a worker thread can rebuild the sampler (absent: calling thread only). */
  readonly shared?: WorkerSamplerSpec;
}

/** RIS options: the common ones plus a fixed sample size (skips the adaptive loop; for tests). */
export interface RisOptions extends TruthOptions {
  /** Draw exactly this many RR sets (≥ 1) and stop. */
  readonly samples?: number;
  /** First batch size of the adaptive loop (default 10,000). */
  readonly initialSamples?: number;
  /** Use the exact one-hop part as a control variate (default true; false = plain RIS, for comparison). */
  readonly oneHopExact?: boolean;
}

/** Default cap on RR sets (2³² − 1 is the counter limit). */
export const DEFAULT_MAX_RR_SETS = 2_000_000_000;

/**
 * Run RIS for a spread model; returns one estimate and standard error per agent.
 * Cost: O(θ · mean RR-set work); memory O(n) besides the graph.
 */
export function runRis(hidden: HiddenLayer, rng: Rng, risSpec: RisSpec, opts: RisOptions = {}): TruthEstimate {
  const plain = opts.oneHopExact === false;
  const spec = plain ? { ...risSpec, oneHop: new Float64Array(hidden.n), hasDeep: new Uint8Array(hidden.n).fill(1) } : risSpec;
  const target = checkPrecision(opts.precision);
  const real = realAgents(hidden);
  const R = real.length;
  const n = hidden.n;
  const threads = opts.threads ?? defaultThreads(R);
  if (!Number.isInteger(threads) || threads < 1 || threads > RIS_CHUNKS)
    throw new ParameterError('threads', threads, `an integer from 1 to ${RIS_CHUNKS}`);
  const maxSamples = Math.min(opts.maxSamples ?? DEFAULT_MAX_RR_SETS, 0xffffffff);
  const anyDeep = spec.hasDeep.some((x) => x === 1);

  // RR sets in RIS_CHUNKS fixed chunks, each with its own stream and stratified roots (every real
  // person once per pass, in a fresh random order each pass).
  const pool = new ChunkPool(rng.key, real, n, (r, d) => spec.makeSampler(r, d, plain), threads, plain, spec.shared);
  let deep = pool.localDeep;
  let theta = 0;
  let goal = opts.samples ?? (anyDeep ? Math.min(maxSamples, opts.initialSamples ?? 10_000) : 0);
  let achieved = Infinity;
  try {
    for (;;) {
      pool.drawTo(goal);
      theta = goal;
      deep = pool.merged();
      opts.onProgress?.(theta, goal);
      achieved = precisionOf(spec, deep, theta, R, real);
      if (opts.samples !== undefined || achieved <= target || theta >= maxSamples) break;
      // Predicted size for the target (stderr ∝ 1/√θ), 3% over; at least ×1.05 per round.
      const factor = (achieved / target) ** 2 * 1.03;
      goal = Math.min(maxSamples, Math.ceil(theta * Math.min(8, Math.max(1.05, factor))));
    }
  } finally {
    pool.close();
  }
  const { estimate, stderr } = finish(spec, deep, theta, R, n);
  return { model: spec.id, units: spec.units, estimate, stderr, samples: theta, precision: achieved, converged: achieved <= target };
}

/** Relative precision from the binomial variances (without the zero-count floor). */
function precisionOf(spec: RisSpec, deep: Uint32Array, theta: number, R: number, real: Uint32Array): number {
  let mean = 0;
  let v2 = 0;
  for (let i = 0; i < real.length; i++) {
    const a = real[i]!;
    mean += spec.oneHop[a]!;
    if (theta > 0) {
      const q = deep[a]! / theta;
      mean += R * q;
      v2 += (R * R * q * (1 - q)) / theta;
    } else if (spec.hasDeep[a] === 1) v2 = Infinity;
  }
  mean /= real.length;
  v2 /= real.length;
  if (v2 === 0) return 0;
  return mean > 0 ? Math.sqrt(v2) / mean : Infinity;
}

function finish(spec: RisSpec, deep: Uint32Array, theta: number, R: number, n: number): { estimate: Float64Array; stderr: Float64Array } {
  const estimate = new Float64Array(n);
  const stderr = new Float64Array(n);
  for (let v = 0; v < n; v++) {
    estimate[v] = spec.oneHop[v]!;
    if (theta === 0 || spec.hasDeep[v] !== 1) continue;
    const q = deep[v]! / theta;
    estimate[v]! += R * q;
    const qs = deep[v] === 0 ? 1 / theta : q;
    stderr[v] = R * Math.sqrt((qs * (1 - qs)) / theta);
  }
  return { estimate, stderr };
}

/**
 * Forward Monte Carlo of Independent Cascade spread, one agent at a time: the cross-check for RIS
 * on small worlds and the baseline it is timed against.
 *
 * Each cascade starts at v and moves each follower u with p(v→u), then every moved agent tries its
 * own followers, each edge flipped once (Kempe, Kleinberg & Tardos 2003). The same control variate
 * as RIS is used: the exact one-hop sum replaces the direct followers whose edge came up live, so a
 * cascade contributes X = #real agents reached whose direct edge from v was dead (spread-common.ts).
 * σ̂(v) = oneHop(v) + mean(X), se(v) = sd(X)/sqrt(k) over k cascades.
 */
import type { HiddenLayer } from '../model/hidden.js';
import type { Rng } from '../rng.js';
import { SPREAD_UNITS } from './ic.js';
import { followerProbs, hasDeepPath, oneHopSpread } from './spread-common.js';
import { checkPrecision, realAgents, relativePrecision, type TruthEstimate, type TruthModel, type TruthOptions } from './truth-model.js';

/** Per-agent Monte Carlo state shared across agents (allocated once). */
export interface McContext {
  readonly hidden: HiddenLayer;
  readonly pF: Float64Array;
  readonly oneHop: Float64Array;
  readonly hasDeep: Uint8Array;
  readonly stamp: Uint32Array;
  readonly queue: Uint32Array;
  cur: number;
}

/** Prepare shared arrays for {@link mcAgent}. */
export function mcContext(hidden: HiddenLayer): McContext {
  const pF = followerProbs(hidden);
  return {
    hidden,
    pF,
    oneHop: oneHopSpread(hidden, pF),
    hasDeep: hasDeepPath(hidden, pF),
    stamp: new Uint32Array(hidden.n),
    queue: new Uint32Array(hidden.n),
    cur: 0,
  };
}

/** One cascade from v: the number of real agents reached whose direct edge from v was dead. */
export function mcCascade(ctx: McContext, v: number, rng: Rng): number {
  const { hidden, pF, stamp, queue } = ctx;
  const { offsets, targets } = hidden.graph.followers;
  const real = hidden.real;
  const next = rng.next;
  if (++ctx.cur === 0xffffffff) {
    stamp.fill(0);
    ctx.cur = 1;
  }
  const cur = ctx.cur;
  stamp[v] = cur;
  let tail = 0;
  for (let s = offsets[v]!; s < offsets[v + 1]!; s++) {
    if (next() < pF[s]!) {
      const u = targets[s]!;
      stamp[u] = cur;
      queue[tail++] = u;
    }
  }
  let head = 0;
  let x = 0;
  while (head < tail) {
    const w = queue[head++]!;
    for (let s = offsets[w]!; s < offsets[w + 1]!; s++) {
      const u = targets[s]!;
      if (stamp[u] !== cur && next() < pF[s]!) {
        stamp[u] = cur;
        queue[tail++] = u;
        if (real[u] === 1) x++;
      }
    }
  }
  return x;
}

/**
 * Monte Carlo estimate for one agent: cascades in batches until the standard error is ≤
 * `targetStderr` (or `maxCascades` is reached; at least `minCascades`).
 * @returns estimate, stderr and the number of cascades run.
 */
export function mcAgent(
  ctx: McContext,
  v: number,
  rng: Rng,
  o: { targetStderr: number; minCascades?: number; maxCascades?: number },
): { estimate: number; stderr: number; cascades: number } {
  if (ctx.hasDeep[v] !== 1) return { estimate: ctx.oneHop[v]!, stderr: 0, cascades: 0 };
  const min = o.minCascades ?? 100;
  const max = Math.max(min, o.maxCascades ?? 1_000_000);
  let k = 0;
  let sum = 0;
  let sum2 = 0;
  let goal = min;
  for (;;) {
    for (; k < goal; k++) {
      const x = mcCascade(ctx, v, rng);
      sum += x;
      sum2 += x * x;
    }
    const mean = sum / k;
    // With no positive draw yet, use the variance of one hit (as RIS does for a zero count).
    const var_ = sum2 > 0 ? Math.max(0, (sum2 - k * mean * mean) / (k - 1)) : 1 / k;
    const se = Math.sqrt(var_ / k);
    if (se <= o.targetStderr || k >= max) return { estimate: ctx.oneHop[v]! + mean, stderr: se, cascades: k };
    goal = Math.min(max, Math.ceil(k * Math.min(8, Math.max(1.25, 1.1 * (se / o.targetStderr) ** 2))));
  }
}

/** Options of {@link mcSpread}. */
export interface McOptions extends TruthOptions {
  /** Run exactly this many cascades per agent (skips the adaptive rule; for tests). */
  readonly cascades?: number;
}

/**
 * Monte Carlo IC spread of every agent. Adaptive: a pilot of 100 cascades per agent gives the
 * mean spread; then every agent is run until its stderr ≤ precision × that mean (which makes the
 * RMS relative precision ≤ the requested one). O(n · cascades · cascade size): small worlds only.
 */
export function mcSpread(hidden: HiddenLayer, rng: Rng, opts: McOptions = {}): TruthEstimate {
  const target = checkPrecision(opts.precision);
  const real = realAgents(hidden);
  const ctx = mcContext(hidden);
  const n = hidden.n;
  const estimate = new Float64Array(n);
  const stderr = new Float64Array(n);
  let total = 0;
  let targetSe = 0;
  if (opts.cascades === undefined) {
    let mean = 0;
    for (const v of real) mean += mcAgent(ctx, v, rng, { targetStderr: Infinity, minCascades: 100 }).estimate;
    targetSe = (target * mean) / real.length;
  }
  const maxPer = opts.maxSamples !== undefined ? Math.max(1, Math.floor(opts.maxSamples / n)) : undefined;
  for (let v = 0; v < n; v++) {
    const r =
      opts.cascades !== undefined
        ? mcAgent(ctx, v, rng, { targetStderr: Infinity, minCascades: opts.cascades })
        : mcAgent(ctx, v, rng, { targetStderr: targetSe, ...(maxPer !== undefined ? { maxCascades: maxPer } : {}) });
    estimate[v] = r.estimate;
    stderr[v] = r.stderr;
    total += r.cascades;
    if ((v & 1023) === 1023) opts.onProgress?.(v + 1, n);
  }
  const achieved = relativePrecision(estimate, stderr, real);
  return {
    model: 'ic-mc',
    units: SPREAD_UNITS,
    estimate,
    stderr,
    samples: total,
    precision: achieved,
    converged: opts.cascades !== undefined || achieved <= target,
  };
}

/** IC spread by forward Monte Carlo per agent (cross-check; small worlds). */
export const icMonteCarloModel: TruthModel = {
  id: 'ic-mc',
  description: 'Independent Cascade spread by forward Monte Carlo, agent by agent (cross-check for ic on small worlds)',
  source: 'Kempe, Kleinberg & Tardos 2003',
  estimate: (hidden, rng, opts) => mcSpread(hidden, rng, opts),
};

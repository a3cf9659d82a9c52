/**
 * Linear Threshold true influence, estimated for every agent by reverse-influence sampling.
 *
 * Weights: agent u is moved once the accounts it follows that are already moved carry total
 * weight ≥ its uniform random threshold. The weight of followee v on u is its move probability,
 * scaled down when u's row sums past 1: b(v→u) = p(v→u) / max(1, Σ_w p(w→u)). So where the
 * probabilities are small LT and IC agree on the one-hop part.
 * Live-edge view (Kempe, Kleinberg & Tardos 2003, Thm 2.5): each u keeps at most one incoming edge,
 * v with probability b(v→u); an RR set is then the backward walk from the root, which stops when a
 * node keeps no edge or the walk meets itself. The RIS estimator, the exact one-hop part and the
 * standard errors are those of ris.ts (the one-hop argument holds because the root's choice of
 * edge is the only way to enter through a direct edge).
 * References: Granovetter (1978); Kempe, Kleinberg & Tardos (2003); Tang et al. (2014).
 */
import type { HiddenLayer } from '../model/hidden.js';
import type { Rng } from '../rng.js';
import { SPREAD_UNITS } from './ic.js';
import { runRis, type RisOptions } from './ris.js';
import type { RrSampler } from './rr-sampler.js';
import { hasDeepPath, oneHopSpread } from './spread-common.js';
import type { TruthEstimate, TruthModel } from './truth-model.js';

/** LT weights b aligned with `graph.following.targets` (row u: weights of u's followees, sum ≤ 1). */
export function ltWeights(hidden: HiddenLayer): Float64Array {
  const { offsets } = hidden.graph.following;
  const p = hidden.moveProb;
  const b = new Float64Array(p.length);
  for (let u = 0; u < hidden.n; u++) {
    let s = 0;
    for (let e = offsets[u]!; e < offsets[u + 1]!; e++) s += p[e]!;
    const scale = s > 1 ? 1 / s : 1;
    for (let e = offsets[u]!; e < offsets[u + 1]!; e++) b[e] = p[e]! * scale;
  }
  return b;
}

/** `following`-aligned weights re-aligned with `graph.followers.targets`. */
function toFollowerOrder(hidden: HiddenLayer, w: Float64Array): Float64Array {
  const map = hidden.graph.followersToFollowing;
  const out = new Float64Array(w.length);
  for (let s = 0; s < w.length; s++) out[s] = w[map[s]!]!;
  return out;
}

/**
 * A sampler of LT RR sets (backward random walks). Counts every member except the root and,
 * unless `countDirect`, the followee the root itself picked.
 */
export function makeLtSampler(hidden: HiddenLayer, b: Float64Array, rng: Rng, deep: Uint32Array, countDirect = false): RrSampler {
  const n = hidden.n;
  const { offsets, targets } = hidden.graph.following;
  const cum = new Float64Array(b.length);
  for (let u = 0; u < n; u++) {
    let s = 0;
    for (let e = offsets[u]!; e < offsets[u + 1]!; e++) cum[e] = s += b[e]!;
  }
  const stamp = new Uint32Array(n);
  const next = rng.next;
  let cur = 0;
  return (root: number) => {
    if (++cur === 0xffffffff) {
      stamp.fill(0);
      cur = 1;
    }
    stamp[root] = cur;
    let w = root;
    let count = countDirect;
    for (;;) {
      const lo0 = offsets[w]!;
      const hi0 = offsets[w + 1]!;
      if (lo0 === hi0) return;
      const x = next();
      if (x >= cum[hi0 - 1]!) return;
      let lo = lo0;
      let hi = hi0 - 1;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (cum[mid]! > x) hi = mid;
        else lo = mid + 1;
      }
      const v = targets[lo]!;
      if (stamp[v] === cur) return;
      stamp[v] = cur;
      if (count) deep[v]!++;
      count = true;
      w = v;
    }
  };
}

/** LT spread of every agent by RIS (see ris.ts for the estimator and its standard error). */
export function ltSpread(hidden: HiddenLayer, rng: Rng, opts: RisOptions = {}): TruthEstimate {
  const b = ltWeights(hidden);
  const bF = toFollowerOrder(hidden, b);
  return runRis(
    hidden,
    rng,
    {
      id: 'lt',
      units: SPREAD_UNITS,
      oneHop: oneHopSpread(hidden, bF),
      hasDeep: hasDeepPath(hidden, bF),
      makeSampler: (r, deep, countDirect) => makeLtSampler(hidden, b, r, deep, countDirect),
    },
    opts,
  );
}

/** Linear Threshold spread over real people, by RIS. */
export const ltModel: TruthModel = {
  id: 'lt',
  description:
    'Linear Threshold: expected real people moved by one message, weights = move probabilities scaled to sum ≤ 1 per person (reverse-influence sampling)',
  source: 'Granovetter 1978; Kempe, Kleinberg & Tardos 2003; Tang et al. 2014',
  estimate: (hidden, rng, opts) => ltSpread(hidden, rng, opts),
};

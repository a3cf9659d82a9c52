/**
 * Follow-back farming signals from public data only, for `collusionrank`.
 *
 * signature f(u) = volume(u) · reciprocity(u) · (1 − engagement(u)) ∈ [0, 1), where
 * - volume(u) = k²/(k² + K²), k = accounts u follows, K = 10 × the median following count of
 *   accounts that follow anyone (at least 10): 0.01 at the median, 0.5 at ten times it, so only a
 *   very high following count registers;
 * - reciprocity(u) = share of u's follows that are returned (0 when u follows nobody);
 * - engagement(u) = share of u's mutual-follow partners with at least one interaction (any kind,
 *   either direction) between them in the window (0 without mutual follows or without events).
 * Link farmers and social capitalists follow very many accounts, are followed back by many of them,
 * and interact with few (Ghosh et al. 2012, sections 4–5).
 *
 * distrust D: personalised PageRank (damping 0.85, the shared kernel) on the reversed follow graph
 * with teleport ∝ f: distrust flows from an account to the accounts that follow it, split evenly
 * among them, so following back suspected farmers (what social capitalists do) collects distrust,
 * and the total is conserved (no amplification around cycles of honest accounts). Penalty
 * p(u) = D(u)/(D(u) + 1/n) ∈ [0, 1): 1/2 for an account holding a uniform share of distrust.
 */
import { transposeCsr, type Csr } from '../../graph/csr.js';
import type { Observation } from '../../model/observation.js';
import { personalizedPageRank } from './pagerank-kernel.js';
import { mutualView, unionView } from './undirected.js';

/** Farming signature f(u) ∈ [0, 1) of every account (see the file banner). */
export function farmingSignature(obs: Observation): Float64Array {
  const { following, followers } = obs.follows;
  const n = obs.n;
  const mutual = mutualView(following, followers);
  const inter = obs.interactions.csr;
  const touched: Csr =
    inter.targets.length > 0
      ? unionView(inter, transposeCsr(inter).csr)
      : { n, offsets: new Uint32Array(n + 1), targets: new Uint32Array(0) };
  const outDeg: number[] = [];
  for (let u = 0; u < n; u++) {
    const k = following.offsets[u + 1]! - following.offsets[u]!;
    if (k > 0) outDeg.push(k);
  }
  const K = Math.max(10, 10 * median(outDeg));
  const f = new Float64Array(n);
  for (let u = 0; u < n; u++) {
    const k = following.offsets[u + 1]! - following.offsets[u]!;
    const mu = mutual.offsets[u + 1]! - mutual.offsets[u]!;
    if (k === 0 || mu === 0) continue;
    const engaged = intersectionSize(mutual, touched, u);
    f[u] = ((k * k) / (k * k + K * K)) * (mu / k) * (1 - engaged / mu);
  }
  return f;
}

/**
 * Penalty p ∈ [0, 1) of every account from farming signatures `f` (see the file banner).
 * @param following row u lists the accounts u follows (the in-links of u in the reversed graph).
 * @param f farming signature per account, >= 0. All zero: every penalty is 0.
 */
export function farmingPenalty(following: Csr, f: Float64Array): Float64Array {
  const n = following.n;
  const p = new Float64Array(n);
  let total = 0;
  for (let u = 0; u < n; u++) total += f[u]!;
  if (!(total > 0)) return p;
  const d = personalizedPageRank(following, { damping: 0.85, teleport: f }).scores;
  for (let u = 0; u < n; u++) p[u] = d[u]! / (d[u]! + 1 / n);
  return p;
}

function median(xs: number[]): number {
  if (xs.length === 0) return 0;
  xs.sort((a, b) => a - b);
  const h = xs.length >> 1;
  return xs.length % 2 ? xs[h]! : (xs[h - 1]! + xs[h]!) / 2;
}

/** |row u of a ∩ row u of b| for sorted rows. */
function intersectionSize(a: Csr, b: Csr, u: number): number {
  let i = a.offsets[u]!;
  let j = b.offsets[u]!;
  const iEnd = a.offsets[u + 1]!;
  const jEnd = b.offsets[u + 1]!;
  let c = 0;
  while (i < iEnd && j < jEnd) {
    const x = a.targets[i]!;
    const y = b.targets[j]!;
    if (x === y) {
      c++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return c;
}

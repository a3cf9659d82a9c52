/**
 * `sybilrank`: early-terminated, degree-normalised trust propagation from trusted seeds on the
 * undirected graph of strong ties, as SybilRank does on a friendship graph.
 *
 * Strong ties: u ~ v when u and v follow each other, or when each has interacted with the other
 * (any reaction kind) within the window; one-way follows and one-way interactions are ignored,
 * because anyone can follow or mention anyone. Total trust n is split evenly over the seeds
 * (`ctx.trustedSeeds`, else verified accounts; none: every account), then
 * w = ceil(log2 n) rounds of T'(v) = Σ_{u~v} T(u)/deg(u) are run, and the score is T(v)/deg(v)
 * (0 for accounts without a strong tie). Stopping after O(log n) rounds, before the walk mixes into
 * a sybil region behind few attack edges, is what keeps that region's trust low.
 * Reference: Cao, Sirivianos, Yang & Pregueiro 2012, "Aiding the detection of fake accounts in
 * large scale social online services" (NSDI).
 */
import { transposeCsr, type Csr } from '../graph/csr.js';
import type { Observation } from '../model/observation.js';
import { resolveSeeds } from './algorithms/seeds.js';
import { snapScores } from './algorithms/snap.js';
import { mutualView, rowDegrees, unionOf } from './algorithms/undirected.js';
import type { Scorer, ScorerContext } from './scorer.js';
import * as pm from '../portable-math.js';

/** The undirected strong-tie graph: mutual follows ∪ reciprocated interactions. */
export function strongTies(obs: Observation): Csr {
  const follows = mutualView(obs.follows.following, obs.follows.followers);
  const inter = obs.interactions.csr;
  if (inter.targets.length === 0) return follows;
  return unionOf(follows, mutualView(inter, transposeCsr(inter).csr));
}

/**
 * SybilRank propagation on a symmetric CSR.
 * @param g symmetric CSR without self-loops.
 * @param seedMask 1 for seeds; at least one seed expected (all-zero gives all-zero scores).
 * @param rounds number of propagation rounds (default ceil(log2 n), at least 1).
 * @returns degree-normalised trust T(v)/deg(v) >= 0, 0 for isolated nodes (trust on an isolated seed is lost).
 */
export function sybilRankPropagate(g: Csr, seedMask: Uint8Array, rounds = Math.max(1, Math.ceil(pm.log2(Math.max(2, g.n))))): Float64Array {
  const { n, offsets, targets } = g;
  const deg = rowDegrees(g);
  let seeds = 0;
  for (let v = 0; v < n; v++) seeds += seedMask[v]!;
  let t = new Float64Array(n);
  let next = new Float64Array(n);
  if (seeds > 0) for (let v = 0; v < n; v++) if (seedMask[v]) t[v] = n / seeds;
  const share = new Float64Array(n);
  for (let r = 0; r < rounds; r++) {
    for (let u = 0; u < n; u++) share[u] = deg[u]! > 0 ? t[u]! / deg[u]! : 0;
    for (let v = 0; v < n; v++) {
      let s = 0;
      for (let e = offsets[v]!; e < offsets[v + 1]!; e++) s += share[targets[e]!]!;
      next[v] = s;
    }
    [t, next] = [next, t];
  }
  for (let v = 0; v < n; v++) t[v] = deg[v]! > 0 ? t[v]! / deg[v]! : 0;
  // Fixed rounds, no convergence bound: only the rounding ties of ./algorithms/snap.ts apply.
  return snapScores(t);
}

/** SybilRank score of every account (>= 0; a node as well-connected as average scores about n/(2m)). */
export function sybilrankScores(obs: Observation, ctx?: ScorerContext): Float64Array {
  return sybilRankPropagate(strongTies(obs), resolveSeeds(obs, ctx).mask);
}

export const sybilrank: Scorer = {
  id: 'sybilrank',
  family: 'relational',
  version: 'v1',
  description: 'Degree-normalised trust after log2(n) propagation rounds from trusted seeds over mutual ties',
  source: 'Cao, Sirivianos, Yang & Pregueiro 2012, Aiding the detection of fake accounts in large scale social online services',
  score: sybilrankScores,
};

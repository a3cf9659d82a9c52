/**
 * Shared pieces of the spread models: edge probabilities in both CSR directions, the exact
 * one-hop part of the spread, and which agents can have a deeper (≥ 2 hops) part at all.
 *
 * Independent Cascade on the hidden layer (Kempe, Kleinberg & Tardos 2003): a message from v moves
 * each follower u independently with p(v→u) = hidden.moveProb[slot of "u follows v"]; every moved
 * agent passes the message on in the same way. The spread σ(v) is the expected number of real
 * people moved, v excluded.
 *
 * Exact one-hop part: for a follower u of v, the direct edge v→u is the only path of length 1 and
 * no other simple path v⇝u uses it, so P(v reaches u) = p(v→u) + P(u reached with the direct edge
 * dead). Hence σ(v) = Σ_u real p(v→u) + E[#real u reached whose direct edge from v is dead]: the
 * first term is computed exactly here, only the second is sampled (ris.ts, monte-carlo.ts).
 */
import type { HiddenLayer } from '../model/hidden.js';

/** moveProb re-aligned with `graph.followers.targets`: slot s of row v = p(v → follower). */
export function followerProbs(hidden: HiddenLayer): Float64Array {
  const g = hidden.graph;
  const out = new Float64Array(g.m);
  const map = g.followersToFollowing;
  for (let s = 0; s < g.m; s++) out[s] = hidden.moveProb[map[s]!]!;
  return out;
}

/**
 * Exact expected number of real followers moved directly by one message from each agent:
 * oneHop[v] = Σ over real followers u of p(v→u). Length n, ≥ 0.
 */
export function oneHopSpread(hidden: HiddenLayer, pF: Float64Array = followerProbs(hidden)): Float64Array {
  const { offsets, targets } = hidden.graph.followers;
  const out = new Float64Array(hidden.n);
  for (let v = 0; v < hidden.n; v++) {
    let s = 0;
    for (let e = offsets[v]!; e < offsets[v + 1]!; e++) if (hidden.real[targets[e]!] === 1) s += pF[e]!;
    out[v] = s;
  }
  return out;
}

/**
 * For each agent, 1 when a path v→u→w (w ≠ v) with both move probabilities > 0 exists, else 0.
 * Where it is 0 the deeper part of the spread is exactly 0 (so its standard error is 0).
 */
export function hasDeepPath(hidden: HiddenLayer, pF: Float64Array = followerProbs(hidden)): Uint8Array {
  const g = hidden.graph;
  const { offsets, targets } = g.followers;
  const n = hidden.n;
  // live[u] = number of followers u can move; only[u] = the follower when there is exactly one.
  const live = new Uint32Array(n);
  const only = new Int32Array(n).fill(-1);
  for (let u = 0; u < n; u++) {
    for (let e = offsets[u]!; e < offsets[u + 1]!; e++) {
      if (pF[e]! > 0) {
        live[u]!++;
        only[u] = targets[e]!;
      }
    }
  }
  const out = new Uint8Array(n);
  for (let v = 0; v < n; v++) {
    for (let e = offsets[v]!; e < offsets[v + 1]!; e++) {
      if (pF[e]! <= 0) continue;
      const u = targets[e]!;
      if (live[u]! >= 2 || (live[u] === 1 && only[u] !== v)) {
        out[v] = 1;
        break;
      }
    }
  }
  return out;
}

/** Rows whose max probability is above this are scanned edge by edge instead of skipped through. */
export const SKIP_THRESHOLD = 0.25;

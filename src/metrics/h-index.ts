/**
 * `h-index`: the H-index of each account's neighbours' degrees on the undirected view of the follow
 * graph (u ~ v when either follows the other): the largest h such that the account has at least h
 * neighbours of degree >= h. Lü et al. show degree >= H-index >= coreness, and that iterating the
 * operator converges to coreness; the H-index itself predicts spreading nearly as well.
 * Reference: Lü, Zhou, Zhang & Stanley 2016, "The H-index of a network node and its relation to
 * degree and coreness" (Nature Communications 7:10168).
 */
import type { Csr } from '../graph/csr.js';
import type { Observation } from '../model/observation.js';
import { rowDegrees, unionView } from './algorithms/undirected.js';
import type { Scorer } from './scorer.js';

/**
 * H-index of every node of a symmetric CSR: O(m) total with one scratch count array.
 * @returns Uint32Array of length n, 0 for isolated nodes, never above the node's degree.
 */
export function hIndexOf(g: Csr): Uint32Array {
  const { n, offsets, targets } = g;
  const deg = rowDegrees(g);
  let maxDeg = 0;
  for (let v = 0; v < n; v++) if (deg[v]! > maxDeg) maxDeg = deg[v]!;
  const count = new Uint32Array(maxDeg + 1);
  const h = new Uint32Array(n);
  for (let v = 0; v < n; v++) {
    const dv = deg[v]!;
    if (dv === 0) continue;
    // Neighbour degrees capped at dv (h can't exceed dv), counted by value.
    for (let e = offsets[v]!; e < offsets[v + 1]!; e++) {
      const du = deg[targets[e]!]!;
      count[du < dv ? du : dv]!++;
    }
    let atLeast = 0;
    let k = dv;
    for (; k > 0; k--) {
      atLeast += count[k]!;
      if (atLeast >= k) break;
    }
    h[v] = k;
    count.fill(0, 0, dv + 1);
  }
  return h;
}

/** H-index of every account (integers, as floats). */
export function hIndexScores(obs: Observation): Float64Array {
  return Float64Array.from(hIndexOf(unionView(obs.follows.following, obs.follows.followers)));
}

export const hIndex: Scorer = {
  id: 'h-index',
  family: 'graph',
  version: 'v1',
  description: "H-index of the neighbours' degrees on the undirected follow graph",
  source: 'Lü, Zhou, Zhang & Stanley 2016, The H-index of a network node and its relation to degree and coreness',
  score: hIndexScores,
};

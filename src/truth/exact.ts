/**
 * Exact Independent Cascade spread by enumerating live-edge worlds: the reference the sampling
 * estimators are tested against. Edges with p = 0 are dead and p = 1 live in every world; the
 * 2^k worlds of the k uncertain edges are enumerated with their probabilities.
 * Reference: Kempe, Kleinberg & Tardos (2003), the live-edge (percolation) view of IC.
 */
import { ParameterError } from '../errors.js';
import type { HiddenLayer } from '../model/hidden.js';
import { followerProbs } from './spread-common.js';

/** Largest number of uncertain edges {@link exactIcSpread} accepts (2^20 worlds). */
export const MAX_EXACT_UNCERTAIN_EDGES = 20;

/**
 * Exact σ(v) for every agent: expected number of real people reached from v, v excluded.
 * Throws ParameterError when the world has more than {@link MAX_EXACT_UNCERTAIN_EDGES}
 * edges with 0 < p < 1. Cost O(2^k · n · m).
 */
export function exactIcSpread(hidden: HiddenLayer): Float64Array {
  const n = hidden.n;
  const { offsets, targets } = hidden.graph.followers;
  const pF = followerProbs(hidden);
  const uncertain: number[] = [];
  for (let s = 0; s < pF.length; s++) if (pF[s]! > 0 && pF[s]! < 1) uncertain.push(s);
  const k = uncertain.length;
  if (k > MAX_EXACT_UNCERTAIN_EDGES) {
    throw new ParameterError('uncertain edges', k, `at most ${MAX_EXACT_UNCERTAIN_EDGES} for exact enumeration`);
  }
  const live = new Uint8Array(pF.length);
  for (let s = 0; s < pF.length; s++) live[s] = pF[s]! >= 1 ? 1 : 0;
  const out = new Float64Array(n);
  const seen = new Uint8Array(n);
  const queue = new Uint32Array(n);
  for (let mask = 0; mask < 2 ** k; mask++) {
    let prob = 1;
    for (let i = 0; i < k; i++) {
      const s = uncertain[i]!;
      const on = (mask >>> i) & 1;
      live[s] = on;
      prob *= on ? pF[s]! : 1 - pF[s]!;
    }
    if (prob === 0) continue;
    for (let v = 0; v < n; v++) {
      seen.fill(0);
      seen[v] = 1;
      let head = 0;
      let tail = 0;
      queue[tail++] = v;
      let reached = 0;
      while (head < tail) {
        const w = queue[head++]!;
        for (let s = offsets[w]!; s < offsets[w + 1]!; s++) {
          const u = targets[s]!;
          if (live[s] === 1 && seen[u] === 0) {
            seen[u] = 1;
            queue[tail++] = u;
            if (hidden.real[u] === 1) reached++;
          }
        }
      }
      out[v] += prob * reached;
    }
  }
  return out;
}

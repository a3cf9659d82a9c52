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
      out[v]! += prob * reached;
    }
  }
  return out;
}

/**
 * Exact Linear Threshold σ(v) for every agent, by enumerating live-edge worlds: each agent u keeps
 * one of the accounts it follows, v with weight `b[slot]` (aligned with `graph.following`), or none
 * with probability 1 − Σ b. Throws ParameterError above 2^20 worlds.
 * Reference: Kempe, Kleinberg & Tardos (2003), Theorem 2.5 (LT ≡ this live-edge process).
 */
export function exactLtSpread(hidden: HiddenLayer, b: Float64Array): Float64Array {
  const n = hidden.n;
  const { offsets, targets } = hidden.graph.following;
  // choices[u]: list of [followee, prob] including "none" as -1.
  const choices: [number, number][][] = [];
  let worlds = 1;
  for (let u = 0; u < n; u++) {
    const c: [number, number][] = [];
    let s = 0;
    for (let e = offsets[u]!; e < offsets[u + 1]!; e++) {
      if (b[e]! > 0) {
        c.push([targets[e]!, b[e]!]);
        s += b[e]!;
      }
    }
    if (s < 1 - 1e-12) c.push([-1, 1 - s]);
    choices.push(c);
    worlds *= c.length;
  }
  if (worlds > 2 ** MAX_EXACT_UNCERTAIN_EDGES)
    throw new ParameterError('live-edge worlds', worlds, `at most 2^${MAX_EXACT_UNCERTAIN_EDGES} for exact enumeration`);
  const out = new Float64Array(n);
  const pick = new Int32Array(n);
  const idx = new Uint32Array(n);
  const reach = new Uint8Array(n);
  for (let w = 0; w < worlds; w++) {
    let prob = 1;
    for (let u = 0; u < n; u++) {
      const [v, p] = choices[u]![idx[u]!]!;
      pick[u] = v;
      prob *= p;
    }
    // In this world u is reached from v iff following picks from u leads to v.
    for (let u = 0; u < n; u++) {
      if (hidden.real[u] !== 1) continue;
      reach.fill(0);
      reach[u] = 1;
      let x = pick[u]!;
      while (x >= 0 && reach[x] === 0) {
        reach[x] = 1;
        out[x]! += prob;
        x = pick[x]!;
      }
    }
    for (let u = 0; u < n; u++) {
      if (++idx[u]! < choices[u]!.length) break;
      idx[u] = 0;
    }
  }
  return out;
}

/**
 * The statistics of a simulated world that `goodhart calibrate` compares with published
 * measurements of real networks, each computed with the definition its source uses:
 *
 * - reciprocity as Kwak et al. (2010) count it: reciprocal pairs among linked pairs, r; and the
 *   share of follow edges that are returned, 2r/(1 + r) (Newman's edge reciprocity);
 * - the tail exponent α of a degree distribution, the discrete power-law MLE above x_min
 *   α̂ = 1 + n / Σ ln(xᵢ / (x_min − ½)) (Clauset, Shalizi & Newman 2009, SIAM Review 51:661, eq. 3.7);
 * - the average local clustering coefficient of the undirected graph (Watts & Strogatz 1998),
 *   accounts with fewer than two neighbours counting 0, as networkx's `average_clustering`;
 * - participation: the share of real people who post nothing in the run (Nielsen 2006, 90-9-1);
 * - cascade sizes: real people moved by single messages under the Independent Cascade model of
 *   the world's hidden layer (Kempe, Kleinberg & Tardos 2003), messages drawn from the run's post log.
 * All statistics are over real people (bots and sybils left out), on the final snapshot.
 */
import type { FollowGraph } from '../model/follow-graph.js';
import type { HiddenLayer } from '../model/hidden.js';
import type { Rng } from '../rng.js';
import { findEdge } from '../graph/csr.js';
import { followerProbs } from '../truth/spread-common.js';
import * as pm from '../portable-math.js';

/** Reciprocity of the follow edges among real people. */
export interface Reciprocity {
  /** Reciprocal pairs / linked pairs (Kwak et al. 2010's r), in [0, 1]; NaN without edges. */
  readonly pairs: number;
  /** Returned edges / edges = 2r/(1 + r), in [0, 1]; NaN without edges. */
  readonly edges: number;
}

/** Reciprocity of the edges whose two ends are real (`real[i] === 1`). */
export function reciprocity(g: FollowGraph, real: Uint8Array): Reciprocity {
  const { offsets, targets } = g.following;
  let e = 0;
  let mutual = 0;
  for (let u = 0; u < g.n; u++) {
    if (real[u] !== 1) continue;
    for (let s = offsets[u]!; s < offsets[u + 1]!; s++) {
      const v = targets[s]!;
      if (real[v] !== 1) continue;
      e++;
      if (findEdge(g.following, v, u) >= 0) mutual++;
    }
  }
  if (e === 0) return { pairs: NaN, edges: NaN };
  const pairs = mutual / 2 / (e - mutual / 2);
  return { pairs, edges: mutual / e };
}

/**
 * Discrete power-law tail exponent (Clauset et al. 2009, eq. 3.7) of `values` at or above
 * `xMin` (≥ 1); NaN with fewer than 10 values in the tail.
 */
export function powerLawAlpha(values: ArrayLike<number>, xMin: number): number {
  if (!(xMin >= 1)) throw new RangeError(`xMin must be at least 1, got ${xMin}`);
  let n = 0;
  let sum = 0;
  for (let i = 0; i < values.length; i++) {
    const x = values[i]!;
    if (x >= xMin) {
      n++;
      sum += pm.log(x / (xMin - 0.5));
    }
  }
  return n < 10 || sum === 0 ? NaN : 1 + n / sum;
}

/**
 * The tail exponent of `values` above their `quantile` (default 0.9: the top 10%), x_min being
 * that quantile (at least 1). Fixing x_min by a quantile keeps the tail the same share of any world.
 */
export function tailAlpha(values: ArrayLike<number>, quantile = 0.9): number {
  const sorted = Float64Array.from(values as ArrayLike<number>).sort();
  if (sorted.length === 0) return NaN;
  const xMin = Math.max(1, sorted[Math.min(sorted.length - 1, Math.floor(quantile * sorted.length))]!);
  return powerLawAlpha(sorted, xMin);
}

/** In- and out-degrees of real people counting only follows between real people. */
export function realDegrees(g: FollowGraph, real: Uint8Array): { readonly inDeg: Uint32Array; readonly outDeg: Uint32Array } {
  const ids: number[] = [];
  for (let i = 0; i < g.n; i++) if (real[i] === 1) ids.push(i);
  const inDeg = new Uint32Array(ids.length);
  const outDeg = new Uint32Array(ids.length);
  const count = (csr: FollowGraph['following'], out: Uint32Array) =>
    ids.forEach((u, j) => {
      let d = 0;
      for (let s = csr.offsets[u]!; s < csr.offsets[u + 1]!; s++) if (real[csr.targets[s]!] === 1) d++;
      out[j] = d;
    });
  count(g.following, outDeg);
  count(g.followers, inDeg);
  return { inDeg, outDeg };
}

/**
 * Average local clustering coefficient of the undirected simple graph on real people (an edge
 * where either follows the other): mean over real people of triangles / (deg·(deg − 1)/2), 0 when
 * deg < 2. In [0, 1]; NaN without real people.
 */
export function averageClustering(g: FollowGraph, real: Uint8Array): number {
  const n = g.n;
  // Undirected neighbour lists: the union of following and followers rows (both sorted).
  const offsets = new Uint32Array(n + 1);
  const nb: number[] = [];
  const merge = (u: number, push: (v: number) => void) => {
    const a = g.following;
    const b = g.followers;
    let i = a.offsets[u]!;
    let j = b.offsets[u]!;
    const ie = a.offsets[u + 1]!;
    const je = b.offsets[u + 1]!;
    while (i < ie || j < je) {
      const x = i < ie ? a.targets[i]! : Infinity;
      const y = j < je ? b.targets[j]! : Infinity;
      const v = Math.min(x, y);
      if (x === v) i++;
      if (y === v) j++;
      if (real[v] === 1 && v !== u) push(v);
    }
  };
  for (let u = 0; u < n; u++) {
    if (real[u] === 1) merge(u, (v) => nb.push(v));
    offsets[u + 1] = nb.length;
  }
  const targets = Uint32Array.from(nb);
  const mark = new Uint32Array(n);
  let sum = 0;
  let people = 0;
  for (let u = 0; u < n; u++) {
    if (real[u] !== 1) continue;
    people++;
    const lo = offsets[u]!;
    const hi = offsets[u + 1]!;
    const deg = hi - lo;
    if (deg < 2) continue;
    for (let s = lo; s < hi; s++) mark[targets[s]!] = u + 1;
    let links = 0;
    for (let s = lo; s < hi; s++) {
      const v = targets[s]!;
      for (let t = offsets[v]!; t < offsets[v + 1]!; t++) if (mark[targets[t]!] === u + 1) links++;
    }
    // Each link between two neighbours was seen from both ends.
    sum += links / 2 / ((deg * (deg - 1)) / 2);
  }
  return people === 0 ? NaN : sum / people;
}

/** Share of real people with no post in `postAuthors` (every post of the run, by author); NaN without real people. */
export function silentShare(postAuthors: ArrayLike<number>, real: Uint8Array): number {
  const posted = new Uint8Array(real.length);
  for (let i = 0; i < postAuthors.length; i++) posted[postAuthors[i]!] = 1;
  let people = 0;
  let silent = 0;
  for (let i = 0; i < real.length; i++) {
    if (real[i] !== 1) continue;
    people++;
    if (posted[i] === 0) silent++;
  }
  return people === 0 ? NaN : silent / people;
}

/** Sizes of sampled cascades, and two summaries of their distribution. */
export interface CascadeSizes {
  /** Real people moved by each sampled message (its author excluded). */
  readonly sizes: Uint32Array;
  /** Share of messages that moved no one, in [0, 1]. */
  readonly zeroShare: number;
  /** Share of all moved people that the largest 1% of messages moved, in [0, 1] (NaN when none moved anyone). */
  readonly top1Share: number;
}

/**
 * `samples` Independent Cascades from authors drawn uniformly from `postAuthors` (so in
 * proportion to how often each posts), on the hidden layer's move probabilities; every live edge
 * flipped once per cascade (Kempe, Kleinberg & Tardos 2003).
 */
export function cascadeSizes(hidden: HiddenLayer, postAuthors: ArrayLike<number>, samples: number, rng: Rng): CascadeSizes {
  const sizes = new Uint32Array(postAuthors.length === 0 ? 0 : samples);
  const pF = followerProbs(hidden);
  const { offsets, targets } = hidden.graph.followers;
  const stamp = new Uint32Array(hidden.n);
  const queue = new Uint32Array(hidden.n);
  for (let c = 0; c < sizes.length; c++) {
    const v = postAuthors[rng.int(postAuthors.length)]!;
    const cur = c + 1;
    stamp[v] = cur;
    queue[0] = v;
    let head = 0;
    let tail = 1;
    let moved = 0;
    while (head < tail) {
      const w = queue[head++]!;
      for (let s = offsets[w]!; s < offsets[w + 1]!; s++) {
        const u = targets[s]!;
        if (stamp[u] !== cur && rng.next() < pF[s]!) {
          stamp[u] = cur;
          queue[tail++] = u;
          if (hidden.real[u] === 1) moved++;
        }
      }
    }
    sizes[c] = moved;
  }
  let zero = 0;
  let total = 0;
  for (const s of sizes) {
    if (s === 0) zero++;
    total += s;
  }
  const desc = Uint32Array.from(sizes).sort().reverse();
  const top = Math.max(1, Math.floor(desc.length / 100));
  let topSum = 0;
  for (let i = 0; i < top && i < desc.length; i++) topSum += desc[i]!;
  return { sizes, zeroShare: sizes.length ? zero / sizes.length : NaN, top1Share: total > 0 ? topSum / total : NaN };
}

/**
 * Personalised PageRank by pull-based power iteration on a CSR of in-links (the shared kernel).
 *
 * Used by `pagerank`, `trustrank`, `interaction-pagerank` and `collusionrank`. The iteration is
 *
 *   x'(v) = α · Σ_{u→v} x(u) · r(u) · w(u→v) / W(u)  +  α · L(x) · d(v)  +  (1 − α) · t(v)
 *
 * with damping α, teleport distribution t, dangling distribution d (t by default, as networkx does
 * with a personalisation vector; uniform for plain PageRank), edge weights w with source totals W,
 * a per-source vote retention r ∈ [0, 1] (1 by default), and the "leaked" mass
 * L(x) = Σ_{dangling u} x(u) + Σ_{other u} x(u)(1 − r(u)). Every step preserves Σx = 1.
 * Stops when the L1 change between two iterates falls below `tol`; the distance to the fixed point
 * is then at most tol·α/(1 − α). The result then goes through the shared tie rule
 * (./snap.ts): values within residual·α/(1 − α) of 0 become exactly 0 and values equal up to
 * rounding become equal bit for bit, so structurally identical nodes tie whatever their numbering.
 *
 * Reference: Page, Brin, Motwani & Winograd 1999, "The PageRank citation ranking: bringing order to
 * the Web"; personalisation as in Haveliwala 2002 and networkx `pagerank`.
 * Layout follows igraph/PRPACK: rows = receivers, Float64Array buffers reused, no allocation per step.
 */
import type { Csr } from '../../graph/csr.js';
import { ParameterError } from '../../errors.js';
import { allocator, degreeOrder, PAGERANK_REORDER_MIN, permute, relabelCsr } from './pagerank-order.js';
import { blockCount, sweepBlocks, type SweepArrays } from './pagerank-sweep.js';
import { pageRankPool, pageRankThreads, threadedSweeper } from './pagerank-threads.js';
import { snapScores } from './snap.js';

/** Options of {@link personalizedPageRank}. All arrays have length n unless stated. */
export interface PageRankOptions {
  /** Damping α (probability of following a link), in [0, 1). Default 0.85. */
  readonly damping?: number;
  /** Teleport distribution t: non-negative, not all zero; normalised here. Default uniform 1/n. */
  readonly teleport?: Float64Array;
  /** Where dangling (and un-retained) mass goes: `teleport` (default, networkx) or `uniform`. */
  readonly dangling?: 'teleport' | 'uniform';
  /** Non-negative weight of each in-link, aligned with `inLinks.targets`. Default: all 1. */
  readonly weights?: Float64Array;
  /** Share r(u) ∈ [0, 1] of u's vote passed along its links; the rest joins the dangling pool. Default 1. */
  readonly retain?: Float64Array;
  /** L1 tolerance on the change between iterates. Default 1e-13. */
  readonly tol?: number;
  /** Iteration cap (the last iterate is returned, `converged` false). Default 10,000. */
  readonly maxIter?: number;
  /**
   * Threads (the calling one included), 1 … 16; the scores are identical bit for bit for any
   * value. Default: the cores available (at most 8) from 100,000 nodes on, else 1.
   */
  readonly threads?: number;
}

/** Result of {@link personalizedPageRank}. */
export interface PageRankResult {
  /** Scores, non-negative, summing to 1 (empty array when n = 0), snapped by the tie rule of ./snap.ts. */
  readonly scores: Float64Array;
  /** Iterations performed. */
  readonly iterations: number;
  /** L1 change of the last iteration. */
  readonly residual: number;
  /** Whether `residual < tol` was reached. */
  readonly converged: boolean;
}

/**
 * Personalised PageRank of every node.
 * @param inLinks CSR whose row v lists the sources u of the links u → v (e.g. `FollowGraph.followers`).
 * @param opts damping, teleport, weights, retention and stopping rule; see {@link PageRankOptions}.
 */
export function personalizedPageRank(inLinks: Csr, opts: PageRankOptions = {}): PageRankResult {
  const { n, offsets, targets } = inLinks;
  const alpha = opts.damping ?? 0.85;
  const tol = opts.tol ?? 1e-13;
  const maxIter = opts.maxIter ?? 10_000;
  if (!(alpha >= 0 && alpha < 1)) throw new ParameterError('damping', alpha, 'a number in [0, 1)');
  if (!(tol > 0)) throw new ParameterError('tol', tol, 'a positive number');
  if (n === 0) return { scores: new Float64Array(0), iterations: 0, residual: 0, converged: true };
  const m = offsets[n]!;

  const tele = distribution('teleport', opts.teleport, n);
  const dang = opts.dangling === 'uniform' || !opts.teleport ? null : tele;

  // Per-source scale s(u) = α·r(u)/W(u) and leak share l(u); per-slot normalised weights.
  const outW = new Float64Array(n);
  const w = opts.weights;
  if (w) {
    if (w.length !== m) throw new ParameterError('weights.length', w.length, `${m} (one per in-link)`);
    for (let e = 0; e < m; e++) {
      const we = w[e]!;
      if (!(we >= 0) || !Number.isFinite(we)) throw new ParameterError(`weights[${e}]`, we, 'a finite number >= 0');
      outW[targets[e]!]! += we;
    }
  } else {
    for (let e = 0; e < m; e++) outW[targets[e]!]!++;
  }
  const retain = opts.retain;
  const scale = new Float64Array(n);
  const leakShare = new Float64Array(n);
  for (let u = 0; u < n; u++) {
    const r = retain ? retain[u]! : 1;
    if (retain && !(r >= 0 && r <= 1)) throw new ParameterError(`retain[${u}]`, r, 'a number in [0, 1]');
    if (outW[u]! > 0) {
      scale[u] = (alpha * r) / (w ? 1 : outW[u]!);
      leakShare[u] = 1 - r;
    } else leakShare[u] = 1;
  }
  // The iteration's order: as given for small graphs, else by degree (./pagerank-order.ts).
  const threads = pageRankThreads(n, opts.threads);
  const team = threads > 1 ? pageRankPool(threads - 1) : null; // its threads load while we prepare
  const alloc = allocator(team !== null);
  const order = n > PAGERANK_REORDER_MIN ? degreeOrder(n, offsets, targets) : null;
  const csr = order ? relabelCsr(n, offsets, targets, order, alloc) : { offsets, targets, slot: null };
  let wNorm: Float64Array | null = null;
  if (w) {
    wNorm = new Float64Array(alloc(8 * m));
    for (let e = 0; e < m; e++) {
      const e0 = csr.slot ? csr.slot[e]! : e;
      const W = outW[targets[e0]!]!;
      wNorm[e] = W > 0 ? w[e0]! / W : 0;
    }
  }
  const nb = blockCount(n);
  const f64 = (len: number) => new Float64Array(alloc(8 * len));
  const a: SweepArrays = {
    n,
    offsets: csr.offsets,
    targets: csr.targets,
    wNorm,
    scale: order ? (permute(scale, order, alloc) ?? scale) : scale,
    leakShare: order ? (permute(leakShare, order, alloc) ?? leakShare) : leakShare,
    tele: order ? permute(tele, order, alloc) : tele,
    dang: order ? permute(dang, order, alloc) : dang,
    x: [f64(n), f64(n)],
    c: [f64(n), f64(n)],
    blockErr: f64(nb),
    blockLeak: f64(nb),
    alpha,
  };
  let leak = 0;
  for (let u = 0; u < n; u++) {
    a.x[0][u] = 1 / n;
    a.c[0][u] = a.x[0][u]! * a.scale[u]!;
    leak += a.x[0][u]! * a.leakShare[u]!;
  }

  const sweeper = team ? threadedSweeper(team, a, alloc) : null;
  let parity = 0;
  let iterations = 0;
  let residual = Infinity;
  try {
    while (iterations < maxIter) {
      iterations++;
      const pool = alpha * leak;
      if (sweeper) sweeper.sweep(pool, parity);
      else sweepBlocks(a, 0, nb, pool, parity);
      // Partials added in block order: the same sums for any number of threads.
      let err = 0;
      let leakNext = 0;
      for (let b = 0; b < nb; b++) {
        err += a.blockErr[b]!;
        leakNext += a.blockLeak[b]!;
      }
      parity ^= 1;
      leak = leakNext;
      residual = err;
      if (err < tol) break;
    }
  } finally {
    sweeper?.release();
  }
  const xs = parity ? a.x[1] : a.x[0];
  const x = order ? new Float64Array(n) : xs;
  if (order) for (let i = 0; i < n; i++) x[order[i]!] = xs[i]!;
  // Remove rounding drift so the scores sum to exactly 1 (up to one ulp per node).
  let sum = 0;
  for (let v = 0; v < n; v++) sum += x[v]!;
  for (let v = 0; v < n; v++) x[v] = x[v]! / sum;
  snapScores(x, (residual * alpha) / (1 - alpha));
  return { scores: x, iterations, residual, converged: residual < tol };
}

/**
 * Normalise an optional non-negative vector to sum 1; `null` means uniform.
 * @throws ParameterError when the vector has the wrong length, a negative or non-finite entry, or sums to 0.
 */
export function distribution(field: string, v: Float64Array | undefined, n: number): Float64Array | null {
  if (!v) return null;
  if (v.length !== n) throw new ParameterError(`${field}.length`, v.length, `${n} (one per node)`);
  let s = 0;
  for (let i = 0; i < n; i++) {
    const a = v[i]!;
    if (!(a >= 0) || !Number.isFinite(a)) throw new ParameterError(`${field}[${i}]`, a, 'a finite number >= 0');
    s += a;
  }
  if (!(s > 0)) throw new ParameterError(field, 'all zeros', 'at least one positive entry');
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) out[i] = v[i]! / s;
  return out;
}

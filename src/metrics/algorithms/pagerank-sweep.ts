/**
 * One power-iteration sweep of the shared PageRank kernel (./pagerank-kernel.ts) over a range of
 * fixed row blocks: the part the calling thread and the PageRank worker threads
 * (./pagerank-worker.ts) share.
 *
 * Rows are cut into blocks of {@link PAGERANK_BLOCK_ROWS}; each block writes its own partial sums
 * of the L1 change and of the leaked mass, and the caller adds the partials in block order. The
 * block boundaries depend on n alone, so the sums — and hence every score — are identical bit for
 * bit whichever thread ran which block and however many threads there were. With n at most one
 * block the partials are the plain running sums of a single sequential sweep.
 * Reference: Page, Brin, Motwani & Winograd 1999 (the iteration); the fixed-order reduction is the
 * usual way to make a parallel floating-point sum reproducible (Demmel & Nguyen 2013, "Fast
 * reproducible floating-point summation", take the simple fixed-partition form).
 */

/** Rows per block (2^14): the unit of work handed to a thread and of the partial sums. */
export const PAGERANK_BLOCK_ROWS = 16_384;

/** The arrays of one PageRank solve, in the iteration's row order (shared memory when threaded). */
export interface SweepArrays {
  readonly n: number;
  /** In-link CSR: row v lists its sources (n + 1 offsets). */
  readonly offsets: Uint32Array;
  readonly targets: Uint32Array;
  /** Per-slot normalised weight w(u→v)/W(u), or null for unweighted links. */
  readonly wNorm: Float64Array | null;
  /** Per-node scale α·r(u)/W(u) (0 for dangling nodes). */
  readonly scale: Float64Array;
  /** Per-node share of its mass that leaks into the dangling pool, in [0, 1]. */
  readonly leakShare: Float64Array;
  /** Teleport distribution, or null for uniform. */
  readonly tele: Float64Array | null;
  /** Dangling distribution, or null for uniform. */
  readonly dang: Float64Array | null;
  /** Iterates x (two buffers, swapped by parity) and the scaled votes c = x·scale. */
  readonly x: readonly [Float64Array, Float64Array];
  readonly c: readonly [Float64Array, Float64Array];
  /** Per-block partials of the last sweep: L1 change and leaked mass. */
  readonly blockErr: Float64Array;
  readonly blockLeak: Float64Array;
  /** Damping α in [0, 1). */
  readonly alpha: number;
}

/** Number of blocks for n rows (n ≥ 1). */
export function blockCount(n: number): number {
  return Math.ceil(n / PAGERANK_BLOCK_ROWS);
}

/**
 * Sweep blocks [b0, b1): read x[parity], c[parity], write x[1 − parity], c[1 − parity] and the
 * blocks' partials.
 * @param pool α · (leaked mass of the previous iterate), ≥ 0, spread by the dangling distribution.
 * @param parity which buffer holds the current iterate, 0 or 1.
 */
export function sweepBlocks(a: SweepArrays, b0: number, b1: number, pool: number, parity: number): void {
  const { n, offsets, targets, wNorm, scale, leakShare, tele, dang, blockErr, blockLeak } = a;
  const x = parity ? a.x[1] : a.x[0];
  const c = parity ? a.c[1] : a.c[0];
  const xNext = parity ? a.x[0] : a.x[1];
  const cNext = parity ? a.c[0] : a.c[1];
  const teleBase = 1 - a.alpha;
  const invN = 1 / n;
  for (let b = b0; b < b1; b++) {
    const vEnd = Math.min(n, (b + 1) * PAGERANK_BLOCK_ROWS);
    let err = 0;
    let leak = 0;
    let e = offsets[b * PAGERANK_BLOCK_ROWS]!;
    for (let v = b * PAGERANK_BLOCK_ROWS; v < vEnd; v++) {
      let s = 0;
      const end = offsets[v + 1]!;
      if (wNorm) for (; e < end; e++) s += c[targets[e]!]! * wNorm[e]!;
      else for (; e < end; e++) s += c[targets[e]!]!;
      const xv = s + pool * (dang ? dang[v]! : invN) + teleBase * (tele ? tele[v]! : invN);
      const d = xv - x[v]!;
      err += d < 0 ? -d : d;
      xNext[v] = xv;
      cNext[v] = xv * scale[v]!;
      leak += xv * leakShare[v]!;
    }
    blockErr[b] = err;
    blockLeak[b] = leak;
  }
}

/**
 * Rank-biased overlap, extrapolated (RBO_ext), and average overlap (AO).
 * RBO models a reader who goes down two rankings and stops after each depth with probability
 * 1 − p; it is the expected share of overlap A_d = X_d / d at the depth where the reader stops.
 * RBO_ext extrapolates from the seen prefixes assuming the agreement at the last seen depth
 * continues (eq. 32 of the paper; eq. 30 when both lists have the same length).
 * Reference: Webber, Moffat & Zobel, "A similarity measure for indefinite rankings",
 * ACM TOIS 28(4), 2010.
 */
import { realDescending } from './shared-ranks.js';
import type { Measure } from './types.js';

/** Overlap X_d of the two prefixes at every depth d = 1..l (index d−1), l = the longer length. */
function overlaps(a: ArrayLike<number>, b: ArrayLike<number>): Float64Array {
  const l = Math.max(a.length, b.length);
  // Items that are small non-negative integers (e.g. account indices) are counted in a typed array.
  let max = 0;
  let small = true;
  for (const list of [a, b]) {
    for (let i = 0; i < list.length && small; i++) {
      const v = list[i] as number;
      if (!Number.isInteger(v) || v < 0 || v > 4 * l + 1024) small = false;
      else if (v > max) max = v;
    }
  }
  const counts = small ? new Uint8Array(max + 1) : null;
  const seen = small ? null : new Map<number, number>();
  const out = new Float64Array(l);
  let x = 0;
  const add = (item: number): void => {
    let c = 0;
    if (counts) {
      c = (counts[item] as number) + 1;
      counts[item] = c;
    } else if (seen) {
      c = (seen.get(item) ?? 0) + 1;
      seen.set(item, c);
    }
    if (c === 2) x++;
  };
  for (let d = 0; d < l; d++) {
    if (d < a.length) add(a[d] as number);
    if (d < b.length) add(b[d] as number);
    out[d] = x;
  }
  return out;
}

/**
 * Extrapolated RBO of two rankings given as lists of distinct item ids, best first; lists may
 * differ in length. `p` in (0, 1). Result in [0, 1]; 1 for identical lists, 0 for disjoint ones;
 * two empty lists give 1.
 */
export function rboExt(a: ArrayLike<number>, b: ArrayLike<number>, p: number): number {
  if (!(p > 0 && p < 1)) throw new RangeError(`rbo: p must be in (0, 1), got ${p}`);
  const [S, L] = a.length <= b.length ? [a, b] : [b, a];
  const s = S.length;
  const l = L.length;
  if (s === 0) return l === 0 ? 1 : 0;
  const X = overlaps(S, L);
  const Xs = X[s - 1] as number;
  const Xl = X[l - 1] as number;
  let sum = 0;
  let pd = 1;
  for (let d = 1; d <= l; d++) {
    pd *= p;
    sum += ((X[d - 1] as number) / d) * pd;
    if (d > s) sum += ((Xs * (d - s)) / (s * d)) * pd;
  }
  return Math.min(1, ((1 - p) / p) * sum + ((Xl - Xs) / l + Xs / s) * pd);
}

/** Average overlap at `depth` (Fagin et al. 2003; RBO with p → 1 truncated): mean of X_d / d, d = 1..depth. */
export function averageOverlap(a: ArrayLike<number>, b: ArrayLike<number>, depth: number): number {
  if (depth <= 0) return a.length === 0 && b.length === 0 ? 1 : 0;
  const X = overlaps(Array.from(a).slice(0, depth), Array.from(b).slice(0, depth));
  let sum = 0;
  for (let d = 1; d <= depth; d++) sum += (X[Math.min(d, X.length) - 1] ?? 0) / d;
  return sum / depth;
}

export const rboMeasure: Measure = {
  id: 'rbo',
  description: 'Rank-biased overlap (extrapolated) of the full rankings of real people by score and by truth',
  range: [0, 1],
  higherIsBetter: true,
  reference: 'truth',
  needsTruth: true,
  interval: 'bootstrap',
  source: 'Webber, Moffat & Zobel 2010 (RBO_ext, eq. 32)',
  compute(input) {
    // Rank real people by each vector, ties broken by account index (documented in docs/measures.md).
    return rboExt(realDescending(input, 'score'), realDescending(input, 'reference'), input.rboP);
  },
};

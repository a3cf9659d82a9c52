/**
 * Kendall's τ-b in O(n log n): sort by (x, y), count ties in x and joint ties, then count the
 * discordant pairs as the inversions of y by merge sort, then ties in y. Same value as
 * scipy.stats.kendalltau (variant 'b').
 * Reference: Knight, "A computer method for calculating Kendall's tau with ungrouped data",
 * JASA 61(314), 1966; τ-b: Kendall, "The treatment of ties in ranking problems", Biometrika 1945.
 */
import { denseRanks } from '../stats/ranks.js';
import { realPair } from './input.js';
import type { Measure } from './types.js';

/** Pair counts behind Kendall's τ. All counts are numbers of unordered pairs. */
export interface KendallCounts {
  /** n(n-1)/2. */
  readonly pairs: number;
  /** Pairs ordered one way by x and the other way by y (neither tied). */
  readonly discordant: number;
  /** Pairs tied in x (including those also tied in y). */
  readonly tiesX: number;
  /** Pairs tied in y (including those also tied in x). */
  readonly tiesY: number;
  /** Pairs tied in both. */
  readonly tiesXY: number;
}

/** Count discordant and tied pairs of two equal-length samples in O(n log n). */
export function kendallCounts(x: ArrayLike<number>, y: ArrayLike<number>): KendallCounts {
  const n = x.length;
  if (n !== y.length) throw new RangeError(`kendall: lengths differ (${n} vs ${y.length})`);
  // 1. Sort by (x, y): both reduced to dense ranks, packed into one float64 and sorted natively.
  const rx = denseRanks(x);
  const ry = denseRanks(y);
  const uy = ry.count;
  const packed = new Float64Array(n);
  for (let i = 0; i < n; i++) packed[i] = (rx.rank[i] as number) * uy + (ry.rank[i] as number);
  packed.sort();
  // 2. Ties in x and joint ties, on the (x, y)-sorted order.
  let tiesX = 0;
  let tiesXY = 0;
  let runX = 1;
  let runXY = 1;
  for (let i = 1; i <= n; i++) {
    const sameXY = i < n && packed[i] === packed[i - 1];
    const sameX = sameXY || (i < n && Math.floor((packed[i] as number) / uy) === Math.floor((packed[i - 1] as number) / uy));
    if (sameX) runX++;
    else {
      tiesX += (runX * (runX - 1)) / 2;
      runX = 1;
    }
    if (sameXY) runXY++;
    else {
      tiesXY += (runXY * (runXY - 1)) / 2;
      runXY = 1;
    }
  }
  // 3. Discordant pairs = strict inversions of y in this order (ties in x are already y-sorted).
  let a = new Float64Array(n);
  for (let i = 0; i < n; i++) a[i] = (packed[i] as number) % uy;
  let b = new Float64Array(n);
  let discordant = 0;
  for (let width = 1; width < n; width *= 2) {
    for (let lo = 0; lo < n; lo += 2 * width) {
      const mid = Math.min(lo + width, n);
      const hi = Math.min(lo + 2 * width, n);
      let i = lo;
      let j = mid;
      let k = lo;
      while (i < mid && j < hi) {
        if ((a[i] as number) <= (a[j] as number)) b[k++] = a[i++] as number;
        else {
          discordant += mid - i;
          b[k++] = a[j++] as number;
        }
      }
      while (i < mid) b[k++] = a[i++] as number;
      while (j < hi) b[k++] = a[j++] as number;
    }
    [a, b] = [b, a];
  }
  // 4. Ties in y, on the now y-sorted values.
  let tiesY = 0;
  let runY = 1;
  for (let i = 1; i <= n; i++) {
    if (i < n && a[i] === a[i - 1]) runY++;
    else {
      tiesY += (runY * (runY - 1)) / 2;
      runY = 1;
    }
  }
  return { pairs: (n * (n - 1)) / 2, discordant, tiesX, tiesY, tiesXY };
}

/** τ-b from pair counts, in [-1, 1]; NaN when either sample is constant (or n < 2). */
export function tauBFromCounts(c: KendallCounts): number {
  const dx = c.pairs - c.tiesX;
  const dy = c.pairs - c.tiesY;
  if (dx <= 0 || dy <= 0) return NaN;
  const concordantMinusDiscordant = c.pairs - c.tiesX - c.tiesY + c.tiesXY - 2 * c.discordant;
  return Math.max(-1, Math.min(1, concordantMinusDiscordant / Math.sqrt(dx) / Math.sqrt(dy)));
}

/** Kendall's τ-b of two equal-length samples in O(n log n), in [-1, 1]; NaN if either is constant. */
export function kendallTauB(x: ArrayLike<number>, y: ArrayLike<number>): number {
  return tauBFromCounts(kendallCounts(x, y));
}

export const kendallTauBMeasure: Measure = {
  id: 'kendall-tau-b',
  description: "Kendall's τ-b between score and true influence over real people",
  range: [-1, 1],
  higherIsBetter: true,
  reference: 'truth',
  needsTruth: true,
  interval: 'fisher-z',
  source: 'Kendall 1945 (τ-b); Knight 1966 (O(n log n)); as scipy.stats.kendalltau',
  compute(input) {
    const { x, y } = realPair(input);
    return kendallTauB(x, y);
  },
};

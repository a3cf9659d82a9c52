/**
 * Kendall's τ-b in O(n log n): rank x and y once (radix sort), order by (x, y) with a counting
 * sort, count ties from the rank groups, and the discordant pairs as the inversions of y by a
 * merge sort on typed arrays. Same value as
 * scipy.stats.kendalltau (variant 'b').
 * Reference: Knight, "A computer method for calculating Kendall's tau with ungrouped data",
 * JASA 61(314), 1966; τ-b: Kendall, "The treatment of ties in ranking problems", Biometrika 1945.
 */
import { type Ranking, countingSortBy, rankValues } from '../stats/radix-rank.js';
import { realRanking, realValues } from './shared-ranks.js';
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

/**
 * Count discordant and tied pairs of two equal-length samples in O(n log n). `rx` and `ry` are
 * the samples' rankings (src/stats/radix-rank.ts) when the caller has them already.
 */
export function kendallCounts(
  x: ArrayLike<number>,
  y: ArrayLike<number>,
  rx: Ranking = rankValues(x),
  ry: Ranking = rankValues(y),
): KendallCounts {
  const n = x.length;
  if (n !== y.length) throw new RangeError(`kendall: lengths differ (${n} vs ${y.length})`);
  // 1. Order by (x, y): the y order, stably counting-sorted by the dense rank of x.
  const byXY = countingSortBy(ry.order, rx.dense, rx.count);
  // 2. Ties in x and in y from the group sizes; joint ties from runs of the (x, y) order.
  const tiesX = tiedPairs(rx);
  const tiesY = tiedPairs(ry);
  let tiesXY = 0;
  let run = 1;
  for (let p = 1; p <= n; p++) {
    const i = byXY[p] as number;
    const h = byXY[p - 1] as number;
    if (p < n && rx.dense[i] === rx.dense[h] && ry.dense[i] === ry.dense[h]) run++;
    else {
      tiesXY += (run * (run - 1)) / 2;
      run = 1;
    }
  }
  // 3. Discordant pairs = strict inversions of y in this order (ties in x are already y-sorted),
  //    counted by a bottom-up merge sort of y's dense ranks (Knight 1966).
  let a = new Uint32Array(n);
  for (let p = 0; p < n; p++) a[p] = ry.dense[byXY[p] as number] as number;
  let b = new Uint32Array(n);
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
  return { pairs: (n * (n - 1)) / 2, discordant, tiesX, tiesY, tiesXY };
}

/** Pairs tied within the groups of a ranking: Σ t(t−1)/2 over group sizes t. */
function tiedPairs(r: Ranking): number {
  let s = 0;
  for (let g = 0; g < r.count; g++) {
    const t = (r.groupStart[g + 1] as number) - (r.groupStart[g] as number);
    s += (t * (t - 1)) / 2;
  }
  return s;
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
    const x = realValues(input, 'score');
    const y = realValues(input, 'reference');
    return tauBFromCounts(kendallCounts(x, y, realRanking(input, 'score'), realRanking(input, 'reference')));
  },
};

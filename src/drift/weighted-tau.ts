/**
 * Weighted Kendall τ with the additive hyperbolic weigher w(r) = 1/(r+1): exchanges near the top
 * of either ranking count more. With rank=True semantics: the average of the τ computed with
 * ranks from (x, then y) and from (y, then x). Matches scipy.stats.weightedtau's defaults,
 * including its tie rules (ranks assigned by the lexicographic sort, joint ties in index order).
 * Reference: Vigna, "A weighted correlation index for rankings with ties", WWW 2015; the
 * algorithm is Knight's merge sort with weights (same paper, §5). Sorting by (x, y) is a radix
 * sort and two counting sorts (src/stats/radix-rank.ts).
 */
import { type Ranking, countingSortBy, rankValues } from '../stats/radix-rank.js';
import { realRanking, realValues } from './shared-ranks.js';
import type { Measure } from './types.js';

/**
 * Weighted τ of two equal-length samples (higher values rank first), in [-1, 1]; NaN when either
 * sample is constant or empty.
 */
export function weightedTau(x: ArrayLike<number>, y: ArrayLike<number>, rx?: Ranking, ry?: Ranking): number {
  if (x.length !== y.length) throw new RangeError(`weightedTau: lengths differ (${x.length} vs ${y.length})`);
  if (x.length === 0) return NaN;
  const a = rx ?? rankValues(x);
  const b = ry ?? rankValues(y);
  return (rankedWeightedTau(a, b) + rankedWeightedTau(b, a)) / 2;
}

/**
 * One direction: ranks (0 = top) from the lexicographic order on (x, y), ties by index. Values
 * are compared through their dense ranks, which order exactly as the values do.
 */
function rankedWeightedTau(rx: Ranking, ry: Ranking): number {
  const x = rx.dense;
  const y = ry.dense;
  const n = x.length;
  // (x, y, index) ascending: y's stable order, stably counting-sorted by x.
  const perm = countingSortBy(ry.order, x, rx.count);
  // The last in ascending order is rank 0 and weighs 1/(0+1).
  const weight = new Float64Array(n);
  for (let i = 0; i < n; i++) weight[perm[i] as number] = 1 / (n - i);

  // The keys and weights in perm order, so the merge sort reads and writes them sequentially.
  const px = new Uint32Array(n);
  const py = new Uint32Array(n);
  const pw = new Float64Array(n);
  for (let p = 0; p < n; p++) {
    const i = perm[p] as number;
    px[p] = x[i] as number;
    py[p] = y[i] as number;
    pw[p] = weight[i] as number;
  }
  const jointTies = tieWeight(pw, px, py);
  const xTies = tieWeight(pw, px);
  if (xTies.constant) return NaN;

  const ty = new Uint32Array(n);
  const tw = new Float64Array(n);
  let exchanges = 0;
  // Merge sort by y; each exchange of a pair adds the sum of the two weights.
  const weigh = (offset: number, length: number): number => {
    if (length === 1) return pw[offset] as number;
    const length0 = length >> 1;
    const length1 = length - length0;
    const middle = offset + length0;
    let residual = weigh(offset, length0);
    const total = weigh(middle, length1) + residual;
    if ((py[middle - 1] as number) < (py[middle] as number)) return total;
    let i = 0;
    let j = 0;
    let k = 0;
    while (j < length0 && k < length1) {
      const left = py[offset + j] as number;
      const right = py[middle + k] as number;
      if (left <= right) {
        const w = pw[offset + j] as number;
        ty[i] = left;
        tw[i] = w;
        residual -= w;
        j++;
      } else {
        const w = pw[middle + k] as number;
        ty[i] = right;
        tw[i] = w;
        exchanges += w * (length0 - j) + residual;
        k++;
      }
      i++;
    }
    py.copyWithin(offset + i, offset + j, offset + length0);
    pw.copyWithin(offset + i, offset + j, offset + length0);
    py.set(ty.subarray(0, i), offset);
    pw.set(tw.subarray(0, i), offset);
    return total;
  };
  weigh(0, n);

  const yTies = tieWeight(pw, py);
  if (yTies.constant) return NaN;
  let s = 0;
  for (let i = 0; i < n; i++) s += weight[i] as number;
  const tot = s * (n - 1);
  const u = xTies.value;
  const v = yTies.value;
  const tau = (tot - (v + u - jointTies.value) - 2 * exchanges) / Math.sqrt(tot - u) / Math.sqrt(tot - v);
  return Math.min(1, Math.max(-1, tau));
}

/**
 * Additive weight of tied pairs along a sorted sequence: each run of items equal in `key` (and in
 * `key2` when given) adds (Σ weights)·(run − 1). `weight`, `key` and `key2` are in sequence order.
 */
function tieWeight(weight: Float64Array, key: Uint32Array, key2?: Uint32Array): { value: number; constant: boolean } {
  const n = weight.length;
  let first = 0;
  let value = 0;
  let s = weight[0] as number;
  for (let i = 1; i < n; i++) {
    if (key[first] !== key[i] || (key2 !== undefined && key2[first] !== key2[i])) {
      value += s * (i - first - 1);
      first = i;
      s = 0;
    }
    s += weight[i] as number;
  }
  value += s * (n - first - 1);
  return { value, constant: first === 0 };
}

export const weightedTauMeasure: Measure = {
  id: 'weighted-tau',
  description: "Vigna's weighted τ (hyperbolic weights: disagreements near the top count more) over real people",
  range: [-1, 1],
  higherIsBetter: true,
  reference: 'truth',
  needsTruth: true,
  interval: 'fisher-z',
  source: 'Vigna 2015; as scipy.stats.weightedtau (defaults)',
  compute(input) {
    const x = realValues(input, 'score');
    const y = realValues(input, 'reference');
    return weightedTau(x, y, realRanking(input, 'score'), realRanking(input, 'reference'));
  },
};

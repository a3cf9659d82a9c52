/**
 * Weighted Kendall τ with the additive hyperbolic weigher w(r) = 1/(r+1): exchanges near the top
 * of either ranking count more. With rank=True semantics: the average of the τ computed with
 * ranks from (x, then y) and from (y, then x). Matches scipy.stats.weightedtau's defaults,
 * including its tie rules (ranks assigned by the lexicographic sort, joint ties in index order).
 * Reference: Vigna, "A weighted correlation index for rankings with ties", WWW 2015; the
 * algorithm is Knight's merge sort with weights (same paper, §5).
 */
import { realPair } from './input.js';
import type { Measure } from './types.js';

/**
 * Weighted τ of two equal-length samples (higher values rank first), in [-1, 1]; NaN when either
 * sample is constant or empty.
 */
export function weightedTau(x: ArrayLike<number>, y: ArrayLike<number>): number {
  if (x.length !== y.length) throw new RangeError(`weightedTau: lengths differ (${x.length} vs ${y.length})`);
  return (rankedWeightedTau(x, y) + rankedWeightedTau(y, x)) / 2;
}

/** One direction: ranks (0 = top) from the lexicographic order on (x, y), ties by index. */
function rankedWeightedTau(x: ArrayLike<number>, y: ArrayLike<number>): number {
  const n = x.length;
  if (n === 0) return NaN;
  const perm = new Uint32Array(n);
  for (let i = 0; i < n; i++) perm[i] = i;
  perm.sort((a, b) => (x[a] as number) - (x[b] as number) || (y[a] as number) - (y[b] as number) || a - b);
  // The last in ascending order is rank 0 and weighs 1/(0+1).
  const weight = new Float64Array(n);
  for (let i = 0; i < n; i++) weight[perm[i] as number] = 1 / (n - i);

  const jointTies = tieWeight(perm, weight, (p, q) => x[p] === x[q] && y[p] === y[q]);
  const xTies = tieWeight(perm, weight, (p, q) => x[p] === x[q]);
  if (xTies.constant) return NaN;

  const temp = new Uint32Array(n);
  let exchanges = 0;
  // Merge sort of perm by y; each exchange of a pair adds the sum of the two weights.
  const weigh = (offset: number, length: number): number => {
    if (length === 1) return weight[perm[offset] as number] as number;
    const length0 = length >> 1;
    const length1 = length - length0;
    const middle = offset + length0;
    let residual = weigh(offset, length0);
    const total = weigh(middle, length1) + residual;
    if ((y[perm[middle - 1] as number] as number) < (y[perm[middle] as number] as number)) return total;
    let i = 0;
    let j = 0;
    let k = 0;
    while (j < length0 && k < length1) {
      const left = perm[offset + j] as number;
      const right = perm[middle + k] as number;
      if ((y[left] as number) <= (y[right] as number)) {
        temp[i] = left;
        residual -= weight[left] as number;
        j++;
      } else {
        temp[i] = right;
        exchanges += (weight[right] as number) * (length0 - j) + residual;
        k++;
      }
      i++;
    }
    perm.copyWithin(offset + i, offset + j, offset + length0);
    perm.set(temp.subarray(0, i), offset);
    return total;
  };
  weigh(0, n);

  const yTies = tieWeight(perm, weight, (p, q) => y[p] === y[q]);
  if (yTies.constant) return NaN;
  let s = 0;
  for (let i = 0; i < n; i++) s += weight[i] as number;
  const tot = s * (n - 1);
  const u = xTies.value;
  const v = yTies.value;
  const tau = (tot - (v + u - jointTies.value) - 2 * exchanges) / Math.sqrt(tot - u) / Math.sqrt(tot - v);
  return Math.min(1, Math.max(-1, tau));
}

/** Additive weight of tied pairs along `perm`: each run of equal items adds (Σ weights)·(run − 1). */
function tieWeight(perm: Uint32Array, weight: Float64Array, same: (p: number, q: number) => boolean): { value: number; constant: boolean } {
  const n = perm.length;
  let first = 0;
  let value = 0;
  let s = weight[perm[0] as number] as number;
  for (let i = 1; i < n; i++) {
    if (!same(perm[first] as number, perm[i] as number)) {
      value += s * (i - first - 1);
      first = i;
      s = 0;
    }
    s += weight[perm[i] as number] as number;
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
    const { x, y } = realPair(input);
    return weightedTau(x, y);
  },
};

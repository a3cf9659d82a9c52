/**
 * The tie rule of every iterative scorer: after the iteration, scores that the computation cannot
 * tell apart are made equal, bit for bit, and scores it cannot tell from zero are made exactly 0.
 *
 * Why: a power iteration sums in an order set by the node numbering, so two structurally
 * identical accounts end a few ulps apart, and a stopped iteration leaves tiny remainders
 * (1e-128 … 5e-14 in HITS) where the exact value is 0. Ranks built on such scores would depend on
 * how the nodes happen to be numbered (CSV, GEXF or GraphML order of the same graph).
 *
 * The rule, applied by {@link snapScores}:
 *  1. Zero: a value with |x| <= `zeroBelow` (the solver's own bound on its distance to the fixed
 *     point, absolute, supplied by the caller) becomes exactly 0.
 *  2. Ties: the remaining values are sorted; neighbours a <= b with b − a <= 2^-36 · max(|a|, |b|)
 *     (about 1.5e-11 relative: far above the rounding noise of a sum of a million terms, far below
 *     any difference the reference tests resolve) join one group, and every member of a group
 *     gets the group's mean (summed in sorted order, so the result does not depend on labels).
 *
 * Ties are relative because rounding noise is relative to the value; zeros are absolute because
 * the convergence bound is (an L1 distance). Groups chain through neighbours, which only matters
 * where values are denser than one per 1.5e-11 relative — far more values than any world holds.
 * Reference: Higham 2002, "Accuracy and Stability of Numerical Algorithms", §4.2 (the error of
 * recursive summation grows with the number of terms, relative to the sum of magnitudes).
 */
/** Relative gap below which two sorted neighbours are one value: 2^-36 ≈ 1.46e-11. */
export const TIE_RELATIVE = 2 ** -36;

/**
 * Apply the tie rule (file banner) in place and return `x`.
 * @param x finite scores (any sign); modified in place.
 * @param zeroBelow absolute bound (>= 0): values with |x| <= zeroBelow become exactly 0. Default 0.
 * @returns the same array, snapped.
 */
export function snapScores(x: Float64Array, zeroBelow = 0): Float64Array {
  const n = x.length;
  if (n === 0) return x;
  for (let i = 0; i < n; i++) if (Math.abs(x[i]!) <= zeroBelow) x[i] = 0;
  // A native sort of a copy and groups found along it. Only a group whose members differ changes
  // anything (a group of equal values keeps its value), so only those members go into a map from
  // value to mean, looked up for values inside their range: no comparator callback, no binary
  // search per value.
  const sorted = Float64Array.from(x).sort();
  const change = new Map<number, number>();
  let lo = Infinity;
  let hi = -Infinity;
  let i = 0;
  while (i < n) {
    let j = i + 1;
    let sum = sorted[i]!;
    while (j < n) {
      const prev = sorted[j - 1]!;
      const v = sorted[j]!;
      if (v - prev > TIE_RELATIVE * Math.max(Math.abs(prev), Math.abs(v))) break;
      sum += v;
      j++;
    }
    if (!Object.is(sorted[i], sorted[j - 1])) {
      // The mean, kept inside the group's range (rounding of sum / k).
      const m = Math.min(Math.max(sum / (j - i), sorted[i]!), sorted[j - 1]!);
      for (let t = i; t < j; t++) change.set(sorted[t]!, m);
      lo = Math.min(lo, sorted[i]!);
      hi = Math.max(hi, sorted[j - 1]!);
    }
    i = j;
  }
  if (change.size === 0) return x;
  for (let k = 0; k < n; k++) {
    const v = x[k]!;
    if (v < lo || v > hi) continue;
    const m = change.get(v);
    if (m !== undefined) x[k] = m;
  }
  return x;
}

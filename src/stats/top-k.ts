/**
 * Tie-aware top-k membership: the probability that each item lands in the top k when tied scores
 * are ordered uniformly at random. Items strictly above the k-th score are in with weight 1; the
 * items tied at the boundary share the remaining slots equally. Deterministic, and free of the
 * bias a fixed tie-break (by index) would bring when, say, gamers are the last indices.
 * Reference: McSherry & Najork, "Computing information retrieval performance measures efficiently
 * in the presence of tied scores", ECIR 2008 (expected value over all tie orderings). The k-th
 * score is found by selection (Knuth, TAOCP vol. 3, §5.3.3), not a full sort.
 */

/**
 * Membership weight in [0, 1] of each of `values.length` items in the top `k` (higher is better).
 * The weights sum to min(k, n). `k` must be a non-negative integer.
 */
export function topKMembership(values: ArrayLike<number>, k: number): Float64Array {
  const n = values.length;
  if (!Number.isInteger(k) || k < 0) throw new RangeError(`k must be a non-negative integer, got ${k}`);
  const w = new Float64Array(n);
  const kk = Math.min(k, n);
  if (kk === 0) return w;
  const boundary = kthLargest(values, kk);
  let above = 0;
  let tied = 0;
  for (let i = 0; i < n; i++) {
    const v = values[i] as number;
    if (v > boundary) above++;
    else if (v === boundary) tied++;
  }
  const share = (kk - above) / tied;
  for (let i = 0; i < n; i++) {
    const v = values[i] as number;
    if (v > boundary) w[i] = 1;
    else if (v === boundary) w[i] = share;
  }
  return w;
}

/** Up to this k the k largest values are kept in a sorted buffer; above it a copy is sorted. */
const BUFFER_LIMIT = 64;

/**
 * The k-th largest of the values counted with multiplicity (1 ≤ k ≤ n), by selection: one pass
 * with a sorted buffer of the k largest seen so far (O(n·k) worst case, about O(n) for small k),
 * or a native sort of a copy when k is large. Values must not be NaN.
 */
export function kthLargest(values: ArrayLike<number>, k: number): number {
  const n = values.length;
  if (k > BUFFER_LIMIT) {
    const sorted = Float64Array.from(values).sort();
    return sorted[n - k] as number;
  }
  // top[0] ≥ top[1] ≥ … ≥ top[filled − 1]
  const top = new Float64Array(k);
  let filled = 0;
  for (let i = 0; i < n; i++) {
    const v = values[i] as number;
    if (filled === k && !(v > (top[k - 1] as number))) continue;
    let p = filled < k ? filled++ : k - 1;
    while (p > 0 && (top[p - 1] as number) < v) {
      top[p] = top[p - 1] as number;
      p--;
    }
    top[p] = v;
  }
  return top[k - 1] as number;
}

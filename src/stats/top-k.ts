/**
 * Tie-aware top-k membership: the probability that each item lands in the top k when tied scores
 * are ordered uniformly at random. Items strictly above the k-th score are in with weight 1; the
 * items tied at the boundary share the remaining slots equally. Deterministic, and free of the
 * bias a fixed tie-break (by index) would bring when, say, gamers are the last indices.
 * Reference: McSherry & Najork, "Computing information retrieval performance measures efficiently
 * in the presence of tied scores", ECIR 2008 (expected value over all tie orderings).
 */
import { argsortDescending } from './ranks.js';

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
  const order = argsortDescending(values);
  const boundary = values[order[kk - 1] as number] as number;
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

/**
 * Ranks with ties: the "average" (mid-rank) method, as in scipy.stats.rankdata(method='average').
 * Reference: Kendall & Gibbons, Rank Correlation Methods (1990), ch. 3 (mid-ranks for tied values).
 * Sorting: the radix sort of src/stats/radix-rank.ts.
 */
import { descendingOrder, midRanks, radixArgsort, rankValues } from './radix-rank.js';

/**
 * Indices 0..n-1 sorted by `values` ascending; ties keep index order (stable). Values must not
 * be NaN. O(n) (LSD radix sort, src/stats/radix-rank.ts).
 * @returns a Uint32Array permutation of length `values.length`.
 */
export function argsortAscending(values: ArrayLike<number>): Uint32Array {
  return radixArgsort(values);
}

/**
 * Indices sorted by `values` descending, ties broken by ascending index (deterministic).
 * @returns a Uint32Array permutation of length `values.length`.
 */
export function argsortDescending(values: ArrayLike<number>): Uint32Array {
  return descendingOrder(rankValues(values));
}

/**
 * Average ranks, 1-based, ascending: the smallest value gets rank 1; a group of t tied values that
 * would occupy ranks r..r+t-1 all get r + (t-1)/2. Values must not be NaN.
 * @returns Float64Array of ranks in [1, n].
 */
export function averageRanks(values: ArrayLike<number>): Float64Array {
  return midRanks(rankValues(values));
}

/** The values at `index`, as a new Float64Array (index.length entries). */
export function gather(values: ArrayLike<number>, index: ArrayLike<number>): Float64Array {
  const out = new Float64Array(index.length);
  for (let i = 0; i < index.length; i++) out[i] = values[index[i] as number] as number;
  return out;
}

/**
 * Ordinal ranks, 1-based (1 = highest score; equal scores ranked by account index), the order
 * charts and tables list accounts in. For a `rank` column with shared ties use {@link competitionRanks}.
 */
export function ordinalRanks(scores: ArrayLike<number>): Uint32Array {
  const order = argsortDescending(scores);
  const rank = new Uint32Array(scores.length);
  for (let pos = 0; pos < order.length; pos++) rank[order[pos]!] = pos + 1;
  return rank;
}

/**
 * Competition ranks, 1-based (1 = highest score; tied scores share the lowest rank of their group:
 * 1, 2, 2, 4), the rule of every `rank` column Goodhart writes. Ties are exact float equality.
 */
export function competitionRanks(scores: Float64Array): Uint32Array {
  const n = scores.length;
  const order = argsortDescending(scores);
  const ranks = new Uint32Array(n);
  for (let k = 0; k < n; k++) {
    const i = order[k]!;
    ranks[i] = k > 0 && scores[order[k - 1]!] === scores[i] ? ranks[order[k - 1]!]! : k + 1;
  }
  return ranks;
}

/**
 * Ranks with ties: the "average" (mid-rank) method, as in scipy.stats.rankdata(method='average').
 * Reference: Kendall & Gibbons, Rank Correlation Methods (1990), ch. 3 (mid-ranks for tied values).
 */

/**
 * Dense ranks 0..count−1 of the values (equal values share a rank; the smallest gets 0), via a
 * native numeric sort of a copy and binary search: O(n log n) with no comparator callback.
 * Values must not be NaN. `count` is the number of distinct values (at least 1).
 */
export function denseRanks(values: ArrayLike<number>): { rank: Float64Array; count: number } {
  const n = values.length;
  const sorted = Float64Array.from(values).sort();
  let u = 0;
  for (let i = 0; i < n; i++) if (i === 0 || sorted[i] !== sorted[u - 1]) sorted[u++] = sorted[i] as number;
  const rank = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const v = values[i] as number;
    let lo = 0;
    let hi = u - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((sorted[mid] as number) < v) lo = mid + 1;
      else hi = mid;
    }
    rank[i] = lo;
  }
  return { rank, count: Math.max(u, 1) };
}

/** Largest n for which (dense rank, index) pairs pack exactly into one float64 (2^21 · 2^21 < 2^53). */
const PACK_LIMIT = 1 << 21;

/**
 * Stable argsort by one key: the values are reduced to dense ranks (a native numeric sort of a
 * copy plus binary search), each (dense rank, index) pair is packed into one float64, and the
 * packed keys are sorted natively — several times faster than a comparator sort. Falls back to
 * a comparator sort above 2^21 items.
 */
function argsortBy(values: ArrayLike<number>, descending: boolean): Uint32Array {
  const n = values.length;
  const order = new Uint32Array(n);
  if (n >= PACK_LIMIT) {
    for (let i = 0; i < n; i++) order[i] = i;
    const sign = descending ? -1 : 1;
    order.sort((a, b) => sign * ((values[a] as number) - (values[b] as number)) || a - b);
    return order;
  }
  const { rank, count } = denseRanks(values);
  const packed = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const r = rank[i] as number;
    packed[i] = (descending ? count - 1 - r : r) * PACK_LIMIT + i;
  }
  packed.sort();
  for (let i = 0; i < n; i++) order[i] = (packed[i] as number) % PACK_LIMIT;
  return order;
}

/**
 * Indices 0..n-1 sorted by `values` ascending; ties keep index order (stable). Values must not
 * be NaN. O(n log n).
 * @returns a Uint32Array permutation of length `values.length`.
 */
export function argsortAscending(values: ArrayLike<number>): Uint32Array {
  return argsortBy(values, false);
}

/**
 * Indices sorted by `values` descending, ties broken by ascending index (deterministic).
 * @returns a Uint32Array permutation of length `values.length`.
 */
export function argsortDescending(values: ArrayLike<number>): Uint32Array {
  return argsortBy(values, true);
}

/**
 * Average ranks, 1-based, ascending: the smallest value gets rank 1; a group of t tied values that
 * would occupy ranks r..r+t-1 all get r + (t-1)/2. Values must not be NaN.
 * @returns Float64Array of ranks in [1, n].
 */
export function averageRanks(values: ArrayLike<number>): Float64Array {
  const n = values.length;
  const order = argsortAscending(values);
  const ranks = new Float64Array(n);
  let i = 0;
  while (i < n) {
    let j = i + 1;
    const v = values[order[i] as number] as number;
    while (j < n && values[order[j] as number] === v) j++;
    const r = (i + 1 + j) / 2; // mean of ranks i+1..j
    for (let t = i; t < j; t++) ranks[order[t] as number] = r;
    i = j;
  }
  return ranks;
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

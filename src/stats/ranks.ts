/**
 * Ranks with ties: the "average" (mid-rank) method, as in scipy.stats.rankdata(method='average').
 * Reference: Kendall & Gibbons, Rank Correlation Methods (1990), ch. 3 (mid-ranks for tied values).
 */

/**
 * Indices 0..n-1 sorted by `values` ascending; ties keep index order (stable).
 * @returns a Uint32Array permutation of length `values.length`.
 */
export function argsortAscending(values: ArrayLike<number>): Uint32Array {
  const n = values.length;
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  // Typed-array sort with a comparator is stable in V8 (ECMAScript 2019 requires stability).
  order.sort((a, b) => (values[a] as number) - (values[b] as number) || a - b);
  return order;
}

/**
 * Indices sorted by `values` descending, ties broken by ascending index (deterministic).
 * @returns a Uint32Array permutation of length `values.length`.
 */
export function argsortDescending(values: ArrayLike<number>): Uint32Array {
  const n = values.length;
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  order.sort((a, b) => (values[b] as number) - (values[a] as number) || a - b);
  return order;
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

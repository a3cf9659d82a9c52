/**
 * Ranking on typed arrays without comparator sorts: a stable least-significant-digit radix sort
 * of the values' order-preserving 64-bit keys (four 16-bit digits, a digit every value shares is
 * skipped), then dense ranks, mid-ranks and the descending order read off the sorted order in
 * O(n), and counting sorts by dense rank for sorting by several keys.
 * References: Knuth, The Art of Computer Programming vol. 3 (1998), §5.2.5 (LSD radix sort) and
 * §5.2 (counting sort); the float-to-key transform (flip every bit of a negative number, only the
 * sign bit of a positive one) as in Herf, "Radix tricks" (2001). Mid-ranks: Kendall & Gibbons 1990.
 */

/** The ranking of n values (no NaN). Produced by {@link rankValues}. */
export interface Ranking {
  /** Indices 0..n−1 by value ascending, equal values in index order (stable). */
  readonly order: Uint32Array;
  /** Dense rank 0..count−1 of each item (equal values share one; the smallest gets 0). */
  readonly dense: Uint32Array;
  /** Number of distinct values (0 when n = 0). */
  readonly count: number;
  /** Start of each dense group in `order` (length count + 1; the last entry is n). */
  readonly groupStart: Uint32Array;
}

const LITTLE_ENDIAN = new Uint8Array(new Float64Array([1]).buffer)[7] === 0x3f;
const HI = LITTLE_ENDIAN ? 1 : 0;
const LO = LITTLE_ENDIAN ? 0 : 1;
const RADIX = 1 << 16;
/** Below this many values a comparator sort beats the radix sort's fixed cost (its 4 × 2^16 counters). */
const SMALL = 4096;

/**
 * Indices sorted by `values` ascending, ties in index order, by an LSD radix sort of the 64-bit
 * keys (O(n), four passes at most; a comparator sort below 4,096 values). −0 and +0 are equal,
 * as under `===`. Values must not be NaN.
 */
export function radixArgsort(values: ArrayLike<number>): Uint32Array {
  const n = values.length;
  const f = new Float64Array(n);
  for (let i = 0; i < n; i++) f[i] = (values[i] as number) + 0; // −0 + 0 is +0
  if (n < SMALL) {
    const order = new Uint32Array(n);
    for (let i = 0; i < n; i++) order[i] = i;
    return order.sort((a, b) => {
      const fa = f[a] as number;
      const fb = f[b] as number;
      return fa < fb ? -1 : fa > fb ? 1 : a - b;
    });
  }
  const bits = new Uint32Array(f.buffer);
  let hi = new Uint32Array(n);
  let lo = new Uint32Array(n);
  let idx = new Uint32Array(n);
  const hist = new Uint32Array(4 * RADIX);
  for (let i = 0; i < n; i++) {
    let h = bits[2 * i + HI] as number;
    let l = bits[2 * i + LO] as number;
    if (h >= 0x80000000) {
      h = ~h >>> 0;
      l = ~l >>> 0;
    } else h = (h | 0x80000000) >>> 0;
    hi[i] = h;
    lo[i] = l;
    idx[i] = i;
    hist[l & 0xffff]!++;
    hist[RADIX + (l >>> 16)]!++;
    hist[2 * RADIX + (h & 0xffff)]!++;
    hist[3 * RADIX + (h >>> 16)]!++;
  }
  let hi2 = new Uint32Array(n);
  let lo2 = new Uint32Array(n);
  let idx2 = new Uint32Array(n);
  for (let d = 0; d < 4; d++) {
    const base = d * RADIX;
    // A digit every key shares moves nothing.
    let skip = false;
    for (let b = 0; b < RADIX; b++) {
      const c = hist[base + b] as number;
      if (c === n) skip = true;
      if (c !== 0) break;
    }
    if (skip || n === 0) continue;
    let sum = 0;
    for (let b = 0; b < RADIX; b++) {
      const c = hist[base + b] as number;
      hist[base + b] = sum;
      sum += c;
    }
    const src = d < 2 ? lo : hi;
    const shift = d % 2 === 0 ? 0 : 16;
    for (let i = 0; i < n; i++) {
      const digit = ((src[i] as number) >>> shift) & 0xffff;
      const p = hist[base + digit]!++;
      hi2[p] = hi[i] as number;
      lo2[p] = lo[i] as number;
      idx2[p] = idx[i] as number;
    }
    [hi, hi2] = [hi2, hi];
    [lo, lo2] = [lo2, lo];
    [idx, idx2] = [idx2, idx];
  }
  return idx;
}

/** Sort once and derive order, dense ranks and group bounds. Values must not be NaN. O(n). */
export function rankValues(values: ArrayLike<number>): Ranking {
  const n = values.length;
  const order = radixArgsort(values);
  const dense = new Uint32Array(n);
  const starts = new Uint32Array(n + 1);
  let count = 0;
  let prev = Number.NaN;
  for (let p = 0; p < n; p++) {
    const i = order[p] as number;
    const v = values[i] as number;
    if (p === 0 || v !== prev) {
      starts[count++] = p;
      prev = v;
    }
    dense[i] = count - 1;
  }
  starts[count] = n;
  return { order, dense, count, groupStart: starts.subarray(0, count + 1) };
}

/**
 * Average ranks, 1-based ascending (a tied group spanning ranks r..r+t−1 gets r + (t−1)/2), as
 * scipy.stats.rankdata(method='average').
 */
export function midRanks(r: Ranking): Float64Array {
  const n = r.order.length;
  const out = new Float64Array(n);
  for (let g = 0; g < r.count; g++) {
    const i = r.groupStart[g] as number;
    const j = r.groupStart[g + 1] as number;
    const rank = (i + 1 + j) / 2; // mean of ranks i+1..j
    for (let t = i; t < j; t++) out[r.order[t] as number] = rank;
  }
  return out;
}

/** Indices by value descending, ties in ascending index order (the groups of `order`, reversed). */
export function descendingOrder(r: Ranking): Uint32Array {
  const n = r.order.length;
  const out = new Uint32Array(n);
  let k = 0;
  for (let g = r.count - 1; g >= 0; g--) {
    const end = r.groupStart[g + 1] as number;
    for (let t = r.groupStart[g] as number; t < end; t++) out[k++] = r.order[t] as number;
  }
  return out;
}

/**
 * Stable counting sort of the item list `items` by `key[item]` (integers 0..count−1): O(n + count).
 * Sorting by a secondary key and then by a primary key orders by (primary, secondary, input order).
 */
export function countingSortBy(items: Uint32Array, key: Uint32Array, count: number): Uint32Array {
  const start = new Uint32Array(count + 1);
  for (let p = 0; p < items.length; p++) start[(key[items[p] as number] as number) + 1]!++;
  for (let b = 0; b < count; b++) start[b + 1]! += start[b] as number;
  const out = new Uint32Array(items.length);
  for (let p = 0; p < items.length; p++) {
    const i = items[p] as number;
    out[start[key[i] as number]!++] = i;
  }
  return out;
}

/**
 * Compressed sparse row (CSR) adjacency on typed arrays: the representation every hot loop uses.
 *
 * Node ids are 0..n-1. Row `u` holds the targets `targets[offsets[u] .. offsets[u+1])`, sorted
 * ascending, without duplicates when built by {@link buildCsr} with `dedupe`.
 * Reference: the CSR format as used by igraph and PRPACK.
 */

/** One direction of a sparse directed graph. */
export interface Csr {
  /** Number of nodes. */
  readonly n: number;
  /** Row starts, length n + 1; `offsets[n]` is the number of edges. */
  readonly offsets: Uint32Array;
  /** Column ids, length = number of edges. */
  readonly targets: Uint32Array;
}

/** A growable list of directed edges (src → dst) on typed arrays. */
export class EdgeBuffer {
  src: Uint32Array;
  dst: Uint32Array;
  length = 0;
  constructor(capacity = 1024) {
    this.src = new Uint32Array(Math.max(16, capacity));
    this.dst = new Uint32Array(Math.max(16, capacity));
  }
  /** Append one edge. */
  push(s: number, d: number): void {
    if (this.length === this.src.length) this.grow();
    this.src[this.length] = s;
    this.dst[this.length] = d;
    this.length++;
  }
  private grow(): void {
    const cap = this.src.length * 2;
    const s = new Uint32Array(cap);
    s.set(this.src);
    const d = new Uint32Array(cap);
    d.set(this.dst);
    this.src = s;
    this.dst = d;
  }
}

/** Result of {@link buildCsr}: the CSR plus, for each kept edge, the index of the input edge it came from. */
export interface BuiltCsr extends Csr {
  /** For each CSR slot, the index of the first input edge that produced it. */
  readonly origin: Uint32Array;
}

/**
 * Build a CSR from parallel edge arrays with a counting sort (O(n + m)).
 * @param n number of nodes; every id must be < n.
 * @param src edge sources (row ids).
 * @param dst edge targets (column ids).
 * @param m number of edges to read from the arrays (default: src.length).
 * @param opts `dedupe` drops repeated (src, dst) pairs keeping the first; `dropSelfLoops` drops u → u.
 */
export function buildCsr(
  n: number,
  src: ArrayLike<number>,
  dst: ArrayLike<number>,
  m: number = src.length,
  opts: { dedupe?: boolean; dropSelfLoops?: boolean } = {},
): BuiltCsr {
  const { dedupe = true, dropSelfLoops = true } = opts;
  // Sort by dst within rows first (counting sort on dst, then stable counting sort on src)
  // so rows come out sorted and duplicates are adjacent.
  const byDst = countingOrder(n, dst, m);
  const counts = new Uint32Array(n + 1);
  for (let i = 0; i < m; i++) counts[src[i]! + 1]!++;
  for (let u = 0; u < n; u++) counts[u + 1]! += counts[u]!;
  const cursor = counts.slice(0, n);
  const order = new Uint32Array(m);
  for (let k = 0; k < m; k++) {
    const i = byDst[k]!;
    order[cursor[src[i]!]!++] = i;
  }
  const offsets = new Uint32Array(n + 1);
  const targets = new Uint32Array(m);
  const origin = new Uint32Array(m);
  let w = 0;
  for (let u = 0; u < n; u++) {
    offsets[u] = w;
    const rowStart = w;
    for (let k = counts[u]!; k < counts[u + 1]!; k++) {
      const i = order[k]!;
      const v = dst[i]!;
      if (dropSelfLoops && v === u) continue;
      if (dedupe && w > rowStart && targets[w - 1] === v) continue;
      targets[w] = v;
      origin[w] = i;
      w++;
    }
  }
  offsets[n] = w;
  return { n, offsets, targets: w === m ? targets : targets.slice(0, w), origin: w === m ? origin : origin.slice(0, w) };
}

/**
 * Group edges by source with one counting sort, dropping self-loops and repeated (src, dst)
 * pairs (keeping the first) with a stamp array instead of sorting rows: O(n + m), rows unsorted.
 * Use {@link buildCsr} when rows must be sorted.
 */
export function groupBySource(n: number, src: ArrayLike<number>, dst: ArrayLike<number>, m: number = src.length): BuiltCsr {
  const counts = new Uint32Array(n + 1);
  for (let i = 0; i < m; i++) counts[src[i]! + 1]!++;
  for (let u = 0; u < n; u++) counts[u + 1]! += counts[u]!;
  const cursor = counts.slice(0, n);
  const order = new Uint32Array(m);
  for (let i = 0; i < m; i++) order[cursor[src[i]!]!++] = i;
  const seen = new Int32Array(n).fill(-1);
  const offsets = new Uint32Array(n + 1);
  const targets = new Uint32Array(m);
  const origin = new Uint32Array(m);
  let w = 0;
  for (let u = 0; u < n; u++) {
    offsets[u] = w;
    seen[u] = u;
    for (let k = counts[u]!; k < counts[u + 1]!; k++) {
      const i = order[k]!;
      const v = dst[i]!;
      if (seen[v] === u) continue;
      seen[v] = u;
      targets[w] = v;
      origin[w++] = i;
    }
  }
  offsets[n] = w;
  return { n, offsets, targets: targets.slice(0, w), origin: origin.slice(0, w) };
}

/** Transpose a CSR (reverse every edge). Also returns, for each new slot, the slot in `csr` it mirrors. */
export function transposeCsr(csr: Csr): { csr: Csr; mirror: Uint32Array } {
  const { n, offsets, targets } = csr;
  const m = targets.length;
  const counts = new Uint32Array(n + 1);
  for (let e = 0; e < m; e++) counts[targets[e]! + 1]!++;
  for (let v = 0; v < n; v++) counts[v + 1]! += counts[v]!;
  const tOffsets = counts.slice();
  const cursor = counts.slice(0, n);
  const tTargets = new Uint32Array(m);
  const mirror = new Uint32Array(m);
  for (let u = 0; u < n; u++) {
    for (let e = offsets[u]!; e < offsets[u + 1]!; e++) {
      const v = targets[e]!;
      const slot = cursor[v]!++;
      tTargets[slot] = u;
      mirror[slot] = e;
    }
  }
  return { csr: { n, offsets: tOffsets, targets: tTargets }, mirror };
}

/** Degree of each row (Uint32Array of length n). */
export function degrees(csr: Csr): Uint32Array {
  const d = new Uint32Array(csr.n);
  for (let u = 0; u < csr.n; u++) d[u] = csr.offsets[u + 1]! - csr.offsets[u]!;
  return d;
}

/** Slot index of edge u → v in a CSR with sorted rows, or -1. Binary search, O(log deg). */
export function findEdge(csr: Csr, u: number, v: number): number {
  let lo = csr.offsets[u]!;
  let hi = csr.offsets[u + 1]!;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const t = csr.targets[mid]!;
    if (t === v) return mid;
    if (t < v) lo = mid + 1;
    else hi = mid;
  }
  return -1;
}

function countingOrder(n: number, keys: ArrayLike<number>, m: number): Uint32Array {
  const counts = new Uint32Array(n + 1);
  for (let i = 0; i < m; i++) counts[keys[i]! + 1]!++;
  for (let v = 0; v < n; v++) counts[v + 1]! += counts[v]!;
  const order = new Uint32Array(m);
  for (let i = 0; i < m; i++) order[counts[keys[i]!]!++] = i;
  return order;
}

/**
 * A cache-friendly node order for the PageRank iteration (./pagerank-kernel.ts): nodes sorted by
 * total degree (in + out), highest first, ties by id, so the few nodes whose votes are read most
 * often sit together in memory and stay in cache. The iteration runs in this order and the scores
 * are mapped back, so output order is unchanged; each row keeps its in-links in their original
 * order, so every row sum adds the same terms in the same order as without the relabelling.
 * Reference: degree-based reordering for sparse matrix-vector products and PageRank (Balaji &
 * Lucia 2018, "When is graph reordering an optimization?", IISWC), here as a counting sort.
 */

/** Nodes above which the iteration runs in degree order (2^16; below, the vectors fit in cache). */
export const PAGERANK_REORDER_MIN = 65_536;

/** A buffer allocator: shared memory when worker threads will read it, else an ordinary one. */
export type Alloc = (bytes: number) => ArrayBufferLike;

/** Allocate ordinary (`false`) or shared (`true`) zero-filled memory. */
export function allocator(shared: boolean): Alloc {
  return shared ? (bytes) => new SharedArrayBuffer(bytes) : (bytes) => new ArrayBuffer(bytes);
}

/**
 * The order: `order[i]` is the node placed at position i, by total degree descending, ties by
 * ascending id (a stable counting sort, O(n + m)).
 * @param offsets in-link CSR offsets (n + 1); `targets` its sources (each < n).
 */
export function degreeOrder(n: number, offsets: Uint32Array, targets: Uint32Array): Uint32Array {
  const deg = new Uint32Array(n);
  for (let e = 0, m = offsets[n]!; e < m; e++) deg[targets[e]!]!++;
  let maxDeg = 0;
  for (let v = 0; v < n; v++) {
    const d = deg[v]! + offsets[v + 1]! - offsets[v]!;
    deg[v] = d;
    if (d > maxDeg) maxDeg = d;
  }
  // start[d] = first position of degree d, degrees descending.
  const start = new Uint32Array(maxDeg + 2);
  for (let v = 0; v < n; v++) start[maxDeg - deg[v]! + 1]!++;
  for (let k = 1; k <= maxDeg + 1; k++) start[k]! += start[k - 1]!;
  const order = new Uint32Array(n);
  for (let v = 0; v < n; v++) order[start[maxDeg - deg[v]!]!++] = v;
  return order;
}

/** The in-link CSR in a new order, with node ids renumbered; slot values can ride along. */
export interface Relabelled {
  readonly offsets: Uint32Array;
  readonly targets: Uint32Array;
  /** `slot[e']` = the original in-link index of new slot e' (to carry per-link weights). */
  readonly slot: Uint32Array;
}

/**
 * Renumber the in-link CSR: row i of the result is row order[i] of the input, its sources
 * renumbered by the inverse of `order`, in the same order as in the input row.
 */
export function relabelCsr(n: number, offsets: Uint32Array, targets: Uint32Array, order: Uint32Array, alloc: Alloc): Relabelled {
  const m = offsets[n]!;
  const newId = new Uint32Array(n);
  for (let i = 0; i < n; i++) newId[order[i]!] = i;
  const off = new Uint32Array(alloc(4 * (n + 1)));
  const tg = new Uint32Array(alloc(4 * m));
  const slot = new Uint32Array(m);
  let w = 0;
  for (let i = 0; i < n; i++) {
    const o = order[i]!;
    for (let e = offsets[o]!, end = offsets[o + 1]!; e < end; e++, w++) {
      tg[w] = newId[targets[e]!]!;
      slot[w] = e;
    }
    off[i + 1] = w;
  }
  return { offsets: off, targets: tg, slot };
}

/** `out[i] = v[order[i]]` in memory from `alloc`, or null when `v` is null. */
export function permute(v: Float64Array | null, order: Uint32Array, alloc: Alloc): Float64Array | null {
  if (!v) return null;
  const out = new Float64Array(alloc(8 * order.length));
  for (let i = 0; i < order.length; i++) out[i] = v[order[i]!]!;
  return out;
}

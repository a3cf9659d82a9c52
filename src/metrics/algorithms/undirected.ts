/**
 * Symmetric views of a directed graph on CSR rows: the union view (u ~ v when u → v or v → u) and
 * the mutual view (u ~ v when u → v and v → u). Both are built by merging sorted rows in O(n + m).
 *
 * Precondition: rows of the inputs are sorted ascending (as built by `buildCsr` and `transposeCsr`).
 * Self-loops are dropped from the output.
 * Reference: the same views as networkx `G.to_undirected()` and `G.to_undirected(reciprocal=True)`.
 */
import type { Csr } from '../../graph/csr.js';

/** Undirected simple graph u ~ v iff u → v or v → u. `a` is a directed CSR, `aT` its transpose. */
export function unionView(a: Csr, aT: Csr): Csr {
  return mergeRows(a, aT, false);
}

/** Undirected simple graph u ~ v iff u → v and v → u (reciprocated links only). */
export function mutualView(a: Csr, aT: Csr): Csr {
  return mergeRows(a, aT, true);
}

/** Row-wise union of two symmetric CSRs on the same nodes (result is symmetric too). */
export function unionOf(a: Csr, b: Csr): Csr {
  return mergeRows(a, b, false);
}

/** Row degree of a CSR as an array of numbers (Uint32Array, length n). */
export function rowDegrees(g: Csr): Uint32Array {
  const d = new Uint32Array(g.n);
  for (let u = 0; u < g.n; u++) d[u] = g.offsets[u + 1]! - g.offsets[u]!;
  return d;
}

function mergeRows(a: Csr, b: Csr, intersect: boolean): Csr {
  const n = a.n;
  const offsets = new Uint32Array(n + 1);
  // Pass 1 counts, pass 2 writes: no over-allocation beyond the exact size.
  for (let pass = 0; pass < 2; pass++) {
    const out = pass === 0 ? null : new Uint32Array(offsets[n]!);
    let w = 0;
    for (let u = 0; u < n; u++) {
      if (pass === 0) offsets[u] = w;
      let i = a.offsets[u]!;
      const iEnd = a.offsets[u + 1]!;
      let j = b.offsets[u]!;
      const jEnd = b.offsets[u + 1]!;
      let last = -1;
      while (i < iEnd || j < jEnd) {
        const x = i < iEnd ? a.targets[i]! : Infinity;
        const y = j < jEnd ? b.targets[j]! : Infinity;
        let v: number;
        if (x === y) {
          v = x;
          i++;
          j++;
        } else if (intersect) {
          if (x < y) i++;
          else j++;
          continue;
        } else if (x < y) {
          v = x;
          i++;
        } else {
          v = y;
          j++;
        }
        if (v === u || v === last) continue;
        last = v;
        if (out) out[w] = v;
        w++;
      }
    }
    if (pass === 0) offsets[n] = w;
    else return { n, offsets, targets: out! };
  }
  throw new Error('unreachable');
}

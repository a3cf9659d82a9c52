/**
 * k-core numbers (coreness) of an undirected simple graph in O(n + m).
 *
 * The core number of v is the largest k such that v belongs to a subgraph in which every node has
 * degree >= k. Nodes are peeled in order of current degree using bucket sort.
 * Reference: Batagelj & Zaversnik 2003, "An O(m) algorithm for cores decomposition of networks"
 * (the algorithm networkx `core_number` implements).
 */
import type { Csr } from '../../graph/csr.js';

/**
 * Core number of every node.
 * @param g symmetric CSR (u in row v iff v in row u), no self-loops, no duplicates.
 * @returns Uint32Array of length n; 0 for isolated nodes.
 */
export function coreNumbers(g: Csr): Uint32Array {
  const { n, offsets, targets } = g;
  const deg = new Uint32Array(n);
  let maxDeg = 0;
  for (let v = 0; v < n; v++) {
    deg[v] = offsets[v + 1]! - offsets[v]!;
    if (deg[v]! > maxDeg) maxDeg = deg[v]!;
  }
  // bin[d] = start of the block of nodes with current degree d in `vert`.
  const bin = new Uint32Array(maxDeg + 2);
  for (let v = 0; v < n; v++) bin[deg[v]! + 1]!++;
  for (let d = 0; d <= maxDeg; d++) bin[d + 1]! += bin[d]!;
  const pos = new Uint32Array(n);
  const vert = new Uint32Array(n);
  const cursor = bin.slice();
  for (let v = 0; v < n; v++) {
    pos[v] = cursor[deg[v]!]!++;
    vert[pos[v]!] = v;
  }
  for (let i = 0; i < n; i++) {
    const v = vert[i]!;
    const dv = deg[v]!;
    for (let e = offsets[v]!; e < offsets[v + 1]!; e++) {
      const u = targets[e]!;
      const du = deg[u]!;
      if (du > dv) {
        // Move u to the front of its block, then shrink the block by one.
        const pu = pos[u]!;
        const pw = bin[du]!;
        const w = vert[pw]!;
        if (u !== w) {
          vert[pu] = w;
          pos[w] = pu;
          vert[pw] = u;
          pos[u] = pw;
        }
        bin[du]!++;
        deg[u] = du - 1;
      }
    }
  }
  return deg;
}

/**
 * The PageRank kernel's cache-friendly order (src/metrics/algorithms/pagerank-order.ts) on
 * hand-computed graphs: degree order with ties by id, and the relabelled CSR keeping each row's
 * in-links in their original order.
 */
import { describe, expect, it } from 'vitest';
import { buildCsr, transposeCsr } from '../../src/graph/csr.js';
import { allocator, degreeOrder, permute, relabelCsr } from '../../src/metrics/algorithms/pagerank-order.js';
import { blockCount, PAGERANK_BLOCK_ROWS } from '../../src/metrics/algorithms/pagerank-sweep.js';
import { pageRankThreads, setPageRankThreads } from '../../src/metrics/algorithms/pagerank-threads.js';
import { ParameterError } from '../../src/errors.js';

// 0 → 1, 0 → 2, 3 → 2, 2 → 1, 4 isolated. In-degrees 0,2,2,0,0; out-degrees 2,0,1,1,0.
const edges: Array<[number, number]> = [
  [0, 1],
  [0, 2],
  [3, 2],
  [2, 1],
];
const inLinks = transposeCsr(
  buildCsr(
    5,
    edges.map((e) => e[0]),
    edges.map((e) => e[1]),
  ),
).csr;

describe('pagerank order', () => {
  it('sorts by in + out degree, highest first, ties by id', () => {
    // totals: 0 → 2, 1 → 2, 2 → 3, 3 → 1, 4 → 0
    expect(Array.from(degreeOrder(5, inLinks.offsets, inLinks.targets))).toEqual([2, 0, 1, 3, 4]);
  });
  it('relabels rows and sources, keeping each row in its original order', () => {
    const order = degreeOrder(5, inLinks.offsets, inLinks.targets);
    const r = relabelCsr(5, inLinks.offsets, inLinks.targets, order, allocator(true));
    expect(r.offsets.buffer).toBeInstanceOf(SharedArrayBuffer);
    // new ids: 2 → 0, 0 → 1, 1 → 2, 3 → 3, 4 → 4. Row 0 (old 2) has sources old 0, 3 → new 1, 3;
    // row 2 (old 1) has sources old 0, 2 → new 1, 0 (original order kept, not sorted).
    const rows = [0, 1, 2, 3, 4].map((i) => Array.from(r.targets.subarray(r.offsets[i], r.offsets[i + 1])));
    const oldRows = [0, 1, 2, 3, 4].map((v) => Array.from(inLinks.targets.subarray(inLinks.offsets[v], inLinks.offsets[v + 1])));
    expect(rows).toEqual(oldRows.map((_, i) => oldRows[order[i] ?? 0]?.map((u) => order.indexOf(u))));
    for (let e = 0; e < r.targets.length; e++) expect(order[r.targets[e] ?? 0]).toBe(inLinks.targets[r.slot[e] ?? 0]);
    expect(Array.from(permute(Float64Array.from([10, 11, 12, 13, 14]), order, allocator(false)) ?? [])).toEqual([12, 10, 11, 13, 14]);
  });
  it('threads: default 1 for small graphs, never more than the blocks, validated', () => {
    expect(pageRankThreads(1000, undefined)).toBe(1);
    expect(pageRankThreads(1000, 4)).toBe(1);
    expect(blockCount(3 * PAGERANK_BLOCK_ROWS + 1)).toBe(4);
    expect(pageRankThreads(3 * PAGERANK_BLOCK_ROWS + 1, 16)).toBe(4);
    expect(() => pageRankThreads(10, 0)).toThrow(ParameterError);
    expect(() => pageRankThreads(10, 1.5)).toThrow(/threads/);
  });
  it("the CLI's --threads sets the default of every later solve, and only the default", () => {
    const big = 10 * PAGERANK_BLOCK_ROWS;
    try {
      setPageRankThreads(1);
      expect(pageRankThreads(big, undefined)).toBe(1);
      expect(pageRankThreads(big, 3)).toBe(3);
      setPageRankThreads(5);
      expect(pageRankThreads(big, undefined)).toBe(5);
      expect(() => setPageRankThreads(17)).toThrow(ParameterError);
    } finally {
      setPageRankThreads(undefined);
    }
    expect(pageRankThreads(1000, undefined)).toBe(1);
  });
});

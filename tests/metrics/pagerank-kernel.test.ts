/**
 * The shared personalised-PageRank kernel: options (weights, retention, teleport, dangling target)
 * on hand-computed graphs, and its parameter errors.
 */
import { describe, expect, it } from 'vitest';
import { ParameterError } from '../../src/errors.js';
import { buildCsr, transposeCsr } from '../../src/graph/csr.js';
import { personalizedPageRank } from '../../src/metrics/algorithms/pagerank-kernel.js';

/** In-link CSR of a directed edge list. */
const inLinks = (n: number, edges: Array<[number, number]>) =>
  transposeCsr(
    buildCsr(
      n,
      edges.map((e) => e[0]),
      edges.map((e) => e[1]),
    ),
  ).csr;
const close = (a: Float64Array, b: number[]) => {
  for (const [i, x] of b.entries()) expect(a[i]).toBeCloseTo(x, 12);
};

describe('personalizedPageRank', () => {
  const path = inLinks(2, [[0, 1]]); // 0 → 1, 1 dangling
  it('dangling to teleport (networkx) vs uniform', () => {
    // teleport all on 0. networkx: x0 = 0.15 + 0.85·x1, x1 = 0.85·x0 ⇒ x0 = 0.15/(1 − 0.7225).
    const x0 = 0.15 / 0.2775;
    close(personalizedPageRank(path, { teleport: Float64Array.from([1, 0]) }).scores, [x0, 1 - x0]);
    // uniform dangling: x0 = 0.15 + 0.425·x1, x1 = 0.85·x0 + 0.425·x1 ⇒ x1 = (0.85/0.575)·x0.
    const r = 0.85 / 0.575;
    close(personalizedPageRank(path, { teleport: Float64Array.from([1, 0]), dangling: 'uniform' }).scores, [1 / (1 + r), r / (1 + r)]);
  });
  it('weights split a vote in proportion', () => {
    // 0 → 1 (weight 3), 0 → 2 (weight 1); 1 and 2 dangling, uniform teleport.
    const g = inLinks(3, [
      [0, 1],
      [0, 2],
    ]);
    const w = new Float64Array(g.targets.length);
    for (let v = 0; v < 3; v++) for (let e = g.offsets[v]!; e < g.offsets[v + 1]!; e++) w[e] = v === 1 ? 3 : 1;
    // x0 = 0.05 + 0.85(1 − x0)/3 ⇒ x0 = 20/77; x1 = x0 + 0.85·0.75·x0; x2 = x0 + 0.85·0.25·x0.
    const x0 = 20 / 77;
    close(personalizedPageRank(g, { weights: w }).scores, [x0, x0 * (1 + 0.6375), x0 * (1 + 0.2125)]);
  });
  it('retention 0 turns every account into a dangling one', () => {
    close(personalizedPageRank(path, { retain: Float64Array.from([0, 0]) }).scores, [0.5, 0.5]);
  });
  it('reports convergence and returns an empty vector for n = 0', () => {
    const r = personalizedPageRank(path);
    expect(r.converged).toBe(true);
    expect(r.residual).toBeLessThan(1e-13);
    expect(personalizedPageRank(inLinks(0, [])).scores.length).toBe(0);
  });
  it('rejects bad parameters with a ParameterError', () => {
    expect(() => personalizedPageRank(path, { damping: 1 })).toThrow(ParameterError);
    expect(() => personalizedPageRank(path, { teleport: Float64Array.from([0, 0]) })).toThrow(ParameterError);
    expect(() => personalizedPageRank(path, { teleport: Float64Array.from([1]) })).toThrow(ParameterError);
    expect(() => personalizedPageRank(path, { weights: Float64Array.from([-1]) })).toThrow(ParameterError);
    expect(() => personalizedPageRank(path, { retain: Float64Array.from([2, 0]) })).toThrow(ParameterError);
  });
});

/**
 * HITS hub and authority scores by power iteration on the two CSR directions.
 *
 * For links u → v: hub(u) = Σ_{u→v} auth(v) and auth(v) = Σ_{u→v} hub(u), i.e. the authority vector
 * is the principal eigenvector of AᵀA. Iterates auth ← Aᵀ(A auth), normalised to sum 1 each step,
 * from the uniform vector, so the result is deterministic and equivariant under relabelling even
 * when the leading eigenvalue is repeated (it is then the projection of the uniform start).
 * Reference: Kleinberg 1999, "Authoritative sources in a hyperlinked environment"; normalisation
 * (sum 1) as networkx `hits`.
 */
import type { Csr } from '../../graph/csr.js';

/** Result of {@link hits}. Both vectors are non-negative and sum to 1. */
export interface HitsResult {
  readonly hubs: Float64Array;
  readonly authorities: Float64Array;
  readonly iterations: number;
  readonly converged: boolean;
}

/**
 * HITS on a directed graph given as its out-link CSR and in-link CSR.
 * @param out row u lists v with u → v (e.g. `FollowGraph.following`).
 * @param inn the transpose of `out` (e.g. `FollowGraph.followers`).
 * @param tol L1 tolerance on the change of the authority vector (default 1e-14).
 * @param maxIter iteration cap (default 10,000). A graph without links gets uniform 1/n scores.
 */
export function hits(out: Csr, inn: Csr, tol = 1e-14, maxIter = 10_000): HitsResult {
  const n = out.n;
  let a = new Float64Array(n).fill(1 / n);
  let aNext = new Float64Array(n);
  const h = new Float64Array(n);
  if (n === 0 || out.offsets[n] === 0) return { hubs: a.slice(), authorities: a, iterations: 0, converged: true };
  let iterations = 0;
  let converged = false;
  while (iterations < maxIter) {
    iterations++;
    pull(out, a, h);
    normalise(h);
    pull(inn, h, aNext);
    normalise(aNext);
    let err = 0;
    for (let v = 0; v < n; v++) err += Math.abs(aNext[v]! - a[v]!);
    [a, aNext] = [aNext, a];
    if (err < tol) {
      converged = true;
      break;
    }
  }
  pull(out, a, h);
  normalise(h);
  return { hubs: h, authorities: a, iterations, converged };
}

/** y(u) = Σ_{v in row u} x(v). */
function pull(g: Csr, x: Float64Array, y: Float64Array): void {
  const { n, offsets, targets } = g;
  for (let u = 0; u < n; u++) {
    let s = 0;
    for (let e = offsets[u]!; e < offsets[u + 1]!; e++) s += x[targets[e]!]!;
    y[u] = s;
  }
}

function normalise(x: Float64Array): void {
  let s = 0;
  for (let i = 0; i < x.length; i++) s += x[i]!;
  if (s > 0) for (let i = 0; i < x.length; i++) x[i] = x[i]! / s;
}

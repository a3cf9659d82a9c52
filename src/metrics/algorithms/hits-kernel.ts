/**
 * HITS hub and authority scores by power iteration on the two CSR directions.
 *
 * For links u → v: hub(u) = Σ_{u→v} auth(v) and auth(v) = Σ_{u→v} hub(u), i.e. the authority vector
 * is the principal eigenvector of AᵀA. Iterates auth ← Aᵀ(A auth), normalised to sum 1 each step,
 * from the uniform vector, so the result is deterministic and equivariant under relabelling even
 * when the leading eigenvalue is repeated (it is then the projection of the uniform start).
 * Both vectors then go through the shared tie rule (./snap.ts) with the a-posteriori error
 * estimate of the power method as the zero bound: with the last two L1 changes e_{k−1}, e_k and
 * the observed contraction ρ = e_k / e_{k−1} (capped at 1 − 2^-10), the distance to the limit is
 * about e_k·ρ/(1 − ρ) (the geometric tail). Entries below it are remainders of the non-dominant
 * components, whose exact limit is 0 (1e-128 … 5e-14 before this rule), and become exactly 0.
 * Before that, every component of the hub–authority graph whose authority mass still shrinks
 * geometrically (by more than 2^-20 in the last step) is set to 0 whole: its leading eigenvalue is
 * below the global one, so its exact limit is 0 even where the remainder is above the bound.
 * Reference: Kleinberg 1999, "Authoritative sources in a hyperlinked environment"; normalisation
 * (sum 1) as networkx `hits`.
 */
import type { Csr } from '../../graph/csr.js';
import { snapScores } from './snap.js';

/** Cap on the observed contraction ρ in the error estimate (so 1/(1 − ρ) <= 1024). */
const RHO_CAP = 1 - 2 ** -10;

/** Result of {@link hits}. Both vectors are non-negative and sum to 1, snapped by the tie rule of ./snap.ts. */
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
  let err = Infinity;
  let errPrev = Infinity;
  while (iterations < maxIter) {
    iterations++;
    pull(out, a, h);
    normalise(h);
    pull(inn, h, aNext);
    normalise(aNext);
    errPrev = err;
    err = 0;
    for (let v = 0; v < n; v++) err += Math.abs(aNext[v]! - a[v]!);
    [a, aNext] = [aNext, a];
    if (err < tol) {
      converged = true;
      break;
    }
  }
  // aNext holds the previous iterate: components whose authority mass still shrinks are remainders.
  if (iterations > 1) zeroDecayingComponents(out, a, aNext);
  const rho = errPrev > 0 && Number.isFinite(errPrev) ? Math.min(err / errPrev, RHO_CAP) : RHO_CAP;
  const bound = (err * rho) / (1 - rho);
  normalise(snapScores(a, bound)); // back to sum 1 after the zeros; equal entries stay equal
  pull(out, a, h);
  normalise(h);
  normalise(snapScores(h, bound));
  return { hubs: h, authorities: a, iterations, converged };
}

/** Relative shrink per step above which a component's authority mass counts as decaying (2^-20 ≈ 1e-6). */
const DECAY_MIN = 2 ** -20;

/**
 * Zero the authorities of every component of the hub–authority graph whose mass shrank by more
 * than {@link DECAY_MIN} (relative) in the last step. Components are those of the bipartite graph
 * with a hub copy and an authority copy of each node (u → v joins hub u and authority v); the
 * power iteration's mass of a component tends to 0 geometrically (ratio λ_C/λ_1 < 1) unless its
 * leading eigenvalue equals the global one, where it stays constant up to the L1 change (≤ tol).
 * So a shrinking component's exact limit is 0, whatever numbering the nodes have.
 */
function zeroDecayingComponents(out: Csr, a: Float64Array, prev: Float64Array): void {
  const { n, offsets, targets } = out;
  const parent = new Int32Array(2 * n);
  for (let i = 0; i < 2 * n; i++) parent[i] = i;
  const find = (x: number): number => {
    while (parent[x] !== x) {
      parent[x] = parent[parent[x]!]!;
      x = parent[x]!;
    }
    return x;
  };
  for (let u = 0; u < n; u++) {
    for (let e = offsets[u]!; e < offsets[u + 1]!; e++) {
      const ra = find(n + u);
      const rb = find(targets[e]!);
      if (ra !== rb) parent[ra < rb ? rb : ra] = ra < rb ? ra : rb;
    }
  }
  const massNow = new Float64Array(2 * n);
  const massPrev = new Float64Array(2 * n);
  const root = new Int32Array(n);
  for (let v = 0; v < n; v++) {
    const r = find(v);
    root[v] = r;
    massNow[r]! += a[v]!;
    massPrev[r]! += prev[v]!;
  }
  for (let v = 0; v < n; v++) {
    const r = root[v]!;
    if (massNow[r]! < massPrev[r]! * (1 - DECAY_MIN)) a[v] = 0;
  }
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

function normalise(x: Float64Array): Float64Array {
  let s = 0;
  for (let i = 0; i < x.length; i++) s += x[i]!;
  if (s > 0) for (let i = 0; i < x.length; i++) x[i] = x[i]! / s;
  return x;
}

/**
 * Share of a scorer's top k held by accounts of given roles, over ALL accounts (bots and sybils
 * included: the point is to see fake accounts crowd in). Tie-aware expected membership.
 * Reference: the "top-k composition" used in sybil-detection benchmarks (e.g. Cao et al.,
 * SybilRank, NSDI 2012, share of fakes among the lowest/highest ranked).
 */
import { topKMembership } from '../stats/top-k.js';

/**
 * Expected share, in [0, 1], of the top min(k, n) by `score` whose role is one of `roles`.
 * NaN when there are no accounts.
 */
export function roleShareOfTopK(score: ArrayLike<number>, role: ArrayLike<number>, k: number, roles: readonly number[]): number {
  const n = score.length;
  if (n === 0) return NaN;
  const m = topKMembership(score, k);
  let s = 0;
  for (let i = 0; i < n; i++) if (roles.includes(role[i] as number)) s += m[i] as number;
  return Math.min(1, s / Math.min(k, n));
}

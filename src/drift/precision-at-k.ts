/**
 * Precision@k against the true top k: the share of the scorer's top k (over real people) that is
 * also in the true top k. Ties at either boundary are handled by expected membership under random
 * tie order (see src/stats/top-k.ts), so the value is deterministic and unbiased.
 * Reference: Manning, Raghavan & Schütze, Introduction to Information Retrieval (2008), §8.4;
 * ties: McSherry & Najork, ECIR 2008.
 */
import { topKMembership } from '../stats/top-k.js';
import { realPair } from './input.js';
import type { Measure } from './types.js';

/**
 * Expected |top_k(x) ∩ top_k(y)| / min(k, n), in [0, 1]; NaN when n = 0.
 * Higher values rank first.
 */
export function precisionAtK(x: ArrayLike<number>, y: ArrayLike<number>, k: number): number {
  const n = x.length;
  if (n !== y.length) throw new RangeError(`precisionAtK: lengths differ (${n} vs ${y.length})`);
  if (n === 0) return NaN;
  const mx = topKMembership(x, k);
  const my = topKMembership(y, k);
  let overlap = 0;
  for (let i = 0; i < n; i++) overlap += (mx[i] as number) * (my[i] as number);
  return Math.min(1, overlap / Math.min(k, n));
}

export const precisionAtKMeasure: Measure = {
  id: 'precision-at-k',
  description: "Share of the scorer's top k real people who are in the true top k",
  range: [0, 1],
  higherIsBetter: true,
  reference: 'truth',
  needsTruth: true,
  interval: 'wilson',
  source: 'Manning et al. 2008 §8.4; tie-aware as McSherry & Najork 2008',
  compute(input) {
    const { x, y } = realPair(input);
    return precisionAtK(x, y, input.k);
  },
};

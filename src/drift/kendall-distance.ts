/**
 * Normalised Kendall distance between two versions of a scorer (churn), over real people: the
 * share of pairs the versions order differently, a pair tied in one version but not the other
 * counting ½ (Fagin et al.'s K^(p) with penalty p = ½). 0 = same order, 1 = reversed.
 * Reference: Kendall 1938; Fagin, Kumar, Mahdian, Sivakumar & Vee, "Comparing partial rankings",
 * SIAM J. Discrete Math. 20(3), 2006. Counted in O(n log n) with kendallCounts (Knight 1966).
 */
import type { Ranking } from '../stats/radix-rank.js';
import { kendallCounts } from './kendall-tau-b.js';
import { realRanking, realValues } from './shared-ranks.js';
import type { Measure } from './types.js';

/** K^(½) distance in [0, 1] of two equal-length samples; NaN when n < 2. */
export function kendallDistance(x: ArrayLike<number>, y: ArrayLike<number>, rx?: Ranking, ry?: Ranking): number {
  const c = kendallCounts(x, y, rx, ry);
  if (c.pairs === 0) return NaN;
  return (c.discordant + 0.5 * (c.tiesX - c.tiesXY + (c.tiesY - c.tiesXY))) / c.pairs;
}

export const kendallDistanceMeasure: Measure = {
  id: 'kendall-distance',
  description: 'Churn: share of pairs of real people ordered differently by two scorer versions (ties ½)',
  range: [0, 1],
  higherIsBetter: false,
  reference: 'version',
  needsTruth: false,
  interval: 'bootstrap',
  source: 'Fagin et al. 2006 (K^(p), p = ½)',
  compute(input) {
    const x = realValues(input, 'score');
    const y = realValues(input, 'reference');
    return kendallDistance(x, y, realRanking(input, 'score'), realRanking(input, 'reference'));
  },
};

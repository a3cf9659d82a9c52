/**
 * Spearman's rank correlation ρ: Pearson's correlation of the average ranks (ties get mid-ranks),
 * exactly as scipy.stats.spearmanr.
 * Reference: Spearman, "The proof and measurement of association between two things", 1904.
 */
import { pearson } from '../stats/pearson.js';
import { averageRanks } from '../stats/ranks.js';
import { realPair } from './input.js';
import type { Measure } from './types.js';

/** Spearman ρ of two equal-length samples, in [-1, 1]; NaN when either is constant or n < 2. */
export function spearman(x: ArrayLike<number>, y: ArrayLike<number>): number {
  if (x.length !== y.length) throw new RangeError(`spearman: lengths differ (${x.length} vs ${y.length})`);
  return pearson(averageRanks(x), averageRanks(y));
}

export const spearmanMeasure: Measure = {
  id: 'spearman',
  description: "Spearman's ρ between score and true influence over real people (ties: average ranks)",
  range: [-1, 1],
  higherIsBetter: true,
  reference: 'truth',
  needsTruth: true,
  source: 'Spearman 1904; as scipy.stats.spearmanr',
  compute(input) {
    const { x, y } = realPair(input);
    return spearman(x, y);
  },
};

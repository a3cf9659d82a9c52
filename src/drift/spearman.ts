/**
 * The Spearman drift measure: Spearman's ρ (src/stats/spearman.ts) between score and true influence
 * over real people.
 * Reference: Spearman, "The proof and measurement of association between two things", 1904.
 */
import { pearson } from '../stats/pearson.js';
import { realMidRanks } from './shared-ranks.js';
import type { Measure } from './types.js';

export const spearmanMeasure: Measure = {
  id: 'spearman',
  description: "Spearman's ρ between score and true influence over real people (ties: average ranks)",
  range: [-1, 1],
  higherIsBetter: true,
  reference: 'truth',
  needsTruth: true,
  interval: 'fisher-z',
  source: 'Spearman 1904; as scipy.stats.spearmanr',
  compute(input) {
    // Pearson's r of the mid-ranks, as src/stats/spearman.ts, with ranks shared across measures.
    return pearson(realMidRanks(input, 'score'), realMidRanks(input, 'reference'));
  },
};

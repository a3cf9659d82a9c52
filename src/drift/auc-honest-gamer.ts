/**
 * AUC of honest-ranked-above-gamer: the probability that a random honest person outscores a
 * random gamer, ties counting 1/2 — the Mann–Whitney U statistic divided by n_honest · n_gamer,
 * computed from average ranks in O(n log n). "Honest" here means every real person who does not
 * game (roles honest, broadcaster, capitalist); "gamer" means role `gamer`.
 * Reference: Mann & Whitney, Ann. Math. Stat. 1947; Hanley & McNeil, Radiology 1982 (AUC = U/(n1 n0)).
 */
import { Role, isGamingRole, isRealRole } from '../model/roles.js';
import { averageRanks } from '../stats/ranks.js';
import { realMidRanks } from './shared-ranks.js';
import type { Measure } from './types.js';

/**
 * P(positive > negative) + ½ P(tie) from two samples, in [0, 1]; NaN when either is empty.
 */
export function aucFromSamples(positive: ArrayLike<number>, negative: ArrayLike<number>): number {
  const n1 = positive.length;
  const n0 = negative.length;
  if (n1 === 0 || n0 === 0) return NaN;
  const all = new Float64Array(n1 + n0);
  for (let i = 0; i < n1; i++) all[i] = positive[i] as number;
  for (let i = 0; i < n0; i++) all[n1 + i] = negative[i] as number;
  const r = averageRanks(all);
  let rankSum = 0;
  for (let i = 0; i < n1; i++) rankSum += r[i] as number;
  return (rankSum - (n1 * (n1 + 1)) / 2) / (n1 * n0);
}

export const aucHonestGamerMeasure: Measure = {
  id: 'auc-honest-gamer',
  description: 'Probability that a random honest person outscores a random gamer (ties ½)',
  range: [0, 1],
  higherIsBetter: true,
  reference: 'truth',
  needsTruth: false,
  interval: 'bootstrap',
  source: 'Mann & Whitney 1947; Hanley & McNeil 1982',
  compute(input) {
    // Honest and gamer together are all real people, so the pooled mid-ranks are the scores'
    // mid-ranks over real people (shared with the other measures); the sum runs over the honest
    // in account order, as aucFromSamples would.
    const { real, role } = input;
    const rank = realMidRanks(input, 'score');
    let n1 = 0;
    let n0 = 0;
    let rankSum = 0;
    for (let j = 0; j < real.length; j++) {
      const r = role[real[j] as number] as number;
      if (r === Role.gamer) n0++;
      else if (isRealRole(r) && !isGamingRole(r)) {
        n1++;
        rankSum += rank[j] as number;
      }
    }
    if (n1 === 0 || n0 === 0) return NaN;
    return (rankSum - (n1 * (n1 + 1)) / 2) / (n1 * n0);
  },
};

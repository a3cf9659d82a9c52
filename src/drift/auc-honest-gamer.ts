/**
 * AUC of honest-ranked-above-gamer: the probability that a random honest person outscores a
 * random gamer, ties counting 1/2 — the Mann–Whitney U statistic divided by n_honest · n_gamer,
 * computed from average ranks in O(n log n). "Honest" here means every real person who does not
 * game (roles honest, broadcaster, capitalist); "gamer" means role `gamer`.
 * Reference: Mann & Whitney, Ann. Math. Stat. 1947; Hanley & McNeil, Radiology 1982 (AUC = U/(n1 n0)).
 */
import { Role, isGamingRole, isRealRole } from '../model/roles.js';
import { averageRanks } from '../stats/ranks.js';
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
    const pos: number[] = [];
    const neg: number[] = [];
    for (const i of input.real) {
      const r = input.role[i] as number;
      if (r === Role.gamer) neg.push(input.score[i] as number);
      else if (isRealRole(r) && !isGamingRole(r)) pos.push(input.score[i] as number);
    }
    return aucFromSamples(pos, neg);
  },
};

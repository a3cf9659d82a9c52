/**
 * NDCG@k: discounted cumulative gain of the scorer's top k, with each person's true influence as
 * the (linear) gain and discount 1/log2(position + 1), divided by the same sum for the true order.
 * Tied scores get the average discount of the positions their group spans (the expected DCG over
 * random tie orders).
 * Reference: Järvelin & Kekäläinen, "Cumulated gain-based evaluation of IR techniques", ACM TOIS
 * 20(4), 2002; ties: McSherry & Najork, ECIR 2008.
 */
import { argsortDescending } from '../stats/ranks.js';
import { realDescending, realValues } from './shared-ranks.js';
import type { Measure } from './types.js';
import * as pm from '../portable-math.js';

/** Discount of 0-based position `pos`: 1 / log2(pos + 2). */
function discount(pos: number): number {
  return 1 / pm.log2(pos + 2);
}

/**
 * NDCG@k of ranking by `score` with gains `gain` (non-negative), in [0, 1]; NaN when the ideal
 * DCG is 0 (all gains zero) or n = 0. `scoreOrder` / `gainOrder`, when given, are the indices by
 * value descending, ties by ascending index (as argsortDescending).
 */
export function ndcgAtK(
  score: ArrayLike<number>,
  gain: ArrayLike<number>,
  k: number,
  scoreOrder?: Uint32Array,
  gainOrder?: Uint32Array,
): number {
  const n = score.length;
  if (n !== gain.length) throw new RangeError(`ndcgAtK: lengths differ (${n} vs ${gain.length})`);
  const kk = Math.min(k, n);
  const ideal = gainOrder ?? argsortDescending(gain);
  let idcg = 0;
  for (let pos = 0; pos < kk; pos++) idcg += (gain[ideal[pos] as number] as number) * discount(pos);
  if (!(idcg > 0)) return NaN;
  const order = scoreOrder ?? argsortDescending(score);
  let dcg = 0;
  let start = 0;
  while (start < kk) {
    let end = start + 1;
    const v = score[order[start] as number];
    while (end < n && score[order[end] as number] === v) end++;
    let disc = 0;
    for (let pos = start; pos < Math.min(end, kk); pos++) disc += discount(pos);
    let g = 0;
    for (let t = start; t < end; t++) g += gain[order[t] as number] as number;
    dcg += (g * disc) / (end - start);
    start = end;
  }
  return Math.min(1, dcg / idcg);
}

export const ndcgAtKMeasure: Measure = {
  id: 'ndcg-at-k',
  description: "NDCG@k of the scorer's ranking of real people, true influence as gain",
  range: [0, 1],
  higherIsBetter: true,
  reference: 'truth',
  needsTruth: true,
  interval: 'bootstrap',
  source: 'Järvelin & Kekäläinen 2002; tie-aware as McSherry & Najork 2008',
  compute(input) {
    const x = realValues(input, 'score');
    const y = realValues(input, 'reference');
    return ndcgAtK(x, y, input.k, realDescending(input, 'score'), realDescending(input, 'reference'));
  },
};

/**
 * Top-k turnover between two versions of a scorer (churn): the share of the new version's top k
 * real people who were not in the old version's top k, i.e. 1 − precision@k of one version
 * against the other (tie-aware expected membership).
 * Reference: "turnover" of a top-k list, e.g. Fagin, Kumar & Sivakumar, "Comparing top k lists",
 * SIAM J. Discrete Math. 17(1), 2003.
 */
import { realPair } from './input.js';
import { precisionAtK } from './precision-at-k.js';
import type { Measure } from './types.js';

export const topKTurnoverMeasure: Measure = {
  id: 'top-k-turnover',
  description: "Churn: share of the new version's top k real people who were not in the old version's top k",
  range: [0, 1],
  higherIsBetter: false,
  reference: 'version',
  needsTruth: false,
  interval: 'wilson',
  source: 'Fagin, Kumar & Sivakumar 2003',
  compute(input) {
    const { x, y } = realPair(input);
    const p = precisionAtK(x, y, input.k);
    return Number.isNaN(p) ? NaN : 1 - p;
  },
};

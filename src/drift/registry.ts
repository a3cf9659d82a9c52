/**
 * Every drift measure, one line each. Add a measure: write `src/drift/<id>.ts` exporting a
 * {@link Measure}, then add one line here; the contract test in tests/drift/registry.test.ts covers it.
 */
import { makeRegistry } from '../registry.js';
import { aucHonestGamerMeasure } from './auc-honest-gamer.js';
import { botShareAtKMeasure } from './bot-share-at-k.js';
import { gamerShareAtKMeasure } from './gamer-share-at-k.js';
import { kendallDistanceMeasure } from './kendall-distance.js';
import { kendallTauBMeasure } from './kendall-tau-b.js';
import { ndcgAtKMeasure } from './ndcg-at-k.js';
import { precisionAtKMeasure } from './precision-at-k.js';
import { gamerRankLiftMeasure } from './rank-lift.js';
import { rboMeasure } from './rbo.js';
import { spearmanMeasure } from './spearman.js';
import { topKTurnoverMeasure } from './top-k-turnover.js';
import type { Measure } from './types.js';
import { weightedTauMeasure } from './weighted-tau.js';

/** The measure registry (ids unique), in report order. */
export const MEASURE_REGISTRY = makeRegistry<Measure>('measure', [
  spearmanMeasure,
  kendallTauBMeasure,
  weightedTauMeasure,
  rboMeasure,
  precisionAtKMeasure,
  ndcgAtKMeasure,
  gamerShareAtKMeasure,
  botShareAtKMeasure,
  aucHonestGamerMeasure,
  gamerRankLiftMeasure,
  kendallDistanceMeasure,
  topKTurnoverMeasure,
]);

/** All measures, in report order. */
export const MEASURES: readonly Measure[] = MEASURE_REGISTRY.list;

/** The measure with this id; throws UnknownNameError listing the known ids. */
export function getMeasure(id: string): Measure {
  return MEASURE_REGISTRY.get(id);
}

/** Measures comparing a scorer with true influence. */
export const TRUTH_MEASURES: readonly Measure[] = MEASURES.filter((m) => m.reference === 'truth');
/** Measures comparing two versions of a scorer (churn). */
export const VERSION_MEASURES: readonly Measure[] = MEASURES.filter((m) => m.reference === 'version');

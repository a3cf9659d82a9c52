/** Drift measures (re-exports only). See docs/measures.md for formulas and sources. */
export type { DriftInput, Measure, MeasureReference } from './types.js';
export { DEFAULT_K, DEFAULT_RBO_P, makeDriftInput, realIndices, realPair, type DriftInputOptions } from './input.js';
export { MEASURES, TRUTH_MEASURES, VERSION_MEASURES, getMeasure } from './registry.js';
export { spearman } from '../stats/spearman.js';
export { kendallCounts, kendallTauB, tauBFromCounts, type KendallCounts } from './kendall-tau-b.js';
export { weightedTau } from './weighted-tau.js';
export { averageOverlap, rboExt } from './rbo.js';
export { precisionAtK } from './precision-at-k.js';
export { ndcgAtK } from './ndcg-at-k.js';
export { roleShareOfTopK } from './role-share.js';
export { aucFromSamples } from './auc-honest-gamer.js';
export { gamerRankLifts, percentiles, type GamerLift } from './rank-lift.js';
export { kendallDistance } from './kendall-distance.js';
export { NOISE_CEILING, churnLabel, driftRows, type DriftFrame, type DriftRow, type DriftRowOptions } from './tidy.js';
export { summariseOverSeeds, type DriftSummaryRow } from './summary.js';

/** Shared statistics helpers (re-exports only). */
export { argsortAscending, argsortDescending, averageRanks, competitionRanks, denseRanks, gather } from './ranks.js';
export { pearson } from './pearson.js';
export { incompleteBeta, logGamma, studentTCdf, studentTQuantile } from './student-t.js';
export { meanInterval, type MeanInterval } from './interval.js';
export { topKMembership } from './top-k.js';

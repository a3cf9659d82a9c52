/** Ground truth: true influence from the hidden layer (re-exports only). */
export { checkPrecision, DEFAULT_PRECISION, MAX_PRECISION, MIN_PRECISION, realAgents, relativePrecision, type TruthEstimate, type TruthModel, type TruthOptions } from './truth-model.js';
export { DEFAULT_TRUTH_MODEL, getTruthModel, TRUTH_MODELS } from './registry.js';
export { estimateWithCeiling, noiseCeiling, type TruthWithCeiling } from './noise-ceiling.js';
export { icSpread } from './ic.js';
export { ltSpread } from './linear-threshold.js';
export { fjPower } from './friedkin-johnsen.js';
export { removalImpact } from './removal.js';
export { mcSpread } from './monte-carlo.js';
export { exactIcSpread, exactLtSpread } from './exact.js';

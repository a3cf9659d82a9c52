/** Goodhart dynamics: a deployed score with consequences, agents who imitate, measured decay (re-exports only). */
export { DYNAMICS_PARAMS, resolveDynamics, splitNames, type DynamicsParams, type ResolvedDynamics } from './params.js';
export { STRATEGIES, ORGANIC, getStrategy, settleFarms, type StrategyContext, type StrategyDef, type FarmLedger } from './strategies.js';
export { fermi, reviseStrategies, type FolloweeRows, type ImitationParams, type ImitationState } from './imitation.js';
export { DETECTOR, RULE, detectGaming } from './detector.js';
export { computeLeaderboard, payingPlaces, type Leaderboard } from './platform.js';
export { DynamicsController, type DynamicsTick } from './controller.js';
export { DEPLOYED, WORLD, runDynamics, type DecayRow, type DynamicsRun, type RunDynamicsOptions } from './run-dynamics.js';
export { BASELINE, REWARDS_OFF, INTERVENTIONS, getIntervention, type Intervention } from './interventions.js';
export { findings, interventionEffects, slowsMeasurably, summariseDecay, type DecaySummaryRow, type InterventionEffect } from './effects.js';
export { DEFAULT_MEASURED, DEFAULT_MEASURES, decayCharts, runDecayExperiment, type DecayChart, type DecayExperiment, type DecayExperimentOptions, type DecayTickRow } from './experiment.js';
export { decayFiles, effectsCsv, effectsTable, type DecayFilesOptions } from './report.js';
export { runDecayScenario } from './scenario-run.js';

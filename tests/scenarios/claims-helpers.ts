/**
 * Helpers for the scenario acceptance tests: run a scenario to its final tick, compute the truth
 * there once, and judge the scenario's own claims (src/scenarios/claims: the same code the
 * report's ✓/✗ comes from) on it and, for claims that need one, on its no-gaming control.
 */
import { resolveRunConfig, type RunOverrides } from '../../src/engine/config.js';
import { simulate, type SimulationResult } from '../../src/engine/simulate.js';
import { getScenario } from '../../src/scenarios/registry.js';
import type { ClaimOutcome, ClaimWorld } from '../../src/scenarios/claims/claim.js';
import { claimWorld, controlConfig } from '../../src/pipeline/claims.js';
import { truthAt } from '../../src/truth/snapshot-truth.js';

export { mean, meanPercentile, rankOf, topK, withRole } from '../../src/scenarios/claims/claim-stats.js';

/** A finished run (as a ClaimWorld) with its simulation result. */
export interface FinalWorld extends ClaimWorld {
  readonly result: SimulationResult;
}

/**
 * Precision of the truth in claim tests: looser than the report's default (0.02) to keep the
 * tests fast; the claims compare groups whose truth differs far more than this.
 */
export const CLAIM_PRECISION = 0.05;

/** The scenario's attacks with every budget set to 0: the mechanism of a gaming claim switched off. */
export function noGaming(scenario: string): NonNullable<Omit<RunOverrides, 'seed'>['attacks']> {
  return (getScenario(scenario).defaults.attacks ?? []).map((a) => {
    const { budgetPer1000: _, ...params } = a.params ?? {};
    return { id: a.id, params: { ...params, budget: 0 } };
  });
}

/** Run `scenario` with `seed` (snapshot at the final tick only) and compute its truth there (stream `truth/a`, as the report's). */
export function finalWorld(scenario: string, seed: number, overrides: Omit<RunOverrides, 'seed'> = {}): FinalWorld {
  const base = resolveRunConfig(getScenario(scenario), { seed, ...overrides });
  return worldOf({ ...base, activity: { ...base.activity, recordEvery: base.ticks } });
}

/** The no-gaming control of `finalWorld(scenario, seed, overrides)`: the pipeline's own control config. */
export function controlWorld(scenario: string, seed: number, overrides: Omit<RunOverrides, 'seed'> = {}): FinalWorld {
  return worldOf(controlConfig(resolveRunConfig(getScenario(scenario), { seed, ...overrides })));
}

function worldOf(config: Parameters<typeof simulate>[0]): FinalWorld {
  const result = simulate(config);
  const truth = truthAt(result.final, config.seed, { precision: CLAIM_PRECISION }).estimate;
  return Object.assign(claimWorld(result, result.final, truth), { result });
}

/** Judge claim `id` of `scenario` on a world (and its control). */
export function judge(scenario: string, id: string, w: ClaimWorld, control?: ClaimWorld): ClaimOutcome {
  const claim = getScenario(scenario).claims?.find((c) => c.id === id);
  if (!claim) throw new Error(`${scenario} has no claim ${id}`);
  return claim.evaluate(w, control);
}

/**
 * Every scenario claim judged on the run at hand (never printed as a caption):
 *
 *   replicate (final frame: truth, scores) ─▶ ClaimWorld ─┐
 *   claims with needsControl: same config, every attack budget 0 ─▶ simulate ─▶ truth ─▶ ClaimWorld ─┴▶ claim.evaluate ─▶ ✓/✗ + numbers
 *
 * The control run's truth uses the same stream as the run's own final truth (`streams.truth`), so the
 * comparison has common random numbers: a difference is the attack's doing, not sampling noise.
 */
import type { RunConfig } from '../engine/config.js';
import { simulate, type SimulationResult, type Snapshot } from '../engine/simulate.js';
import type { GraphMemo } from '../engine/graph-memo.js';
import { realIndices } from '../drift/input.js';
import { getScorer } from '../metrics/registry.js';
import type { ClaimOutcome, ClaimWorld } from '../scenarios/claims/claim.js';
import type { Scenario } from '../scenarios/scenario.js';
import type { Replicate } from './replicate.js';
import { truthAt } from '../truth/snapshot-truth.js';
import { SeedTree } from '../rng.js';
import { streams } from '../streams.js';

/** One claim's outcome on every seed of a run. */
export interface ClaimResult {
  readonly id: string;
  readonly text: string;
  readonly mechanism: string;
  /** One outcome per replicate, in seed order. */
  readonly outcomes: readonly { readonly seed: number; readonly outcome: ClaimOutcome }[];
}

/** A ClaimWorld over a finished simulation, its final truth and (optionally) scores already computed. */
export function claimWorld(
  result: SimulationResult,
  final: Snapshot,
  truth: Float64Array,
  known: ReadonlyMap<string, Float64Array> = new Map(),
): ClaimWorld {
  const cache = new Map(known);
  return {
    final,
    truth,
    role: final.hidden.role,
    real: realIndices(final.hidden.role),
    ticks: result.ticks,
    config: result.config,
    score(id) {
      let s = cache.get(id);
      if (!s) {
        s = getScorer(id).score(final.observation);
        cache.set(id, s);
      }
      return s;
    },
    targets: (id) => result.attacks.find((a) => a.id === id)?.targets ?? new Uint32Array(0),
    nullRng: (claimId) => new SeedTree(result.config.seed).stream(streams.claimNull(claimId)),
  };
}

/** The run's config with every attack's budget at 0 and a snapshot at the final tick only. */
export function controlConfig(config: RunConfig): RunConfig {
  return {
    ...config,
    activity: { ...config.activity, recordEvery: config.ticks },
    attacks: config.attacks.map((a) => ({ ...a, params: { ...a.params, budget: 0 } })),
  };
}

/**
 * The no-gaming control of `config` as a ClaimWorld (truth at the final tick from the final
 * snapshot's stream, at `precision`); its world reuses `graphMemo`'s graph when identical.
 */
export function controlWorld(config: RunConfig, precision: number, threads?: number, graphMemo?: GraphMemo): ClaimWorld {
  const result = simulate(controlConfig(config), { graphMemo, ...(threads !== undefined ? { threads } : {}) });
  const truth = truthAt(result.final, config.seed, { precision, ...(threads !== undefined ? { threads } : {}) }).estimate;
  return claimWorld(result, result.final, truth);
}

/**
 * Judge every claim of `scenario` on each replicate (a control run per seed only when a claim needs
 * one; its world reuses `graphMemo`'s graph when identical).
 */
export function evaluateClaims(
  scenario: Scenario,
  replicates: readonly Replicate[],
  configs: readonly RunConfig[],
  precision: number,
  threads?: number,
  graphMemo?: GraphMemo,
): ClaimResult[] {
  const claims = scenario.claims ?? [];
  if (claims.length === 0) return [];
  const perSeed = replicates.map((rep, i) => {
    const last = rep.frames[rep.frames.length - 1]!;
    const world = claimWorld(rep.result, last.snapshot, last.truth.estimate, last.scores);
    const control = claims.some((c) => c.needsControl) ? controlWorld(configs[i]!, precision, threads, graphMemo) : undefined;
    return claims.map((c) => c.evaluate(world, control));
  });
  return claims.map((c, j) => ({
    id: c.id,
    text: c.text,
    mechanism: c.mechanism,
    outcomes: replicates.map((rep, i) => ({ seed: rep.seed, outcome: perSeed[i]![j]! })),
  }));
}

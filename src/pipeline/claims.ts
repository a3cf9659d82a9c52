/**
 * Every scenario claim judged on the run at hand (never printed as a caption):
 *
 *   replicate (final frame: truths, scores) ─▶ ClaimWorld per truth ─┐
 *   claims with needsControl: same config, every attack budget 0 ─▶ simulate ─▶ truth ─▶ ClaimWorld ─┴▶ claim.evaluate ─▶ ✓/✗ + numbers
 *
 * Each claim is judged under the truth it names (`Claim.truth`, default per-message spread) and,
 * unless only that verdict is asked for (a sweep cell), under every other truth the run computed
 * (src/pipeline/truths.ts): the same evaluate with `world.truth` (and the control's) swapped.
 * Whether an evaluation read the truth at all is recorded, so a claim about observable counts only
 * is reported as the same under every truth rather than five times.
 *
 * The control run's truths use the same streams as the run's own final truths (`streams.truth`), so
 * the comparison has common random numbers: a difference is the attack's doing, not sampling noise.
 * A control truth other than spread is estimated only when a claim reads it.
 */
import type { RunConfig } from '../engine/config.js';
import { simulate, type SimulationResult, type Snapshot } from '../engine/simulate.js';
import type { GraphMemo } from '../engine/graph-memo.js';
import { realIndices } from '../drift/input.js';
import { getScorer } from '../metrics/registry.js';
import {
  DEFAULT_CLAIM_TRUTH,
  notCheckable,
  type Claim,
  type ClaimOutcome,
  type ClaimTruthId,
  type ClaimWorld,
} from '../scenarios/claims/claim.js';
import type { Scenario } from '../scenarios/scenario.js';
import type { Replicate } from './replicate.js';
import { truthAt } from '../truth/snapshot-truth.js';
import { SeedTree } from '../rng.js';
import { streams } from '../streams.js';
import { TRUTH_KINDS, truthVector } from './truths.js';

/** A claim's outcomes under one truth, one per replicate in seed order. */
export interface ClaimTruthOutcomes {
  readonly truth: ClaimTruthId;
  readonly outcomes: readonly { readonly seed: number; readonly outcome: ClaimOutcome }[];
}

/** One claim's outcome on every seed of a run. */
export interface ClaimResult {
  readonly id: string;
  readonly text: string;
  readonly mechanism: string;
  /** The truth the claim is judged under (its verdict, ✓/✗). */
  readonly truth: ClaimTruthId;
  /** One outcome per replicate under {@link truth}, in seed order. */
  readonly outcomes: readonly { readonly seed: number; readonly outcome: ClaimOutcome }[];
  /** The outcomes under each other truth the run computed, in truths.csv order (empty when only the named truth was asked for). */
  readonly otherTruths: readonly ClaimTruthOutcomes[];
  /** True when no evaluation under the named truth read true influence (of the run or its control): the verdict is the same under every truth. */
  readonly truthFree: boolean;
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

/** Which verdicts {@link evaluateClaims} computes. */
export interface EvaluateClaimsOptions {
  /** `all` (the run's report): under every truth the replicates computed; `named` (a sweep cell): under each claim's own truth only. */
  readonly truths?: 'all' | 'named';
}

/**
 * `world` with its truth swapped for `truth` (read lazily: `get` runs at the first read), and
 * `onRead` called whenever the truth is read.
 */
function withTruth(world: ClaimWorld, get: () => Float64Array, onRead: () => void): ClaimWorld {
  let cached: Float64Array | undefined;
  return {
    final: world.final,
    get truth() {
      onRead();
      cached ??= get();
      return cached;
    },
    role: world.role,
    real: world.real,
    ticks: world.ticks,
    config: world.config,
    score: (id) => world.score(id),
    targets: (id) => world.targets(id),
    nullRng: (id) => world.nullRng(id),
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
  options: EvaluateClaimsOptions = {},
  graphMemo?: GraphMemo,
): ClaimResult[] {
  const claims = scenario.claims ?? [];
  if (claims.length === 0) return [];
  const all = (options.truths ?? 'all') === 'all';
  // Per seed, per claim: the outcome under each truth (named first), and whether the named one read truth.
  const perSeed = replicates.map((rep, i) => {
    const last = rep.final;
    const base = claimWorld(rep.result, last.snapshot, last.truth.estimate, last.scores);
    const config = configs[i]!;
    let control: { result: SimulationResult; world: ClaimWorld; truths: Map<ClaimTruthId, Float64Array> } | undefined;
    const controlFor = () => {
      if (!control) {
        const result = simulate(controlConfig(config), { graphMemo, ...(threads !== undefined ? { threads } : {}) });
        const spread = truthAt(result.final, config.seed, { precision, ...(threads !== undefined ? { threads } : {}) }).estimate;
        control = { result, world: claimWorld(result, result.final, spread), truths: new Map([['spread', spread]]) };
      }
      return control;
    };
    const controlTruth = (t: ClaimTruthId): Float64Array => {
      const c = controlFor();
      let v = c.truths.get(t);
      if (!v) {
        const kind = TRUTH_KINDS.find((k) => k.id === t)!;
        v = truthVector(c.result.final, kind, { seed: config.seed, spread: c.truths.get('spread')!, precision, threads });
        c.truths.set(t, v);
      }
      return v;
    };
    return claims.map((claim) => {
      const named = claim.truth ?? DEFAULT_CLAIM_TRUTH;
      const order = [named, ...(all ? [...rep.truthVectors.keys()].filter((t) => t !== named) : [])];
      let read = false;
      const judged = order.map((t) => ({
        truth: t,
        outcome: judge(claim, t, rep, base, controlFor, controlTruth, () => (read ||= t === named)),
      }));
      return { judged, read };
    });
  });
  return claims.map((c, j) => {
    const first = perSeed[0]![j]!.judged;
    const at = (k: number) => replicates.map((rep, i) => ({ seed: rep.seed, outcome: perSeed[i]![j]!.judged[k]!.outcome }));
    return {
      id: c.id,
      text: c.text,
      mechanism: c.mechanism,
      truth: first[0]!.truth,
      outcomes: at(0),
      otherTruths: first.slice(1).map((x, k) => ({ truth: x.truth, outcomes: at(k + 1) })),
      truthFree: perSeed.every((s) => !s[j]!.read),
    };
  });
}

/** One claim on one replicate under truth `t` (not checkable when the run did not compute `t`, e.g. removal above its size limit). */
function judge(
  claim: Claim,
  t: ClaimTruthId,
  rep: Replicate,
  base: ClaimWorld,
  controlFor: () => { world: ClaimWorld },
  controlTruth: (t: ClaimTruthId) => Float64Array,
  onRead: () => void,
): ClaimOutcome {
  const v = rep.truthVectors.get(t);
  if (!v) return notCheckable(`the ${t} truth is not computed for a world of ${base.final.hidden.n} accounts`);
  const world = withTruth(base, () => v, onRead);
  const control = claim.needsControl ? withTruth(controlFor().world, () => controlTruth(t), onRead) : undefined;
  return claim.evaluate(world, control);
}

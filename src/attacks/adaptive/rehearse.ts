/**
 * Rehearsing a whole strategy: play it from the current tick to the end of the budget ramp on a
 * public copy of the platform ({@link LookaheadWorld}), apply everything it did to the current
 * observation as one what-if, and score that with the scorer under test. The result is the
 * targets' projected standing (share of accounts each target outscores, in [0, 1]) if the rest of
 * the budget went to this strategy — effects that build over ticks (a pod's reciprocal reactions,
 * farmed follow-backs, a sybil region's payload) are all in it, unlike a one-tick greedy what-if.
 * Reference: rollout policies (Bertsekas, Tsitsiklis & Wu 1997, "Rollout algorithms for
 * combinatorial optimization", J. Heuristics).
 */
import type { Observation } from '../../model/observation.js';
import type { Scorer } from '../../metrics/scorer.js';
import { Rng } from '../../rng.js';
import { rehearsalStream } from '../../streams.js';
import type { WorldActions } from '../world-actions.js';
import { releasedBudget, type AttackState } from '../attack.js';
import { whatIf } from '../what-if.js';
import { DEFAULT_FOLLOW_BACK, LookaheadWorld } from './lookahead-world.js';
import { strategyAccounts, type Strategy, type StrategyKnobs } from './strategies.js';
import * as pm from '../../portable-math.js';

/** What a rehearsal starts from: the real situation at the current tick (public only). */
export interface RehearsalStart {
  readonly world: WorldActions;
  readonly tick: number;
  readonly targets: Uint32Array;
  readonly accounts: Uint32Array;
  /** Budget units the adaptive attack has spent so far (all strategies together). */
  readonly spent: number;
  /** The current public observation and the scorer under test. */
  readonly obs: Observation;
  readonly scorer: Scorer;
  /** Key of the attack's rng stream; rehearsals draw from derived streams, never from the real one. */
  readonly rngKey: string;
  /** Per-account public follow-back estimates (src/attacks/adaptive/follow-back.ts); default a flat prior. */
  readonly followBack?: Float64Array;
}

/** Weight of the lead term in {@link targetValue} (the standing term has 1 − LEAD_WEIGHT). */
export const LEAD_WEIGHT = 0.1;

/**
 * How well `targets` do under `score`, in [0, 1], judged against the real population (accounts
 * below `base`; the attacker's own fakes do not count, as in the gauntlet's percentiles):
 * (1 − LEAD_WEIGHT) × standing (share of real accounts each target outscores, ties ½) +
 * LEAD_WEIGHT × lead, averaged over targets. The lead is r = log₂((s + m) / (top + m)) — the
 * target's score s over the best other real score `top`, both smoothed by m, the mean |score| of
 * the other real accounts (the score's own scale, so a lead over a field of small counts is not
 * inflated by a near-zero denominator) — squashed to 0.5 + 0.5 · r / (|r| + 2), which grows without
 * a clip. When every other real account scores 0 (m = 0, top = 0), r is ±16 (lead ≈ 0.94 or 0.06)
 * whatever s is: such ties are settled by {@link targetMargin}. Standing saturates once a target
 * tops the ranking; the lead keeps growing, so strategies that top it by a wide margin (robust to
 * what the rehearsal cannot foresee: others' draws, organic activity) win
 * ties. O(base · targets).
 */
export function targetValue(score: Float64Array, targets: ArrayLike<number>, base: number): number {
  if (targets.length === 0 || base <= 1) return 0;
  const own = new Set(Array.from(targets));
  let top = -Infinity;
  let scale = 0;
  let count = 0;
  for (let i = 0; i < base; i++) {
    if (own.has(i)) continue;
    if (score[i]! > top) top = score[i]!;
    scale += Math.abs(score[i]!);
    count++;
  }
  const m = count ? scale / count : 0;
  let total = 0;
  for (let j = 0; j < targets.length; j++) {
    const s = score[targets[j]!]!;
    let below = 0;
    let others = 0;
    for (let i = 0; i < base; i++) {
      if (own.has(i)) continue;
      others++;
      below += score[i]! < s ? 1 : score[i] === s ? 0.5 : 0;
    }
    total += (1 - LEAD_WEIGHT) * (others ? below / others : 0) + LEAD_WEIGHT * leadOf(s, top, m);
  }
  return total / targets.length;
}

/** The squashed log-lead of score s over the best other `top` with smoothing m ≥ 0, in (0, 1); ½ when level. */
function leadOf(s: number, top: number, m: number): number {
  const a = s + m;
  const b = top + m;
  const r = a > 0 && b > 0 ? pm.log2(a / b) : s > top ? 16 : s < top ? -16 : 0;
  return 0.5 + (0.5 * r) / (Math.abs(r) + 2);
}

/** Last tick the rehearsal plays: the end of the budget ramp (at least the current tick). */
export function horizonEnd(k: StrategyKnobs, tick: number): number {
  return Math.max(tick, k.startTick + k.rampTicks - 1);
}

/** A rehearsed strategy's outcome. */
export interface Projection {
  /** The targets' projected {@link targetValue}, in [0, 1]. */
  readonly value: number;
  /**
   * Mean over targets of (target's score − best other real score), in the scorer's units: the
   * tie-break between strategies of equal value (a sparse count where every strategy tops a field
   * of zeros still prefers 25 mentions to 2).
   */
  readonly margin: number;
}

/** Mean over targets of score − the best real non-target score (see {@link Projection.margin}). */
export function targetMargin(score: Float64Array, targets: ArrayLike<number>, base: number): number {
  if (targets.length === 0) return 0;
  const own = new Set(Array.from(targets));
  let top = -Infinity;
  for (let i = 0; i < base; i++) if (!own.has(i) && score[i]! > top) top = score[i]!;
  if (top === -Infinity) top = 0;
  let total = 0;
  for (let j = 0; j < targets.length; j++) total += score[targets[j]!]! - top;
  return total / targets.length;
}

/**
 * Projection of strategy `s` from here: the targets' {@link targetValue} and margin if the rest of
 * the budget is spent on `s`, whose private state so far is `state` (cloned; the real state is not
 * touched).
 */
export function rehearse(s: Strategy, state: AttackState, k: StrategyKnobs, start: RehearsalStart): Projection {
  const span = Math.max(1, start.obs.window.to - start.obs.window.from + 1);
  const fb = start.followBack;
  const world = new LookaheadWorld(
    start.world,
    new Set(start.targets),
    (v) => start.obs.posts[v]! / span,
    fb ? (v) => fb[v] ?? DEFAULT_FOLLOW_BACK : undefined,
  );
  const rng = new Rng(rehearsalStream(start.rngKey, s.id, start.tick));
  const st = structuredClone(state);
  const params = s.params(k) as never;
  const accounts = strategyAccounts(s, k, start.accounts);
  let spent = start.spent;
  const end = horizonEnd(k, start.tick);
  for (let t = start.tick; t <= end; t++) {
    world.advance(t);
    const available = releasedBudget(k, t) - spent;
    if (available <= 0 && t > 0) continue; // as the engine steps an attack
    spent += s.def.step({ world, rng, tick: t, targets: start.targets, accounts, available }, params, st);
  }
  const score = start.scorer.score(whatIf(start.obs, world.finalEdits()));
  return { value: targetValue(score, start.targets, start.world.base), margin: targetMargin(score, start.targets, start.world.base) };
}

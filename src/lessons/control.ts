/**
 * The no-gaming twin of a lesson world, for lessons whose point is a lift: the same config and seed
 * with every attack's budget at 0 (the attack still picks the same targets, it just never acts),
 * simulated, with truth at the final snapshot and the lesson's scores. Real people keep their
 * indices (attacks only add accounts after them), so a target's rank can be read in both worlds.
 *
 *   lesson config ─▶ budgets 0 ─▶ simulate ─▶ truth (stream `truth/a` of the final tick) + scores
 *   targets' mean percentile among real people, with gaming vs without, per scorer and for truth
 *
 * Same construction as `goodhart run`'s control world for claims (src/pipeline/claims.ts).
 * Reference: Kempe, Kleinberg & Tardos (2003) for the truth.
 */
import type { RunConfig } from '../engine/config.js';
import { simulate, type SimulationResult } from '../engine/simulate.js';
import { getScorer } from '../metrics/registry.js';
import { meanPercentile } from '../scenarios/claims/claim-stats.js';
import { truthAt } from '../truth/snapshot-truth.js';
import type { TruthEstimate } from '../truth/truth-model.js';
import type { LessonWorld } from './lesson.js';
import { LESSON_TRUTH_PRECISION } from './run-lesson.js';
import type { GroupRankRow } from './charts.js';

/** A lesson world's no-gaming twin at its final tick. */
export interface ControlWorld {
  readonly result: SimulationResult;
  readonly truth: TruthEstimate;
  /** Scores of the lesson's scorers at the final snapshot, by scorer id. */
  readonly scores: ReadonlyMap<string, Float64Array>;
}

/** The config with every attack's budget at 0 and one snapshot, at the last tick. */
export function noGamingConfig(config: RunConfig): RunConfig {
  return {
    ...config,
    activity: { ...config.activity, recordEvery: config.ticks },
    attacks: config.attacks.map((a) => ({ ...a, params: { ...a.params, budget: 0 } })),
  };
}

/** Simulate the no-gaming twin of `w` and score it with `scorers`. Deterministic in the world's config. */
export function controlWorld(w: LessonWorld, scorers: readonly string[]): ControlWorld {
  const result = simulate(noGamingConfig(w.config));
  const truth = truthAt(result.final, w.seed, { precision: LESSON_TRUTH_PRECISION });
  const scores = new Map(scorers.map((id) => [id, getScorer(id).score(result.final.observation)] as const));
  return { result, truth, scores };
}

/** Indices of the real people of a hidden layer, ascending. */
export function realIds(real: Uint8Array): Uint32Array {
  const ids: number[] = [];
  for (let i = 0; i < real.length; i++) if (real[i] === 1) ids.push(i);
  return Uint32Array.from(ids);
}

/** One measure of a lift: the targets' mean percentile (0-100, 100 = top) among real people without and with gaming. */
export interface Lift {
  readonly by: string;
  readonly without: number;
  readonly with: number;
}

/**
 * The targets' mean percentile among real people (0-100, mid-ranks) under each scorer and under
 * true influence (`by` = `true influence`), in the gamed world and in its twin.
 */
export function targetLifts(w: LessonWorld, c: ControlWorld, targets: ArrayLike<number>, scorers: readonly string[]): Lift[] {
  const realW = realIds(w.result.final.hidden.real);
  const realC = realIds(c.result.final.hidden.real);
  const pct = (v: Float64Array, real: Uint32Array) => 100 * meanPercentile(v, real, targets);
  const rows: Lift[] = scorers.map((s) => ({ by: s, without: pct(c.scores.get(s)!, realC), with: pct(w.scores.get(s)!, realW) }));
  rows.push({ by: 'true influence', without: pct(c.truth.estimate, realC), with: pct(w.truth.estimate, realW) });
  return rows;
}

/** Chart rows of {@link targetLifts}: one group per world, one bar per ranking. */
export function liftRows(lifts: readonly Lift[], without: string, withGaming: string): GroupRankRow[] {
  return lifts.flatMap((l) => [
    { group: without, by: l.by, percentile: l.without },
    { group: withGaming, by: l.by, percentile: l.with },
  ]);
}

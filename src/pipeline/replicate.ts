/**
 * One seeded replicate of a scenario, end to end in memory:
 *
 *   RunConfig ─▶ simulate ─▶ for each snapshot: truth (IC, RIS) + every scorer ─▶ drift rows
 *                        └─▶ final snapshot: an independent truth estimate (the noise ceiling)
 *
 * Truth streams are apart from every engine stream, so computing truth never changes the
 * simulation and the same seed gives the same numbers. The final tick uses `truth/a` and, for the
 * noise ceiling, `truth/b` (src/truth/noise-ceiling.ts), exactly as `goodhart truth` does, so
 * truth.csv is the same from both commands; earlier snapshots use `truth:<tick>/a`. The noise
 * ceiling is computed at the final tick only: it depends on the truth's precision, not on gaming.
 * Reference: Kempe, Kleinberg & Tardos (2003) for the truth; docs/scenarios.md for the pipeline.
 */
import type { RunConfig } from '../engine/config.js';
import { simulate, type SimulationResult, type Snapshot } from '../engine/simulate.js';
import { driftRows, type DriftRow } from '../drift/tidy.js';
import { icModel } from '../truth/ic.js';
import { DEFAULT_PRECISION, type TruthEstimate } from '../truth/truth-model.js';
import { estimateWithCeiling, type TruthWithCeiling } from '../truth/noise-ceiling.js';
import { SeedTree } from '../rng.js';
import type { RunPlan } from './plan.js';

/** Truth and scores at one snapshot tick. */
export interface Frame {
  readonly snapshot: Snapshot;
  readonly tick: number;
  readonly truth: TruthEstimate;
  /** Scores by scorer id, in plan order. */
  readonly scores: ReadonlyMap<string, Float64Array>;
}

/** Everything one seeded replicate produced. */
export interface Replicate {
  readonly seed: number;
  readonly result: SimulationResult;
  /** One frame per snapshot, in tick order; the last is the final tick. */
  readonly frames: readonly Frame[];
  /** The independent truth estimate at the final tick (noise ceiling). */
  readonly truthReplicate: TruthEstimate;
  /** Spearman ρ between the final tick's two truth estimates over real people (src/truth/noise-ceiling.ts). */
  readonly noiseCeiling: number;
  /** Tidy drift rows of every frame (noise-ceiling rows at the final tick only). */
  readonly drift: readonly DriftRow[];
  /** Focus accounts by label (e.g. `nephew`), from the plan's focus attacks' targets. */
  readonly focus: ReadonlyMap<string, Uint32Array>;
}

/** Progress callback: `units` of work done so far out of `total` (see {@link replicateWork}). */
export type WorkReporter = (units: number, label: string) => void;

/** Work units of one replicate for a progress bar: one per tick, four per truth estimate. */
export function replicateWork(config: RunConfig): number {
  return config.ticks + 4 * (snapshotCount(config) + 1);
}

/** Number of snapshots a run records: every `recordEvery` ticks, and the final tick. */
export function snapshotCount(config: RunConfig): number {
  const every = config.activity.recordEvery;
  return Math.floor(config.ticks / every) + (config.ticks % every === 0 ? 0 : 1);
}

/** True influence of every account at a snapshot (IC model, default precision, stream `name`); `threads` changes no value. */
export function truthAt(snapshot: Snapshot, seed: number, name: string, precision = DEFAULT_PRECISION, threads?: number): TruthEstimate {
  return icModel.estimate(snapshot.hidden, new SeedTree(seed).stream(name), { precision, ...(threads !== undefined ? { threads } : {}) });
}

/** Truth at a snapshot with its noise ceiling: streams `<prefix>/a` (the estimate) and `<prefix>/b` (the replicate). */
export function truthWithCeiling(snapshot: Snapshot, seed: number, prefix = 'truth', precision = DEFAULT_PRECISION, threads?: number): TruthWithCeiling {
  return estimateWithCeiling(icModel, snapshot.hidden, new SeedTree(seed), { precision, ...(threads !== undefined ? { threads } : {}) }, prefix);
}

/** Score a snapshot with every scorer of the plan. */
export function scoreSnapshot(plan: RunPlan, snapshot: Snapshot): Map<string, Float64Array> {
  const scores = new Map<string, Float64Array>();
  for (const s of plan.scorers) scores.set(s.id, s.score(snapshot.observation));
  return scores;
}

/** Run one replicate of `plan` with `config` (its seed is the replicate's seed). */
export function runReplicate(plan: RunPlan, config: RunConfig, report: WorkReporter = () => {}, precision = DEFAULT_PRECISION): Replicate {
  let done = 0;
  const threads = plan.threads;
  const result = simulate(config, { onTick: (d) => report(done + d, `seed ${config.seed}: ticks`), ...(threads !== undefined ? { threads } : {}) });
  done += config.ticks;
  const frames: Frame[] = [];
  const drift: DriftRow[] = [];
  let ceiling: TruthWithCeiling | undefined;
  for (const snapshot of result.snapshots) {
    const last = snapshot === result.final;
    let truth: TruthEstimate;
    if (last) {
      ceiling = truthWithCeiling(snapshot, config.seed, 'truth', precision, threads);
      truth = ceiling.truth;
      done += 8;
    } else {
      truth = truthAt(snapshot, config.seed, `truth:${snapshot.tick}/a`, precision, threads);
      done += 4;
    }
    report(done, `seed ${config.seed}: truth at tick ${snapshot.tick}`);
    const truthReplicate = ceiling?.replicate;
    const scores = scoreSnapshot(plan, snapshot);
    frames.push({ snapshot, tick: snapshot.tick, truth, scores });
    drift.push(
      ...driftRows(
        {
          scenario: plan.scenario.id,
          seed: config.seed,
          tick: snapshot.tick,
          role: snapshot.hidden.role,
          truth: truth.estimate,
          scores,
          ...(last ? { truthReplicate: truthReplicate!.estimate } : {}),
          versions: plan.versions,
        },
        { measures: plan.measures, k: plan.k },
      ),
    );
  }
  const focus = new Map<string, Uint32Array>();
  for (const f of plan.focus) {
    const a = result.attacks.find((x) => x.id === f.attack);
    if (a) focus.set(f.label, a.targets);
  }
  return { seed: config.seed, result, frames, truthReplicate: ceiling!.replicate, noiseCeiling: ceiling!.noiseCeiling, drift, focus };
}

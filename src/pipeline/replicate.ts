/**
 * One seeded replicate of a scenario, end to end in memory:
 *
 *   RunConfig ─▶ simulate ─▶ for each snapshot: truth (IC, RIS) + every scorer ─▶ drift rows
 *                        └─▶ final snapshot: an independent truth estimate (the noise ceiling),
 *                            and every scorer's ρ with four more truth definitions (src/pipeline/truths.ts)
 *
 * Truth streams are apart from every engine stream, so computing truth never changes the
 * simulation and the same seed gives the same numbers. The final tick uses `truth/a` and, for the
 * noise ceiling, `truth/b` (src/truth/noise-ceiling.ts), exactly as `goodhart truth` does, so
 * truth.csv is the same from both commands; earlier snapshots use `truth:<tick>/a`. The noise
 * ceiling is computed at the final tick only: it depends on the truth's precision, not on gaming.
 * Reference: Kempe, Kleinberg & Tardos (2003) for the truth; docs/scenarios.md for the pipeline.
 */
import type { RunConfig } from '../engine/config.js';
import { ModelError } from '../errors.js';
import { simulate, type SimulationResult, type Snapshot } from '../engine/simulate.js';
import type { GraphMemo } from '../engine/graph-memo.js';
import { driftRows, type DriftRow } from '../drift/tidy.js';
import type { Scorer } from '../metrics/scorer.js';
import type { Observation } from '../model/observation.js';
import { DEFAULT_PRECISION, type TruthEstimate, type TruthModel } from '../truth/truth-model.js';
import type { TruthWithCeiling } from '../truth/noise-ceiling.js';
import { truthAt, truthWithCeiling } from '../truth/snapshot-truth.js';
import type { RunPlan } from './plan.js';
import { TRUTHS_WORK, truthVectors, truthsRowsOf, type TruthsRow } from './truths.js';
import type { ClaimTruthId } from '../scenarios/claims/claim.js';
import { phase, phaseWithin } from './phases.js';

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
  /** The simulation; its `snapshots` holds the final one only (the others were measured and let go). */
  readonly result: SimulationResult;
  /** Ticks of every snapshot, in order; the last is the final tick. */
  readonly snapshotTicks: readonly number[];
  /** Truth and scores at the final snapshot (earlier snapshots live on in the drift rows). */
  readonly final: Frame;
  /** The independent truth estimate at the final tick (noise ceiling). */
  readonly truthReplicate: TruthEstimate;
  /** Spearman ρ between the final tick's two truth estimates over real people (src/truth/noise-ceiling.ts). */
  readonly noiseCeiling: number;
  /** Tidy drift rows of every frame (noise-ceiling rows at the final tick only). */
  readonly drift: readonly DriftRow[];
  /** Focus accounts by label (e.g. `nephew`), from the plan's focus attacks' targets. */
  readonly focus: ReadonlyMap<string, Uint32Array>;
  /** Every scorer's ρ with each truth definition at the final tick (src/pipeline/truths.ts). */
  readonly truths: readonly TruthsRow[];
  /** Each truth definition computed for this world at the final tick, per account (the claims are judged under them). */
  readonly truthVectors: ReadonlyMap<ClaimTruthId, Float64Array>;
}

/** Progress callback: `units` of work done so far out of `total` (see {@link replicateWork}). */
export type WorkReporter = (units: number, label: string) => void;

/** Work units of one replicate for a progress bar: one per tick, four per truth estimate. */
export function replicateWork(config: RunConfig): number {
  return config.ticks + 4 * (snapshotCount(config) + 1) + TRUTHS_WORK;
}

/** Number of snapshots a run records: every `recordEvery` ticks, and the final tick. */
export function snapshotCount(config: RunConfig): number {
  const every = config.activity.recordEvery;
  return Math.floor(config.ticks / every) + (config.ticks % every === 0 ? 0 : 1);
}

/** Score an Observation with every scorer, in order: scores by scorer id (the API's `score`, the run's scores.csv). */
export function scoreWith(scorers: readonly Scorer[], observation: Observation): Map<string, Float64Array> {
  const scores = new Map<string, Float64Array>();
  for (const s of scorers) scores.set(s.id, s.score(observation));
  return scores;
}

/** What {@link measureRun} needs besides the run: what to score and measure, and how truth is computed. */
export interface MeasureOptions {
  /** Scenario id written in the drift rows. */
  readonly scenario: string;
  /** Root seed of the truth streams (the run's seed for the CLI's numbers). */
  readonly seed: number;
  readonly scorers: readonly Scorer[];
  /** Drift measure ids (default: all, registry order). */
  readonly measures?: readonly string[];
  /** Top-k depth (default 10). */
  readonly k?: number;
  /** Scorer version pairs for the churn measures. */
  readonly versions?: readonly { readonly from: string; readonly to: string }[];
  readonly precision?: number;
  readonly threads?: number;
  /** Truth model (default: the IC model, as `goodhart run`; the explorer lets a user choose). */
  readonly model?: TruthModel;
  /** Called after each snapshot's truth, with the work units done (4 per estimate). */
  readonly onTruth?: (units: number, tick: number) => void;
}

/** What {@link measureRun} computed. */
export interface RunMeasures {
  readonly frames: readonly Frame[];
  readonly drift: readonly DriftRow[];
  /** Truth at the final snapshot with its independent replicate. */
  readonly ceiling: TruthWithCeiling;
}

/** Measures snapshots one at a time, in tick order: {@link measureRun}'s steps. */
interface SnapshotMeasurer {
  /** Truth, scores and drift rows of one snapshot (the next in tick order). */
  measure(snapshot: Snapshot): void;
  /** What was measured; throws when no final snapshot came. */
  finish(): RunMeasures;
}

/**
 * A {@link SnapshotMeasurer} with `o`'s options. `keep`: `all` keeps every frame, `final` only the
 * final one (a frame's snapshot, truth and scores are let go once its drift rows are computed).
 * Each step is a phase of its own ({@link phaseWithin}), also while the simulation runs.
 */
function snapshotMeasurer(o: MeasureOptions, keep: 'all' | 'final'): SnapshotMeasurer {
  const frames: Frame[] = [];
  const drift: DriftRow[] = [];
  const truthOpts = {
    precision: o.precision ?? DEFAULT_PRECISION,
    ...(o.threads !== undefined ? { threads: o.threads } : {}),
    ...(o.model ? { model: o.model } : {}),
  };
  let ceiling: TruthWithCeiling | undefined;
  let units = 0;
  return {
    measure(snapshot) {
      let truth: TruthEstimate;
      if (snapshot.final) {
        const c = phaseWithin('truth', () => truthWithCeiling(snapshot, o.seed, truthOpts));
        ceiling = c;
        truth = c.truth;
        units += 8;
      } else {
        truth = phaseWithin('truth', () => truthAt(snapshot, o.seed, truthOpts));
        units += 4;
      }
      o.onTruth?.(units, snapshot.tick);
      const scores = phaseWithin('scorers', () => scoreWith(o.scorers, snapshot.observation));
      if (keep === 'all' || snapshot.final) frames.push({ snapshot, tick: snapshot.tick, truth, scores });
      const replicate = snapshot.final ? ceiling?.replicate.estimate : undefined;
      const rows = phaseWithin('drift', () =>
        driftRows(
          {
            scenario: o.scenario,
            seed: o.seed,
            tick: snapshot.tick,
            role: snapshot.hidden.role,
            truth: truth.estimate,
            scores,
            ...(replicate ? { truthReplicate: replicate } : {}),
            ...(o.versions ? { versions: o.versions } : {}),
          },
          { ...(o.measures ? { measures: o.measures } : {}), ...(o.k !== undefined ? { k: o.k } : {}) },
        ),
      );
      for (const r of rows) drift.push(r);
    },
    finish() {
      if (!ceiling) throw new ModelError('measureRun: the run has no final snapshot');
      return { frames, drift, ceiling };
    },
  };
}

/**
 * Truth, scores and drift rows at every snapshot of a run: the one code path behind drift.csv
 * (`goodhart run`, which measures each snapshot as the simulation records it: {@link runReplicate})
 * and the API's `drift`. Truth from the snapshot's own stream (src/streams.ts); the final snapshot
 * also gets the noise ceiling.
 */
export function measureRun(result: SimulationResult, o: MeasureOptions): RunMeasures {
  const m = snapshotMeasurer(o, 'all');
  for (const snapshot of result.snapshots) m.measure(snapshot);
  return m.finish();
}

/**
 * Run one replicate of `plan` with `config` (its seed is the replicate's seed). `graphMemo` lets the
 * run's later worlds (budget sweep, control runs) reuse this world's generated graph.
 */
export function runReplicate(
  plan: RunPlan,
  config: RunConfig,
  report: WorkReporter = () => {},
  precision = DEFAULT_PRECISION,
  /** Only these truths beyond spread (a sweep cell: the truths its claims name); default every truth of truths.csv. */
  truthsOnly?: readonly ClaimTruthId[],
  graphMemo?: GraphMemo,
): Replicate {
  const threads = plan.threads;
  // Each snapshot is measured as soon as it is recorded and then let go (only the final one is
  // kept), so memory holds one snapshot's graph at a time: truth streams are apart from the
  // engine's, so measuring between ticks changes no number. Progress: ticks and truth units so far.
  let ticksDone = 0;
  let truthUnits = 0;
  const measurer = snapshotMeasurer(
    {
      scenario: plan.scenario.id,
      seed: config.seed,
      scorers: plan.scorers,
      measures: plan.measures,
      k: plan.k,
      versions: plan.versions,
      precision,
      ...(threads !== undefined ? { threads } : {}),
      onTruth: (units, tick) => {
        truthUnits = units;
        report(ticksDone + truthUnits, `seed ${config.seed}: truth at tick ${tick}`);
      },
    },
    'final',
  );
  const snapshotTicks: number[] = [];
  const result = phase('simulation', () =>
    simulate(config, {
      onTick: (d) => {
        ticksDone = d;
        report(ticksDone + truthUnits, `seed ${config.seed}: ticks`);
      },
      ...(threads !== undefined ? { threads } : {}),
      graphMemo,
      keepSnapshots: 'final',
      onSnapshot: (snapshot) => {
        snapshotTicks.push(snapshot.tick);
        measurer.measure(snapshot);
      },
    }),
  );
  const { frames, drift, ceiling } = measurer.finish();
  // Truth several ways, at the final tick only (src/pipeline/truths.ts).
  const last = frames[frames.length - 1]!;
  const done = config.ticks + 4 * (snapshotCount(config) + 1);
  const truthOptions = {
    seed: config.seed,
    spread: last.truth.estimate,
    scores: last.scores,
    precision,
    threads,
    onTruth: (units: number) => report(done + units, `seed ${config.seed}: truth several ways`),
    only: truthsOnly,
  };
  const vectors = phase('truth', () => truthVectors(last.snapshot, truthOptions));
  const truths = truthsRowsOf(last.snapshot, vectors, truthOptions);
  const focus = new Map<string, Uint32Array>();
  for (const f of plan.focus) {
    const a = result.attacks.find((x) => x.id === f.attack);
    if (a) focus.set(f.label, a.targets);
  }
  return {
    seed: config.seed,
    result,
    snapshotTicks,
    final: last,
    truthReplicate: ceiling.replicate,
    noiseCeiling: ceiling.noiseCeiling,
    drift,
    focus,
    truths,
    truthVectors: vectors,
  };
}

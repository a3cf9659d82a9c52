/**
 * Tidy drift rows: one row per (scenario, seed, tick, scorer, measure), long format, the shape
 * written to drift.csv and fed to the charts. Pipeline per frame:
 *
 *   scores by scorer ──┐
 *   truth, roles ──────┼─> 1. score-vs-truth measures per scorer
 *   truth replicate ───┤   2. the same measures for an independent truth estimate (noise ceiling)
 *   version pairs ─────┘   3. churn measures per (old, new) scorer version pair
 */
import { ParameterError } from '../errors.js';
import { makeDriftInput, realIndices } from './input.js';
import { MEASURES, getMeasure } from './registry.js';
import { DriftMemo } from './shared-ranks.js';
import type { Measure } from './types.js';

/** One tidy row. `value` is NaN when the measure is undefined for that input. */
export interface DriftRow {
  readonly scenario: string;
  readonly seed: number;
  readonly tick: number;
  /** Scorer id; {@link NOISE_CEILING} for the truth-vs-truth row; `old->new` for churn rows. */
  readonly scorer: string;
  readonly measure: string;
  readonly value: number;
}

/** Scorer label of the rows that compare two independent truth estimates (the noise ceiling). */
export const NOISE_CEILING = 'truth-noise-ceiling';

/** Scorer label of a churn row between versions `from` (old) and `to` (new). */
export function churnLabel(from: string, to: string): string {
  return `${from}->${to}`;
}

/** Everything measured at one tick of one seeded run. Arrays are per account (length n). */
export interface DriftFrame {
  readonly scenario: string;
  readonly seed: number;
  readonly tick: number;
  /** Role code per account. */
  readonly role: Uint8Array;
  /** True influence per account (bots and sybils: ignored by rank measures). */
  readonly truth: Float64Array;
  /** Scores per scorer id, in the order rows should come out. */
  readonly scores: ReadonlyMap<string, Float64Array>;
  /**
   * A second, independent estimate of the truth (e.g. another reverse-influence-sampling run).
   * When given, every truth measure is also computed for it against `truth`: the best agreement
   * any scorer could show given the truth's own sampling noise.
   */
  readonly truthReplicate?: Float64Array;
  /** Scorer version pairs to compare with the churn measures, both ids present in `scores`. */
  readonly versions?: readonly { readonly from: string; readonly to: string }[];
}

/** Options of {@link driftRows}. */
export interface DriftRowOptions {
  /** Measure ids to compute (default: all). Unknown ids throw UnknownNameError. */
  measures?: readonly string[];
  /** Top-k depth (default 10). */
  k?: number;
  /** RBO persistence (default 0.9). */
  rboP?: number;
}

/** Compute the tidy rows of one frame. Throws ParameterError / UnknownNameError on bad input. */
export function driftRows(frame: DriftFrame, opts: DriftRowOptions = {}): DriftRow[] {
  const chosen: readonly Measure[] = opts.measures ? opts.measures.map(getMeasure) : MEASURES;
  const truthMeasures = chosen.filter((m) => m.reference === 'truth');
  const versionMeasures = chosen.filter((m) => m.reference === 'version');
  const rows: DriftRow[] = [];
  const base = { scenario: frame.scenario, seed: frame.seed, tick: frame.tick };
  // One memo per frame: the truth is ranked once for every scorer, each score once for every measure.
  const real = realIndices(frame.role);
  const memo = new DriftMemo(real);
  const inputOpts = {
    ...(opts.k !== undefined ? { k: opts.k } : {}),
    ...(opts.rboP !== undefined ? { rboP: opts.rboP } : {}),
    real,
    memo,
  };
  const emit = (scorer: string, score: Float64Array, reference: Float64Array, measures: readonly Measure[]): void => {
    if (measures.length === 0) return;
    const input = makeDriftInput(score, reference, frame.role, inputOpts);
    for (const m of measures) rows.push({ ...base, scorer, measure: m.id, value: m.compute(input) });
  };
  // 1. Score vs truth.
  for (const [scorer, score] of frame.scores) emit(scorer, score, frame.truth, truthMeasures);
  // 2. Noise ceiling.
  if (frame.truthReplicate) emit(NOISE_CEILING, frame.truthReplicate, frame.truth, truthMeasures);
  // 3. Churn between versions: the new version's score against the old one's.
  for (const { from, to } of frame.versions ?? []) {
    const a = frame.scores.get(from);
    const b = frame.scores.get(to);
    if (!a) throw new ParameterError('versions.from', from, `a scorer in this frame (${[...frame.scores.keys()].join(', ')})`);
    if (!b) throw new ParameterError('versions.to', to, `a scorer in this frame (${[...frame.scores.keys()].join(', ')})`);
    emit(churnLabel(from, to), b, a, versionMeasures);
  }
  return rows;
}

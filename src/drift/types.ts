/**
 * Drift measures: how far a scorer's ranking of accounts has drifted from true influence.
 *
 * Every measure compares a `score` vector (one value per account, higher = more influential) to a
 * `reference` vector: the hidden true influence for most measures, or another version of the same
 * scorer for churn measures. Rank measures look at real people only (bots and sybils have no true
 * influence to rank); the top-k composition measures look at all accounts, since the point is to
 * see fake accounts crowd into a scorer's top k.
 */
import type { IntervalMethod } from '../stats/bounded-interval.js';
import type { DriftMemo } from './shared-ranks.js';

/** What a measure compares its score against. */
export type MeasureReference = 'truth' | 'version';

/** Inputs of one measure evaluation. All per-account arrays have the same length n. */
export interface DriftInput {
  /** Scorer's value per account (finite numbers; higher = ranked higher). */
  readonly score: Float64Array;
  /** Reference value per account: true influence (expected real people moved), or another scorer version. */
  readonly reference: Float64Array;
  /** Role code per account (see src/model/roles.ts). */
  readonly role: Uint8Array;
  /** Indices of real people, ascending (see {@link realIndices}). */
  readonly real: Uint32Array;
  /** Depth of the top-k measures, a positive integer (default 10). */
  readonly k: number;
  /** Persistence p of rank-biased overlap, in (0, 1) (default 0.9: the top 10 carry ~86% of the weight). */
  readonly rboP: number;
  /**
   * Optional store of rankings shared by the inputs of one frame (see src/drift/shared-ranks.ts):
   * saves work, never changes a value.
   */
  readonly memo?: DriftMemo | undefined;
}

/** One registered drift measure. */
export interface Measure {
  /** Registry id, kebab-case, e.g. `spearman`, `precision-at-k`. */
  readonly id: string;
  /** One line: what it measures. */
  readonly description: string;
  /** Smallest and largest possible values. */
  readonly range: readonly [number, number];
  /** True when a larger value means the scorer agrees better with its reference. */
  readonly higherIsBetter: boolean;
  /** `truth` for score-vs-truth measures, `version` for churn between two scorer versions. */
  readonly reference: MeasureReference;
  /**
   * True when `compute` reads `reference` as the hidden true influence, so a caller must estimate
   * truth first; false when the value follows from scores and roles alone (top-k shares, AUC) or
   * the reference is another scorer version. The contract test checks it against what compute reads.
   */
  readonly needsTruth: boolean;
  /**
   * How its interval over seeds is made so that it stays in `range` (src/stats/bounded-interval.ts):
   * `wilson` for a share of the k top slots, `fisher-z` for a correlation, `bootstrap` otherwise.
   */
  readonly interval: IntervalMethod;
  /** Where the definition comes from. */
  readonly source: string;
  /** Evaluate; NaN when undefined on this input (e.g. AUC with no gamers, ρ of a constant score). */
  compute(input: DriftInput): number;
}

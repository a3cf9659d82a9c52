/**
 * Summaries over seeds: for each (scenario, tick, scorer, measure), the mean of the per-seed
 * values and a Student-t 95% interval (src/stats/interval.ts). NaN values are left out and the
 * count of values used is reported.
 */
import { summariseGroups } from '../stats/interval.js';
import type { DriftRow } from './tidy.js';

/** One summarised cell. */
export interface DriftSummaryRow {
  readonly scenario: string;
  readonly tick: number;
  readonly scorer: string;
  readonly measure: string;
  /** Number of seeds with a finite value. */
  readonly n: number;
  readonly mean: number;
  /** Lower end of the interval (equals mean when n = 1). */
  readonly lo: number;
  /** Upper end of the interval (equals mean when n = 1). */
  readonly hi: number;
}

/** Group rows over seeds and summarise each group, in first-seen order. `confidence` in (0, 1), default 0.95. */
export function summariseOverSeeds(rows: readonly DriftRow[], confidence = 0.95): DriftSummaryRow[] {
  const key = (r: DriftRow) => JSON.stringify([r.scenario, r.tick, r.scorer, r.measure]);
  return summariseGroups(rows, key, (r) => r.value, confidence).map(({ row, summary: s }) => ({
    scenario: row.scenario,
    tick: row.tick,
    scorer: row.scorer,
    measure: row.measure,
    n: s.n,
    mean: s.mean,
    lo: s.lo,
    hi: s.hi,
  }));
}

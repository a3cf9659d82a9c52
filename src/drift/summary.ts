/**
 * Summaries over seeds: for each (scenario, tick, scorer, measure), the mean of the per-seed
 * values and a Student-t 95% interval (src/stats/interval.ts). NaN values are left out and the
 * count of values used is reported.
 */
import { meanInterval } from '../stats/interval.js';
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
  const groups = new Map<string, { row: DriftRow; values: number[] }>();
  for (const r of rows) {
    const key = JSON.stringify([r.scenario, r.tick, r.scorer, r.measure]);
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { row: r, values: [] }));
    g.values.push(r.value);
  }
  const out: DriftSummaryRow[] = [];
  for (const { row, values } of groups.values()) {
    const s = meanInterval(values, confidence);
    out.push({ scenario: row.scenario, tick: row.tick, scorer: row.scorer, measure: row.measure, n: s.n, mean: s.mean, lo: s.lo, hi: s.hi });
  }
  return out;
}

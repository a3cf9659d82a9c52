/**
 * Summaries over seeds: for each (scenario, tick, scorer, measure), the mean of the per-seed
 * values and a 95% interval that stays inside the measure's range, by the measure's own method
 * (src/stats/bounded-interval.ts: Wilson for top-k shares, Fisher z for correlations, a seeded
 * percentile bootstrap otherwise). Rows of a measure the registry does not know get the Student-t
 * interval (src/stats/interval.ts). NaN values are left out and the count of values used is reported.
 */
import { SeedTree } from '../rng.js';
import { boundedInterval } from '../stats/bounded-interval.js';
import { meanInterval } from '../stats/interval.js';
import { streams } from '../streams.js';
import { MEASURE_REGISTRY } from './registry.js';
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
  /** Lower end of the interval (equals mean when n = 1; never below the measure's range). */
  readonly lo: number;
  /** Upper end of the interval (equals mean when n = 1; never above the measure's range). */
  readonly hi: number;
}

/** Options of {@link summariseOverSeeds}. */
export interface SummaryOptions {
  /** Confidence level in (0, 1), default 0.95. */
  readonly confidence?: number;
  /** Top-k depth the rows were measured at (default 10): the slots of a Wilson interval. */
  readonly k?: number;
}

/**
 * Group rows over seeds and summarise each group, in first-seen order. The bootstrap of a cell
 * draws from stream `interval-bootstrap:<cell>` of the cell's smallest seed, so the same rows give
 * the same interval in any order.
 */
export function summariseOverSeeds(rows: readonly DriftRow[], opts: SummaryOptions = {}): DriftSummaryRow[] {
  const confidence = opts.confidence ?? 0.95;
  const k = opts.k ?? 10;
  const groups = new Map<string, { row: DriftRow; bySeed: [number, number][] }>();
  for (const r of rows) {
    const key = JSON.stringify([r.scenario, r.tick, r.scorer, r.measure]);
    let g = groups.get(key);
    if (!g) {
      g = { row: r, bySeed: [] };
      groups.set(key, g);
    }
    g.bySeed.push([r.seed, r.value]);
  }
  return [...groups.entries()].map(([key, { row, bySeed }]) => {
    // Values in seed order, so the sums (and so the bits) do not depend on the rows' order.
    bySeed.sort((a, b) => a[0] - b[0]);
    const values = bySeed.map((p) => p[1]);
    const seed = bySeed[0]![0];
    const measure = MEASURE_REGISTRY.has(row.measure) ? MEASURE_REGISTRY.get(row.measure) : undefined;
    const s = measure
      ? boundedInterval(
          values,
          { method: measure.interval, slots: k },
          () => new SeedTree(seed).stream(streams.intervalBootstrap(key)),
          confidence,
        )
      : meanInterval(values, confidence);
    return { scenario: row.scenario, tick: row.tick, scorer: row.scorer, measure: row.measure, n: s.n, mean: s.mean, lo: s.lo, hi: s.hi };
  });
}

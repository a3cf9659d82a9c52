/**
 * Aggregation over seeds for the sweep report: the mean of a measure at each setting of the kept
 * parameters with its 95% interval over seeds, made by the measure's own method so that it stays
 * in the measure's range — the one implementation the run report uses (src/stats/bounded-interval.ts,
 * as src/drift/summary.ts calls it):
 *
 *   - `wilson` for shares of top-k slots (precision@k, gamer/bot share, turnover: k slots a seed)
 *     and for claims (`claim:<id>`, 1 or 0 a seed: the share of seeds where the claim holds);
 *   - `fisher-z` for rank correlations (Spearman, Kendall, weighted τ);
 *   - `bootstrap` (percentile, 2,000 resamples) for the other bounded measures, drawn from the
 *     stream {@link streams.sweepIntervalBootstrap} of the group, a child of the sweep's smallest
 *     seed, so the same rows give the same bytes on any machine;
 *   - `student-t` only for a measure the registry does not know (none that a sweep writes today).
 *
 * When parameters are left out (a line of one parameter in a three-parameter grid), each seed's
 * values are first averaged over the left-out parameters, then the interval is taken over those
 * per-seed means, so the interval still reflects seed-to-seed spread only (a Wilson interval then
 * counts k slots for each point averaged).
 * Reference: Wilson (1927), Fisher (1915), Efron & Tibshirani (1993) via src/stats/bounded-interval.ts;
 * Student (1908) t-interval; marginal means of a factorial design (Montgomery, Design and Analysis of
 * Experiments, ch. 5).
 */
import { DEFAULT_K } from '../../drift/input.js';
import { MEASURE_REGISTRY } from '../../drift/registry.js';
import { SeedTree } from '../../rng.js';
import { getScenario } from '../../scenarios/registry.js';
import { boundedInterval, type IntervalMethod } from '../../stats/bounded-interval.js';
import { meanInterval, type MeanInterval } from '../../stats/interval.js';
import { streams } from '../../streams.js';
import { seedValues, type ParamValue, type SweepData } from './load.js';

/** How the sweep report makes a measure's interval over seeds (see the file comment). */
export type SweepIntervalMethod = IntervalMethod | 'student-t';

/** A measure's interval method and, for `wilson`, the slots one seed's value is a share of. */
export interface MeasureInterval {
  readonly method: SweepIntervalMethod;
  /** Slots per seed and point of a `wilson` share (k of a top-k measure; 1 for a claim). */
  readonly slots: number;
}

/** Top-k depth the sweep's cells measured at: the scenario's report k, else the default (10). */
export function sweepTopK(data: SweepData): number {
  try {
    return getScenario(data.scenario).report?.k ?? DEFAULT_K;
  } catch {
    return DEFAULT_K;
  }
}

/** The interval method of `measure` (a drift measure id or `claim:<id>`) in the sweep of `data`. */
export function measureInterval(data: SweepData, measure: string): MeasureInterval {
  if (measure.startsWith('claim:')) return { method: 'wilson', slots: 1 };
  if (!MEASURE_REGISTRY.has(measure)) return { method: 'student-t', slots: 1 };
  return { method: MEASURE_REGISTRY.get(measure).interval, slots: sweepTopK(data) };
}

/** The method's name for captions and legends. */
export function intervalMethodName(method: SweepIntervalMethod): string {
  switch (method) {
    case 'wilson':
      return 'Wilson';
    case 'fisher-z':
      return 'Fisher z';
    case 'bootstrap':
      return 'percentile bootstrap';
    case 'student-t':
      return 'Student t';
  }
}

/** One setting of the kept parameters with its summary over seeds. */
export interface GroupSummary {
  /** Values of the kept parameters, in the order asked for. */
  readonly at: readonly ParamValue[];
  /** Mean and 95% interval over seeds (n = seeds with a finite value; n = 1: no interval). */
  readonly summary: MeanInterval;
  /** How the interval was made (the measure's method); null when none was asked for (lo, hi NaN). */
  readonly method: SweepIntervalMethod | null;
  /** Points of the sweep averaged into this group (1 when no parameter was left out). */
  readonly points: number;
}

/** Distinct values of parameter `p` (index into data.params): numbers ascending, text in first-seen order. */
export function distinctValues(data: SweepData, p: number): ParamValue[] {
  const seen: ParamValue[] = [];
  for (const pt of data.points) if (!seen.includes(pt.values[p]!)) seen.push(pt.values[p]!);
  return seen.every((v) => typeof v === 'number') ? (seen as number[]).sort((a, b) => a - b) : seen;
}

/**
 * True when the points are a full grid: not Latin-hypercube samples, every combination of the
 * parameters' distinct values present once (so lines and heatmaps have one value per cell).
 */
export function isGrid(data: SweepData): boolean {
  if (data.lhs || data.params.length === 0) return false;
  let product = 1;
  for (let p = 0; p < data.params.length; p++) product *= distinctValues(data, p).length;
  return product === data.points.length;
}

/** Options of {@link summarise}. */
export interface SummariseOptions {
  /** Confidence level in (0, 1), default 0.95. */
  readonly confidence?: number | undefined;
  /** Make the interval (default true); false: the means alone (lo, hi NaN), for charts that draw none. */
  readonly interval?: boolean | undefined;
}

/**
 * Mean and 95% interval over seeds of `scorer` × `measure` for every setting of the parameters
 * `keep` (indices into data.params), averaging over the others within each seed; the interval by
 * the measure's method ({@link measureInterval}), inside the measure's range. Groups come in the
 * order of their first point.
 */
export function summarise(
  data: SweepData,
  keep: readonly number[],
  scorer: string,
  measure: string,
  opts: SummariseOptions = {},
): GroupSummary[] {
  const confidence = opts.confidence ?? 0.95;
  const groups = new Map<string, { at: ParamValue[]; sum: Float64Array; count: Float64Array; points: number }>();
  const nSeeds = data.seeds.length;
  data.points.forEach((pt, i) => {
    const at = keep.map((k) => pt.values[k]!);
    const key = at.map(String).join('\t');
    let g = groups.get(key);
    if (!g) {
      g = { at, sum: new Float64Array(nSeeds), count: new Float64Array(nSeeds), points: 0 };
      groups.set(key, g);
    }
    g.points++;
    const v = seedValues(data, i, scorer, measure);
    for (let s = 0; s < nSeeds; s++) {
      const x = v[s]!;
      if (Number.isFinite(x)) {
        g.sum[s]! += x;
        g.count[s]! += 1;
      }
    }
  });
  const how = measureInterval(data, measure);
  const seed = data.seeds.length === 0 ? 0 : Math.min(...data.seeds);
  const kept = keep.map((k) => data.params[k]!);
  return [...groups.values()].map((g) => {
    const perSeed = new Float64Array(nSeeds);
    for (let s = 0; s < nSeeds; s++) perSeed[s] = g.count[s]! > 0 ? g.sum[s]! / g.count[s]! : NaN;
    if (opts.interval === false) {
      const m = meanInterval(perSeed, confidence);
      return { at: g.at, summary: { ...m, lo: NaN, hi: NaN }, method: null, points: g.points };
    }
    const group = JSON.stringify([measure, scorer, kept, g.at]);
    const summary =
      how.method === 'student-t'
        ? meanInterval(perSeed, confidence)
        : boundedInterval(
            perSeed,
            { method: how.method, slots: how.slots * g.points },
            () => new SeedTree(seed).stream(streams.sweepIntervalBootstrap(group)),
            confidence,
          );
    return { at: g.at, summary, method: how.method, points: g.points };
  });
}

/** For each point, whether the claim held on every seed with a value (false when no seed has one). */
export function claimHoldsEverywhere(data: SweepData, claim: string): boolean[] {
  return data.points.map((_, i) => {
    const v = seedValues(data, i, '', `claim:${claim}`);
    let n = 0;
    for (const x of v) {
      if (!Number.isFinite(x)) continue;
      n++;
      if (x !== 1) return false;
    }
    return n > 0;
  });
}

/**
 * Pieces shared by the sweep report's charts: the chart record (spec plus the one-line caption
 * that says how to read it), safe file names, how a swept parameter is put on an axis, and the
 * summary numbers a chart's data rows carry. Colours and text sizes come from src/charts/common.ts.
 * Design: the project's chart conventions (src/charts/common.ts); no external source.
 */
import type { TopLevelSpec } from 'vega-lite';
import type { MeanInterval } from '../../stats/interval.js';
import { intervalMethodName, type MeasureInterval } from './aggregate.js';
import type { ParamValue } from './load.js';

/** One chart of the sweep report. */
export interface SweepChart {
  /** File name stem under charts/ (letters, digits, `.`, `-`, `_`). */
  readonly name: string;
  /** Section heading in the page. */
  readonly heading: string;
  /** One line saying how to read the chart. */
  readonly caption: string;
  readonly spec: TopLevelSpec;
}

/** A file-name-safe stem: runs of other characters become `_`. */
export function chartName(...parts: readonly string[]): string {
  return parts.map((p) => p.replace(/[^A-Za-z0-9.-]+/g, '_')).join('--');
}

/** Vega-Lite type of a parameter's axis: quantitative for numbers, ordinal for named choices. */
export function paramType(values: readonly ParamValue[]): 'quantitative' | 'ordinal' {
  return values.every((v) => typeof v === 'number') ? 'quantitative' : 'ordinal';
}

/** The summary fields of a data row: mean, and the 95% interval only when there are ≥ 2 seeds. */
export function summaryFields(s: MeanInterval): { mean: number; lo: number | null; hi: number | null; n: number } {
  const band = s.n >= 2 && Number.isFinite(s.lo) && Number.isFinite(s.hi);
  return { mean: s.mean, lo: band ? s.lo : null, hi: band ? s.hi : null, n: s.n };
}

/** Why a measure gets its interval method, for captions. */
function methodReason(how: MeasureInterval): string {
  switch (how.method) {
    case 'wilson':
      return how.slots === 1 ? 'a share of seeds' : `a share of the top ${how.slots} slots on each seed`;
    case 'fisher-z':
      return 'a correlation, averaged on the z scale';
    case 'bootstrap':
      return 'a bounded measure: 2,000 resamples of the seeds';
    case 'student-t':
      return 'a measure of no declared range';
  }
}

/**
 * "bands are 95% Fisher z intervals over N seeds (…)" naming the measure's interval method and
 * why, or "1 seed: no interval", for captions.
 */
export function intervalNote(seeds: number, how?: MeasureInterval): string {
  if (seeds < 2) return '1 seed: no interval';
  if (how === undefined) return `bands are 95% intervals over ${seeds} seeds`;
  const inRange = how.method === 'student-t' ? '' : ", inside the measure's range";
  return `bands are 95% ${intervalMethodName(how.method)} intervals over ${seeds} seeds (${methodReason(how)}${inRange})`;
}

/** A sequential, colour-blind-safe scheme for heatmaps (perceptually uniform; dark = low). */
export const HEATMAP_SCHEME = 'viridis';

/**
 * Text colour rule for a heatmap cell's label on {@link HEATMAP_SCHEME}: white on the dark half,
 * black on the light half, so the number stays readable. `lo`, `hi`: the colour domain.
 */
export function labelColor(field: string, lo: number, hi: number) {
  const mid = lo + (hi - lo) / 2;
  return { condition: { test: `datum['${field}'] < ${mid}`, value: 'white' }, value: 'black' } as const;
}

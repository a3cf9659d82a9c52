/**
 * Drift over ticks: one measure (e.g. Spearman with truth) per scorer as gaming grows, the mean
 * over seeds as a line and its 95% interval as a band, with the truth's noise ceiling dashed.
 * Reference: Goodhart, "Problems of monetary management: the UK experience" (1975) for the story;
 * the bands are Student-t intervals (src/stats/interval.ts).
 */
import type { TopLevelSpec } from 'vega-lite';
import { ParameterError } from '../errors.js';
import { MEASURES } from '../drift/registry.js';
import { NOISE_CEILING } from '../drift/tidy.js';
import type { DriftSummaryRow } from '../drift/summary.js';
import { specHeader, type ChartOptions } from './common.js';

/** Options of {@link driftOverTicksChart}. */
export interface DriftOverTicksOptions extends ChartOptions {
  /** Measure id to plot (rows of other measures are ignored). */
  measure: string;
  /** Y-axis title (default: the measure id + " with true influence"). */
  measureLabel?: string;
  /** A fixed noise ceiling to draw as a dashed rule, when there are no NOISE_CEILING rows. */
  ceiling?: number;
}

/**
 * Lines with interval bands per scorer over ticks. Rows whose scorer is NOISE_CEILING are drawn
 * as a dashed grey line. Throws ParameterError when no row has the measure.
 */
export function driftOverTicksChart(summary: readonly DriftSummaryRow[], opts: DriftOverTicksOptions): TopLevelSpec {
  const rows = summary.filter((r) => r.measure === opts.measure && Number.isFinite(r.mean));
  if (rows.length === 0) {
    const known = [...new Set(summary.map((r) => r.measure))];
    throw new ParameterError('measure', opts.measure, `a measure present in the rows (${known.join(', ') || 'none'})`);
  }
  // Intervals are clamped to the measure's range when it is a registered measure (a t-interval can overshoot ±1).
  const [min, max] = MEASURES.find((m) => m.id === opts.measure)?.range ?? [-Infinity, Infinity];
  const clamp = (v: number) => Math.min(max, Math.max(min, v));
  const scorerRows = rows.filter((r) => r.scorer !== NOISE_CEILING).map((r) => ({ tick: r.tick, scorer: r.scorer, mean: r.mean, lo: clamp(r.lo), hi: clamp(r.hi), n: r.n }));
  const ceilingRows = rows.filter((r) => r.scorer === NOISE_CEILING).map((r) => ({ tick: r.tick, mean: r.mean, label: 'noise ceiling' }));
  const xTitle = 'tick';
  const yTitle = opts.measureLabel ?? `${opts.measure} with true influence`;
  const x = { field: 'tick', type: 'quantitative', title: xTitle, axis: { tickMinStep: 1 } } as const;
  const color = { field: 'scorer', type: 'nominal', title: 'scorer', legend: { symbolOpacity: 1, symbolType: 'stroke', symbolStrokeWidth: 2.5 } } as const;
  const layers: NonNullable<Extract<TopLevelSpec, { layer: unknown }>['layer']> = [
    {
      data: { values: scorerRows },
      mark: { type: 'area', opacity: 0.18 },
      encoding: { x, y: { field: 'lo', type: 'quantitative', title: yTitle }, y2: { field: 'hi' }, color },
    },
    {
      data: { values: scorerRows },
      mark: { type: 'line', point: true },
      encoding: {
        x,
        y: { field: 'mean', type: 'quantitative', title: yTitle },
        color,
        tooltip: [
          { field: 'scorer', type: 'nominal' },
          { field: 'tick', type: 'quantitative' },
          { field: 'mean', type: 'quantitative', format: '.3f' },
          { field: 'lo', type: 'quantitative', format: '.3f', title: '95% low' },
          { field: 'hi', type: 'quantitative', format: '.3f', title: '95% high' },
          { field: 'n', type: 'quantitative', title: 'seeds' },
        ],
      },
    },
  ];
  // The noise ceiling: a dashed grey line (per tick) or rule (fixed), labelled at its right end.
  const lastTick = Math.max(...scorerRows.map((r) => r.tick), ...ceilingRows.map((r) => r.tick));
  const dashed = { strokeDash: [6, 4], color: '#666' };
  if (ceilingRows.length > 0) {
    layers.push({
      data: { values: ceilingRows },
      mark: { type: 'line', ...dashed },
      encoding: { x, y: { field: 'mean', type: 'quantitative', title: yTitle } },
    });
  } else if (opts.ceiling !== undefined) {
    layers.push({
      data: { values: [{ mean: opts.ceiling }] },
      mark: { type: 'rule', ...dashed },
      encoding: { y: { field: 'mean', type: 'quantitative', title: yTitle } },
    });
  }
  const labelAt = ceilingRows.find((r) => r.tick === lastTick)?.mean ?? opts.ceiling;
  if (labelAt !== undefined) {
    layers.push({
      data: { values: [{ tick: lastTick, mean: labelAt, label: 'noise ceiling' }] },
      mark: { type: 'text', align: 'right', dy: -7, color: '#444', fontSize: 11 },
      encoding: { x, y: { field: 'mean', type: 'quantitative', title: yTitle }, text: { field: 'label' } },
    });
  }
  return { ...specHeader(opts, `${yTitle} over time`), layer: layers };
}

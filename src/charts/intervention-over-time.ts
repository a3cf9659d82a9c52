/**
 * One quantity over ticks, one line per intervention: the mean over seeds with its 95% interval
 * as a band, and a dashed vertical rule at the tick something changed (e.g. the score is deployed).
 * Used by the goodhart-decay report for validity, the share of agents gaming and total true influence.
 * Reference: Goodhart (1975) for the story; Student-t intervals (src/stats/interval.ts).
 */
import type { TopLevelSpec } from 'vega-lite';
import { specHeader, TEXT_SIZE, type ChartOptions } from './common.js';

/** One point: an intervention's mean over seeds at one tick, with its interval. */
export interface InterventionPoint {
  readonly intervention: string;
  readonly tick: number;
  readonly mean: number;
  readonly lo: number;
  readonly hi: number;
  /** Seeds behind the mean. */
  readonly n: number;
}

/** Options of {@link interventionOverTimeChart}. */
export interface InterventionOverTimeOptions extends ChartOptions {
  /** Y-axis title, e.g. "Spearman ρ of the deployed score with true influence". */
  yTitle: string;
  /** Legend order of the interventions (default: first-seen order). */
  order?: readonly string[];
  /** Draw a dashed vertical rule at this tick, labelled `markLabel`. */
  markTick?: number;
  markLabel?: string;
  /** Clamp interval ends to this range (e.g. [-1, 1] for a correlation). */
  clamp?: readonly [number, number];
}

/** Lines with interval bands per intervention over ticks. Non-finite means are left out. */
export function interventionOverTimeChart(points: readonly InterventionPoint[], opts: InterventionOverTimeOptions): TopLevelSpec {
  const [min, max] = opts.clamp ?? [-Infinity, Infinity];
  const c = (v: number) => Math.min(max, Math.max(min, v));
  const values = points.filter((p) => Number.isFinite(p.mean)).map((p) => ({ ...p, lo: c(p.lo), hi: c(p.hi) }));
  const order = opts.order ?? [...new Set(values.map((p) => p.intervention))];
  const x = { field: 'tick', type: 'quantitative', title: 'tick', axis: { tickMinStep: 1 } } as const;
  const y = { type: 'quantitative', title: opts.yTitle } as const;
  const color = {
    field: 'intervention',
    type: 'nominal',
    title: 'intervention',
    sort: [...order],
    legend: { symbolOpacity: 1, symbolType: 'stroke', symbolStrokeWidth: 2.5, labelLimit: 260 },
  } as const;
  const layers: NonNullable<Extract<TopLevelSpec, { layer: unknown }>['layer']> = [
    { data: { values }, mark: { type: 'area', opacity: 0.14 }, encoding: { x, y: { ...y, field: 'lo' }, y2: { field: 'hi' }, color } },
    {
      data: { values },
      mark: { type: 'line', point: { size: 24 } },
      encoding: {
        x,
        y: { ...y, field: 'mean' },
        color,
        tooltip: [
          { field: 'intervention', type: 'nominal' },
          { field: 'tick', type: 'quantitative' },
          { field: 'mean', type: 'quantitative', format: '.3f' },
          { field: 'lo', type: 'quantitative', format: '.3f', title: '95% low' },
          { field: 'hi', type: 'quantitative', format: '.3f', title: '95% high' },
          { field: 'n', type: 'quantitative', title: 'seeds' },
        ],
      },
    },
  ];
  if (opts.markTick !== undefined) {
    const mark = [{ tick: opts.markTick, label: opts.markLabel ?? '' }];
    layers.push({ data: { values: mark }, mark: { type: 'rule', strokeDash: [6, 4], color: '#666' }, encoding: { x } });
    if (opts.markLabel) {
      layers.push({
        data: { values: mark },
        mark: { type: 'text', align: 'left', baseline: 'top', dx: 4, y: 4, color: '#444', fontSize: TEXT_SIZE },
        encoding: { x, text: { field: 'label' } },
      });
    }
  }
  return {
    ...specHeader(
      opts,
      `${opts.yTitle} over time`,
      'One line per intervention over ticks (band: 95% interval over seeds); the dashed vertical line marks the tick the change happened.',
    ),
    layer: layers,
  };
}

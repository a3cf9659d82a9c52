/**
 * Effect per intervention: a point at the mean over seeds and a bar for its 95% interval, one row
 * per intervention, with a dashed rule at a reference value (e.g. 0, or the baseline's effect).
 * Used by the goodhart-decay report for the decay of validity under each intervention.
 * Reference: Cumming (2014), "The new statistics: why and how", Psychological Science (estimation plots).
 */
import type { TopLevelSpec } from 'vega-lite';
import { specHeader, type ChartOptions } from './common.js';

/** One intervention's effect. */
export interface InterventionEffectPoint {
  readonly intervention: string;
  readonly mean: number;
  readonly lo: number;
  readonly hi: number;
  readonly n: number;
}

/** Options of {@link interventionEffectsChart}. */
export interface InterventionEffectsOptions extends ChartOptions {
  /** X-axis title, e.g. "decay of validity (ρ at deployment − ρ at the end)". */
  xTitle: string;
  /** Row order (default: first-seen order). */
  order?: readonly string[];
  /** Dashed reference rule at this x value (default 0). */
  reference?: number;
}

/** Point-and-interval rows per intervention. Non-finite means are left out. */
export function interventionEffectsChart(points: readonly InterventionEffectPoint[], opts: InterventionEffectsOptions): TopLevelSpec {
  const values = points.filter((p) => Number.isFinite(p.mean)).map((p) => ({ ...p }));
  const order = opts.order ?? values.map((p) => p.intervention);
  const y = { field: 'intervention', type: 'nominal', title: 'intervention', sort: [...order], axis: { labelLimit: 260 } } as const;
  const xTitle = opts.xTitle;
  const layers: NonNullable<Extract<TopLevelSpec, { layer: unknown }>['layer']> = [
    {
      data: { values: [{ ref: opts.reference ?? 0 }] },
      mark: { type: 'rule', strokeDash: [6, 4], color: '#666' },
      encoding: { x: { field: 'ref', type: 'quantitative', title: xTitle } },
    },
    {
      data: { values },
      mark: { type: 'rule', strokeWidth: 2.5, color: '#4c78a8' },
      encoding: { y, x: { field: 'lo', type: 'quantitative', title: xTitle }, x2: { field: 'hi' } },
    },
    {
      data: { values },
      mark: { type: 'point', filled: true, size: 70, color: '#1f4e79' },
      encoding: {
        y,
        x: { field: 'mean', type: 'quantitative', title: xTitle },
        tooltip: [
          { field: 'intervention', type: 'nominal' },
          { field: 'mean', type: 'quantitative', format: '.3f' },
          { field: 'lo', type: 'quantitative', format: '.3f', title: '95% low' },
          { field: 'hi', type: 'quantitative', format: '.3f', title: '95% high' },
          { field: 'n', type: 'quantitative', title: 'seeds' },
        ],
      },
    },
  ];
  const height = opts.height ?? Math.max(120, 28 * order.length);
  return {
    ...specHeader(
      { ...opts, height },
      xTitle,
      'One row per intervention: the dot is the mean over seeds, the bar its 95% interval; the dashed line is the reference to compare with.',
    ),
    layer: layers,
  };
}

/**
 * "Where this claim holds": for each parameter swept one at a time around the scenario's defaults,
 * the share of seeds on which the claim held (y, 0–1) at each tested value (x), one small panel per
 * parameter with its own x scale; a dashed rule marks the setting of the run at hand. Small
 * multiples: Tufte (1983), The Visual Display of Quantitative Information, ch. 4.
 */
import type { TopLevelSpec } from 'vega-lite';
import { VEGA_LITE_SCHEMA, BASE_CONFIG } from './common.js';

/** One tested value of one parameter. */
export interface ClaimRegionPoint {
  readonly parameter: string;
  readonly value: number;
  /** Share of seeds on which the claim held, in [0, 1]. */
  readonly share: number;
  /** Seeds judged at this value. */
  readonly seeds: number;
}

/** The run's own setting of one parameter (the rule). */
export interface ClaimRegionSetting {
  readonly parameter: string;
  readonly value: number;
}

/** Panels of {@link claimRegionChart}: one per parameter, four to a row, each `width` px wide (default 150). */
export function claimRegionChart(
  points: readonly ClaimRegionPoint[],
  settings: readonly ClaimRegionSetting[],
  opts: { title: string; description: string; width?: number },
): TopLevelSpec {
  const values = [
    ...points.map((p) => ({ ...p, kind: 'measured' })),
    ...settings.map((s) => ({ parameter: s.parameter, value: s.value, share: null, seeds: null, kind: 'this run' })),
  ];
  const params = [...new Set(points.map((p) => p.parameter))];
  const x = { field: 'value', type: 'quantitative', title: 'value', scale: { zero: false } } as const;
  const y = { field: 'share', type: 'quantitative', title: 'share of seeds holding', scale: { domain: [0, 1] } } as const;
  return {
    $schema: VEGA_LITE_SCHEMA,
    title: opts.title,
    description: opts.description,
    config: BASE_CONFIG,
    data: { values },
    facet: { field: 'parameter', type: 'nominal', title: null, sort: params },
    columns: Math.min(4, Math.max(1, params.length)),
    resolve: { scale: { x: 'independent' } },
    spec: {
      width: opts.width ?? 150,
      height: 110,
      layer: [
        {
          transform: [{ filter: "datum.kind === 'measured'" }],
          mark: { type: 'line', point: true },
          encoding: {
            x,
            y,
            tooltip: [
              { field: 'parameter', type: 'nominal' },
              { field: 'value', type: 'quantitative' },
              { field: 'share', type: 'quantitative', format: '.2f' },
              { field: 'seeds', type: 'quantitative' },
            ],
          },
        },
        {
          transform: [{ filter: "datum.kind === 'this run'" }],
          mark: { type: 'rule', strokeDash: [4, 3], color: '#d62728' },
          encoding: { x },
        },
      ],
    },
  } as TopLevelSpec;
}

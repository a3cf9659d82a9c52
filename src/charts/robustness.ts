/**
 * Robustness curve: a drift measure against the attack budget, one line per scorer with its 95%
 * interval over seeds, and an optional dashed threshold (the breakdown budget is where a line
 * crosses it, e.g. AUC < 0.9).
 * Reference: breakdown point in robust statistics (Hampel 1971), applied to attack budgets as in
 * sybil-defence evaluations (Yu et al., SybilLimit, IEEE S&P 2008: attack edges vs accepted sybils).
 */
import type { TopLevelSpec } from 'vega-lite';
import { seriesDashScale, seriesScale, specHeader, TEXT_SIZE, type ChartOptions } from './common.js';

/** One point of the curve. */
export interface RobustnessPoint {
  /** Attack budget in the attack's cost unit (e.g. followers bought), ≥ 0. */
  readonly budget: number;
  readonly scorer: string;
  /** Mean of the measure over seeds. */
  readonly mean: number;
  /** 95% interval over seeds. */
  readonly lo: number;
  readonly hi: number;
}

/** Options of {@link robustnessChart}. */
export interface RobustnessOptions extends ChartOptions {
  /** Y-axis title, e.g. "AUC honest above gamer". */
  measureLabel: string;
  /** X-axis title with the cost unit, e.g. "followers bought per gamer". */
  budgetLabel: string;
  /** Draw a dashed rule at this measure value. */
  threshold?: number;
}

/** Measure vs attack budget with interval bands per scorer. */
export function robustnessChart(points: readonly RobustnessPoint[], opts: RobustnessOptions): TopLevelSpec {
  const values = points.filter((p) => Number.isFinite(p.mean)).map((p) => ({ ...p }));
  const x = { field: 'budget', type: 'quantitative', title: opts.budgetLabel } as const;
  const ids = opts.series ?? [...new Set(values.map((p) => p.scorer))].sort();
  const present = ids.filter((id) => values.some((p) => p.scorer === id));
  const legend = { symbolOpacity: 1, symbolType: 'stroke', symbolStrokeWidth: 2.5, symbolSize: 400, values: present };
  const color = { field: 'scorer', type: 'nominal', title: 'scorer', scale: seriesScale(ids), legend } as const;
  // Lines that coincide stay apart by their dash pattern (same legend as the colour).
  const strokeDash = { field: 'scorer', type: 'nominal', title: 'scorer', scale: seriesDashScale(ids), legend } as const;
  const layers: NonNullable<Extract<TopLevelSpec, { layer: unknown }>['layer']> = [
    {
      mark: { type: 'area', opacity: 0.18 },
      encoding: { x, y: { field: 'lo', type: 'quantitative', title: opts.measureLabel }, y2: { field: 'hi' }, color },
    },
    {
      mark: { type: 'line', point: true, strokeWidth: 2.5 },
      encoding: {
        x,
        y: { field: 'mean', type: 'quantitative', title: opts.measureLabel },
        color,
        strokeDash,
        tooltip: [
          { field: 'scorer', type: 'nominal' },
          { field: 'budget', type: 'quantitative' },
          { field: 'mean', type: 'quantitative', format: '.3f' },
          { field: 'lo', type: 'quantitative', format: '.3f', title: '95% low' },
          { field: 'hi', type: 'quantitative', format: '.3f', title: '95% high' },
        ],
      },
    },
  ];
  if (opts.threshold !== undefined) {
    layers.push({
      data: { values: [{ threshold: opts.threshold }] },
      mark: { type: 'rule', strokeDash: [6, 4], color: '#666' },
      encoding: { y: { field: 'threshold', type: 'quantitative', title: opts.measureLabel } },
    });
    layers.push({
      data: { values: [{ threshold: opts.threshold, label: `threshold ${opts.threshold}` }] },
      mark: { type: 'text', align: 'left', x: 4, dy: -8, color: '#444', fontSize: TEXT_SIZE },
      encoding: { y: { field: 'threshold', type: 'quantitative', title: opts.measureLabel }, text: { field: 'label' } },
    });
  }
  return {
    ...specHeader(
      opts,
      `${opts.measureLabel} as the attack budget grows`,
      'One line per scorer as the attack budget grows (band: 95% interval over seeds); where a line crosses the dashed threshold, the scorer breaks.',
    ),
    data: { values },
    layer: layers,
  };
}

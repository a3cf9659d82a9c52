/**
 * Drift over ticks: one measure (e.g. Spearman with truth) per scorer as gaming grows, the mean
 * over seeds as a line and its 95% interval as a band, with the truth's noise ceiling dashed.
 * Reference: Goodhart, "Problems of monetary management: the UK experience" (1975) for the story;
 * the bands are Student-t intervals (src/stats/interval.ts).
 */
import type { TopLevelSpec } from 'vega-lite';
import { ParameterError } from '../errors.js';
import { NOISE_CEILING } from '../drift/tidy.js';
import type { DriftSummaryRow } from '../drift/summary.js';
import { seriesScale, specHeader, TEXT_SIZE, type ChartOptions } from './common.js';

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
  const scorerRows = rows
    .filter((r) => r.scorer !== NOISE_CEILING)
    .map((r) => ({ tick: r.tick, scorer: r.scorer, mean: r.mean, lo: r.lo, hi: r.hi, n: r.n }));
  const ceilingRows = rows.filter((r) => r.scorer === NOISE_CEILING).map((r) => ({ tick: r.tick, mean: r.mean, label: 'noise ceiling' }));
  const yTitle = opts.measureLabel ?? `${opts.measure} with true influence`;
  const scorers =
    opts.series?.filter((id) => scorerRows.some((r) => r.scorer === id)) ?? [...new Set(scorerRows.map((r) => r.scorer))].sort();
  const colorIds = opts.series ?? scorers;
  // Small multiples: one panel per scorer on shared axes, so lines that coincide (e.g. several
  // scorers at 0) never hide each other; the noise ceiling is repeated in every panel.
  const lastTick = Math.max(...scorerRows.map((r) => r.tick), ...ceilingRows.map((r) => r.tick));
  const ceilingAt = (tick: number) => ceilingRows.find((r) => r.tick === tick)?.mean;
  const ceilingValues =
    ceilingRows.length > 0
      ? scorers.flatMap((scorer) => ceilingRows.map((r) => ({ scorer, tick: r.tick, mean: r.mean })))
      : opts.ceiling !== undefined
        ? scorers.map((scorer) => ({ scorer, mean: opts.ceiling }))
        : [];
  const labelAt = ceilingAt(lastTick) ?? opts.ceiling;
  const values = [
    ...scorerRows.map((r) => ({ ...r, layer: 'scorer' })),
    ...ceilingValues.map((r) => ({ ...r, layer: 'ceiling' })),
    ...(labelAt !== undefined
      ? scorers.map((scorer) => ({ scorer, tick: lastTick, mean: labelAt, layer: 'ceiling-label', label: 'noise ceiling' }))
      : []),
  ];
  const x = { field: 'tick', type: 'quantitative', title: 'tick', axis: { tickMinStep: 1 } } as const;
  const y = { field: 'mean', type: 'quantitative', title: yTitle } as const;
  const color = { field: 'scorer', type: 'nominal', scale: seriesScale(colorIds), legend: null } as const;
  const dashed = { strokeDash: [6, 4], color: '#666' };
  const layers: NonNullable<Extract<TopLevelSpec, { layer: unknown }>['layer']> = [
    {
      transform: [{ filter: "datum.layer === 'scorer'" }],
      mark: { type: 'area', opacity: 0.2 },
      encoding: { x, y: { ...y, field: 'lo' }, y2: { field: 'hi' }, color },
    },
    {
      transform: [{ filter: "datum.layer === 'scorer'" }],
      mark: { type: 'line', point: true, strokeWidth: 2.5 },
      encoding: {
        x,
        y,
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
  if (ceilingRows.length > 0)
    layers.push({ transform: [{ filter: "datum.layer === 'ceiling'" }], mark: { type: 'line', ...dashed }, encoding: { x, y } });
  else if (opts.ceiling !== undefined)
    layers.push({ transform: [{ filter: "datum.layer === 'ceiling'" }], mark: { type: 'rule', ...dashed }, encoding: { y } });
  if (labelAt !== undefined) {
    layers.push({
      transform: [{ filter: "datum.layer === 'ceiling-label'" }],
      mark: { type: 'text', align: 'right', dy: -8, color: '#444', fontSize: TEXT_SIZE },
      encoding: { x, y, text: { field: 'label' } },
    });
  }
  const header = specHeader(
    opts,
    `${yTitle} over time`,
    'One panel per scorer: the line is the mean over seeds, the band its 95% interval; higher means closer to the truth, the dashed line is the best the noisy truth allows.',
  );
  const columns = Math.min(3, scorers.length);
  return {
    $schema: header.$schema,
    title: header.title,
    description: header.description,
    config: header.config,
    data: { values },
    facet: { field: 'scorer', type: 'nominal', sort: scorers, title: null, header: { labelFontWeight: 'bold' } },
    columns,
    resolve: { axis: { x: 'independent', y: 'independent' } },
    spec: { width: opts.width ?? 240, height: opts.height ?? 170, layer: layers },
  };
}

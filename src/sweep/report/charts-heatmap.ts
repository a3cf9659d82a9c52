/**
 * Heatmaps of a two-parameter grid: the first two swept parameters across and up, the seed-mean of
 * a measure as the colour of each cell (with its number written in it), one panel per scorer, on a
 * shared colour scale. With more than two swept parameters the rest are averaged within a seed
 * first. The same grid shows each claim's share of seeds where it holds (charts-claims.ts).
 * Reference: heatmap display of a response surface (Box & Draper, Response Surfaces, Mixtures, and
 * Ridge Analyses, 2007); viridis colour map (van der Walt & Smith, 2015).
 */
import type { TopLevelSpec } from 'vega-lite';
import { TEXT_SIZE, specHeader } from '../../charts/common.js';
import { distinctValues, summarise } from './aggregate.js';
import { chartName, HEATMAP_SCHEME, labelColor, type SweepChart } from './charts-common.js';
import type { ParamValue, SweepData } from './load.js';

/** Most values on a heatmap axis whose cells still carry their number. */
export const MAX_LABELLED = 12;

/** One cell of a heatmap: x and y parameter values, the panel, the value and its label. */
export interface HeatCell {
  readonly x: ParamValue;
  readonly y: ParamValue;
  /** Panel (a scorer), or undefined for a single panel. */
  readonly panel?: string | undefined;
  readonly value: number;
  readonly label: string;
}

/** Options of {@link heatmapSpec}. */
export interface HeatmapOptions {
  readonly title: string;
  /** Legend title of the colour. */
  readonly legendTitle: string;
  /** Fixed colour domain (e.g. [0, 1] for a share); default: the data's range. */
  readonly domain?: readonly [number, number] | undefined;
  /** Legend number format (d3-format), e.g. '.0%'. */
  readonly format?: string | undefined;
  /** Panel header title (e.g. 'scorer') when cells have panels. */
  readonly panelTitle?: string | undefined;
}

/** A heatmap spec over the first two swept parameters of `data`. */
export function heatmapSpec(data: SweepData, cells: readonly HeatCell[], opts: HeatmapOptions): TopLevelSpec {
  const xName = data.params[0]!;
  const yName = data.params[1]!;
  const xs = distinctValues(data, 0);
  const ys = distinctValues(data, 1);
  const finite = cells.filter((c) => Number.isFinite(c.value));
  const lo = opts.domain?.[0] ?? Math.min(...finite.map((c) => c.value));
  const hi = opts.domain?.[1] ?? Math.max(...finite.map((c) => c.value));
  const values = finite.map((c) => ({ x: String(c.x), y: String(c.y), panel: c.panel ?? '', value: c.value, label: c.label }));
  // Cells wide enough for their label, panels wide enough for the axis title under them; past
  // MAX_LABELLED values on an axis the numbers would not fit: smaller cells, colour only (and a tooltip).
  const labelled = xs.length <= MAX_LABELLED && ys.length <= MAX_LABELLED;
  const step = labelled ? Math.max(56, 9 * Math.max(...values.map((v) => v.label.length), 4)) : Math.max(8, Math.floor(360 / xs.length));
  const rowStep = labelled ? 40 : Math.max(8, Math.floor(360 / ys.length));
  const width = Math.max(step * xs.length, Math.ceil(xName.length * 8.5));
  const color = {
    field: 'value',
    type: 'quantitative',
    title: opts.legendTitle,
    scale: { scheme: HEATMAP_SCHEME, ...(lo < hi ? { domain: [lo, hi] } : {}) },
    legend: { ...(opts.format ? { format: opts.format } : {}), gradientLength: 160 },
  } as const;
  const inner = {
    width,
    height: rowStep * ys.length,
    encoding: {
      x: { field: 'x', type: 'ordinal', title: xName, sort: xs.map(String), axis: { labelAngle: 0, grid: false, labelOverlap: 'parity' } },
      y: { field: 'y', type: 'ordinal', title: yName, sort: [...ys].reverse().map(String), axis: { grid: false, labelOverlap: 'parity' } },
    },
    layer: [
      {
        mark: { type: 'rect', stroke: 'white', strokeWidth: 1 },
        encoding: {
          color,
          tooltip: [
            { field: 'x', type: 'ordinal', title: xName },
            { field: 'y', type: 'ordinal', title: yName },
            { field: 'label', type: 'nominal', title: opts.legendTitle },
          ],
        },
      },
      ...(labelled
        ? [
            {
              mark: { type: 'text', fontSize: TEXT_SIZE },
              encoding: { text: { field: 'label' }, color: labelColor('value', lo, hi) },
            },
          ]
        : []),
    ],
  };
  const { $schema, config } = specHeader({}, opts.title, 'each cell is the mean over seeds at one grid point; darker is higher');
  const panels = [...new Set(values.map((v) => v.panel))];
  if (panels.length <= 1 || opts.panelTitle === undefined)
    return { $schema, config, title: opts.title, data: { values }, ...inner } as unknown as TopLevelSpec;
  return {
    $schema,
    config,
    title: opts.title,
    data: { values },
    facet: { field: 'panel', type: 'nominal', title: opts.panelTitle, sort: panels },
    columns: Math.min(3, panels.length),
    spec: inner,
    resolve: { scale: { color: 'shared' } },
  } as unknown as TopLevelSpec;
}

/** A measure's value as a cell label: 3 significant digits. */
export function valueLabel(x: number): string {
  return Number.isInteger(x) ? String(x) : String(Number(x.toPrecision(3)));
}

/** The heatmap of `measure`'s seed-mean over the first two swept parameters, one panel per scorer. */
export function measureHeatmapChart(data: SweepData, measure: string): SweepChart {
  const cells: HeatCell[] = data.scorers.flatMap((scorer) =>
    summarise(data, [0, 1], scorer, measure, { interval: false }).map((g) => ({
      x: g.at[0]!,
      y: g.at[1]!,
      panel: scorer,
      value: g.summary.mean,
      label: valueLabel(g.summary.mean),
    })),
  );
  const [a, b] = data.params;
  const rest = data.params.slice(2);
  const title = `${measure} over ${a} × ${b}`;
  return {
    name: chartName('heatmap', measure),
    heading: title,
    caption:
      `Each cell is the mean of ${measure} over ${data.seeds.length === 1 ? 'the 1 seed' : `${data.seeds.length} seeds`} at one setting of ${a} (across) and ${b} (up), ` +
      `one panel per scorer on one colour scale (dark low, yellow high)${rest.length > 0 ? `; averaged over ${rest.join(', ')} within each seed` : ''}.`,
    spec: heatmapSpec(data, cells, { title, legendTitle: `${measure} (mean)`, panelTitle: 'scorer' }),
  };
}

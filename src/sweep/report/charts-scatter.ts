/**
 * Scatter plots for sweeps whose points are not a grid (Latin-hypercube samples, or a grid with
 * extra points): the seed-mean of a measure at each point against each swept parameter, one panel
 * per parameter, coloured by scorer, with the 95% interval over seeds as a vertical bar. No line
 * joins the dots (neighbours on one axis differ on the others) and no heatmap is drawn.
 * Reference: scatterplots of Latin hypercube samples against each input (McKay, Beckman & Conover,
 * Technometrics 1979; Saltelli et al., Global Sensitivity Analysis: The Primer, 2008, ch. 1).
 */
import type { TopLevelSpec } from 'vega-lite';
import { DEFAULT_HEIGHT, seriesScale, specHeader } from '../../charts/common.js';
import { intervalMethodName, measureInterval, summarise } from './aggregate.js';
import { chartName, intervalNote, summaryFields, type SweepChart } from './charts-common.js';
import type { SweepData } from './load.js';

/** Indices of the numeric swept parameters (a named choice cannot go on a scatter's axis). */
export function numericParams(data: SweepData): number[] {
  return data.params.map((_, p) => p).filter((p) => data.points.every((pt) => typeof pt.values[p] === 'number'));
}

/** One dot: a parameter's name and value, the series, and the summary over seeds. */
interface Dot {
  param: string;
  x: number;
  series: string;
  mean: number;
  lo: number | null;
  hi: number | null;
  n: number;
  /** The interval's method (empty when none). */
  interval: string;
}

/** Dots of `measure` per point and scorer (scorer '' for claims), against every numeric parameter. */
function dots(data: SweepData, scorers: readonly string[], measure: string): Dot[] {
  const all = data.params.map((_, p) => p);
  const nums = numericParams(data);
  return scorers.flatMap((scorer) =>
    summarise(data, all, scorer, measure).flatMap((g) =>
      Number.isFinite(g.summary.mean)
        ? nums.map((p) => ({
            param: data.params[p]!,
            x: g.at[p] as number,
            series: scorer,
            ...summaryFields(g.summary),
            interval: g.method === null ? '' : intervalMethodName(g.method),
          }))
        : [],
    ),
  );
}

/** A faceted scatter spec: one panel per parameter, x independent, y shared. */
function scatterSpec(
  values: readonly Dot[],
  title: string,
  yTitle: string,
  colorBy: readonly string[] | null,
  yFormat?: string,
): TopLevelSpec {
  const color = colorBy ? { field: 'series', type: 'nominal', title: 'scorer', scale: seriesScale(colorBy) } : { value: '#332288' };
  const y = { field: 'mean', type: 'quantitative', title: yTitle, ...(yFormat ? { axis: { format: yFormat } } : {}) };
  const { $schema, config } = specHeader({}, title, 'each dot is one sweep point: the mean over seeds against one swept parameter');
  const params = [...new Set(values.map((v) => v.param))];
  const layer: unknown[] = [
    {
      mark: { type: 'point', filled: true, size: 50, opacity: 0.8 },
      encoding: {
        x: { field: 'x', type: 'quantitative', title: 'parameter value', scale: { zero: false } },
        y,
        color,
        tooltip: [
          { field: 'param', type: 'nominal', title: 'parameter' },
          { field: 'x', type: 'quantitative', title: 'value', format: '.4~g' },
          ...(colorBy ? [{ field: 'series', type: 'nominal', title: 'scorer' }] : []),
          { field: 'mean', type: 'quantitative', format: '.3f' },
          { field: 'n', type: 'quantitative', title: 'seeds' },
          { field: 'interval', type: 'nominal', title: 'interval' },
        ],
      },
    },
  ];
  if (values.some((v) => v.lo !== null))
    layer.unshift({
      transform: [{ filter: 'isValid(datum.lo) && isValid(datum.hi)' }],
      mark: { type: 'rule', opacity: 0.5 },
      encoding: {
        x: { field: 'x', type: 'quantitative', title: 'parameter value' },
        y: { field: 'lo', type: 'quantitative', title: yTitle },
        y2: { field: 'hi' },
        color,
      },
    });
  return {
    $schema,
    config,
    title,
    data: { values: values.map((v) => ({ ...v })) },
    facet: { column: { field: 'param', type: 'nominal', title: 'swept parameter', sort: params } },
    spec: { width: 240, height: Math.round(DEFAULT_HEIGHT * 0.8), layer },
    resolve: { scale: { x: 'independent' } },
  } as unknown as TopLevelSpec;
}

/** The scatter of `measure` against every numeric swept parameter, coloured by scorer. */
export function measureScatterChart(data: SweepData, measure: string): SweepChart {
  const title = `${measure} at each sampled point`;
  return {
    name: chartName('scatter', measure),
    heading: title,
    caption: `Each dot is one point of the sweep: the mean of ${measure} over its seeds (y) against one swept parameter (x, one panel each), coloured by scorer; the other parameters vary from dot to dot, so read trends, not single dots; ${intervalNote(data.seeds.length, measureInterval(data, measure)).replace('bands are', 'bars are')}.`,
    spec: scatterSpec(dots(data, data.scorers, measure), title, `${measure} (mean over seeds)`, data.scorers),
  };
}

/** The scatter of a claim's share of seeds where it holds, against every numeric swept parameter. */
export function claimScatterSpec(data: SweepData, claim: string, title: string): TopLevelSpec {
  return scatterSpec(dots(data, [''], `claim:${claim}`), title, 'share of seeds where it holds', null, '.0%');
}

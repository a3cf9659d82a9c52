/**
 * Measure against one swept parameter: the seed-mean of the measure (y) at each value of the
 * parameter (x), one line per scorer with its 95% band over seeds. With two swept parameters the
 * chart has one panel per value of the other; with three or more, the other parameters are
 * averaged within each seed first (the caption says which).
 * Reference: main-effect and interaction plots of factorial experiments (Montgomery, Design and
 * Analysis of Experiments, ch. 5); each measure's interval by its own method, inside its range
 * (src/sweep/report/aggregate.ts, src/stats/bounded-interval.ts).
 */
import type { TopLevelSpec } from 'vega-lite';
import { DEFAULT_HEIGHT, DEFAULT_WIDTH, seriesDashScale, seriesScale, specHeader } from '../../charts/common.js';
import { distinctValues, intervalMethodName, measureInterval, summarise } from './aggregate.js';
import { chartName, intervalNote, paramType, summaryFields, type SweepChart } from './charts-common.js';
import type { SweepData } from './load.js';

/** Most panels of a line chart (values of the other swept parameter); with more, the chart averages over it. */
export const MAX_PANELS = 6;

/** The line chart of `measure` against parameter `p` (index into data.params), for a grid sweep. */
export function measureLineChart(data: SweepData, measure: string, p: number): SweepChart {
  const param = data.params[p]!;
  const others = data.params.map((_, i) => i).filter((i) => i !== p);
  // One panel per value of the other parameter while panels stay readable; past that, average over it.
  const facetBy = others.length === 1 && distinctValues(data, others[0]!).length <= MAX_PANELS ? others[0]! : undefined;
  const keep = facetBy === undefined ? [p] : [p, facetBy];
  const rows = data.scorers.flatMap((scorer) =>
    summarise(data, keep, scorer, measure).map((g) => ({
      x: g.at[0]!,
      ...(facetBy === undefined ? {} : { facet: g.at[1]! }),
      scorer,
      ...summaryFields(g.summary),
      interval: g.method === null ? '' : intervalMethodName(g.method),
    })),
  );
  const values = rows.filter((r) => Number.isFinite(r.mean));
  const xType = paramType(distinctValues(data, p));
  const x = { field: 'x', type: xType, title: param, ...(xType === 'ordinal' ? { sort: null } : {}) } as const;
  const y = { field: 'mean', type: 'quantitative', title: `${measure} (mean over seeds)` } as const;
  const ids = [...data.scorers];
  const legend = { symbolOpacity: 1, symbolType: 'stroke', symbolStrokeWidth: 2.5, symbolSize: 400 } as const;
  const color = { field: 'scorer', type: 'nominal', title: 'scorer', scale: seriesScale(ids), legend } as const;
  const strokeDash = { field: 'scorer', type: 'nominal', title: 'scorer', scale: seriesDashScale(ids), legend } as const;
  const line = {
    mark: { type: 'line', point: true, strokeWidth: 2.5 },
    encoding: {
      x,
      y,
      color,
      strokeDash,
      tooltip: [
        { field: 'scorer', type: 'nominal' },
        { field: 'x', type: xType, title: param },
        { field: 'mean', type: 'quantitative', format: '.3f' },
        { field: 'lo', type: 'quantitative', format: '.3f', title: '95% low' },
        { field: 'hi', type: 'quantitative', format: '.3f', title: '95% high' },
        { field: 'n', type: 'quantitative', title: 'seeds' },
        { field: 'interval', type: 'nominal', title: 'interval' },
      ],
    },
  } as const;
  const band = {
    transform: [{ filter: 'isValid(datum.lo) && isValid(datum.hi)' }],
    mark: { type: 'area', opacity: 0.18 },
    encoding: { x, y: { field: 'lo', type: 'quantitative', title: y.title }, y2: { field: 'hi' }, color },
  } as const;
  const hasBand = values.some((r) => r.lo !== null);
  const layer = hasBand ? [band, line] : [line];
  const title = `${measure} against ${param}`;
  const seeds = data.seeds.length;
  let how: string;
  let spec: TopLevelSpec;
  if (facetBy === undefined) {
    spec = {
      ...specHeader({}, title, 'one line per scorer: the mean over seeds against the swept parameter, with a 95% band'),
      data: { values },
      layer,
    } as TopLevelSpec;
    how =
      others.length === 0
        ? ''
        : `; each point averages the other swept parameters (${others.map((i) => data.params[i]).join(', ')}) within a seed first`;
  } else {
    const other = data.params[facetBy]!;
    const panels = distinctValues(data, facetBy).length;
    const { $schema, config } = specHeader(
      {},
      title,
      'one line per scorer: the mean over seeds against the swept parameter, with a 95% band',
    );
    const width = Math.max(160, Math.round(DEFAULT_WIDTH / Math.min(panels, 3)));
    spec = {
      $schema,
      config,
      title,
      data: { values },
      facet: { column: { field: 'facet', type: 'ordinal', title: other } },
      spec: { width, height: Math.round(DEFAULT_HEIGHT * 0.8), layer },
    } as unknown as TopLevelSpec;
    how = `; one panel per value of ${other}`;
  }
  return {
    name: chartName('line', measure, param),
    heading: title,
    caption: `Read up the y-axis for ${measure} at each value of ${param} (x), one line per scorer${how}; ${intervalNote(seeds, measureInterval(data, measure))}.`,
    spec,
  };
}

/**
 * What goes into sweep-report.html: what was swept, the claims table, then every chart with its
 * one-line caption — each measure against each swept parameter (lines with 95% bands on a grid,
 * dots for sampled points), heatmaps over two parameters of a grid, and where each claim holds —
 * and the command that rewrites the report. Rendered by src/report (the run report's renderer).
 * Design: the sweep report of issue 13 (item 7); no external source.
 */
import type { ReportInput, ReportSection } from '../../report/render-report.js';
import { VERSION } from '../../version.js';
import { distinctValues, intervalMethodName, isGrid, measureInterval } from './aggregate.js';
import { claimChart, claimSentences, claimsTable } from './charts-claims.js';
import type { SweepChart } from './charts-common.js';
import { measureHeatmapChart } from './charts-heatmap.js';
import { measureLineChart } from './charts-lines.js';
import { measureScatterChart, numericParams } from './charts-scatter.js';
import type { SweepData } from './load.js';
import { formatValue } from './region.js';

/** Every chart of the report, in page order. */
export function sweepCharts(data: SweepData): SweepChart[] {
  const grid = isGrid(data);
  const charts: SweepChart[] = [];
  for (const m of data.measures) {
    if (grid) for (let p = 0; p < data.params.length; p++) charts.push(measureLineChart(data, m, p));
    else if (numericParams(data).length > 0) charts.push(measureScatterChart(data, m));
  }
  if (grid && data.params.length >= 2) for (const m of data.measures) charts.push(measureHeatmapChart(data, m));
  if (grid || numericParams(data).length > 0) for (const c of data.claims) charts.push(claimChart(data, c, grid));
  return charts;
}

/** One line per swept parameter: its values (a grid) or its sampled range. */
function paramLines(data: SweepData, grid: boolean): string {
  return data.params
    .map((name, p) => {
      const vs = distinctValues(data, p);
      if (grid || vs.length <= 8) return `${name}: ${vs.map(formatValue).join(', ')}`;
      return `${name}: ${vs.length} values from ${formatValue(vs[0]!)} to ${formatValue(vs[vs.length - 1]!)}`;
    })
    .join('; ');
}

/** Each measure's interval method, e.g. `spearman: Fisher z; ndcg-at-k: percentile bootstrap; claims: Wilson`. */
function intervalMethods(data: SweepData): string {
  const parts = data.measures.map((m) => `${m}: ${intervalMethodName(measureInterval(data, m).method)}`);
  if (data.claims.length > 0) parts.push(`claims: ${intervalMethodName(measureInterval(data, 'claim:').method)} over the seeds' outcomes`);
  return parts.join('; ');
}

/** The report input (title, story, sections, command, manifest) and its charts. */
export function sweepReportInput(data: SweepData): { input: ReportInput; charts: SweepChart[] } {
  const grid = isGrid(data);
  const charts = sweepCharts(data);
  const seeds = data.seeds.length;
  const ticks = [...new Set(data.points.map((p) => p.tick))];
  const layout = grid
    ? `a full grid of ${data.points.length} points`
    : `${data.points.length} points that are not a full grid${data.lhs ? ' (Latin-hypercube samples)' : ''}, so each measure is drawn as dots against each parameter and no heatmap is drawn`;
  const story = [
    `A sweep of the ${data.scenario} scenario over ${data.params.length === 1 ? 'one parameter' : `${data.params.length} parameters`} (${paramLines(data, grid)}): ${layout}, each run with ${seeds === 1 ? `1 seed (${data.seeds[0]}): no interval can be given` : `${seeds} seeds (${data.seeds.join(', ')}); figures are means over seeds with 95% intervals that stay inside each measure's range, each by the run report's method for its measure (${intervalMethods(data)})`}.`,
    `${data.cells} cells (point × seed) and ${data.rows} rows were read from rows.csv; the report reads each cell at its last tick (${ticks.length === 1 ? `tick ${ticks[0]}` : `ticks ${ticks.join(', ')}`}).` +
      (data.failed > 0
        ? ` ${data.failed} cell${data.failed === 1 ? '' : 's'} failed (the model refused their parameters): see failed/ in this folder; means use the seeds that ran.`
        : ''),
    `Scorers: ${data.scorers.join(', ') || 'none'}. Measures: ${data.measures.join(', ') || 'none'}.`,
  ].join('\n\n');
  const sections: ReportSection[] = [];
  if (data.claims.length > 0)
    sections.push({
      heading: 'Where the claims hold',
      text: `Each cell of the sweep judged every claim of the scenario on its own run. A claim holds at a point when it held on every seed there; the region says where, in terms of the swept parameters${grid ? '' : ' (at the sampled points only)'}. The charts at the end show the share of seeds per point.\n\n${claimSentences(data)}`,
      table: claimsTable(data, grid),
    });
  else
    sections.push({
      heading: 'Claims',
      text: 'This sweep has no claim rows (the scenario makes no claims, or they were not judged per cell).',
    });
  for (const c of charts) sections.push({ heading: c.heading, text: c.caption, chart: c.spec });
  sections.push({
    heading: 'The numbers behind the charts',
    text:
      'rows.csv (and rows.parquet) in this folder hold every row: cell, the swept parameters, seed, tick, scorer, measure, value; claim rows have an empty scorer and the measure claim:<id>. ' +
      "For example, with DuckDB: SELECT scorer, avg(value) FROM 'rows.parquet' WHERE measure = 'spearman' GROUP BY ALL. " +
      'Each chart is also in charts/ as a Vega-Lite spec (.vl.json), an SVG and a PNG.',
  });
  const hash = typeof data.experiment.hash === 'string' ? data.experiment.hash : null;
  return {
    charts,
    input: {
      title: `Sweep of ${data.scenario} over ${data.params.join(' × ') || 'no parameter'}`,
      story,
      sections,
      command: 'npx goodhart sweep report DIR    # DIR: this folder (it holds experiment.json and rows.csv)',
      manifest: {
        scenario: data.scenario,
        experimentHash: hash,
        parameters: data.params.join(', '),
        points: data.points.length,
        seeds: data.seeds.join(', '),
        cells: data.cells,
        rows: data.rows,
        failedCells: data.failed,
        version: VERSION,
        experiment: data.experiment,
      },
    },
  };
}

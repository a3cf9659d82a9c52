/**
 * Where each of the scenario's claims holds across the sweep. Every cell of the sweep judged each
 * claim (rows `claim:<id>`, value 1 holds, 0 does not); the chart shows, per point, the share of
 * seeds where it held: a heatmap over the first two swept parameters of a grid, a line against the
 * one parameter of a one-parameter grid, dots against each parameter otherwise. The table counts
 * the points where the claim held on every seed and says the region in words (region.ts).
 * Design: the claim contract (src/scenarios/claims/claim.ts) judged per cell; no external source.
 */
import type { TopLevelSpec } from 'vega-lite';
import { DEFAULT_HEIGHT, DEFAULT_WIDTH, specHeader } from '../../charts/common.js';
import type { ReportTable } from '../../report/tables.js';
import { SCENARIO_REGISTRY } from '../../scenarios/registry.js';
import { claimHoldsEverywhere, distinctValues, measureInterval, summarise } from './aggregate.js';
import { chartName, intervalNote, paramType, type SweepChart } from './charts-common.js';
import { heatmapSpec, type HeatCell } from './charts-heatmap.js';
import { claimScatterSpec } from './charts-scatter.js';
import type { SweepData } from './load.js';
import { describeRegion } from './region.js';

/** The claim's sentence from the scenario (the id itself when the scenario or claim is not registered). */
export function claimText(scenario: string, id: string): string {
  const s = SCENARIO_REGISTRY.list.find((x) => x.id === scenario);
  return s?.claims?.find((c) => c.id === id)?.text ?? id;
}

/** The chart of one claim's share of seeds where it holds, per point. */
export function claimChart(data: SweepData, claim: string, grid: boolean): SweepChart {
  const sentence = claimText(data.scenario, claim);
  const measure = `claim:${claim}`;
  const title = `Where "${claim}" holds`;
  const seeds = data.seeds.length;
  const share = seeds === 1 ? 'whether it held (100%: it did) on the 1 seed' : `the share of the ${seeds} seeds where it held`;
  let spec: TopLevelSpec;
  let how: string;
  if (grid && data.params.length >= 2) {
    const cells: HeatCell[] = summarise(data, [0, 1], '', measure, { interval: false }).map((g) => ({
      x: g.at[0]!,
      y: g.at[1]!,
      value: g.summary.mean,
      label: Number.isFinite(g.summary.mean) ? `${Math.round(g.summary.mean * 100)}%` : '–',
    }));
    spec = heatmapSpec(data, cells, { title, legendTitle: 'share of seeds', domain: [0, 1], format: '.0%' });
    const rest = data.params.slice(2);
    how = `each cell is ${share} at that ${data.params[0]} (across) and ${data.params[1]} (up)${rest.length > 0 ? `, averaged over ${rest.join(', ')}` : ''}`;
  } else if (grid) {
    const param = data.params[0]!;
    const xType = paramType(distinctValues(data, 0));
    const values = summarise(data, [0], '', measure, { interval: false })
      .filter((g) => Number.isFinite(g.summary.mean))
      .map((g) => ({ x: g.at[0]!, share: g.summary.mean, n: g.summary.n }));
    spec = {
      ...specHeader(
        { width: DEFAULT_WIDTH, height: DEFAULT_HEIGHT },
        title,
        'the share of seeds on which the claim holds, at each value of the swept parameter',
      ),
      data: { values },
      mark: { type: 'line', point: { filled: true, color: '#332288' }, strokeWidth: 2.5, color: '#332288' },
      encoding: {
        x: { field: 'x', type: xType, title: param, ...(xType === 'ordinal' ? { sort: null } : {}) },
        y: {
          field: 'share',
          type: 'quantitative',
          title: 'share of seeds where it holds',
          scale: { domain: [0, 1] },
          axis: { format: '.0%' },
        },
        tooltip: [
          { field: 'x', type: xType, title: param },
          { field: 'share', type: 'quantitative', format: '.0%' },
          { field: 'n', type: 'quantitative', title: 'seeds' },
        ],
      },
    } as TopLevelSpec;
    how = `the line is ${share} at each value of ${param}`;
  } else {
    spec = claimScatterSpec(data, claim, title);
    how = `each dot is ${share} at one sampled point, against each swept parameter; ${intervalNote(seeds, measureInterval(data, measure)).replace('bands are', 'bars are')}`;
  }
  return { name: chartName('claim', claim), heading: title, caption: `Claim: ${sentence} — ${how}.`, spec };
}

/** The claims table: claim, the points where it holds on every seed (k of n), and the region in words. */
export function claimsTable(data: SweepData, grid: boolean): ReportTable {
  const rows = data.claims.map((claim) => {
    const holds = claimHoldsEverywhere(data, claim);
    const k = holds.filter(Boolean).length;
    const region = describeRegion({ params: data.params, points: data.points.map((p) => p.values), holds, grid });
    return [claim, `${k} of ${holds.length}`, region ?? 'no simple region: see its chart'];
  });
  return { columns: ['claim', 'points where it holds on every seed', 'where it holds'], rows };
}

/** Each claim's id and sentence, one paragraph each (the table names claims by id). */
export function claimSentences(data: SweepData): string {
  return data.claims.map((c) => `${c}: ${claimText(data.scenario, c)}`).join('\n\n');
}

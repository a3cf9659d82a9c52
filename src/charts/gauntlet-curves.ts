/**
 * Gauntlet robustness curves: for each attack (one small panel each, its own budget axis in its
 * own cost unit), every gauntlet measure against the attack budget, seed means with min–max bands.
 * Reference: breakdown point (Hampel 1971) applied to attack budgets, as in SybilLimit (Yu et al. 2008).
 */
import type { TopLevelSpec } from 'vega-lite';
import type { Field } from 'vega-lite/types_unstable/channeldef.js';
import type { LayerSpec } from 'vega-lite/types_unstable/spec/layer.js';
import { seriesDashScale, seriesScale, specHeader, type ChartOptions } from './common.js';

/** The x channel of every panel: the attack's budget, in its own cost unit. */
const BUDGET_X = { field: 'budget', type: 'quantitative', title: 'budget (attack cost units)' } as const;

/**
 * What both charts share: one panel per attack (3 columns, each its own budget axis) of `points`,
 * each panel `header`'s size, a min–max band (`lo` to `hi`, with `opacity`, coloured by `color`)
 * under `layers`.
 */
function attackPanels(
  header: ReturnType<typeof specHeader>,
  points: readonly object[],
  band: { readonly opacity: number; readonly title: string; readonly color: object },
  layers: LayerSpec<Field>['layer'],
): TopLevelSpec {
  return {
    $schema: header.$schema,
    title: header.title,
    description: header.description,
    config: header.config,
    data: { values: points.map((p) => ({ ...p })) },
    facet: { field: 'attack', type: 'nominal', title: null },
    columns: 3,
    resolve: { scale: { x: 'independent' } },
    spec: {
      width: header.width,
      height: header.height,
      layer: [
        {
          mark: { type: 'area', opacity: band.opacity },
          encoding: {
            x: BUDGET_X,
            y: { field: 'lo', type: 'quantitative', title: band.title },
            y2: { field: 'hi' },
            color: band.color,
          },
        },
        ...layers,
      ],
    },
  };
}

/** One point: attack, budget, measure and its mean with min–max over replicates. */
export interface GauntletCurvePoint {
  readonly attack: string;
  readonly budget: number;
  readonly measure: string;
  readonly mean: number;
  readonly lo: number;
  readonly hi: number;
}

/** Small multiples (one panel per attack, 3 columns): measure vs budget, coloured by measure. */
export function gauntletCurvesChart(points: readonly GauntletCurvePoint[], opts: ChartOptions = {}): TopLevelSpec {
  const header = specHeader(
    { width: 220, height: 150, ...opts },
    'Robustness curves: each measure as the attack budget grows',
    'One panel per attack: each line is a measure as the budget grows (band: min to max over seeds); a line that falls is a scorer giving way.',
  );
  const color = { field: 'measure', type: 'nominal', title: 'measure' } as const;
  return attackPanels(header, points, { opacity: 0.15, title: 'value', color }, [
    {
      mark: { type: 'line', point: true },
      encoding: {
        x: BUDGET_X,
        y: { field: 'mean', type: 'quantitative', title: 'value' },
        color,
        tooltip: [{ field: 'attack' }, { field: 'measure' }, { field: 'budget' }, { field: 'mean', format: '.3f' }],
      },
    },
  ]);
}

/** One leaderboard bar: a scorer and its robustness score. */
export interface LeaderboardBar {
  readonly scorer: string;
  readonly value: number;
}

/** Horizontal bars, best first. */
export function leaderboardChart(bars: readonly LeaderboardBar[], opts: ChartOptions & { valueLabel: string }): TopLevelSpec {
  const header = specHeader(
    { height: Math.max(160, 22 * bars.length), ...opts },
    'Gauntlet leaderboard',
    'One bar per scorer, best first: a longer bar is a scorer that holds up better under the suite of attacks.',
  );
  return {
    ...header,
    data: { values: bars.map((b) => ({ ...b })) },
    mark: { type: 'bar' },
    encoding: {
      y: { field: 'scorer', type: 'nominal', sort: '-x', title: null },
      x: { field: 'value', type: 'quantitative', title: opts.valueLabel, scale: { domain: [0, 1] } },
      tooltip: [{ field: 'scorer' }, { field: 'value', format: '.3f' }],
    },
  };
}

/** One point of a scorer's robustness curve: an attack's budget and the scorer's seed-mean AUC there, with min–max. */
export interface ScorerCurvePoint {
  readonly attack: string;
  readonly scorer: string;
  readonly budget: number;
  readonly mean: number;
  readonly lo: number;
  readonly hi: number;
}

/**
 * Every scorer's robustness curve (leaderboard page): one panel per attack (3 columns, each its own
 * budget axis), one line per scorer (colour and dash, in `scorers` order), min–max bands over
 * seeds, and the breakdown threshold as a dashed grey rule.
 * @param threshold the measure's breakdown threshold (e.g. AUC 0.9), drawn in every panel.
 */
export function scorerCurvesChart(
  points: readonly ScorerCurvePoint[],
  opts: ChartOptions & { measureLabel: string; threshold: number; scorers: readonly string[] },
): TopLevelSpec {
  const header = specHeader(
    { width: 220, height: 150, ...opts },
    `${opts.measureLabel} as the attack budget grows, every scorer`,
    'One panel per attack, one line per scorer (band: min to max over seeds); below the dashed threshold a scorer has broken.',
  );
  const y = { field: 'mean', type: 'quantitative', title: opts.measureLabel } as const;
  const color = { field: 'scorer', type: 'nominal', title: 'scorer', scale: seriesScale(opts.scorers) } as const;
  const strokeDash = { field: 'scorer', type: 'nominal', title: 'scorer', scale: seriesDashScale(opts.scorers) } as const;
  return attackPanels(header, points, { opacity: 0.1, title: opts.measureLabel, color }, [
    {
      mark: { type: 'line', point: true },
      encoding: {
        x: BUDGET_X,
        y,
        color,
        strokeDash,
        tooltip: [{ field: 'scorer' }, { field: 'attack' }, { field: 'budget' }, { field: 'mean', format: '.3f' }],
      },
    },
    { mark: { type: 'rule', strokeDash: [6, 4], color: '#666' }, encoding: { y: { datum: opts.threshold } } },
  ]);
}

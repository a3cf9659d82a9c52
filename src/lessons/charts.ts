/**
 * The point charts of the lessons that the general chart builders (src/charts) do not cover.
 * Typed Vega-Lite specs with the shared header (pinned schema, DejaVu font, role colours).
 * Reference: Satyanarayan et al., "Vega-Lite: A grammar of interactive graphics", IEEE TVCG 2017.
 */
import type { TopLevelSpec } from 'vega-lite';
import { specHeader, type ChartOptions } from '../charts/common.js';

/** One bar segment: people moved in one tick, split by whether they reacted publicly. */
export interface MovedRow {
  readonly tick: number;
  /** `reacted publicly` or `moved without a trace`. */
  readonly kind: string;
  /** Real people moved, ≥ 0. */
  readonly people: number;
}

/** Stacked bars per tick: moved people who reacted publicly vs those who left no trace. */
export function silentMovesChart(rows: readonly MovedRow[], opts: ChartOptions = {}): TopLevelSpec {
  return {
    ...specHeader(
      opts,
      'People moved each tick, and how many of them left a trace',
      'One bar per tick: its height is the people moved by posts; only the red part reacted publicly, the grey part left no trace.',
    ),
    data: { values: rows.map((r) => ({ ...r })) },
    mark: { type: 'bar' },
    encoding: {
      x: { field: 'tick', type: 'ordinal', title: 'tick' },
      y: { field: 'people', type: 'quantitative', title: 'real people moved', stack: 'zero' },
      color: {
        field: 'kind',
        type: 'nominal',
        title: 'what the platform saw',
        scale: { domain: ['reacted publicly', 'moved without a trace'], range: ['#e45756', '#bab0ac'] },
      },
      order: { field: 'kind', sort: 'descending' },
      tooltip: [
        { field: 'tick', type: 'ordinal' },
        { field: 'kind', type: 'nominal' },
        { field: 'people', type: 'quantitative' },
      ],
    },
  };
}

/** One account's rank under one measure at one tick. */
export interface RankOverTimeRow {
  readonly tick: number;
  /** What ranks the account, e.g. `followers` or `true influence`. */
  readonly by: string;
  /** Rank among real people, 1 = top. */
  readonly rank: number;
}

/** Options of {@link rankOverTimeChart}. */
export interface RankOverTimeOptions extends ChartOptions {
  /** Who is followed, for the y-axis title, e.g. `the gamer`. */
  subject: string;
  /** Number of real people (the bottom rank), drawn as the axis end. */
  people: number;
}

/** One account's rank over ticks under several measures (rank 1 on top). */
export function rankOverTimeChart(rows: readonly RankOverTimeRow[], opts: RankOverTimeOptions): TopLevelSpec {
  return {
    ...specHeader(
      opts,
      `Rank of ${opts.subject} over time`,
      `One line per way of ranking: up is a better rank for ${opts.subject}; lines that part show a score and the truth disagreeing.`,
    ),
    data: { values: rows.map((r) => ({ ...r })) },
    mark: { type: 'line', point: true, strokeWidth: 2.5 },
    encoding: {
      x: { field: 'tick', type: 'quantitative', title: 'tick' },
      y: {
        field: 'rank',
        type: 'quantitative',
        scale: { reverse: true, domain: [1, opts.people], type: 'log' },
        title: `rank of ${opts.subject} among ${opts.people} people (1 = top)`,
      },
      color: { field: 'by', type: 'nominal', title: 'ranked by', scale: { range: ['#e45756', '#4c78a8', '#f58518', '#54a24b'] } },
      tooltip: [
        { field: 'tick', type: 'quantitative' },
        { field: 'by', type: 'nominal', title: 'ranked by' },
        { field: 'rank', type: 'quantitative' },
      ],
    },
  };
}

/** One group's rank percentile under one ranking. */
export interface GroupRankRow {
  /** Group label, e.g. `farmers` or `accounts that follow back`. */
  readonly group: string;
  /** Ranking label, e.g. `pagerank` or `true influence`. */
  readonly by: string;
  /** Mean percentile of the group's members among real people, in [0, 100] (100 = top). */
  readonly percentile: number;
}

/** Grouped bars: where each group sits, on average, under each ranking. */
export function groupRankChart(rows: readonly GroupRankRow[], opts: ChartOptions = {}): TopLevelSpec {
  const order = [...new Set(rows.map((r) => r.by))];
  return {
    ...specHeader(
      { height: 260, ...opts },
      'Where each group ranks, by each score and by the truth',
      'One bar per group and ranking: a longer bar means the group sits nearer the top under that ranking (100 = top).',
    ),
    data: { values: rows.map((r) => ({ ...r })) },
    mark: { type: 'bar' },
    encoding: {
      y: { field: 'group', type: 'nominal', title: null },
      yOffset: { field: 'by', sort: order },
      x: {
        field: 'percentile',
        type: 'quantitative',
        scale: { domain: [0, 100] },
        title: 'mean rank percentile among real people (100 = top)',
      },
      color: {
        field: 'by',
        type: 'nominal',
        sort: order,
        title: 'ranked by',
        scale: { range: ['#4c78a8', '#f58518', '#e45756', '#72b7b2', '#54a24b'] },
      },
      tooltip: [
        { field: 'group', type: 'nominal' },
        { field: 'by', type: 'nominal', title: 'ranked by' },
        { field: 'percentile', type: 'quantitative', format: '.1f' },
      ],
    },
  };
}

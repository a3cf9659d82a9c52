/**
 * Score vs truth scatter: one point per account, true influence on x and a scorer's score on y,
 * both on log scales after a +1 offset (symlog instead when a score is negative), coloured by
 * role with the fixed role colours. The "million follower fallacy" picture: broadcasters and
 * bots high on y, low on x.
 * Reference: Cha et al., "Measuring user influence in Twitter: the million follower fallacy", ICWSM 2010.
 */
import type { TopLevelSpec } from 'vega-lite';
import { roleName, type RoleName } from '../model/roles.js';
import { presentRoleScale, specHeader, type ChartOptions } from './common.js';

/** One account on the scatter. */
export interface ScoreTruthPoint {
  readonly agent: number;
  readonly role: RoleName;
  /** Scorer's value (any finite number). */
  readonly score: number;
  /** True influence: expected real people moved by one message (≥ 0). */
  readonly truth: number;
}

/** Points for every account (or only `index` when given) from per-account arrays. */
export function scoreTruthPoints(score: Float64Array, truth: Float64Array, role: Uint8Array, index?: ArrayLike<number>): ScoreTruthPoint[] {
  const ids = index ? Array.from(index) : Array.from({ length: score.length }, (_, i) => i);
  return ids.map((agent) => ({
    agent,
    role: roleName(role[agent] as number),
    score: score[agent] as number,
    truth: truth[agent] as number,
  }));
}

/** Options of {@link scoreVsTruthChart}. */
export interface ScoreVsTruthOptions extends ChartOptions {
  /** Scorer id, used in the y-axis title. */
  scorer: string;
}

/** Scatter of score against true influence, log(+1) scales, roles coloured. */
export function scoreVsTruthChart(points: readonly ScoreTruthPoint[], opts: ScoreVsTruthOptions): TopLevelSpec {
  const negative = points.some((p) => p.score < 0);
  const xTitle = 'true influence + 1 (real people moved, log scale)';
  const yTitle = negative ? `${opts.scorer} score (symlog scale)` : `${opts.scorer} score + 1 (log scale)`;
  return {
    ...specHeader(
      opts,
      `${opts.scorer}: score vs true influence`,
      'One dot per account: right is more true influence, up is a higher score; dots high and to the left are scored above what they really move.',
    ),
    data: { values: points.map((p) => ({ ...p })) },
    transform: [
      { calculate: 'datum.truth + 1', as: 'truthPlusOne' },
      { calculate: negative ? 'datum.score' : 'datum.score + 1', as: 'scoreShown' },
    ],
    mark: { type: 'point', filled: true, opacity: 0.7, size: 30 },
    encoding: {
      x: { field: 'truthPlusOne', type: 'quantitative', scale: { type: 'log' }, title: xTitle },
      y: { field: 'scoreShown', type: 'quantitative', scale: { type: negative ? 'symlog' : 'log' }, title: yTitle },
      color: { field: 'role', type: 'nominal', scale: presentRoleScale(points), title: 'role' },
      tooltip: [
        { field: 'agent', type: 'quantitative', title: 'account' },
        { field: 'role', type: 'nominal' },
        { field: 'score', type: 'quantitative', format: '.4~g' },
        { field: 'truth', type: 'quantitative', format: '.4~g', title: 'true influence' },
      ],
    },
  };
}

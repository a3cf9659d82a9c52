/**
 * Score vs truth for a large world: the scatter of src/charts/score-vs-truth.ts with the crowd
 * binned (grey rectangles, darker = more accounts) and the accounts a reader looks for still drawn
 * as points in their role colours: the top accounts by score, the focus accounts and the gamers
 * (the highest-scored ones, up to a cap). Same axes and scales as the scatter, so the two read
 * alike; the spec's size depends on the grid and the cap, not on the number of accounts.
 * Reference: Cha et al., ICWSM 2010 (the picture); Carr et al., JASA 1987 (binned scatterplots).
 */
import type { TopLevelSpec } from 'vega-lite';
import { Role, roleName } from '../model/roles.js';
import { presentRoleScale, specHeader, type ChartOptions } from './common.js';
import { bin2d } from './density.js';
import type { ScoreTruthPoint } from './score-vs-truth.js';

/** Above this many accounts a score-vs-truth scatter is drawn as a density plot. */
export const SCATTER_POINT_LIMIT = 5000;
/** Accounts with the highest scores drawn as points on a density plot. */
export const DENSITY_TOP = 50;
/** At most this many gamers (the highest-scored) drawn as points on a density plot. */
export const DENSITY_GAMER_CAP = 1000;

/** A point drawn over the bins, with why it is drawn (`top 50`, a focus label, or `gamer`). */
export interface HighlightPoint extends ScoreTruthPoint {
  readonly why: string;
}

/** Which accounts a density plot still draws as points, and how many gamers there were. */
export interface Highlights {
  readonly points: readonly HighlightPoint[];
  /** Gamers in the world, and how many of them are drawn as points (≤ {@link DENSITY_GAMER_CAP}). */
  readonly gamers: number;
  readonly gamersDrawn: number;
}

/** Indices of the `k` highest values of `score` among `ids` (all accounts when omitted), ties by lower index. */
function topIds(score: Float64Array, k: number, ids?: readonly number[]): number[] {
  const all = ids ?? Array.from({ length: score.length }, (_, i) => i);
  if (all.length <= k) return [...all].sort((a, b) => score[b]! - score[a]! || a - b);
  // The k-th largest value is a threshold: only accounts at or above it are sorted.
  const values = Float64Array.from(all, (i) => score[i]!).sort();
  const cut = values[values.length - k]!;
  return all
    .filter((i) => score[i]! >= cut)
    .sort((a, b) => score[b]! - score[a]! || a - b)
    .slice(0, k);
}

/**
 * The accounts drawn as points: the {@link DENSITY_TOP} highest scores, every focus account, and
 * the gamers (the {@link DENSITY_GAMER_CAP} highest-scored when there are more), each once, in
 * account order. Non-finite scores are never drawn.
 */
export function densityHighlights(
  score: Float64Array,
  truth: Float64Array,
  role: Uint8Array,
  focus: ReadonlyMap<string, ArrayLike<number>> = new Map(),
): Highlights {
  const why = new Map<number, string>();
  const gamerIds: number[] = [];
  for (let i = 0; i < role.length; i++) if (role[i] === Role.gamer && Number.isFinite(score[i]!)) gamerIds.push(i);
  for (const i of topIds(score, DENSITY_GAMER_CAP, gamerIds)) why.set(i, 'gamer');
  for (const [label, ids] of focus) for (const i of Array.from(ids)) why.set(i, label);
  const finite = Array.from({ length: score.length }, (_, i) => i).filter((i) => Number.isFinite(score[i]!));
  for (const i of topIds(score, DENSITY_TOP, finite)) if (!why.has(i) || why.get(i) === 'gamer') why.set(i, `top ${DENSITY_TOP}`);
  const points = [...why.keys()]
    .filter((i) => Number.isFinite(score[i]!))
    .sort((a, b) => a - b)
    .map((agent) => ({ agent, role: roleName(role[agent]!), score: score[agent]!, truth: truth[agent]!, why: why.get(agent)! }));
  return { points, gamers: gamerIds.length, gamersDrawn: Math.min(gamerIds.length, DENSITY_GAMER_CAP) };
}

/** Options of {@link scoreVsTruthDensityChart}. */
export interface ScoreVsTruthDensityOptions extends ChartOptions {
  /** Scorer id, used in the y-axis title. */
  scorer: string;
  /** Bins across and up (default 60 × 40). */
  xBins?: number;
  yBins?: number;
}

/**
 * Density plot of score against true influence over every account (bins of log(+1) scales, or
 * symlog when a score is negative), with `points` drawn over it coloured by role.
 */
export function scoreVsTruthDensityChart(
  score: Float64Array,
  truth: Float64Array,
  points: readonly HighlightPoint[],
  opts: ScoreVsTruthDensityOptions,
): TopLevelSpec {
  let negative = false;
  for (let i = 0; i < score.length; i++) if (score[i]! < 0) negative = true;
  const yScale = negative ? 'symlog' : 'log';
  const bins = bin2d(truth, score, {
    xTransform: 'log1p',
    yTransform: negative ? 'symlog' : 'log1p',
    ...(opts.xBins !== undefined ? { xBins: opts.xBins } : {}),
    ...(opts.yBins !== undefined ? { yBins: opts.yBins } : {}),
  });
  const xTitle = 'true influence + 1 (real people moved, log scale)';
  const yTitle = negative ? `${opts.scorer} score (symlog scale)` : `${opts.scorer} score + 1 (log scale)`;
  const x = { type: 'quantitative', scale: { type: 'log' }, title: xTitle } as const;
  const y = { type: 'quantitative', scale: { type: yScale }, title: yTitle } as const;
  return {
    ...specHeader(
      opts,
      `${opts.scorer}: score vs true influence`,
      'Grey squares count accounts (darker = more); coloured dots are single accounts: right is more true influence, up is a higher score.',
    ),
    layer: [
      {
        data: { values: bins.map((b) => ({ ...b })) },
        mark: { type: 'rect' },
        encoding: {
          x: { field: 'x', ...x },
          x2: { field: 'x2' },
          y: { field: 'y', ...y },
          y2: { field: 'y2' },
          color: {
            field: 'count',
            type: 'quantitative',
            scale: { type: 'log', range: ['#e6e6e6', '#4d4d4d'] },
            title: 'accounts per square',
          },
          tooltip: [{ field: 'count', type: 'quantitative', title: 'accounts' }],
        },
      },
      {
        data: { values: points.map((p) => ({ ...p })) },
        transform: [
          { calculate: 'datum.truth + 1', as: 'truthPlusOne' },
          { calculate: negative ? 'datum.score' : 'datum.score + 1', as: 'scoreShown' },
        ],
        mark: { type: 'point', filled: true, opacity: 0.85, size: 36, stroke: 'white', strokeWidth: 0.5 },
        encoding: {
          x: { field: 'truthPlusOne', ...x },
          y: { field: 'scoreShown', ...y },
          color: { field: 'role', type: 'nominal', scale: presentRoleScale(points), title: 'role (dots)' },
          tooltip: [
            { field: 'agent', type: 'quantitative', title: 'account' },
            { field: 'role', type: 'nominal' },
            { field: 'why', type: 'nominal', title: 'drawn as' },
            { field: 'score', type: 'quantitative', format: '.4~g' },
            { field: 'truth', type: 'quantitative', format: '.4~g', title: 'true influence' },
          ],
        },
      },
    ],
    resolve: { scale: { color: 'independent' } },
  };
}

/**
 * Rank lift of each gamer: score percentile minus true percentile, both among real people.
 * Percentile of a person = (average rank − 1) / (m − 1) in [0, 1] (0 = lowest, 1 = highest), so a
 * gamer the scorer puts at the top while the truth puts them at the bottom has lift +1.
 * Reference: the "gamer's rank lift" of docs/measures.md; mid-ranks as scipy rankdata.
 */
import { Role } from '../model/roles.js';
import { averageRanks } from '../stats/ranks.js';
import { realMidRanks } from './shared-ranks.js';
import type { DriftInput, Measure } from './types.js';

/** Percentile in [0, 1] of each value among `values` (ties share their mid-rank); 0.5 when n = 1. */
export function percentiles(values: ArrayLike<number>): Float64Array {
  return percentilesFromMidRanks(averageRanks(values));
}

/** Percentiles from mid-ranks (1-based) of m values: (rank − 1) / (m − 1); 0.5 when m = 1. */
function percentilesFromMidRanks(r: Float64Array): Float64Array {
  const m = r.length;
  const out = new Float64Array(m);
  for (let i = 0; i < m; i++) out[i] = m === 1 ? 0.5 : ((r[i] as number) - 1) / (m - 1);
  return out;
}

/** One gamer's lift. */
export interface GamerLift {
  /** Account index. */
  readonly agent: number;
  /** Score percentile among real people, in [0, 1]. */
  readonly scorePercentile: number;
  /** True-influence percentile among real people, in [0, 1]. */
  readonly truePercentile: number;
  /** scorePercentile − truePercentile, in [-1, 1]. */
  readonly lift: number;
}

/** Every gamer's rank lift, in account-index order. */
export function gamerRankLifts(input: DriftInput): GamerLift[] {
  const ps = percentilesFromMidRanks(realMidRanks(input, 'score'));
  const pt = percentilesFromMidRanks(realMidRanks(input, 'reference'));
  const out: GamerLift[] = [];
  input.real.forEach((agent, j) => {
    if (input.role[agent] !== Role.gamer) return;
    const s = ps[j] as number;
    const t = pt[j] as number;
    out.push({ agent, scorePercentile: s, truePercentile: t, lift: s - t });
  });
  return out;
}

export const gamerRankLiftMeasure: Measure = {
  id: 'gamer-rank-lift',
  description: 'Mean over gamers of score percentile minus true percentile (among real people)',
  range: [-1, 1],
  higherIsBetter: false,
  reference: 'truth',
  needsTruth: true,
  interval: 'bootstrap',
  source: 'rank lift as in docs/measures.md',
  compute(input) {
    const lifts = gamerRankLifts(input);
    if (lifts.length === 0) return NaN;
    let s = 0;
    for (const l of lifts) s += l.lift;
    return s / lifts.length;
  },
};

/**
 * Top-k composition by role: for each scorer, how many of its top k accounts are honest people,
 * broadcasters, capitalists, gamers, bots or sybils (stacked bars, fixed role colours). Counts
 * are tie-aware expected counts (src/stats/top-k.ts), so they may be fractional under ties.
 * Reference: top-k composition as in sybil-detection benchmarks (Cao et al., SybilRank, NSDI 2012).
 */
import type { TopLevelSpec } from 'vega-lite';
import { ROLES, type RoleName } from '../model/roles.js';
import { topKMembership } from '../stats/top-k.js';
import { presentRoleScale, specHeader, type ChartOptions } from './common.js';

/** One bar segment. */
export interface CompositionRow {
  readonly scorer: string;
  readonly role: RoleName;
  /** Expected number of accounts of this role in the scorer's top k, in [0, k]. */
  readonly count: number;
}

/**
 * Composition of each scorer's top k over all accounts. Pass the truth as one of the `scores`
 * (e.g. under the key `truth`) to show the true top k beside the scorers. Roles with no account
 * in a top k are omitted.
 */
export function topKComposition(scores: ReadonlyMap<string, Float64Array>, role: Uint8Array, k: number): CompositionRow[] {
  const rows: CompositionRow[] = [];
  for (const [scorer, score] of scores) {
    const m = topKMembership(score, k);
    const byRole = new Float64Array(ROLES.length);
    for (let i = 0; i < m.length; i++) byRole[role[i] as number]! += m[i] as number;
    ROLES.forEach((r, code) => {
      if ((byRole[code] as number) > 0) rows.push({ scorer, role: r, count: byRole[code] as number });
    });
  }
  return rows;
}

/** Options of {@link topKCompositionChart}. */
export interface TopKCompositionOptions extends ChartOptions {
  /** The k the rows were computed with (for the axis title). */
  k: number;
}

/** Stacked bars: one per scorer (in row order), segments by role. */
export function topKCompositionChart(rows: readonly CompositionRow[], opts: TopKCompositionOptions): TopLevelSpec {
  const scorers = [...new Set(rows.map((r) => r.scorer))];
  return {
    ...specHeader(
      opts,
      `Who is in each scorer's top ${opts.k}`,
      `One bar per scorer, split by role: how many of its top ${opts.k} accounts are honest people, broadcasters, gamers or fakes.`,
    ),
    data: { values: rows.map((r) => ({ ...r, roleCode: ROLES.indexOf(r.role) })) },
    mark: { type: 'bar' },
    encoding: {
      x: { field: 'scorer', type: 'nominal', sort: scorers, title: 'scorer', axis: { labelAngle: -30 } },
      y: { field: 'count', type: 'quantitative', stack: 'zero', title: `accounts in the top ${opts.k}`, scale: { domain: [0, opts.k] } },
      color: { field: 'role', type: 'nominal', scale: presentRoleScale(rows), title: 'role' },
      order: { field: 'roleCode', type: 'quantitative' },
      tooltip: [
        { field: 'scorer', type: 'nominal' },
        { field: 'role', type: 'nominal' },
        { field: 'count', type: 'quantitative', format: '.2~f' },
      ],
    },
  };
}

/**
 * Rank churn between two versions of a scorer: a slope chart with each account's rank under the
 * old version on the left and the new version on the right (1 = top), coloured by role. The
 * "algorithm change" picture: the chatty nephew's line climbs past real bloggers.
 * Reference: slope graphs, Tufte, The Visual Display of Quantitative Information (1983/2001), p. 158.
 */
import type { TopLevelSpec } from 'vega-lite';
import { roleName, type RoleName } from '../model/roles.js';
import { argsortDescending } from '../stats/ranks.js';
import { ROLE_SCALE, specHeader, type ChartOptions } from './common.js';

/** One end of one account's slope. */
export interface ChurnRow {
  readonly agent: number;
  /** Label shown on hover (default `#<agent>`). */
  readonly label: string;
  readonly role: RoleName;
  /** Version label, e.g. `v1`. */
  readonly version: string;
  /** Rank under that version, 1 = top (ties broken by account index). */
  readonly rank: number;
}

/** Options of {@link rankChurnData}. */
export interface RankChurnDataOptions {
  /** Accounts in the top `topN` of either version are shown (default 15). */
  topN?: number;
  /** Version labels (default `v1`, `v2`). */
  fromLabel?: string;
  toLabel?: string;
  /** Per-account labels (default `#<index>`). */
  labels?: readonly string[];
}

/** Rows for the slope chart from the two versions' scores over all accounts. */
export function rankChurnData(before: Float64Array, after: Float64Array, role: Uint8Array, opts: RankChurnDataOptions = {}): ChurnRow[] {
  const topN = opts.topN ?? 15;
  const from = opts.fromLabel ?? 'v1';
  const to = opts.toLabel ?? 'v2';
  const rankOf = (score: Float64Array): Uint32Array => {
    const order = argsortDescending(score);
    const rank = new Uint32Array(score.length);
    order.forEach((agent, pos) => (rank[agent] = pos + 1));
    return rank;
  };
  const r1 = rankOf(before);
  const r2 = rankOf(after);
  const rows: ChurnRow[] = [];
  for (let agent = 0; agent < before.length; agent++) {
    if ((r1[agent] as number) > topN && (r2[agent] as number) > topN) continue;
    const base = { agent, label: opts.labels?.[agent] ?? `#${agent}`, role: roleName(role[agent] as number) };
    rows.push({ ...base, version: from, rank: r1[agent] as number }, { ...base, version: to, rank: r2[agent] as number });
  }
  return rows;
}

/** Options of {@link rankChurnChart}. */
export interface RankChurnOptions extends ChartOptions {
  /** Scorer id, for the title. */
  scorer: string;
}

/** Slope chart of ranks, old version left, new right; rank axis reversed so 1 is on top. */
export function rankChurnChart(rows: readonly ChurnRow[], opts: RankChurnOptions): TopLevelSpec {
  const versions = [...new Set(rows.map((r) => r.version))];
  return {
    ...specHeader({ width: 360, ...opts }, `${opts.scorer}: ranks before and after the change`),
    data: { values: rows.map((r) => ({ ...r })) },
    mark: { type: 'line', point: true, strokeWidth: 1.5 },
    encoding: {
      x: { field: 'version', type: 'ordinal', sort: versions, title: 'scorer version', axis: { labelAngle: 0 } },
      y: { field: 'rank', type: 'quantitative', scale: { reverse: true, zero: false, nice: false }, title: 'rank (1 = top)' },
      detail: { field: 'agent', type: 'nominal' },
      color: { field: 'role', type: 'nominal', scale: ROLE_SCALE, title: 'role' },
      tooltip: [
        { field: 'label', type: 'nominal', title: 'account' },
        { field: 'role', type: 'nominal' },
        { field: 'version', type: 'ordinal' },
        { field: 'rank', type: 'quantitative' },
      ],
    },
  };
}

/**
 * Rank churn between two versions of a scorer: a slope chart with each account's rank under the
 * old version on the left and the new version on the right (1 = top), coloured by role. The
 * "algorithm change" picture: the chatty nephew's line climbs past real bloggers.
 *
 * Readable at the top, where rankings are used: the rank axis stops a few places below the top N;
 * an account that falls further is drawn on a "below" row at the bottom, with its real rank in
 * the tooltip and beside its dot, so two accounts falling to rank 240 do not squash the top 15 into
 * one band. Focus accounts (e.g. the nephew) are drawn thick and labelled with both ranks; the rest
 * thin. Only the roles present are in the legend.
 * Reference: slope graphs, Tufte, The Visual Display of Quantitative Information (1983/2001), p. 158.
 */
import type { TopLevelSpec } from 'vega-lite';
import { ROLES, roleName, type RoleName } from '../model/roles.js';
import { ordinalRanks } from '../stats/ranks.js';
import { ROLE_COLORS, specHeader, TEXT_SIZE, type ChartOptions } from './common.js';

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
  /** Where the dot is drawn: the rank, or the "below" row for ranks past the axis. */
  readonly shown: number;
  /** Focus label (e.g. `nephew`), or '' for other accounts. */
  readonly focus: string;
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
  /** Focus accounts by index → short name; they are always shown, thick and labelled. */
  focus?: ReadonlyMap<number, string>;
}

/** Last rank drawn on its own place on the axis, for a chart of the top `topN`. */
export function churnAxisEnd(topN: number): number {
  return topN + 5;
}

/** Rows for the slope chart from the two versions' scores over all accounts. */
export function rankChurnData(before: Float64Array, after: Float64Array, role: Uint8Array, opts: RankChurnDataOptions = {}): ChurnRow[] {
  const topN = opts.topN ?? 15;
  const from = opts.fromLabel ?? 'v1';
  const to = opts.toLabel ?? 'v2';
  const below = churnAxisEnd(topN) + 2;
  const r1 = ordinalRanks(before);
  const r2 = ordinalRanks(after);
  const rows: ChurnRow[] = [];
  for (let agent = 0; agent < before.length; agent++) {
    const focus = opts.focus?.get(agent) ?? '';
    if (focus === '' && (r1[agent] as number) > topN && (r2[agent] as number) > topN) continue;
    const base = { agent, label: opts.labels?.[agent] ?? `#${agent}`, role: roleName(role[agent] as number), focus };
    for (const [version, rank] of [[from, r1[agent] as number] as const, [to, r2[agent] as number] as const]) {
      rows.push({ ...base, version, rank, shown: rank > churnAxisEnd(topN) ? below : rank });
    }
  }
  return rows;
}

/** Options of {@link rankChurnChart}. */
export interface RankChurnOptions extends ChartOptions {
  /** Scorer id, for the title. */
  scorer: string;
  /** The top N the rows were built for (default 15): sets the axis end. */
  topN?: number;
}

/** Slope chart of ranks, old version left, new right; rank axis reversed so 1 is on top. */
export function rankChurnChart(rows: readonly ChurnRow[], opts: RankChurnOptions): TopLevelSpec {
  const versions = [...new Set(rows.map((r) => r.version))];
  const end = churnAxisEnd(opts.topN ?? 15);
  const below = end + 2;
  const present = ROLES.filter((r) => rows.some((x) => x.role === r));
  const color = {
    field: 'role',
    type: 'nominal',
    title: 'role',
    scale: { domain: present, range: present.map((r) => ROLE_COLORS[r]) },
    legend: { orient: 'bottom', direction: 'horizontal', symbolOpacity: 1 },
  } as const;
  const x = {
    field: 'version',
    type: 'ordinal',
    sort: versions,
    title: 'scorer version',
    axis: { labelAngle: 0 },
    scale: { padding: 0.6 },
  } as const;
  const ticks = [1, 5, 10, 15, 20, 25, 30, 40, 50].filter((t) => t <= end);
  const y = {
    field: 'shown',
    type: 'quantitative' as const,
    title: 'rank (1 = top)',
    scale: { domain: [1, below + 0.5], reverse: true, zero: false, nice: false },
    axis: { values: [...ticks, below], labelExpr: `datum.value === ${below} ? 'below ${end}' : datum.value` },
  };
  const tooltip = [
    { field: 'label', type: 'nominal', title: 'account' },
    { field: 'role', type: 'nominal' },
    { field: 'version', type: 'ordinal' },
    { field: 'rank', type: 'quantitative' },
  ] as const;
  const rankIn = (agent: number, version: string | undefined) => rows.find((r) => r.agent === agent && r.version === version)?.rank;
  const values = rows.map((r) => ({
    ...r,
    isFocus: r.focus !== '',
    focusText: r.focus !== '' ? `${r.focus}: ${rankIn(r.agent, versions[0])} → ${rankIn(r.agent, versions[versions.length - 1])}` : '',
  }));
  const last = versions[versions.length - 1];
  const belowLabels = versions
    .map((version) => ({
      version,
      shown: below,
      ranks: rows
        .filter((r) => r.version === version && r.shown === below)
        .map((r) => r.rank)
        .sort((a, b) => a - b),
    }))
    .filter((l) => l.ranks.length > 0)
    .map((l) => ({ version: l.version, shown: l.shown, text: `rank${l.ranks.length > 1 ? 's' : ''} ${l.ranks.join(', ')}` }));
  return {
    ...specHeader(
      { width: 420, height: 460, ...opts },
      `${opts.scorer}: ranks before and after the change`,
      'One line per account, its rank under the old version on the left and the new on the right (1 = top); a line that climbs gained places.',
    ),
    data: { values },
    layer: [
      {
        transform: [{ filter: '!datum.isFocus' }],
        mark: { type: 'line', point: true, strokeWidth: 1.5, opacity: 0.55 },
        encoding: { x, y, detail: { field: 'agent', type: 'nominal' }, color, tooltip: [...tooltip] },
      },
      {
        transform: [{ filter: 'datum.isFocus' }],
        mark: { type: 'line', point: { size: 90, filled: true }, strokeWidth: 4.5 },
        encoding: { x, y, detail: { field: 'agent', type: 'nominal' }, color, tooltip: [...tooltip] },
      },
      {
        // The real ranks of the dots drawn on the "below" row, one label per side.
        data: { values: belowLabels },
        mark: { type: 'text', dx: 10, align: 'left', fontSize: TEXT_SIZE, color: '#333' },
        encoding: { x, y, text: { field: 'text', type: 'nominal' } },
      },
      {
        // Focus accounts named at the right end, with both ranks.
        transform: [{ filter: `datum.isFocus && datum.version === ${JSON.stringify(last)}` }],
        mark: { type: 'text', dx: 12, align: 'left', fontSize: TEXT_SIZE + 1, fontWeight: 'bold' },
        encoding: { x, y, color, text: { field: 'focusText', type: 'nominal' } },
      },
    ],
  };
}

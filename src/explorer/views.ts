/**
 * The explorer's views of one frame, all from the same numbers: the score-vs-truth scatter and the
 * drift-over-ticks line (the report's Vega-Lite builders, src/charts), the top 10 by score and by
 * truth side by side with roles, and the counters (Spearman, noise ceiling, gamers in the top 10).
 * Ranks are competition ranks over every account, as in scores.csv.
 * Reference: Cha et al. (2010), ICWSM, for the score-vs-truth picture; Spearman (1904) for ρ.
 */
import type { TopLevelSpec } from 'vega-lite';
import { scoreTruthPoints, scoreVsTruthChart } from '../charts/score-vs-truth.js';
import { driftOverTicksChart } from '../charts/drift-over-ticks.js';
import { ROLE_COLORS, TEXT_SIZE, withLargerText } from '../charts/common.js';
import { summariseOverSeeds } from '../drift/summary.js';
import type { DriftRow } from '../drift/tidy.js';
import { Role, roleName } from '../model/roles.js';
import { argsortDescending, competitionRanks } from '../stats/ranks.js';
import type { ExplorerFrame, ExplorerResult } from './compute.js';

/** Chart text size in large (projector) mode, pixels. */
export const LARGE_TEXT = 20;

/** Indices of the `k` highest values (ties by lower index first). */
export function topIndices(values: Float64Array, k: number): number[] {
  return Array.from(argsortDescending(values).subarray(0, Math.min(k, values.length)));
}

/** Accounts of role gamer among the top `k` by `values`. */
export function gamersInTop(values: Float64Array, role: Uint8Array, k = 10): number {
  return topIndices(values, k).filter((i) => role[i] === Role.gamer).length;
}

const sized = (spec: TopLevelSpec, large: boolean): TopLevelSpec =>
  large ? withLargerText(spec, LARGE_TEXT) : withLargerText(spec, TEXT_SIZE);

/** The scatter of `frame`: one dot per account, score on y, truth on x, roles coloured. */
export function scatterSpec(frame: ExplorerFrame, scorer: string, large: boolean): TopLevelSpec {
  const points = scoreTruthPoints(frame.score, frame.truth, frame.role);
  return sized(
    scoreVsTruthChart(points, { scorer, width: large ? 240 : 320, height: large ? 220 : 260, title: `${scorer} at tick ${frame.tick}` }),
    large,
  );
}

/** Spearman with truth over the frames shown so far (up to index `upTo`), with the noise ceiling dashed. */
export function driftSpec(r: ExplorerResult, upTo: number, large: boolean, scenario: string): TopLevelSpec {
  const rows: DriftRow[] = r.frames
    .slice(0, upTo + 1)
    .map((f) => ({ scenario, seed: 0, tick: f.tick, scorer: r.scorer, measure: 'spearman', value: f.spearman }));
  const shown = rows.filter((x) => Number.isFinite(x.value));
  const spec =
    shown.length > 0
      ? driftOverTicksChart(summariseOverSeeds(shown), {
          measure: 'spearman',
          measureLabel: 'Spearman ρ with true influence',
          ceiling: r.noiseCeiling,
          width: 340,
          height: 220,
          title: 'Spearman with truth, tick by tick',
        })
      : emptySpec('no Spearman: the score gives every real account the same value');
  return sized(spec, large);
}

function emptySpec(text: string): TopLevelSpec {
  return { data: { values: [{ text }] }, mark: { type: 'text', fontSize: TEXT_SIZE }, encoding: { text: { field: 'text' } } };
}

/** Format a number for a table cell: 4 significant digits. */
export function fmt(x: number): string {
  if (!Number.isFinite(x)) return '—';
  return Math.abs(x) >= 1e4 || (Math.abs(x) < 1e-3 && x !== 0) ? x.toExponential(2) : String(Number(x.toPrecision(4)));
}

/** One top-10 table as HTML: rank, account, role (colour dot), score and truth ranks. */
export function topTable(title: string, by: Float64Array, frame: ExplorerFrame, id: string): HTMLTableElement {
  const scoreRank = competitionRanks(frame.score);
  const truthRank = competitionRanks(frame.truth);
  const t = document.createElement('table');
  t.id = id;
  const cap = t.createCaption();
  cap.textContent = title;
  const head = t.createTHead().insertRow();
  for (const h of ['#', 'account', 'role', 'score rank', 'truth rank'])
    head.append(Object.assign(document.createElement('th'), { textContent: h, scope: 'col' }));
  const body = t.createTBody();
  topIndices(by, 10).forEach((i, j) => {
    const tr = body.insertRow();
    const role = roleName(frame.role[i]!);
    tr.dataset.role = role;
    const cells = [String(j + 1), String(i), role, String(scoreRank[i]), String(truthRank[i])];
    cells.forEach((c, k) => {
      const td = tr.insertCell();
      td.textContent = c;
      if (k !== 2) td.className = 'num';
      else
        td.innerHTML = `<i style="display:inline-block;width:.8em;height:.8em;border-radius:50%;background:${ROLE_COLORS[role]}"></i> ${role}`;
    });
  });
  return t;
}

/** The counters of a frame as [id, label, value] triples. */
export function cards(r: ExplorerResult, frame: ExplorerFrame): [string, string, string][] {
  return [
    ['card-tick', 'tick', String(frame.tick)],
    ['card-spearman', 'Spearman ρ (score, truth)', fmt(frame.spearman)],
    ['card-ceiling', 'noise ceiling (final tick)', fmt(r.noiseCeiling)],
    ['card-gamers', 'gamers in the top 10 by score', String(gamersInTop(frame.score, frame.role))],
    ['card-gamers-truth', 'gamers in the top 10 by truth', String(gamersInTop(frame.truth, frame.role))],
    ['card-accounts', 'accounts', String(frame.score.length)],
  ];
}

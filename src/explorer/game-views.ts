/**
 * The team decay game's views, from the numbers src/lessons/decay-teams.ts computed: the chart of
 * the score's validity and of the share of others gaming, round by round (Vega-Lite; the explorer's
 * Okabe–Ito colours, with a dash so the two lines differ without colour), and the rows of the
 * rounds table (each team's choice, best leaderboard place and perks). Formatting is shared with
 * the tests, which compare the page's cells with a Node computation of the same path.
 * Reference: Satyanarayan et al., "Vega-Lite: A grammar of interactive graphics", IEEE TVCG 2017.
 */
import type { TopLevelSpec } from 'vega-lite';
import { CHART_FONT_STACK, ROLE_COLORS, TEXT_SIZE, VEGA_LITE_SCHEMA } from '../charts/common.js';
import { choiceLabel } from '../lessons/decay-game-page.js';
import { TEAM_ROUNDS, type TeamGame } from '../lessons/decay-teams.js';
import { GAME_CHOICES } from '../lessons/goodhart-decay.js';
import { LARGE_TEXT } from './views.js';

/** The two measures the chart draws. */
export const GAME_MEASURES = ["score's validity", 'others gaming (share)'] as const;

/** Lowest top of the chart's y axis (so the scale does not jump round by round for the usual values). */
const Y_TOP = 0.5;

/** A validity as the page shows it: three decimals. */
export function fmtValidity(x: number): string {
  return Number.isFinite(x) ? x.toFixed(3) : 'n/a';
}

/** A share in [0, 1] as a whole percentage. */
export function fmtShare(x: number): string {
  return `${Math.round(x * 100)}%`;
}

/** The words of choice index `c`. */
export function choiceName(c: number): string {
  return choiceLabel(GAME_CHOICES[c] ?? String(c));
}

/** One team's cell of a round: its choice (none in round 0), then best place and perks, e.g. `rent engagement\n#3 · 12 perks`. */
export function teamCell(game: TeamGame, round: number, team: number): string {
  const r = game.rounds[round];
  const o = r?.teams[team];
  if (!r || !o) return '';
  const choice = round === 0 ? 'before the score' : choiceName(game.choices[round - 1]?.[team] ?? -1);
  return `${choice}\n#${o.bestPlace} · ${o.perks} perks`;
}

/** The rounds table's rows: round, validity, others gaming, then one cell per team. */
export function gameRows(game: TeamGame): string[][] {
  return game.rounds.map((r) => [
    String(r.round),
    fmtValidity(r.validity),
    fmtShare(r.gamingShare),
    ...r.teams.map((_, t) => teamCell(game, r.round, t)),
  ]);
}

/** Validity and the share of others gaming by round (round 0: before the score is deployed). */
export function gameChartSpec(game: TeamGame, large: boolean): TopLevelSpec {
  const values = game.rounds.flatMap((r) => [
    { round: r.round, measure: GAME_MEASURES[0], value: r.validity },
    { round: r.round, measure: GAME_MEASURES[1], value: r.gamingShare },
  ]);
  const px = large ? LARGE_TEXT : TEXT_SIZE;
  const spec: TopLevelSpec = {
    $schema: VEGA_LITE_SCHEMA,
    title: { text: 'What the score is worth, round by round', anchor: 'start' },
    width: large ? 340 : 400,
    height: large ? 200 : 190,
    config: {
      font: CHART_FONT_STACK,
      axis: { labelFontSize: px, titleFontSize: px },
      legend: { labelFontSize: px, symbolSize: large ? 200 : 100 },
      title: { fontSize: px + 1 },
    },
    data: { values },
    mark: { type: 'line', point: { size: 110, filled: true }, strokeWidth: 3 },
    encoding: {
      x: {
        field: 'round',
        type: 'quantitative',
        title: 'round (0 = before the score is deployed)',
        scale: { domain: [0, TEAM_ROUNDS] },
        axis: { tickMinStep: 1, format: 'd' },
      },
      y: {
        field: 'value',
        type: 'quantitative',
        title: 'validity; share',
        scale: { domain: [Math.min(0, ...values.map((v) => v.value)), Math.max(Y_TOP, ...values.map((v) => v.value))] },
      },
      color: {
        field: 'measure',
        type: 'nominal',
        title: null,
        scale: { domain: [...GAME_MEASURES], range: [ROLE_COLORS.honest, ROLE_COLORS.gamer] },
        legend: { orient: 'top', direction: 'vertical', labelLimit: 400 },
      },
      strokeDash: {
        field: 'measure',
        type: 'nominal',
        scale: {
          domain: [...GAME_MEASURES],
          range: [
            [1, 0],
            [8, 4],
          ],
        },
        legend: null,
      },
      tooltip: [
        { field: 'round', type: 'quantitative' },
        { field: 'measure', type: 'nominal' },
        { field: 'value', type: 'quantitative', format: '.3f' },
      ],
    },
  };
  return spec;
}

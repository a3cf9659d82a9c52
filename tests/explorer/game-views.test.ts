/**
 * The team game's table and chart (src/explorer/game-views.ts) on a hand-made game of two teams and
 * one round: the cells say each team's choice, best place and perks, numbers rounded as documented;
 * the chart has two points per round, in the explorer's Okabe–Ito colours.
 */
import { describe, expect, it } from 'vitest';
import { fmtShare, fmtValidity, gameChartSpec, gameRows } from '../../src/explorer/game-views.js';
import type { TeamGame } from '../../src/lessons/decay-teams.js';
import { ROLE_COLORS } from '../../src/charts/common.js';

const game: TeamGame = {
  setup: { seed: 1, teams: 2, perTeam: 1 },
  choices: [[1, 2]],
  accounts: [[5], [9]],
  paying: 8,
  rounds: [
    {
      round: 0,
      tick: 7,
      validity: 0.22374,
      gamingShare: 0,
      teams: [
        { bestPlace: 23, perks: 0 },
        { bestPlace: 40, perks: 0 },
      ],
    },
    {
      round: 1,
      tick: 15,
      validity: -0.0256,
      gamingShare: 0.0821,
      teams: [
        { bestPlace: 3, perks: 12 },
        { bestPlace: 78, perks: 0 },
      ],
    },
  ],
};

describe('team game views', () => {
  it('formats the rounds table', () => {
    expect(gameRows(game)).toEqual([
      ['0', '0.224', '0%', 'before the score\n#23 · 0 perks', 'before the score\n#40 · 0 perks'],
      ['1', '-0.026', '8%', 'rent engagement\n#3 · 12 perks', 'buy followers\n#78 · 0 perks'],
    ]);
    expect(fmtValidity(Number.NaN)).toBe('n/a');
    expect(fmtShare(0.295)).toBe('30%');
  });

  it('charts validity and the share gaming per round in colour-blind-safe colours', () => {
    const spec = gameChartSpec(game, false) as unknown as {
      data: { values: { round: number; value: number }[] };
      encoding: { color: { scale: { range: string[] } } };
    };
    expect(spec.data.values).toHaveLength(4);
    expect(spec.data.values.map((v) => v.value)).toEqual([0.22374, 0, -0.0256, 0.0821]);
    expect(spec.encoding.color.scale.range).toEqual([ROLE_COLORS.honest, ROLE_COLORS.gamer]);
    expect(JSON.stringify(gameChartSpec(game, true))).not.toBe(JSON.stringify(spec));
  });
});

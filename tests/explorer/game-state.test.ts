/**
 * The team game's URL state (src/explorer/game-state.ts): a state survives the trip through its
 * fragment; picks are independent of the order the teams clicked in; a round is played only when
 * every team has picked; a broken link falls back to defaults with a notice naming the key.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  TEAM_GAME_DEFAULTS,
  isTeamGameFragment,
  newTeamGame,
  parseTeamGame,
  pick,
  playRound,
  teamGameToFragment,
} from '../../src/explorer/game-state.js';

describe('team game state in the URL', () => {
  it('round-trips through its fragment', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 6 }),
        fc.integer({ min: 1, max: 3 }),
        fc.integer({ min: 0, max: 2 ** 31 - 1 }),
        fc.array(fc.integer({ min: 0, max: 2 }), { minLength: 18, maxLength: 18 }),
        fc.integer({ min: 0, max: 3 }),
        fc.boolean(),
        (teams, perTeam, seed, digits, rounds, large) => {
          let s = newTeamGame({ seed, teams, perTeam }, large);
          for (let r = 0; r < rounds; r++) {
            for (let t = 0; t < teams; t++) s = pick(s, t, digits[r * teams + t]!);
            s = playRound(s);
          }
          if (rounds < 3) s = pick(s, 0, digits[17]!);
          const back = parseTeamGame(`#${teamGameToFragment(s)}`);
          expect(back.notices).toEqual([]);
          expect(back.state).toEqual(s);
        },
      ),
    );
  });

  it('gives the same state whatever order the teams picked in, and plays only a complete round', () => {
    const a = [0, 1, 2, 1].reduce((s, c, t) => pick(s, t, c), newTeamGame({ seed: 5, teams: 4, perTeam: 2 }));
    const b = [3, 1, 0, 2].reduce((s, t) => pick(s, t, [0, 1, 2, 1][t]!), newTeamGame({ seed: 5, teams: 4, perTeam: 2 }));
    expect(teamGameToFragment(a)).toBe(teamGameToFragment(b));
    expect(teamGameToFragment(a)).toBe('game=decay-teams&seed=5&teams=4&accounts=2&next=0121');
    const half = pick(newTeamGame({ seed: 5, teams: 4, perTeam: 2 }), 2, 1);
    expect(playRound(half)).toBe(half);
    const played = playRound(a);
    expect(played.played).toEqual([[0, 1, 2, 1]]);
    expect(played.next).toEqual([null, null, null, null]);
    expect(teamGameToFragment(played)).toBe('game=decay-teams&seed=5&teams=4&accounts=2&played=0121');
  });

  it('ends after three rounds: no more picks', () => {
    let s = newTeamGame({ seed: 1, teams: 2, perTeam: 1 });
    for (let r = 0; r < 3; r++) s = playRound(pick(pick(s, 0, 1), 1, 2));
    expect(s.played).toHaveLength(3);
    expect(s.next).toEqual([]);
    expect(pick(s, 0, 0)).toBe(s);
    expect(playRound(s)).toBe(s);
  });

  it('falls back to defaults with a notice naming each broken key', () => {
    expect(isTeamGameFragment('#game=decay-teams&seed=2')).toBe(true);
    expect(isTeamGameFragment('#scenario=baseline&game=other')).toBe(false);
    const bad = parseTeamGame('#game=decay-teams&seed=x&teams=9&accounts=0&played=01.2');
    expect(bad.state.setup).toEqual(TEAM_GAME_DEFAULTS);
    expect(bad.state.played).toEqual([]);
    for (const k of ['seed=x', 'teams=9', 'accounts=0', 'played=01.2']) expect(bad.notices.join(' ')).toContain(k);
    const badNext = parseTeamGame('#game=decay-teams&teams=2&next=7-');
    expect(badNext.state.next).toEqual([null, null]);
    expect(badNext.notices.join(' ')).toContain('next=7-');
  });
});

/**
 * The team decay game (src/lessons/decay-teams.ts) is a pure function of the seed and the choices:
 * the same inputs give the same numbers, round r's values do not depend on later rounds' choices
 * (a game of one round equals the first round of any longer game), the teams' accounts are dealt
 * as documented, a team that rents engagement climbs the leaderboard while an organic one does not,
 * and an out-of-range setup or choice is refused naming its field.
 */
import { describe, expect, it } from 'vitest';
import { ParameterError } from '../../src/errors.js';
import { checkTeamGame, playTeamGame, TEAM_ROUNDS, type TeamSetup } from '../../src/lessons/decay-teams.js';

const SETUP: TeamSetup = { seed: 1, teams: 3, perTeam: 2 };
const ORGANIC = 0;
const BOTS = 1;
const FOLLOWERS = 2;

describe('the team decay game', () => {
  const full = playTeamGame(SETUP, [
    [ORGANIC, BOTS, FOLLOWERS],
    [ORGANIC, BOTS, BOTS],
    [ORGANIC, BOTS, ORGANIC],
  ]);

  it('returns rounds 0 … played with one outcome per team, and deals distinct honest accounts', () => {
    expect(full.rounds.map((r) => r.round)).toEqual([0, 1, 2, 3]);
    expect(full.rounds.map((r) => r.tick)).toEqual([7, 15, 23, 31]);
    for (const r of full.rounds) {
      expect(r.teams).toHaveLength(3);
      expect(r.validity).toBeGreaterThanOrEqual(-1);
      expect(r.validity).toBeLessThanOrEqual(1);
      expect(r.gamingShare).toBeGreaterThanOrEqual(0);
      expect(r.gamingShare).toBeLessThanOrEqual(1);
    }
    expect(full.accounts.map((a) => a.length)).toEqual([2, 2, 2]);
    expect(new Set(full.accounts.flat()).size).toBe(6);
    // Nothing is paid and nobody games before the score is deployed.
    expect(full.rounds[0]!.gamingShare).toBe(0);
    expect(full.rounds[0]!.teams.map((t) => t.perks)).toEqual([0, 0, 0]);
    // Perks per round: at most one per paying place per tick (8 ticks), and only paying places.
    for (const r of full.rounds) for (const t of r.teams) expect(t.perks).toBeLessThanOrEqual(SETUP.perTeam * 8);
  });

  it('is the same for the same seed and choices (a pure function of them)', () => {
    const again = playTeamGame(
      { ...SETUP },
      full.choices.map((r) => [...r]),
    );
    expect(JSON.stringify(again)).toBe(JSON.stringify(full));
  });

  it("does not let later choices change an earlier round's values", () => {
    const one = playTeamGame(SETUP, [full.choices[0]!]);
    expect(one.rounds).toEqual(full.rounds.slice(0, 2));
    expect(one.accounts).toEqual(full.accounts);
    const other = playTeamGame(SETUP, [full.choices[0]!, [FOLLOWERS, ORGANIC, ORGANIC]]);
    expect(other.rounds.slice(0, 2)).toEqual(full.rounds.slice(0, 2));
    // …while a different round-2 choice does change round 2 (the test can fail).
    expect(other.rounds[2]).not.toEqual(full.rounds[2]);
  });

  it('pays the team that rents engagement and not the one that stays organic (seed 1)', () => {
    const perks = (t: number) => full.rounds.reduce((s, r) => s + r.teams[t]!.perks, 0);
    expect(perks(BOTS)).toBeGreaterThan(0);
    expect(perks(ORGANIC)).toBe(0);
    const last = full.rounds[TEAM_ROUNDS]!;
    expect(last.teams[1]!.bestPlace).toBeLessThan(last.teams[0]!.bestPlace);
  });

  it('refuses an out-of-range setup or choice, naming the field', () => {
    const field = (f: () => void) => {
      try {
        f();
      } catch (e) {
        return e instanceof ParameterError ? e.field : 'other';
      }
      return null;
    };
    expect(field(() => checkTeamGame({ ...SETUP, teams: 7 }, []))).toBe('teams');
    expect(field(() => checkTeamGame({ ...SETUP, teams: 1 }, []))).toBe('teams');
    expect(field(() => checkTeamGame({ ...SETUP, perTeam: 4 }, []))).toBe('perTeam');
    expect(field(() => checkTeamGame({ ...SETUP, seed: -1 }, []))).toBe('seed');
    expect(field(() => checkTeamGame(SETUP, [[0, 1]]))).toBe('choices');
    expect(field(() => checkTeamGame(SETUP, [[0, 1, 3]]))).toBe('choices');
    expect(
      field(() =>
        checkTeamGame(SETUP, [
          [0, 0, 0],
          [0, 0, 0],
          [0, 0, 0],
          [0, 0, 0],
        ]),
      ),
    ).toBe('choices');
    expect(field(() => checkTeamGame(SETUP, [[0, 1, 2]]))).toBeNull();
  });
});

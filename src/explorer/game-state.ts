/**
 * The team decay game's state and its URL form, `explorer.html#game=decay-teams&…` (a
 * URLSearchParams string, like the explorer's own state): the seed, the teams, the accounts per
 * team, the rounds played (`played=0120.1121`: one digit per team per round, an index into the
 * game's choices, rounds separated by `.`) and the current round's picks so far (`next=2-1-`,
 * `-` for a team that has not picked). Nothing else is stored: the numbers are recomputed from
 * this state (src/lessons/decay-teams.ts), so a teacher can reload or share the link. A value the
 * page cannot use falls back to its default with a notice.
 * Reference: WHATWG URL Standard (URLSearchParams); docs/explorer.md.
 */
import { MAX_SEED } from '../rng.js';
import { GAME_CHOICES } from '../lessons/goodhart-decay.js';
import { TEAM_GAME } from '../lessons/decay-game-page.js';
import { PER_TEAM_MAX, PER_TEAM_MIN, TEAM_ROUNDS, TEAMS_MAX, TEAMS_MIN, type TeamSetup } from '../lessons/decay-teams.js';

export { TEAM_GAME };
/** Defaults: four teams of two accounts, seed 1 (the lesson's). */
export const TEAM_GAME_DEFAULTS: TeamSetup = { seed: 1, teams: 4, perTeam: 2 };

/** Everything the game page shows and computes from. */
export interface TeamGameState {
  readonly setup: TeamSetup;
  /** Rounds played: choice indices by round, then team. */
  readonly played: readonly (readonly number[])[];
  /** The current round's picks, one per team (null: not yet picked). Empty once every round is played. */
  readonly next: readonly (number | null)[];
  /** Large type for projectors. */
  readonly large: boolean;
}

/** Whether a URL fragment opens the team game (`game=decay-teams`). */
export function isTeamGameFragment(fragment: string): boolean {
  return new URLSearchParams(fragment.replace(/^#/, '')).get('game') === TEAM_GAME;
}

/** A fresh game (no round played) for `setup`. */
export function newTeamGame(setup: TeamSetup, large = false): TeamGameState {
  return { setup, played: [], next: new Array<number | null>(setup.teams).fill(null), large };
}

function intIn(raw: string | null, min: number, max: number): number | null {
  if (raw === null || !/^(0|[1-9][0-9]*)$/.test(raw)) return null;
  const v = Number(raw);
  return v >= min && v <= max ? v : null;
}

/** Read a team-game fragment (with or without `#`). Never throws: a bad value becomes a notice and its default. */
export function parseTeamGame(fragment: string): { readonly state: TeamGameState; readonly notices: readonly string[] } {
  const p = new URLSearchParams(fragment.replace(/^#/, ''));
  const notices: string[] = [];
  const int = (key: string, min: number, max: number, dflt: number): number => {
    const raw = p.get(key);
    if (raw === null) return dflt;
    const v = intIn(raw, min, max);
    if (v === null) notices.push(`${key}=${raw} is not allowed (an integer from ${min} to ${max}); ${dflt} is used`);
    return v ?? dflt;
  };
  const d = TEAM_GAME_DEFAULTS;
  const setup: TeamSetup = {
    seed: int('seed', 0, MAX_SEED, d.seed),
    teams: int('teams', TEAMS_MIN, TEAMS_MAX, d.teams),
    perTeam: int('accounts', PER_TEAM_MIN, PER_TEAM_MAX, d.perTeam),
  };
  const large = p.get('large') === '1';
  const digit = new RegExp(`^[0-${GAME_CHOICES.length - 1}]{${setup.teams}}$`);
  const rawPlayed = p.get('played') ?? '';
  const rows = rawPlayed === '' ? [] : rawPlayed.split('.');
  if (rows.length > TEAM_ROUNDS || rows.some((r) => !digit.test(r))) {
    notices.push(
      `played=${rawPlayed} is not allowed (up to ${TEAM_ROUNDS} rounds of ${setup.teams} digits 0–${GAME_CHOICES.length - 1}, separated by dots); the game starts over`,
    );
    return { state: newTeamGame(setup, large), notices };
  }
  const played = rows.map((r) => Array.from(r, Number));
  if (played.length >= TEAM_ROUNDS) return { state: { setup, played, next: [], large }, notices };
  const rawNext = p.get('next');
  let next = new Array<number | null>(setup.teams).fill(null);
  if (rawNext !== null) {
    if (new RegExp(`^[-0-${GAME_CHOICES.length - 1}]{${setup.teams}}$`).test(rawNext))
      next = Array.from(rawNext, (c) => (c === '-' ? null : Number(c)));
    else notices.push(`next=${rawNext} is not allowed (one digit or - per team); no pick is kept`);
  }
  return { state: { setup, played, next, large }, notices };
}

/** The URL fragment (without `#`) of a state, keys in a fixed order. */
export function teamGameToFragment(s: TeamGameState): string {
  const p = new URLSearchParams();
  p.set('game', TEAM_GAME);
  p.set('seed', String(s.setup.seed));
  p.set('teams', String(s.setup.teams));
  p.set('accounts', String(s.setup.perTeam));
  if (s.played.length > 0) p.set('played', s.played.map((r) => r.join('')).join('.'));
  if (s.next.some((c) => c !== null)) p.set('next', s.next.map((c) => (c === null ? '-' : String(c))).join(''));
  if (s.large) p.set('large', '1');
  return p.toString();
}

/** The state after team `team` picked `choice` for the current round (nothing changes once the game is over). */
export function pick(s: TeamGameState, team: number, choice: number): TeamGameState {
  if (s.next.length === 0) return s;
  return { ...s, next: s.next.map((c, t) => (t === team ? choice : c)) };
}

/** The state after the current round is played: its picks become a played row (every team must have picked). */
export function playRound(s: TeamGameState): TeamGameState {
  if (s.next.length === 0 || s.next.some((c) => c === null)) return s;
  const played = [...s.played, s.next.map((c) => c ?? 0)];
  return { ...s, played, next: played.length >= TEAM_ROUNDS ? [] : new Array<number | null>(s.setup.teams).fill(null) };
}

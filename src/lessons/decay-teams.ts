/**
 * The Goodhart decay game played in teams: the class splits into 2–6 teams, each steering a few
 * ordinary accounts of the decay lesson's world (src/lessons/goodhart-decay.ts), and before every
 * round each team picks its own strategy. The choice space (3^(teams × rounds)) is too large to
 * precompute, so a game is simulated on demand, here in Node and in the explorer's Web Worker
 * (src/explorer/game-*.ts) with the same code:
 *
 *   seed, teams, accounts per team, choices so far (round × team)
 *     ─▶ the lesson's world, run for deployTick + played × roundTicks ticks
 *     ─▶ runDynamics(steer: tick 0 deals the teams' accounts and stops them imitating;
 *                    round r: each team's accounts hold the team's round-r strategy)
 *     ─▶ per round: validity = Spearman(deployed score, true influence) among real people,
 *        the share of the other adapting people gaming, and per team its best leaderboard place
 *        (by the deployed score at the round's last tick) and the perks its accounts earned in the round
 *
 * The outcome is a pure function of (seed, teams, accounts per team, choices): the order in which
 * the teams clicked is not part of it, and round r's values do not depend on later choices (the
 * simulation of the first r rounds never reads them; tests/lessons/decay-teams.test.ts checks both).
 * References: Goodhart (1975); Campbell (1979); Szabó & Tőke (1998) for the imitation rule.
 */
import { resolveRunConfig, type RunConfig } from '../engine/config.js';
import { ModelError, ParameterError } from '../errors.js';
import { resolveDynamics, type ResolvedDynamics } from '../dynamics/params.js';
import { DEPLOYED, WORLD, runDynamics } from '../dynamics/run-dynamics.js';
import type { DynamicsController } from '../dynamics/controller.js';
import { ORGANIC, STRATEGIES } from '../dynamics/strategies.js';
import { getScorer } from '../metrics/registry.js';
import { Role } from '../model/roles.js';
import { MAX_SEED } from '../rng.js';
import { leaderboardPlace, takeOverAccounts } from './decay-game.js';
import { DEPLOY_TICK, GAME_CHOICES, ROUND_TICKS, ROUNDS, goodhartDecayGame } from './goodhart-decay.js';

/** Allowed numbers of teams (illustrative: a class of 10–30 in groups of about five). */
export const TEAMS_MIN = 2;
export const TEAMS_MAX = 6;
/** Allowed accounts per team (illustrative: "a few accounts each"). */
export const PER_TEAM_MIN = 1;
export const PER_TEAM_MAX = 3;
/** Rounds of the team game: those of the lesson's game. */
export const TEAM_ROUNDS = ROUNDS;

/** Who plays: the world's seed, the number of teams and the accounts each steers. */
export interface TeamSetup {
  /** Root seed of the lesson's world, 0 … 2^31 − 1. */
  readonly seed: number;
  /** Teams, TEAMS_MIN … TEAMS_MAX. */
  readonly teams: number;
  /** Accounts per team, PER_TEAM_MIN … PER_TEAM_MAX. */
  readonly perTeam: number;
}

/** One team at the end of a round. */
export interface TeamOutcome {
  /** Best leaderboard place (1 = top) of the team's accounts by the deployed score at the round's last tick. */
  readonly bestPlace: number;
  /** Perks the team's accounts earned during the round (reward units: one perk per paying place per tick). */
  readonly perks: number;
}

/** The model's values at the end of one round (round 0: the tick before the score is deployed). */
export interface TeamRound {
  readonly round: number;
  /** The tick measured. */
  readonly tick: number;
  /** Spearman correlation of the deployed score with true influence among real people, in [−1, 1]. */
  readonly validity: number;
  /** Share in [0, 1] of the other adapting people (not the teams' accounts) holding a gaming strategy. */
  readonly gamingShare: number;
  /** One entry per team, in team order. */
  readonly teams: readonly TeamOutcome[];
}

/** A game played so far. */
export interface TeamGame {
  readonly setup: TeamSetup;
  /** Choice indices (into {@link GAME_CHOICES}) by round, then team. */
  readonly choices: readonly (readonly number[])[];
  /** Account ids each team steers (honest people with a median-like follower count at tick 0). */
  readonly accounts: readonly (readonly number[])[];
  /** Paying places on the leaderboard. */
  readonly paying: number;
  /** Round 0 … choices.length. */
  readonly rounds: readonly TeamRound[];
}

function intIn(field: string, v: number, min: number, max: number): void {
  if (!Number.isInteger(v) || v < min || v > max) throw new ParameterError(field, v, `an integer from ${min} to ${max}`);
}

/**
 * Check a setup and a choice table (rounds × teams, each a choice index).
 * @throws ParameterError naming the field (`seed`, `teams`, `perTeam`, `choices`) and what is allowed.
 */
export function checkTeamGame(setup: TeamSetup, choices: readonly (readonly number[])[]): void {
  intIn('seed', setup.seed, 0, MAX_SEED);
  intIn('teams', setup.teams, TEAMS_MIN, TEAMS_MAX);
  intIn('perTeam', setup.perTeam, PER_TEAM_MIN, PER_TEAM_MAX);
  if (choices.length > TEAM_ROUNDS) throw new ParameterError('choices', choices.length, `at most ${TEAM_ROUNDS} rounds`);
  for (const row of choices) {
    if (row.length !== setup.teams || row.some((c) => !Number.isInteger(c) || c < 0 || c >= GAME_CHOICES.length))
      throw new ParameterError('choices', row.join(','), `one choice from 0 to ${GAME_CHOICES.length - 1} per team (${setup.teams} teams)`);
  }
}

/** The lesson's world at `seed`, run for the first `played` rounds (deployTick + played × roundTicks ticks). */
export function teamGameConfig(seed: number, played: number): RunConfig {
  return resolveRunConfig(
    { id: `lesson:${goodhartDecayGame.id}`, defaults: goodhartDecayGame.defaults },
    { seed, ticks: DEPLOY_TICK + played * ROUND_TICKS },
  );
}

/**
 * Deal the teams' accounts at tick 0: the honest, adapting people whose follower count is nearest
 * the median (ties by id), dealt round-robin so every team gets a like share (team t: the t-th,
 * (t + teams)-th, … of that list).
 */
export function dealAccounts(
  world: { readonly base: number; followerCount(v: number): number },
  adaptive: Uint8Array,
  role: Uint8Array,
  teams: number,
  perTeam: number,
): number[][] {
  const honest: number[] = [];
  for (let i = 0; i < world.base; i++) if (adaptive[i] && role[i] === Role.honest) honest.push(i);
  const counts = honest.map((i) => world.followerCount(i)).sort((a, b) => a - b);
  const median = counts[Math.floor(counts.length / 2)] ?? 0;
  const near = honest
    .sort((a, b) => Math.abs(world.followerCount(a) - median) - Math.abs(world.followerCount(b) - median) || a - b)
    .slice(0, teams * perTeam);
  return Array.from({ length: teams }, (_, t) => near.filter((_, k) => k % teams === t));
}

/**
 * Simulate the team game for the choices made so far (`choices[r][t]`: team t's choice in round
 * r + 1, an index into {@link GAME_CHOICES}) and return rounds 0 … choices.length. Deterministic in
 * (setup, choices); costs one dynamics run of the rounds played.
 * @throws ParameterError when the setup or a choice is out of range.
 */
export function playTeamGame(
  setup: TeamSetup,
  choices: readonly (readonly number[])[],
  dyn: ResolvedDynamics = resolveDynamics({ deployTick: DEPLOY_TICK }),
): TeamGame {
  checkTeamGame(setup, choices);
  const played = choices.length;
  const config = teamGameConfig(setup.seed, played);
  const codes = GAME_CHOICES.map((id) => STRATEGIES.find((s) => s.id === id)!.code);
  let accounts: number[][] = [];
  let owner = new Int8Array(0);
  let controller: DynamicsController | undefined;
  const perks = Array.from({ length: played + 1 }, () => new Array<number>(setup.teams).fill(0));
  const run = runDynamics(config, dyn, {
    intervention: 'team-game',
    steer: (c, world, tick) => {
      if (tick === 0) {
        controller = c;
        accounts = dealAccounts(world, c.adaptive, world.a.role, setup.teams, setup.perTeam);
        owner = new Int8Array(world.n).fill(-1);
        accounts.forEach((team, t) => {
          for (const i of team) owner[i] = t;
        });
        takeOverAccounts(c, accounts.flat());
        return;
      }
      const round = Math.floor((tick - DEPLOY_TICK) / ROUND_TICKS);
      accounts.forEach((team, t) => {
        const code = tick < DEPLOY_TICK ? ORGANIC : codes[choices[round]![t]!]!;
        for (const i of team) c.strategy[i] = code;
      });
    },
    onTick: (done) => {
      const tick = done - 1;
      const lb = controller?.leaderboard;
      if (tick < DEPLOY_TICK || !lb || !dyn.params.rewards) return;
      const round = Math.floor((tick - DEPLOY_TICK) / ROUND_TICKS) + 1;
      for (const v of lb.paying) {
        const t = owner[v] ?? -1;
        if (t >= 0) perks[round]![t]! += dyn.params.perk;
      }
    },
  });
  const scorer = getScorer(dyn.deployed[0]!.id);
  const value = (tick: number, scorerId: string, measure: string) =>
    run.rows.find((r) => r.tick === tick && r.scorer === scorerId && r.measure === measure)?.value ?? Number.NaN;
  const rounds: TeamRound[] = [];
  for (let r = 0; r <= played; r++) {
    const tick = DEPLOY_TICK + r * ROUND_TICKS - 1;
    const snap = run.result.snapshots.find((s) => s.tick === tick);
    if (!snap) throw new ModelError(`team game: no snapshot at tick ${tick}`);
    const score = scorer.score(snap.observation);
    rounds.push({
      round: r,
      tick,
      validity: value(tick, DEPLOYED, 'spearman'),
      gamingShare: value(tick, WORLD, 'gaming-share'),
      teams: accounts.map((team, t) => ({
        bestPlace: Math.min(...team.map((i) => leaderboardPlace(score, config.agents, i))),
        perks: perks[r]![t]!,
      })),
    });
  }
  return { setup, choices, accounts, paying: run.controller.leaderboard?.paying.length ?? 0, rounds };
}

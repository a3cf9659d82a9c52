/**
 * The Goodhart decay game, computed exactly: a class steers a few accounts of a small world for a
 * few rounds while the platform's deployed score pays its top (src/dynamics: leaderboard, perks,
 * visibility boost, imitation). Each round the class picks one strategy for all its accounts; the
 * choice space is small (choices^rounds paths), so every path is simulated and the page only looks
 * up what the model computed for the path the class takes.
 *
 *   for every path (c1, …, cR):  runDynamics(config, dynamics, steer = class accounts hold c_r in round r)
 *     at the end of each round r: validity = Spearman(deployed score, true influence) among real people,
 *     gaming share of the other adapting people, the class's best leaderboard place, its paying places
 *   node "c1…cr" = the round-r values of any path starting with c1…cr
 *
 * The class's accounts never imitate (they do what the class says), but others may copy them.
 * A path's first r rounds do not depend on its later choices (same seed, same streams, and the
 * steering of round r + 1 starts after round r is measured), so every path through a node agrees
 * on it; a test checks this.
 * References: Goodhart (1975); Campbell (1979); Szabó & Tőke (1998) for the imitation rule.
 */
import type { RunConfig } from '../engine/config.js';
import type { ResolvedDynamics } from '../dynamics/params.js';
import { DEPLOYED, WORLD, runDynamics } from '../dynamics/run-dynamics.js';
import { ORGANIC, STRATEGIES } from '../dynamics/strategies.js';
import { getScorer } from '../metrics/registry.js';
import { ModelError } from '../errors.js';

/** The game's shape: who the class steers, what it may choose, how long a round is. */
export interface GameSpec {
  /** Account ids the class steers (real, adapting people of the world). */
  readonly accounts: readonly number[];
  /** Strategy ids on offer each round (`organic` or ids of src/dynamics/strategies.ts). */
  readonly choices: readonly string[];
  /** Rounds the class plays, ≥ 1. */
  readonly rounds: number;
  /** Ticks per round, ≥ 1; round r covers ticks deployTick + (r − 1)·roundTicks … + r·roundTicks − 1. */
  readonly roundTicks: number;
}

/** What the model computed at the end of one round of one path (or at deployment, for the root). */
export interface GameNode {
  /** Choice indices so far, e.g. `[0, 2]`: round 1 chose choices[0], round 2 choices[2]. */
  readonly path: readonly number[];
  /** Tick measured (the round's last tick; the root: the tick before deployment). */
  readonly tick: number;
  /** Spearman correlation of the deployed score with true influence, in [−1, 1]. */
  readonly validity: number;
  /** Share in [0, 1] of the other adapting people holding a gaming strategy. */
  readonly gamingShare: number;
  /** Best leaderboard place of a class account (1 = top) by the deployed score. */
  readonly classBestPlace: number;
  /** Class accounts among the paying places. */
  readonly classPaid: number;
}

/** Every node of the game tree, by path key (choice indices joined by `-`; the root is ``). */
export interface GameTree {
  readonly spec: GameSpec;
  /** Paying places on the leaderboard. */
  readonly paying: number;
  readonly nodes: ReadonlyMap<string, GameNode>;
}

/** The key of a path: choice indices joined by `-` (the root: the empty string). */
export function pathKey(path: readonly number[]): string {
  return path.join('-');
}

/** Every path of `rounds` choices among `choices` options, in lexicographic order. */
export function allPaths(choices: number, rounds: number): number[][] {
  let paths: number[][] = [[]];
  for (let r = 0; r < rounds; r++) paths = paths.flatMap((p) => Array.from({ length: choices }, (_, c) => [...p, c]));
  return paths;
}

/**
 * Hand accounts to the players at tick 0: they stop adapting on their own (no imitation), so they
 * hold what the players choose; others may still copy them.
 * @throws ModelError when an account is not an adapting person.
 */
export function takeOverAccounts(c: { adaptive: Uint8Array; adaptiveCount: number }, accounts: Iterable<number>): void {
  for (const i of accounts) {
    if (!c.adaptive[i]) throw new ModelError(`decay game: account ${i} is not an adapting person`);
    c.adaptive[i] = 0;
    c.adaptiveCount--;
  }
}

/** Leaderboard place (1 = top) of account i among the first `agents` by `score`, ties broken by lower id. */
export function leaderboardPlace(score: Float64Array, agents: number, i: number): number {
  let better = 0;
  for (let j = 0; j < agents; j++) if (score[j]! > score[i]! || (score[j] === score[i] && j < i)) better++;
  return better + 1;
}

function strategyCode(id: string): number {
  const s = STRATEGIES.find((x) => x.id === id);
  if (!s) throw new ModelError(`decay game: unknown strategy "${id}" (known: ${STRATEGIES.map((x) => x.id).join(', ')})`);
  return s.code;
}

/**
 * Simulate every path of the game and collect its nodes. The config must snapshot at every round's
 * last tick (recordEvery = roundTicks and deployTick a multiple of it) and run exactly
 * deployTick + rounds × roundTicks ticks.
 * @throws ModelError when the config does not fit the spec, or a path disagrees with another on a shared node.
 */
export function playAllPaths(config: RunConfig, dyn: ResolvedDynamics, spec: GameSpec): GameTree {
  const { deployTick } = dyn.params;
  const { rounds, roundTicks } = spec;
  if (config.ticks !== deployTick + rounds * roundTicks || config.activity.recordEvery !== roundTicks || deployTick % roundTicks !== 0)
    throw new ModelError(
      `decay game: the world must run deployTick + rounds × roundTicks = ${deployTick + rounds * roundTicks} ticks and snapshot every ` +
        `${roundTicks} ticks from a deployTick that is a multiple of it (got ${config.ticks} ticks, recordEvery ${config.activity.recordEvery})`,
    );
  const codes = spec.choices.map(strategyCode);
  const scorer = getScorer(dyn.deployed[0]!.id);
  const nodes = new Map<string, GameNode>();
  let paying = 0;
  for (const path of allPaths(codes.length, rounds)) {
    const run = runDynamics(config, dyn, {
      intervention: pathKey(path),
      steer: (c, _world, tick) => {
        if (tick === 0) {
          takeOverAccounts(c, spec.accounts);
          return;
        }
        const round = Math.floor((tick - deployTick) / roundTicks);
        const code = tick < deployTick ? ORGANIC : codes[path[round]!]!;
        for (const i of spec.accounts) c.strategy[i] = code;
      },
    });
    paying = run.controller.leaderboard?.paying.length ?? 0;
    const value = (tick: number, scorerId: string, measure: string) =>
      run.rows.find((r) => r.tick === tick && r.scorer === scorerId && r.measure === measure)!.value;
    for (let r = 0; r <= rounds; r++) {
      const tick = deployTick + r * roundTicks - 1;
      const snap = run.result.snapshots.find((s) => s.tick === tick);
      if (!snap) throw new ModelError(`decay game: no snapshot at tick ${tick}`);
      const score = scorer.score(snap.observation);
      const place = (i: number) => leaderboardPlace(score, config.agents, i);
      const best = Math.min(...spec.accounts.map(place));
      const payingAt =
        r === 0 ? 0 : spec.accounts.filter((i) => place(i) <= Math.max(1, Math.round(dyn.params.topShare * config.agents))).length;
      const node: GameNode = {
        path: path.slice(0, r),
        tick,
        validity: value(tick, DEPLOYED, 'spearman'),
        gamingShare: value(tick, WORLD, 'gaming-share'),
        classBestPlace: best,
        classPaid: payingAt,
      };
      const key = pathKey(node.path);
      const seen = nodes.get(key);
      if (seen && JSON.stringify(seen) !== JSON.stringify(node))
        throw new ModelError(`decay game: paths disagree at node "${key}" (the game's rounds are not independent of later choices)`);
      nodes.set(key, node);
    }
  }
  return { spec, paying, nodes };
}

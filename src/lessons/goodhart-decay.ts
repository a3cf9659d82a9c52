/**
 * Lesson: the Goodhart decay game. A platform deploys a Klout-like score and pays its top 5% (perks
 * and a visibility boost); people copy better-paid peers they follow (src/dynamics). The class
 * steers ten ordinary accounts for three rounds of eight ticks, choosing each round one strategy
 * for all ten: stay organic, rent engagement from bots, or buy followers. Every one of the 27 paths
 * is simulated (src/lessons/decay-game.ts) and the page lets the class play them round by round.
 * Facts: `accounts`, `paths`; `validityStart` (the score's Spearman with true influence before it
 * is deployed); `validityOrganic`, `validityBots`, `validityFollowers` (after three rounds when the
 * class stays organic / rents engagement / buys followers every round); `validityLowest`,
 * `validityHighest`, `validityMeanEnd` (over all 27 endings); `pathsBelowStart` (endings below the start);
 * `gamingShareOrganic`, `gamingShareBots` (other people gaming at the end of those two paths);
 * `placeOrganic`, `placeBots` (the class's best leaderboard place at the end of them).
 * References: Goodhart (1975); Campbell (1979), "Assessing the impact of planned social change";
 * Szabó & Tőke (1998) for the imitation rule.
 */
import { resolveDynamics } from '../dynamics/params.js';
import { followerCounts } from '../model/follow-graph.js';
import { Role } from '../model/roles.js';
import { decayGameChart, decayGameHtml, TEAM_GAME } from './decay-game-page.js';
import { EXPLORER_PAGE } from './explorer-link.js';
import { allPaths, pathKey, playAllPaths, type GameSpec } from './decay-game.js';
import { round } from './facts.js';
import type { Lesson, LessonWorld } from './lesson.js';

/** Ticks before the score is deployed, ticks per round, rounds (illustrative: a lesson-sized game). */
export const DEPLOY_TICK = 8;
export const ROUND_TICKS = 8;
export const ROUNDS = 3;
/** Accounts the class steers. */
const CLASS_ACCOUNTS = 10;
/** The choices on offer each round (strategy ids of src/dynamics/strategies.ts). */
export const GAME_CHOICES = ['organic', 'engagement-bots', 'bought-followers'] as const;

/** The class's accounts: the ten honest people whose follower count is nearest the median at the start (ties by id). */
export function classAccounts(w: LessonWorld, count = CLASS_ACCOUNTS): number[] {
  const first = w.result.snapshots[0]!;
  const fc = followerCounts(first.observation.follows);
  const honest: number[] = [];
  for (let i = 0; i < w.config.agents; i++) if (first.hidden.real[i] === 1 && first.hidden.role[i] === Role.honest) honest.push(i);
  const sorted = honest.map((i) => fc[i]!).sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)] ?? 0;
  return honest.sort((a, b) => Math.abs(fc[a]! - median) - Math.abs(fc[b]! - median) || a - b).slice(0, count);
}

export const goodhartDecayGame: Lesson = {
  id: 'goodhart-decay',
  title: 'The Goodhart decay game',
  point:
    "Once a score pays its top, gaming spreads and the score's agreement with true influence falls in most ways the game can go; gaming along makes the gaming spread faster.",
  story:
    'One hundred and sixty people. After eight ticks the platform deploys a Klout-like score with a public leaderboard: the ' +
    'top 5% earn perks and have their posts shown more. A few gamers start renting engagement or buying followers, and ' +
    'everyone copies, now and then, a followed account that is doing better. The class runs ten ordinary accounts: each round ' +
    "(eight ticks) it chooses what all ten do. The measure is the score's validity, its Spearman correlation with true " +
    'influence: 1 means the score ranks people exactly as they move others, 0 means no better than chance. All 27 ways the ' +
    'game can go were simulated with the same seed; the game below shows the one the class chooses. The network shows the ' +
    'world with nobody gaming.',
  ask:
    'Before each round: what will your accounts gain, and what will the score lose? After the game: did the score fall even ' +
    'when you stayed honest, and why? Who copied you? If you ran the platform, would you hide the formula, change it, or stop ' +
    'paying the top, and what would each do to the people who never gamed?',
  seed: 1,
  defaults: {
    agents: 160,
    ticks: DEPLOY_TICK + ROUNDS * ROUND_TICKS,
    roles: { gamer: 0.03 },
    activity: { recordEvery: ROUND_TICKS },
    // The follower market's stock: 150 bots that the class and the gamers rent. The attack itself
    // never acts (it starts after the run ends); it only creates the accounts.
    attacks: [{ id: 'bought-followers', params: { budget: 150, targets: 1, startTick: 1000000 } }],
  },
  factText: {
    accounts: 'Accounts the class runs: {}.',
    paths: 'Ways the game can go (all simulated): {}.',
    validityStart: "The score's validity before it is deployed: {}.",
    validityOrganic: 'Its validity after three rounds if the class stays organic every round: {}.',
    validityBots: 'If the class rents engagement every round: {}.',
    validityFollowers: 'If the class buys followers every round: {}.',
    validityLowest: 'The lowest validity of all 27 endings: {}.',
    validityHighest: 'The highest: {}.',
    validityMeanEnd: 'The average over all 27 endings: {}.',
    pathsBelowStart: 'Endings in which the score is less valid than before it was deployed: {} of 27.',
    gamingShareOrganic: 'Other people gaming at the end if the class stays organic: {%}.',
    gamingShareBots: 'Other people gaming at the end if the class rents engagement: {%}.',
    placeOrganic: "The class's best place on the leaderboard at the end, staying organic: number {}.",
    placeBots: "The class's best place at the end, renting engagement: number {}.",
  },
  scorers: ['klout-like', 'follower-count'],
  explorer: { scenario: 'goodhart-decay', question: 'What happens to a score once people are paid for ranking high on it?' },
  analyse(w) {
    const dyn = resolveDynamics({ deployTick: DEPLOY_TICK });
    const spec: GameSpec = { accounts: classAccounts(w), choices: GAME_CHOICES, rounds: ROUNDS, roundTicks: ROUND_TICKS };
    const tree = playAllPaths(w.config, dyn, spec);
    const node = (path: number[]) => tree.nodes.get(pathKey(path))!;
    const leaves = allPaths(GAME_CHOICES.length, ROUNDS).map(node);
    const start = node([]).validity;
    const organic = node([0, 0, 0]);
    const bots = node([1, 1, 1]);
    const followers = node([2, 2, 2]);
    const facts = {
      accounts: spec.accounts.length,
      paths: leaves.length,
      validityStart: round(start, 3),
      validityOrganic: round(organic.validity, 3),
      validityBots: round(bots.validity, 3),
      validityFollowers: round(followers.validity, 3),
      validityLowest: round(Math.min(...leaves.map((l) => l.validity)), 3),
      validityHighest: round(Math.max(...leaves.map((l) => l.validity)), 3),
      validityMeanEnd: round(leaves.reduce((a, l) => a + l.validity, 0) / leaves.length, 3),
      pathsBelowStart: leaves.filter((l) => l.validity < start).length,
      gamingShareOrganic: round(organic.gamingShare, 3),
      gamingShareBots: round(bots.gamingShare, 3),
      placeOrganic: organic.classBestPlace,
      placeBots: bots.classBestPlace,
    };
    // Validity falls on average and in at least two endings in three (the truth estimate and a
    // 160-person world are noisy), and the class's renting spreads gaming to others.
    const holds =
      facts.validityMeanEnd < facts.validityStart - 0.05 &&
      3 * facts.pathsBelowStart >= 2 * leaves.length &&
      facts.gamingShareBots > facts.gamingShareOrganic;
    const summary =
      `Before the score was deployed its validity was ${facts.validityStart}. After three rounds it was ${facts.validityOrganic} ` +
      `if the class stayed organic, ${facts.validityBots} if it rented engagement every round and ${facts.validityFollowers} if it ` +
      `bought followers; ${facts.pathsBelowStart} of ${leaves.length} endings are below the start.`;
    return {
      holds,
      summary,
      facts,
      chart: decayGameChart(tree, { title: "The score's validity, round by round, on every path the class can take" }),
      interactive: {
        heading: 'Play the game',
        text:
          'Each round, choose what your ten accounts do for the next eight ticks. The page shows what the model computed for ' +
          "your choices: the score's validity, how many others game, and your best place on the leaderboard.",
        html: decayGameHtml(tree, `${EXPLORER_PAGE}#game=${TEAM_GAME}&seed=${w.seed}`),
      },
    };
  },
};

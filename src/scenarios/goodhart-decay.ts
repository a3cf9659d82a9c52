/**
 * Goodhart's law as a simulation: a score that tracks influence on day one decays once people are
 * rewarded by it. The platform deploys a Klout-like score with perks and a visibility boost for the
 * top of its leaderboard; people imitate better-paid peers (Fermi rule), gaming spreads where it
 * pays, and the score's Spearman correlation with true influence falls. Interventions are run side
 * by side over seeds (src/dynamics/interventions.ts).
 * References: Goodhart (1975); Campbell (1979), "Assessing the impact of planned social change";
 * Szabó & Tőke (1998) for the imitation rule.
 */
import { runDecayScenario } from '../dynamics/scenario-run.js';
import type { Scenario } from './scenario.js';

export const goodhartDecay: Scenario = {
  id: 'goodhart-decay',
  title: "Goodhart's law: when the score becomes the target",
  summary: 'a deployed Klout-like score pays its top 5%; gaming spreads by imitation and validity decays; nine interventions compared',
  story:
    'A few hundred people post and react as they are moved. At tick 20 the platform deploys a Klout-like score with a public ' +
    'leaderboard: the top 5% earn perks and a visibility boost. A handful of gamers start renting engagement, buying followers, ' +
    'farming follow-backs, joining pods or spamming; everyone else has a hidden propensity to copy a followed account that is ' +
    "doing better. Gaming that pays spreads; gaming that does not dies out. The charts follow the score's validity — its " +
    'Spearman correlation with true influence — over time, next to the share of people gaming, and compare interventions: ' +
    'a trust-seeded or relational score, a hidden or rotating formula, a penalty for detected gaming, and paying the top 1% or 20%.',
  defaults: {
    agents: 500,
    ticks: 80,
    roles: { gamer: 0.03 },
    activity: { recordEvery: 5 },
    // The follower market's stock: 300 bots that adopters rent (bought follows, engagement). The
    // attack itself never acts (it starts after any run ends); it only creates the accounts.
    attacks: [{ id: 'bought-followers', params: { budget: 300, targets: 1, startTick: 1000000 } }],
  },
  scorers: ['klout-like', 'follower-count', 'trustrank', 'interaction-pagerank'],
  experiment: runDecayScenario,
};

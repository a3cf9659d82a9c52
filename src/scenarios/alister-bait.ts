/**
 * A-lister bait: gamers mention and reply to the most-followed accounts, hoping for a reply-back.
 * A score that weights each reaction by the reactor's own standing (Klout's Network part, Kred's
 * bonus for actors with many followers) pays handsomely for one reply from a celebrity.
 * Reference: Rao et al. (2015), "Klout score: measuring influence across multiple social networks"; Kred scoring guide (2012).
 */
import { liftsUnder, truthRiseBounded } from './claims/common.js';
import type { Scenario } from './scenario.js';

export const alisterBaitScenario: Scenario = {
  id: 'alister-bait',
  title: 'Rewards for engaging A-listers',
  summary: 'gamers bait celebrities into replying; reactor-weighted scores reward each reply-back, true influence does not move',
  story:
    'Ten gamers spend their days replying to and mentioning the twenty most-followed accounts. Now and then a celebrity ' +
    'answers. To a score that weights a reaction by the standing of the person reacting, one reply from an A-lister ' +
    "outweighs dozens from ordinary people, so the gamers climb. Nothing about them changed: the celebrity's reply moves " +
    "none of the celebrity's followers towards the gamer, and the gamers' own posts reach the same few people as before.",
  defaults: {
    agents: 2000,
    ticks: 30,
    roles: { gamer: 0.005, broadcaster: 0.01 },
    activity: { recordEvery: 6 },
    attacks: [{ id: 'alister-bait', params: { budget: 6000, targets: 10, rampTicks: 24, alisters: 20 } }],
  },
  scorers: ['klout-like', 'kred-like', 'reactions-received', 'mentions', 'follower-count', 'pagerank'],
  claims: [
    liftsUnder(
      'reactor-weighted-lift',
      'Baiting A-listers lifts the gamers under reactor-weighted scores (Klout-like, Kred-like) compared with a no-bait run of the same seed.',
      'alister-bait',
      ['klout-like', 'kred-like'],
      0.15,
      0.9,
      "A-listers' replies and mentions weigh more in scores that weight a reaction by who reacts",
    ),
    truthRiseBounded(
      'truth-barely-rises',
      'Their true influence rises by less than 25%, even though the replies they win can draw real followers (discovery follows on).',
      ['alister-bait'],
      "a reaction from a high-standing account adds no tie that carries influence; the gamers' only path to real influence is the followers the replies draw by discovery",
    ),
  ],
  report: { scatter: ['klout-like', 'kred-like'], driftMeasures: ['spearman', 'auc-honest-gamer'] },
  sweep: {
    attack: 'alister-bait',
    budgets: [0, 1500, 3000, 6000],
    measure: 'auc-honest-gamer',
    threshold: 0.9,
    scorers: ['klout-like', 'kred-like', 'reactions-received', 'follower-count'],
  },
};

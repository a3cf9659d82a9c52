/**
 * Perks, or paid word of mouth: a brand pays the highest-standing accounts it can see to post and
 * mention it (Klout Perks, 2011-2014). The score has become a target; the mentions lift the brand
 * under scores that weight reactions by the reactor's standing, while paid posts persuade less.
 * Reference: Klout Perks; Tuk et al. (2009), J. Consumer Psychology (paid endorsements persuade less).
 */
import { liftsUnder, truthRiseBounded } from './claims/common.js';
import type { Scenario } from './scenario.js';

export const perksScenario: Scenario = {
  id: 'perks',
  title: 'Perks: paid word of mouth',
  summary: 'a brand pays top accounts to mention it: reactor-weighted scores reward the brand, true influence does not follow',
  story:
    'Five brands pay the twenty most-followed accounts to post about them, ten paid posts a tick between them. Each paid ' +
    "post mentions the brand and reaches the poster's audience, but a paid endorsement persuades less than a sincere one " +
    "(the hidden layer scales the poster's appeal down for it). To a score that weights a mention by the mentioner's own " +
    'standing, the brands now look like the people celebrities talk about. Their true influence — how many people their own ' +
    'messages move — barely changes: the mentions draw a few real followers by discovery, and the brands end within a ' +
    'few per cent of where they would have been.',
  defaults: {
    agents: 2000,
    ticks: 30,
    roles: { gamer: 0.0025, broadcaster: 0.01 },
    // New follows by discovery are on (the default triadicShare 0.6): the attack's visible activity
    // can win real followers, so the truth claim could fail.
    activity: { recordEvery: 6 },
    attacks: [{ id: 'perks', params: { budget: 300, targets: 5, rampTicks: 24, recipients: 20 } }],
  },
  scorers: ['klout-like', 'kred-like', 'mentions', 'reactions-received', 'follower-count', 'pagerank'],
  claims: [
    liftsUnder(
      'reactor-weighted-lift',
      'Paid mentions lift the brands under reactor-weighted scores (Klout-like, Kred-like) compared with a no-perks run of the same seed.',
      'perks',
      ['klout-like', 'kred-like'],
      0.15,
      0.9,
      'paid mentions by well-followed accounts weigh more in scores that weight a reaction by who reacts',
    ),
    truthRiseBounded(
      'truth-barely-rises',
      'Even where the mentions can win the brands real followers (discovery follows on), their true influence rises by less than 25%.',
      ['perks'],
      "a reaction from a high-standing account adds no tie that carries influence; the brands' only path to real influence is the followers the mentions draw by discovery",
    ),
  ],
  report: { scatter: ['kred-like', 'klout-like'], driftMeasures: ['spearman', 'auc-honest-gamer'] },
  sweep: {
    attack: 'perks',
    budgets: [0, 75, 150, 300],
    measure: 'auc-honest-gamer',
    threshold: 0.9,
    scorers: ['klout-like', 'kred-like', 'mentions', 'follower-count'],
  },
};

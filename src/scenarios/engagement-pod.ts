/**
 * Engagement pod: a group of gamers agrees to like and reshare every member's post within minutes.
 * Reactions pile up, reactions are reciprocal and repeated — everything engagement scores and even
 * reciprocity-based scores reward — while nobody outside the pod is moved.
 * Reference: O'Meara (2019), "Weapons of the weak: digital labor and engagement pods", Social Media + Society.
 */
import { liftsUnder, truthDoesNotRise } from './claims/common.js';
import type { Scenario } from './scenario.js';

export const engagementPodScenario: Scenario = {
  id: 'engagement-pod',
  title: 'An engagement pod',
  summary: "a dozen gamers react to each other's every post: engagement scores climb, true influence does not",
  story:
    'Twelve ordinary accounts form a pod. Each posts one extra time a tick and every other member likes and reshares ' +
    'each post at once. The platform sees a burst of engagement: many reactions, from real accounts, returned and ' +
    'repeated. Reaction counts, the Klout-like score and even scores that count only reciprocal, repeated interaction ' +
    'rank the pod members higher and higher as the pod grows busy. The hidden layer sees people who were not moved ' +
    'reacting out of obligation: the members reach no more real people than before.',
  defaults: {
    agents: 2000,
    ticks: 30,
    roles: { gamer: 0.006, broadcaster: 0.005 },
    // New follows come from friends of friends only (no discovery through reactions), so gaming
    // activity cannot buy real exposure: the claim isolates what the attack does to the scores.
    activity: { recordEvery: 6, triadicShare: 1 },
    // Budgets per 1,000 real accounts (the same budgets as before at the default 2,000 agents), so gaming keeps its weight at any --agents.
    attacks: [{ id: 'engagement-pod', params: { budgetPer1000: 2000, targets: 12, rampTicks: 24, postsPerTick: 1, reshares: true } }],
  },
  scorers: ['reactions-received', 'engagement-rate', 'klout-like', 'reciprocal-ties', 'interaction-pagerank', 'follower-count'],
  claims: [
    liftsUnder(
      'pod-lifts-engagement',
      'The pod lifts its members under engagement scores: their Klout-like and reactions-received percentiles rise well above a no-pod run of the same seed.',
      'engagement-pod',
      ['klout-like', 'reactions-received'],
      0.1,
      undefined,
      "pod members like and reshare each other's posts every tick",
    ),
    liftsUnder(
      'reciprocal-ties-fooled',
      'Even a score that counts only reciprocal, repeated interaction (reciprocal ties, after TrueTop) is fooled: pod members rise under it too.',
      'engagement-pod',
      ['reciprocal-ties'],
      0.15,
      undefined,
      "pod members' interaction is reciprocal and repeated by design",
    ),
    truthDoesNotRise(
      'truth-unchanged',
      "The pod does not raise its members' true influence.",
      ['engagement-pod'],
      'the pod adds reactions, not ties that carry influence',
    ),
  ],
  report: { scatter: ['klout-like', 'reciprocal-ties'], driftMeasures: ['spearman', 'gamer-share-at-k'] },
  sweep: {
    attack: 'engagement-pod',
    budgets: [0, 1000, 2000, 4000],
    measure: 'gamer-share-at-k',
    scorers: ['reactions-received', 'klout-like', 'reciprocal-ties', 'follower-count'],
  },
};

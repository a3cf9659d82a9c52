/**
 * Attention is not influence (the million follower fallacy): broadcasters gather huge audiences
 * that follow thousands of accounts and are rarely moved, while a few well-tied people move many.
 * Reference: Cha et al. (2010), ICWSM, "Measuring user influence in Twitter: the million follower fallacy".
 */
import type { Scenario } from './scenario.js';

export const attentionVsInfluence: Scenario = {
  id: 'attention-vs-influence',
  title: 'Attention is not influence',
  summary: 'broadcasters top the follower counts; well-tied people move more (million follower fallacy)',
  story:
    'A few thousand people in a dozen communities, with broadcasters whose audiences are large but loosely tied and ' +
    'already following hundreds of accounts each. A handful of gamers buy followers or farm follow-backs. ' +
    'Follower counts and attention scores rank the broadcasters and the gamers near the top; the hidden truth — ' +
    'how many real people a message actually moves — ranks the well-connected members of each community higher. ' +
    'The gap is widest at the top, where scores are used.',
  defaults: {
    agents: 2000,
    ticks: 30,
    roles: { broadcaster: 0.01, gamer: 0.01 },
    activity: { recordEvery: 6 },
    attacks: [
      { id: 'bought-followers', params: { budget: 3000, targets: 10, rampTicks: 20 } },
      { id: 'follow-farming', params: { budget: 2000, targets: 10, rampTicks: 20 } },
    ],
  },
  scorers: ['follower-count', 'reactions-received', 'klout-like', 'pagerank', 'interaction-pagerank', 'collusionrank'],
  claims: [
    'Follower count agrees with true influence overall, but much less among the most-followed 10%: Spearman ρ within the top 10% by followers is lower than over all real people.',
    'Bought followers carry gamers into the follower-count top 10, while the true top 10 holds no gamer.',
    'Attention scores over-rank broadcasters: the Klout-like top 10 holds more broadcasters than the true top 10.',
  ],
  report: { scatter: ['follower-count', 'klout-like'], driftMeasures: ['spearman', 'gamer-share-at-k'] },
  sweep: { attack: 'bought-followers', budgets: [0, 1500, 3000, 6000], measure: 'gamer-share-at-k', scorers: ['follower-count', 'klout-like', 'pagerank', 'collusionrank'] },
};

/**
 * Bought followers vs engaging bots: one group of gamers buys inert followers, another runs a
 * small fleet of bots that follow, like, reshare and mention them. Follower counts rise for both;
 * scores built on reactions rise only for the second; true influence rises for neither.
 * Reference: Stringhini et al. (2013), IMC (follower markets); Ferrara et al. (2016), CACM (social bots).
 */
import type { Scenario } from './scenario.js';

export const boughtVsEngaging: Scenario = {
  id: 'bought-vs-engaging',
  title: 'Bought followers vs engaging bots',
  summary: 'inert bought followers inflate follower counts only; engaging bots inflate engagement scores too; truth moves for neither',
  story:
    'Twenty gamers want to look influential. Ten buy followers by the thousand: fake accounts that follow them and do ' +
    'nothing else. Ten rent a fleet of thirty bots that follow them, follow back anyone who follows a bot, and like, ' +
    'reshare and mention their posts every tick. Follower counts climb for both groups. The Klout-like score, built on ' +
    'reactions, barely notices the silent followers but rises with the bots\' applause. Nobody real is moved by either: ' +
    'bots cannot be persuaded and pass nothing on, so the gamers\' true influence stays where it was.',
  defaults: {
    agents: 2000,
    ticks: 30,
    roles: { gamer: 0.01, broadcaster: 0.005 },
    // New follows come from friends of friends only (no discovery through reactions), so gaming
    // activity cannot buy real exposure: the claim isolates what the attack does to the scores.
    activity: { recordEvery: 6, triadicShare: 1 },
    attacks: [
      { id: 'bought-followers', params: { budget: 3000, targets: 10, rampTicks: 24, camouflage: 2 } },
      { id: 'engaging-bots', params: { budget: 4000, targets: 10, rampTicks: 24, bots: 30, actionsPerBot: 5 } },
    ],
  },
  scorers: ['follower-count', 'reactions-received', 'klout-like', 'kred-like', 'pagerank', 'interaction-pagerank'],
  claims: [
    'Bought inert followers raise the buyers\' follower count but barely move their Klout-like score.',
    'Engaging bots raise their clients\' Klout-like score (and follower count).',
    'Neither raises true influence: the gamers move as many real people as they would have without gaming.',
  ],
  report: { scatter: ['follower-count', 'klout-like'], driftMeasures: ['spearman', 'gamer-share-at-k'] },
  sweep: { attack: 'engaging-bots', budgets: [0, 1000, 2000, 4000], measure: 'auc-honest-gamer', threshold: 0.9, scorers: ['follower-count', 'klout-like', 'kred-like', 'interaction-pagerank'] },
};

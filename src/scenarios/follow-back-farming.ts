/**
 * Follow-back farming: gamers follow thousands of accounts, keep the ones that follow back and drop
 * the rest; "social capitalists" who follow back anyone feed the farms. Follower counts and
 * PageRank reward the farmers; a Collusionrank-style scorer discounts both the farmers and the
 * capitalists who follow them back.
 * Reference: Ghosh et al. (2012), "Understanding and combating link farming in the Twitter social network", WWW.
 */
import type { Scenario } from './scenario.js';

export const followBackFarming: Scenario = {
  id: 'follow-back-farming',
  title: 'Follow-back farming',
  summary: 'gamers farm follow-backs from social capitalists; PageRank lifts them, Collusionrank pushes farmers and capitalists down',
  story:
    'Ten gamers follow accounts by the thousand, preferring those that look like they follow back, and unfollow whoever ' +
    'does not return the favour within a few ticks. Social capitalists (5% of people) follow back nearly everyone. ' +
    'Every farmed follow is real on the platform and worthless in the hidden layer: nobody is moved through it. ' +
    'Follower counts and PageRank climb with each returned follow; a Collusionrank-style scorer, which spreads distrust ' +
    'from the farming signature to the accounts that follow farmers back, pushes down both the farmers and their partners.',
  defaults: {
    agents: 2000,
    ticks: 30,
    roles: { capitalist: 0.05, gamer: 0.005, broadcaster: 0.005 },
    activity: { recordEvery: 6 },
    attacks: [{ id: 'follow-farming', params: { budget: 8000, targets: 10, rampTicks: 24 } }],
  },
  scorers: ['follower-count', 'pagerank', 'collusionrank', 'klout-like', 'reciprocal-ties', 'interaction-pagerank'],
  claims: [
    'PageRank lifts the farmers: their PageRank percentile is well above their true-influence percentile.',
    'The Collusionrank-style scorer pushes the farmers down, below where PageRank puts them.',
    'It also pushes down the social capitalists who follow them back, below where PageRank puts them.',
  ],
  report: { scatter: ['pagerank', 'collusionrank'], driftMeasures: ['spearman', 'auc-honest-gamer'] },
  sweep: { attack: 'follow-farming', budgets: [0, 2000, 4000, 8000], measure: 'auc-honest-gamer', threshold: 0.9, scorers: ['follower-count', 'pagerank', 'collusionrank', 'reciprocal-ties'] },
  focus: [{ label: 'farmer', attack: 'follow-farming', description: 'a gamer running the follow-for-follow farm' }],
};

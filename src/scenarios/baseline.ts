/**
 * Baseline: the same kind of world with no gaming at all, the reference every other story is
 * compared with, and the scenario to use with your own topology (`--graph FILE`).
 */
import type { Scenario } from './scenario.js';

export const baseline: Scenario = {
  id: 'baseline',
  title: 'Baseline: no gaming',
  summary: 'honest people and broadcasters only, no attacks: how far attention scores drift without anyone gaming',
  story:
    'Nobody games here. Honest people post, react when something moves them, follow friends of friends; broadcasters ' +
    "collect large, loosely tied audiences. Whatever distance remains between a score and the truth is the metric's own: " +
    'attention measured in place of influence. Use it with your own topology: goodhart run baseline --graph edges.csv.',
  defaults: {
    agents: 3000,
    ticks: 30,
    roles: { gamer: 0 },
    attacks: [],
  },
  scorers: ['follower-count', 'reactions-received', 'klout-like', 'pagerank', 'interaction-pagerank'],
};

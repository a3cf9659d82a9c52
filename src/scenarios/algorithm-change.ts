/**
 * The algorithm change: a scorer changes its weights overnight (Klout, October 2011 and August
 * 2012). Version 2 of the Klout-like score rewards raw activity volume, so a chatty, low-influence
 * "nephew" who posts all day overtakes real bloggers whose posts actually move people.
 * The nephew is one low-appeal account (a gamer, half an honest person's appeal) that the
 * `volume-spam` attack makes post many times a tick; the scenario marks him as a focus account.
 * Reference: Klout's 2011/2012 score changes (public announcements); Rao et al. (2015).
 */
import type { Scenario } from './scenario.js';

export const algorithmChange: Scenario = {
  id: 'algorithm-change',
  title: 'The algorithm change',
  summary: 'klout-like v1 -> v2 rewards volume: a chatty low-influence "nephew" overtakes real bloggers; rank churn between versions',
  story:
    'One account — call him the nephew — has little to say and says it all day: twenty posts a tick, liked now and then out of ' +
    'politeness, moving almost no one. Version 1 of the Klout-like score, which counts unique reactors, reactions per post ' +
    'and who reacts, already likes his stream of casual likes, but still ranks a handful of real bloggers above him. ' +
    'Version 2 changes the weights: raw activity volume counts, every kind of reaction weighs alike and the selectivity ' +
    'discount is weaker. Overnight the nephew overtakes bloggers whose posts move ten to a hundred times more people, and ' +
    'the whole ranking churns. Nothing in the world changed, only the scorer.',
  defaults: {
    agents: 2000,
    ticks: 30,
    roles: { gamer: 0, broadcaster: 0.005 },
    activity: { recordEvery: 6 },
    attacks: [{ id: 'volume-spam', params: { budget: 600, targets: 1, rampTicks: 30 } }],
  },
  scorers: ['klout-like', 'klout-like@v2', 'follower-count', 'reactions-received', 'pagerank'],
  claims: [
    'The change lets the nephew overtake real bloggers: at least one of the true top 20, ranked above him by klout-like v1, ranks below him under klout-like@v2, although its true influence is at least ten times his.',
    'The nephew climbs: his rank under v2 is better than under v1.',
    'The change churns the ranking: part of the top 10 is replaced and many pairs of accounts swap order.',
  ],
  report: { scatter: ['klout-like', 'klout-like@v2'], driftMeasures: ['spearman', 'precision-at-k'], versions: [{ from: 'klout-like', to: 'klout-like@v2' }] },
  sweep: { attack: 'volume-spam', budgets: [0, 300, 600, 1200], measure: 'gamer-share-at-k', scorers: ['klout-like', 'klout-like@v2', 'reactions-received'] },
  focus: [{ label: 'nephew', attack: 'volume-spam', description: 'a chatty, low-appeal account that posts twenty times a tick' }],
};

/**
 * The silent majority: about 90% of people read but never react (the 90-9-1 rule), yet they are
 * moved like anyone else. Engagement scores see only the visible minority, so whole influence
 * paths leave no trace.
 * Reference: Nielsen (2006), "Participation inequality: the 90-9-1 rule"; Cha et al. (2010), ICWSM.
 */
import type { Scenario } from './scenario.js';

export const silentMajority: Scenario = {
  id: 'silent-majority',
  title: 'The silent majority',
  summary: 'most people are moved without reacting (90-9-1): engagement scores miss whole influence paths',
  story:
    'Nobody games here. Nine people in ten only read; one in eleven of the rest comments now and then; a few create. ' +
    'A message that moves a lurker leaves no like, no reply, no reshare, although the lurker may pass it on by word of mouth. ' +
    'Scores built on reactions (reactions received, engagement rate, the Klout-like score) count only the visible minority, ' +
    'so they rank people by how visible their audience is rather than by how many people they move. Follower count and ' +
    'graph scores, blind to reactions, do better here; the report shows how much of the influence is silent.',
  defaults: {
    agents: 2000,
    ticks: 30,
    roles: { gamer: 0, broadcaster: 0.005 },
    activity: { recordEvery: 6 },
    attacks: [],
  },
  scorers: ['follower-count', 'reactions-received', 'engagement-rate', 'klout-like', 'pagerank', 'coreness'],
  claims: [
    'Most people a message moves leave no public trace: over the run, real people moved outnumber all public reactions at least three to one.',
    'Scores built on reactions agree with true influence less than follower count does (Spearman ρ).',
    'Some of the truly influential are nearly invisible to engagement scores: part of the true top 10 sits outside the reactions-received top 10%.',
  ],
  report: { scatter: ['reactions-received', 'follower-count'], driftMeasures: ['spearman', 'precision-at-k'] },
};

/**
 * The silent majority: about 90% of people read but never react (the 90-9-1 rule), yet they are
 * moved like anyone else. Engagement scores see only the visible minority, so whole influence
 * paths leave no trace.
 * Reference: Nielsen (2006), "Participation inequality: the 90-9-1 rule"; Cha et al. (2010), ICWSM.
 */
import { fmt, outcome } from './claims/claim.js';
import { rankOf, spearmanAmong, topK } from './claims/claim-stats.js';
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
    {
      id: 'moved-outnumber-reactions',
      text: 'Most people a message moves leave no public trace: over the run, real people moved outnumber all public reactions at least three to one.',
      mechanism: 'being moved is hidden; only likes, reshares, replies and mentions are public',
      evaluate(w) {
        let moved = 0;
        let reactions = 0;
        for (const t of w.ticks) {
          moved += t.moved;
          reactions += t.likes + t.reshares + t.replies + t.mentions;
        }
        return outcome(
          `${moved} real people moved, ${reactions} public reactions (needs moved > 3 × reactions)`,
          { moved, reactions },
          moved > 3 * reactions,
        );
      },
    },
    {
      id: 'reactions-below-followers',
      text: 'Scores built on reactions agree with true influence less than follower count does (Spearman ρ).',
      mechanism: 'most people post rarely and most reactions are never made public, so reaction counts are sparse',
      evaluate(w) {
        const fc = spearmanAmong(w.score('follower-count'), w.truth, w.real);
        const values: Record<string, number> = { 'follower-count': fc };
        const checks: boolean[] = [];
        const parts: string[] = [];
        for (const id of ['reactions-received', 'engagement-rate', 'klout-like']) {
          const rho = spearmanAmong(w.score(id), w.truth, w.real);
          values[id] = rho;
          checks.push(rho < fc - 0.1);
          parts.push(`${id} ${fmt(rho)}`);
        }
        return outcome(
          `ρ with truth: follower-count ${fmt(fc)}; ${parts.join(', ')} (each needs < follower-count − 0.10)`,
          values,
          ...checks,
        );
      },
    },
    {
      id: 'influential-but-invisible',
      text: 'Some of the truly influential are nearly invisible to engagement scores: part of the true top 10 sits outside the reactions-received top 10%.',
      mechanism: "the truly influential are moved-but-silent audiences' favourites, which reaction counts miss",
      evaluate(w) {
        const rr = w.score('reactions-received');
        const outside = topK(w.truth, 10, w.real).filter((i) => rankOf(rr, i, w.real) > 0.1 * w.real.length).length;
        return outcome(`${outside} of the true top 10 outside the reactions-received top 10% (needs ≥ 1)`, { outside }, outside >= 1);
      },
    },
  ],
  report: { scatter: ['reactions-received', 'follower-count'], driftMeasures: ['spearman', 'precision-at-k'] },
};

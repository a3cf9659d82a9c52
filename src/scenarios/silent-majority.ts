/**
 * The silent majority: about 90% of people read but rarely react or post (the 90-9-1 rule), yet
 * they are moved like anyone else. Most influence leaves no public trace; reaction-based scores
 * rank people badly here mainly because most people post too rarely to collect reactions
 * (tests/scenarios/claims-ablation.test.ts separates the two).
 * Reference: Nielsen (2006), "Participation inequality: the 90-9-1 rule"; Cha et al. (2010), ICWSM.
 */
import { fmt, outcome } from './claims/claim.js';
import { rankOf, spearmanAmong, topK } from './claims/claim-stats.js';
import type { Scenario } from './scenario.js';

export const silentMajority: Scenario = {
  id: 'silent-majority',
  title: 'The silent majority',
  summary: 'most people are moved without reacting (90-9-1); reaction scores miss the many who rarely post',
  story:
    'Nobody games here. Nine people in ten only read; one in eleven of the rest comments now and then; a few create. ' +
    'A message that moves a lurker leaves no like, no reply, no reshare, although the lurker may pass it on by word of mouth: ' +
    'most of the influence is silent. Yet that is not why reaction-based scores (reactions received, engagement rate, the ' +
    'Klout-like score) rank people badly here. Lurkers post about once a month, so a third of all people post nothing in ' +
    'the run and four in five receive no reaction at all: a reaction score cannot see a person who does not post, however far ' +
    'their messages would travel. Making every moved person react barely helps; letting lurkers post as often as ' +
    'contributors closes most of the gap. Follower count and graph scores, blind to posting, do better.',
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
      mechanism:
        'being moved is hidden: a moved lurker reacts publicly with chance 0.03 (illustrative); ablation: every moved person reacting makes the claim fail',
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
      text:
        'Scores built on reactions agree with true influence far less than follower count does (Spearman ρ lower by more than 0.20), ' +
        'because most people post too rarely to collect any reaction.',
      mechanism:
        'posting sparsity: lurkers post 0.03 times a tick (illustrative), so most real people receive no reaction; ablation: ' +
        'lurkers posting 0.25 a tick makes the claim fail, every moved person reacting does not',
      evaluate(w) {
        const fc = spearmanAmong(w.score('follower-count'), w.truth, w.real);
        const rr = w.score('reactions-received');
        const posts = w.final.observation.posts;
        let silent = 0;
        let unseen = 0;
        for (const i of w.real) {
          if (posts[i] === 0) silent++;
          if (rr[i] === 0) unseen++;
        }
        const noPost = silent / w.real.length;
        const noReaction = unseen / w.real.length;
        const values: Record<string, number> = { 'follower-count': fc, noPost, noReaction };
        const checks: boolean[] = [];
        const parts: string[] = [];
        for (const id of ['reactions-received', 'engagement-rate', 'klout-like']) {
          const rho = spearmanAmong(w.score(id), w.truth, w.real);
          values[id] = rho;
          checks.push(rho < fc - 0.2);
          parts.push(`${id} ${fmt(rho)}`);
        }
        return outcome(
          `ρ with truth: follower-count ${fmt(fc)}; ${parts.join(', ')} (each needs < follower-count − 0.20); ` +
            `${fmt(100 * noPost, 0)}% of real people posted nothing, ${fmt(100 * noReaction, 0)}% received no reaction (needs over half)`,
          values,
          ...checks,
          noReaction > 0.5,
        );
      },
    },
    {
      id: 'influential-but-invisible',
      text: 'Some of the truly influential are nearly invisible to engagement scores: part of the true top 10 sits outside the reactions-received top 10%.',
      mechanism:
        'posting sparsity: truth counts what one message would do, and people who seldom post collect few reactions however far ' +
        'their messages travel; ablation: lurkers posting 0.25 a tick makes the claim fail, every moved person reacting does not',
      evaluate(w) {
        const rr = w.score('reactions-received');
        const outside = topK(w.truth, 10, w.real).filter((i) => rankOf(rr, i, w.real) > 0.1 * w.real.length).length;
        return outcome(`${outside} of the true top 10 outside the reactions-received top 10% (needs ≥ 1)`, { outside }, outside >= 1);
      },
    },
  ],
  report: { scatter: ['reactions-received', 'follower-count'], driftMeasures: ['spearman', 'precision-at-k'] },
};

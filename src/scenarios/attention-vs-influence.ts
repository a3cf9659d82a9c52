/**
 * Attention is not influence (the million follower fallacy): broadcasters gather huge audiences
 * that follow thousands of accounts and are rarely moved, while a few well-tied people move many.
 * Reference: Cha et al. (2010), ICWSM, "Measuring user influence in Twitter: the million follower fallacy".
 */
import { Role } from '../model/roles.js';
import { fmt, outcome } from './claims/claim.js';
import { copulaTopSpearmanNull, countRole, spearmanAmong, topK } from './claims/claim-stats.js';
import type { Scenario } from './scenario.js';

/** Draws of the top-decile-gap claim's null model; its band is their 2.5th–97.5th percentiles (illustrative). */
const NULL_REPLICATES = 200;

export const attentionVsInfluence: Scenario = {
  id: 'attention-vs-influence',
  title: 'Attention is not influence',
  summary: 'broadcasters top the follower counts; well-tied people move more (million follower fallacy)',
  story:
    'A few thousand people in a dozen communities, with broadcasters whose audiences are large but loosely tied and ' +
    'already following hundreds of accounts each. A handful of gamers buy followers or farm follow-backs. ' +
    'Follower counts and attention scores rank the broadcasters and the gamers near the top; the hidden truth — ' +
    'how many real people a message actually moves — ranks the well-connected members of each community higher. ' +
    'Agreement is lowest at the top, where scores are used — though, the run checks, no lower than ranking inside any group ' +
    'selected on followers makes it (range restriction).',
  defaults: {
    agents: 2000,
    ticks: 30,
    roles: { broadcaster: 0.01, gamer: 0.01 },
    activity: { recordEvery: 6 },
    // Budgets per 1,000 real accounts (the same budgets as before at the default 2,000 agents), so gaming keeps its weight at any --agents.
    attacks: [
      { id: 'bought-followers', params: { budgetPer1000: 1500, targets: 10, rampTicks: 20 } },
      { id: 'follow-farming', params: { budgetPer1000: 1000, targets: 10, rampTicks: 20 } },
    ],
  },
  scorers: ['follower-count', 'reactions-received', 'klout-like', 'pagerank', 'interaction-pagerank', 'collusionrank'],
  claims: [
    {
      id: 'top-decile-gap',
      text:
        'Follower count agrees with true influence overall, much less among the most-followed 10% — and that drop is what ranking ' +
        'inside a group already selected on followers does to any score: it is no larger than in a structure-free world with the same overall agreement.',
      mechanism:
        'range restriction (selection on followers); compared with a Gaussian-copula null of the same overall ρ, and ablated by taking a random 10% instead of the top 10%',
      evaluate(w) {
        const fc = w.score('follower-count');
        const overall = spearmanAmong(fc, w.truth, w.real);
        const m = Math.round(w.real.length * 0.1);
        const atTop = spearmanAmong(fc, w.truth, topK(fc, m, w.real));
        const nul = copulaTopSpearmanNull(overall, w.real.length, m, NULL_REPLICATES, w.nullRng('top-decile-gap'));
        return outcome(
          `ρ ${fmt(overall)} overall, ${fmt(atTop)} within the top 10% by followers; range-restriction null ${fmt(nul.mean)} [${fmt(nul.lo)}, ${fmt(nul.hi)}] ` +
            '(needs overall > 0.50, a gap > 0.20, and the top-10% ρ not below the null band)',
          { overall, atTop, nullMean: nul.mean, nullLo: nul.lo, nullHi: nul.hi },
          overall > 0.5,
          atTop < overall - 0.2,
          atTop >= nul.lo,
        );
      },
    },
    {
      id: 'bought-into-top10',
      text: 'Bought followers carry gamers into the follower-count top 10, while the true top 10 holds no gamer.',
      mechanism: 'bought followers are inert accounts that follow but never react',
      evaluate(w) {
        const byFollowers = countRole(w.role, topK(w.score('follower-count'), 10), Role.gamer);
        const byTruth = countRole(w.role, topK(w.truth, 10), Role.gamer);
        return outcome(
          `${byFollowers} gamers in the follower-count top 10 (needs ≥ 2), ${byTruth} in the true top 10 (needs 0)`,
          { byFollowers, byTruth },
          byFollowers >= 2,
          byTruth === 0,
        );
      },
    },
    {
      id: 'broadcasters-over-ranked',
      text: 'Attention scores over-rank broadcasters: the Klout-like top 10 holds more broadcasters than the true top 10.',
      mechanism: 'attention scores count audience size and reactions, not how strongly the audience is tied',
      evaluate(w) {
        const klout = countRole(w.role, topK(w.score('klout-like'), 10), Role.broadcaster);
        const truth = countRole(w.role, topK(w.truth, 10), Role.broadcaster);
        return outcome(
          `${klout} broadcasters in the Klout-like top 10, ${truth} in the true top 10 (needs more in the Klout-like)`,
          { klout, truth },
          klout > truth,
        );
      },
    },
  ],
  report: { scatter: ['follower-count', 'klout-like'], driftMeasures: ['spearman', 'gamer-share-at-k'] },
  sweep: {
    attack: 'bought-followers',
    budgets: [0, 1500, 3000, 6000],
    measure: 'gamer-share-at-k',
    scorers: ['follower-count', 'klout-like', 'pagerank', 'collusionrank'],
  },
};

/**
 * Follow-back farming: gamers follow thousands of accounts, keep the ones that follow back and drop
 * the rest; "social capitalists" who follow back anyone feed the farms. Follower counts and
 * PageRank reward the farmers; a Collusionrank-style scorer discounts both the farmers and the
 * capitalists who follow them back.
 * Reference: Ghosh et al. (2012), "Understanding and combating link farming in the Twitter social network", WWW.
 */
import { Role } from '../model/roles.js';
import { fmt, notCheckable, outcome } from './claims/claim.js';
import { meanPercentile, median, rankOf, spearmanAmong, withRole } from './claims/claim-stats.js';
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
    'from the farming signature to the accounts that follow farmers back, pushes down both the farmers and their partners. ' +
    'It pays for it: it agrees with true influence far less than PageRank overall, farming or not, and ranks the social ' +
    'capitalists, truly above the median, near the bottom.',
  defaults: {
    agents: 2000,
    ticks: 30,
    roles: { capitalist: 0.05, gamer: 0.005, broadcaster: 0.005 },
    activity: { recordEvery: 6 },
    attacks: [{ id: 'follow-farming', params: { budget: 8000, targets: 10, rampTicks: 24 } }],
  },
  scorers: ['follower-count', 'pagerank', 'collusionrank', 'klout-like', 'reciprocal-ties', 'interaction-pagerank'],
  claims: [
    {
      id: 'pagerank-lifts-farmers',
      text: 'PageRank lifts the farmers: their PageRank percentile is well above their true-influence percentile.',
      mechanism: 'follow-backs give the farmers many in-links, which PageRank counts whoever sends them',
      evaluate(w) {
        const farmers = [...w.targets('follow-farming')];
        if (farmers.length === 0) return notCheckable('no farmers');
        const pr = farmers.map((i) => rankOf(w.score('pagerank'), i, w.real));
        const truth = farmers.map((i) => rankOf(w.truth, i, w.real));
        const above = farmers.filter((_, j) => pr[j]! < truth[j]!).length;
        return outcome(
          `${above} of ${farmers.length} farmers ranked higher by PageRank than by truth (needs all); median rank ${median(pr)} by PageRank vs ${median(truth)} by truth (needs 3× better)`,
          { above, farmers: farmers.length, medianPageRank: median(pr), medianTruth: median(truth) },
          above === farmers.length,
          median(pr) * 3 < median(truth),
        );
      },
    },
    {
      id: 'collusionrank-pushes-farmers-down',
      text: 'The Collusionrank-style scorer pushes the farmers down, below where PageRank puts them.',
      mechanism: 'Collusionrank propagates distrust back along follows from accounts that follow indiscriminately',
      evaluate(w) {
        const farmers = [...w.targets('follow-farming')];
        if (farmers.length === 0) return notCheckable('no farmers');
        const below = farmers.filter((i) => rankOf(w.score('collusionrank'), i, w.real) > rankOf(w.score('pagerank'), i, w.real)).length;
        const cr = meanPercentile(w.score('collusionrank'), w.real, farmers);
        const truth = meanPercentile(w.truth, w.real, farmers);
        return outcome(
          `${below} of ${farmers.length} farmers ranked lower by Collusionrank than by PageRank (needs all); mean percentile ${fmt(cr)} by Collusionrank vs ${fmt(truth)} by truth (needs 0.30 lower)`,
          { below, farmers: farmers.length, collusionrank: cr, truth },
          below === farmers.length,
          cr < truth - 0.3,
        );
      },
    },
    {
      id: 'capitalists-pushed-down',
      text: 'It also pushes down the social capitalists who follow them back, below where PageRank puts them.',
      mechanism:
        'social capitalists follow many (4× the average) and follow back indiscriminately (illustrative), so distrust reaches them too; ' +
        'ablation: capitalists who follow like anyone else are not pushed down',
      evaluate(w) {
        const caps = withRole(w.role, Role.capitalist);
        if (caps.length === 0) return notCheckable('no social capitalists');
        const cr = meanPercentile(w.score('collusionrank'), w.real, caps);
        const pr = meanPercentile(w.score('pagerank'), w.real, caps);
        return outcome(
          `${caps.length} social capitalists' mean percentile: ${fmt(cr)} by Collusionrank vs ${fmt(pr)} by PageRank (needs 0.20 lower)`,
          { collusionrank: cr, pagerank: pr, capitalists: caps.length },
          cr < pr - 0.2,
        );
      },
    },
    {
      id: 'collusionrank-costs-accuracy',
      text:
        "Collusionrank pays for it: its agreement with true influence over all real people (Spearman ρ) is far below PageRank's, " +
        'and it ranks the social capitalists, truly above the median, near the bottom.',
      mechanism:
        'the distrust it spreads from the farming signature also reaches honest accounts that follow many and follow back ' +
        '(social capitalists follow 4× the average and follow back 90%; illustrative) and flows on to their followers',
      evaluate(w) {
        const caps = withRole(w.role, Role.capitalist);
        if (caps.length === 0) return notCheckable('no social capitalists');
        const crRho = spearmanAmong(w.score('collusionrank'), w.truth, w.real);
        const prRho = spearmanAmong(w.score('pagerank'), w.truth, w.real);
        const crCaps = meanPercentile(w.score('collusionrank'), w.real, caps);
        const truthCaps = meanPercentile(w.truth, w.real, caps);
        return outcome(
          `ρ with truth ${fmt(crRho)} for Collusionrank vs ${fmt(prRho)} for PageRank (needs 0.20 lower); social capitalists' mean ` +
            `percentile ${fmt(crCaps)} by Collusionrank vs ${fmt(truthCaps)} by truth (needs 0.30 lower)`,
          { collusionrankRho: crRho, pagerankRho: prRho, capitalistsCollusionrank: crCaps, capitalistsTruth: truthCaps },
          crRho < prRho - 0.2,
          crCaps < truthCaps - 0.3,
        );
      },
    },
  ],
  report: { scatter: ['pagerank', 'collusionrank'], driftMeasures: ['spearman', 'auc-honest-gamer'] },
  sweep: {
    attack: 'follow-farming',
    budgets: [0, 2000, 4000, 8000],
    measure: 'auc-honest-gamer',
    threshold: 0.9,
    scorers: ['follower-count', 'pagerank', 'collusionrank', 'reciprocal-ties'],
  },
  focus: [{ label: 'farmer', attack: 'follow-farming', description: 'a gamer running the follow-for-follow farm' }],
};

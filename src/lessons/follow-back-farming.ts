/**
 * Lesson: follow-for-follow farming. Two gamers follow hundreds of accounts, aiming at those that
 * follow back ("social capitalists"), and drop whoever does not return the follow. Their follower
 * counts and PageRank climb; the follows they collect are courtesy, not trust, so their true
 * influence does not. A score that looks for the farming pattern (Collusionrank) pushes the
 * farmers back down.
 * Facts: mean rank percentile among real people (100 = top) of the farmers by `followers`,
 * `pagerank`, `collusionrank` and `truth` (`farmersFollowersPct`, `farmersPagerankPct`,
 * `farmersCollusionPct`, `farmersTruthPct`), the same for the capitalists (`capitalists...Pct`),
 * and `followsMade` (the budget spent).
 * Reference: Ghosh et al. (2012), "Understanding and combating link farming in the Twitter social
 * network", WWW.
 */
import { Role } from '../model/roles.js';
import { realCount, rankAmongReal, round } from './facts.js';
import { groupRankChart, type GroupRankRow } from './charts.js';
import type { Lesson } from './lesson.js';

/** The rankings compared, in chart order: scorer id (or `truth`) and its label. */
const RANKINGS = [
  ['follower-count', 'followers'],
  ['pagerank', 'pagerank'],
  ['collusionrank', 'collusionrank'],
  ['truth', 'true influence'],
] as const;

export const followBackFarming: Lesson = {
  id: 'follow-back-farming',
  title: 'Follow-for-follow farming',
  point:
    'Farming follow-backs lifts two gamers high by followers and PageRank but not by true influence; Collusionrank pulls them back down.',
  story:
    'Two hundred and forty people in six communities, a dozen of them "social capitalists" who follow back almost anyone. ' +
    'Two gamers follow 300 accounts each, picking those that look like they follow back, and unfollow whoever does not return ' +
    'the favour within three ticks. The bars show where the farmers and the capitalists sit, on average, under each ranking.',
  ask:
    'The capitalists only wanted to be polite. Is a follow-back an endorsement? Why does PageRank, which counts endorsements, ' +
    'fall for this? Collusionrank punishes the farmers and also the polite capitalists: is that fair, and what would you ' +
    'tell a capitalist whose score just dropped?',
  seed: 1,
  defaults: {
    agents: 240,
    ticks: 20,
    generator: { id: 'community-pa', params: { communities: 6, meanFollowing: 12 } },
    roles: { broadcaster: 0, capitalist: 0.05, gamer: 0.01 },
    attacks: [{ id: 'follow-farming', params: { budget: 600, targets: 2, rampTicks: 15 } }],
  },
  factText: {
    followsMade: 'Follows the farmers handed out, hoping to be followed back: {}.',
    farmersFollowersPct: 'Where the farmers sit by followers: {} out of 100 (100 = the top).',
    farmersPagerankPct: 'Where the farmers sit by PageRank: {} out of 100.',
    farmersCollusionPct: 'Where the farmers sit by CollusionRank: {} out of 100.',
    farmersTruthPct: 'Where the farmers sit by true influence: {} out of 100.',
    capitalistsPagerankPct: 'Where the people who follow back sit by PageRank: {} out of 100.',
    capitalistsCollusionPct: 'Where the people who follow back sit by CollusionRank: {} out of 100.',
    capitalistsTruthPct: 'Where the people who follow back sit by true influence: {} out of 100.',
  },
  scorers: ['pagerank', 'follower-count', 'collusionrank'],
  explorer: { scenario: 'follow-back-farming', question: 'Which scores reward following back, and which one pulls the farmers down?' },
  analyse(w) {
    const { hidden } = w.result.final;
    const people = realCount(hidden);
    const farmers = [...w.result.attacks[0]!.targets];
    const capitalists: number[] = [];
    for (let i = 0; i < hidden.n; i++) if (hidden.role[i] === Role.capitalist) capitalists.push(i);
    const rows: GroupRankRow[] = [];
    const pct: Record<string, number> = {};
    for (const [id, label] of RANKINGS) {
      const values = id === 'truth' ? w.truth.estimate : w.scores.get(id)!;
      const rank = rankAmongReal(values, hidden);
      const mean = (g: number[]) => g.reduce((s, i) => s + 100 * (1 - (rank[i]! - 1) / people), 0) / g.length;
      rows.push(
        { group: 'farmers', by: label, percentile: round(mean(farmers), 1) },
        { group: 'social capitalists', by: label, percentile: round(mean(capitalists), 1) },
      );
      pct[label] = round(mean(farmers), 1);
      pct[`capitalists ${label}`] = round(mean(capitalists), 1);
    }
    const facts = {
      followsMade: w.result.attacks[0]!.spent,
      farmersFollowersPct: pct.followers!,
      farmersPagerankPct: pct.pagerank!,
      farmersCollusionPct: pct.collusionrank!,
      farmersTruthPct: pct['true influence']!,
      capitalistsPagerankPct: pct['capitalists pagerank']!,
      capitalistsCollusionPct: pct['capitalists collusionrank']!,
      capitalistsTruthPct: pct['capitalists true influence']!,
    };
    const holds =
      facts.farmersPagerankPct > facts.farmersTruthPct + 15 &&
      facts.farmersFollowersPct > facts.farmersTruthPct + 15 &&
      facts.farmersCollusionPct < facts.farmersPagerankPct - 10;
    const summary =
      `The farmers sit at percentile ${facts.farmersFollowersPct} by followers and ${facts.farmersPagerankPct} by PageRank, ` +
      `but ${facts.farmersTruthPct} by true influence; Collusionrank puts them at ${facts.farmersCollusionPct} ` +
      `(and the capitalists at ${facts.capitalistsCollusionPct}, down from ${facts.capitalistsPagerankPct} by PageRank).`;
    return { holds, summary, facts, chart: groupRankChart(rows, { title: 'Farmers and polite capitalists under each ranking' }) };
  },
};

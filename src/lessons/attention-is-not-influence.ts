/**
 * Lesson: attention is not influence (the million follower fallacy). A few broadcasters collect
 * most follows; their audiences follow many accounts and are loosely tied to them, so the account
 * with the most followers is not among the people who move the most others.
 * Facts: `topBroadcasterFollowers`, `topBroadcasterFollowerRank` and `topBroadcasterTruthRank`
 * (ranks among real people, 1 = top) of the broadcaster with the most followers;
 * `broadcastersInTruthTop5` (count); `medianFollowers` of real people.
 * Reference: Cha, Haddadi, Benevenuto & Gummadi (2010), "Measuring user influence in Twitter: the
 * million follower fallacy", ICWSM.
 */
import { scoreTruthPoints, scoreVsTruthChart } from '../charts/score-vs-truth.js';
import { Role } from '../model/roles.js';
import { rankAmongReal, ranked, round } from './facts.js';
import type { Lesson } from './lesson.js';

export const attentionIsNotInfluence: Lesson = {
  id: 'attention-is-not-influence',
  title: 'Attention is not influence',
  point: 'The account with the most followers is a broadcaster, and it is not among the five people who move the most others.',
  story:
    'Two hundred and forty people in six communities, and six broadcasters that one follow in eight goes to. ' +
    'People follow friends in their own community closely; they follow broadcasters as part of a large, distracted audience. ' +
    'Follower count ranks the broadcasters on top. The hidden truth (how many real people one message actually moves, ' +
    'directly or through reshares) ranks well-tied community members higher.',
  ask:
    'Who would a brand pay to post about its product, judging by followers? Who would you ask if you needed your street to ' +
    'hear about a lost dog? Why can 150 followers who know you beat 150 thousand who scroll past you? ' +
    'What could a platform measure, instead of followers, that gets closer to the right-hand picture?',
  seed: 1,
  defaults: {
    agents: 240,
    ticks: 15,
    generator: { id: 'community-pa', params: { communities: 6, meanFollowing: 14, audienceShare: 0.12 } },
    roles: { broadcaster: 0.025, capitalist: 0.02, gamer: 0 },
    attacks: [],
  },
  factText: {
    topBroadcaster: 'The broadcaster with the most followers is account #{}.',
    topBroadcasterFollowers: 'That broadcaster has {} followers.',
    topBroadcasterFollowerRank: 'Ranked by followers, that broadcaster is number {} among the real people.',
    topBroadcasterTruthRank: 'Ranked by how many people it really moves, the same broadcaster is only number {}.',
    topBroadcasterTruth: 'One of its messages moves {} people on average.',
    bestTruth: 'One message from the most influential person moves {} people on average.',
    broadcastersInTruthTop5: 'Broadcasters among the five people who really move the most others: {}.',
    medianFollowers: 'A typical person (the median) has {} followers.',
  },
  scorers: ['follower-count', 'klout-like'],
  explorer: { scenario: 'baseline', question: 'Is the account with the most followers the one that moves the most people?' },
  analyse(w) {
    const { hidden } = w.result.final;
    const followers = w.scores.get('follower-count')!;
    const truth = w.truth.estimate;
    const byFollowers = rankAmongReal(followers, hidden);
    const byTruth = rankAmongReal(truth, hidden);
    const top = ranked(followers, (i) => hidden.role[i] === Role.broadcaster)[0]!;
    const truthTop5 = ranked(truth, (i) => hidden.real[i] === 1).slice(0, 5);
    const real = ranked(followers, (i) => hidden.real[i] === 1);
    const facts = {
      topBroadcaster: top,
      topBroadcasterFollowers: followers[top]!,
      topBroadcasterFollowerRank: byFollowers[top]!,
      topBroadcasterTruthRank: byTruth[top]!,
      topBroadcasterTruth: round(truth[top]!),
      bestTruth: round(truth[truthTop5[0]!]!),
      broadcastersInTruthTop5: truthTop5.filter((i) => hidden.role[i] === Role.broadcaster).length,
      medianFollowers: followers[real[Math.floor(real.length / 2)]!]!,
    };
    const holds = facts.topBroadcasterFollowerRank === 1 && facts.topBroadcasterTruthRank > 5;
    const summary =
      `Broadcaster #${top} has the most followers (${facts.topBroadcasterFollowers}; the median person has ${facts.medianFollowers}) ` +
      `but ranks ${facts.topBroadcasterTruthRank} by true influence: one message moves ${facts.topBroadcasterTruth} people, ` +
      `against ${facts.bestTruth} for the most influential person.`;
    const chart = scoreVsTruthChart(scoreTruthPoints(followers, truth, hidden.role, realIds(hidden.real)), {
      scorer: 'follower-count',
      title: 'Followers against true influence: the broadcasters (orange) sit high and to the left',
    });
    return { holds, summary, facts, chart };
  },
};

function realIds(real: Uint8Array): number[] {
  const ids: number[] = [];
  for (let i = 0; i < real.length; i++) if (real[i] === 1) ids.push(i);
  return ids;
}

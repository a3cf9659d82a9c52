/**
 * Lesson: the algorithm change. The Klout-like score changes its weights (v2 rewards raw activity
 * and counts every kind of reaction alike). Nobody changed their behaviour, yet the top of the
 * ranking churns, and a chatty account with little true influence (the "nephew") climbs past
 * people whose posts really move others.
 * Facts: `top10Turnover` (accounts in v2's top 10 that were not in v1's); `nephew` (the account that
 * gained most places among those in v2's top 10), `nephewRankV1`, `nephewRankV2`, `nephewTruthRank`,
 * `nephewPosts`; `overtaken` (accounts the nephew passed that have more true influence).
 * Reference: Klout's score changes of October 2011 and August 2012 (public announcements); Rao et
 * al. (2015), "Klout score: measuring influence across multiple social networks", IEEE Big Data.
 */
import { rankChurnChart, rankChurnData } from '../charts/rank-churn.js';
import { rankAmongReal, ranked } from './facts.js';
import type { Lesson } from './lesson.js';

export const algorithmChange: Lesson = {
  id: 'algorithm-change',
  title: 'The algorithm change',
  point:
    "Changing a score's weights reshuffles its top ranks overnight, and lifts a chatty low-influence account past people who move more others.",
  story:
    'Two hundred and forty people, no gaming. The platform scores everyone with a Klout-like score, then switches to version 2, ' +
    'which rewards posting volume and counts every reaction alike. Nobody did anything different between the two versions: ' +
    "the lines show how each account's rank moved when only the formula changed.",
  ask:
    'The people did not change; the number next to their name did. Which ranking is "right", and how would you decide? ' +
    'If your job depended on your score, what would you do the week after version 2 came out? ' +
    'What should a score owe the people it scores when it changes: notice, an explanation, the old number?',
  seed: 1,
  defaults: {
    agents: 240,
    ticks: 20,
    generator: { id: 'community-pa', params: { communities: 6, meanFollowing: 12 } },
    roles: { broadcaster: 0, capitalist: 0.02, gamer: 0 },
    attacks: [],
  },
  factText: {
    top10Turnover: 'Accounts in the new top 10 that were not in the old one: {}.',
    nephew: 'The "chatty nephew", who climbed the most into the new top 10, is account #{}.',
    nephewRankV1: 'His place under the old score: number {}.',
    nephewRankV2: 'His place under the new score: number {}.',
    nephewTruthRank: 'His place by how many people he really moves: number {}.',
    nephewPosts: 'Posts he wrote: {}.',
    overtaken: 'Accounts he overtook that really move more people than he does: {}.',
  },
  scorers: ['klout-like', 'klout-like@v2'],
  explorer: { scenario: 'baseline', question: 'Who wins and who loses when a score changes its weights?' },
  analyse(w) {
    const { hidden, observation } = w.result.final;
    const v1 = w.scores.get('klout-like')!;
    const v2 = w.scores.get('klout-like@v2')!;
    const truth = w.truth.estimate;
    const isReal = (i: number) => hidden.real[i] === 1;
    const r1 = rankAmongReal(v1, hidden);
    const r2 = rankAmongReal(v2, hidden);
    const rt = rankAmongReal(truth, hidden);
    const top1 = new Set(ranked(v1, isReal).slice(0, 10));
    const top2 = ranked(v2, isReal).slice(0, 10);
    const nephew = [...top2].sort((a, b) => r1[b]! - r2[b]! - (r1[a]! - r2[a]!) || a - b)[0]!;
    let overtaken = 0;
    for (let i = 0; i < hidden.n; i++) {
      if (isReal(i) && r1[i]! < r1[nephew]! && r2[i]! > r2[nephew]! && truth[i]! > truth[nephew]!) overtaken++;
    }
    const facts = {
      top10Turnover: top2.filter((i) => !top1.has(i)).length,
      nephew,
      nephewRankV1: r1[nephew]!,
      nephewRankV2: r2[nephew]!,
      nephewTruthRank: rt[nephew]!,
      nephewPosts: observation.posts[nephew]!,
      overtaken,
    };
    const holds = facts.top10Turnover >= 2 && facts.overtaken >= 1 && facts.nephewRankV1 > 10;
    const summary =
      `${facts.top10Turnover} of the 10 accounts on top under version 2 were not on top under version 1. Account #${nephew} ` +
      `(${facts.nephewPosts} posts in the window, rank ${facts.nephewTruthRank} by true influence) jumped from rank ` +
      `${facts.nephewRankV1} to ${facts.nephewRankV2}, past ${overtaken} people who move more others.`;
    const chart = rankChurnChart(rankChurnData(v1, v2, hidden.role, { topN: 10, fromLabel: 'version 1', toLabel: 'version 2' }), {
      scorer: 'klout-like',
      title: 'Klout-like ranks before and after the algorithm change',
    });
    return { holds, summary, facts, chart };
  },
};

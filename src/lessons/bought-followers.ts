/**
 * Lesson: black-hat gaming with bought followers. One ordinary person buys 150 inert followers
 * between ticks 4 and 15. Their follower count climbs to the top; nobody real is moved by a bot, so
 * their true influence does not move.
 * Facts (first and last snapshot): `followersStart`, `followersEnd`; `followerRankStart`,
 * `followerRankEnd`, `truthRankStart`, `truthRankEnd` (ranks among real people, 1 = top);
 * `truthStart`, `truthEnd` (real people moved by one message) and `truthEndStderr`; `bought`.
 * Reference: Stringhini et al. (2013), "Follow the green: growth and dynamics in Twitter follower
 * markets", IMC.
 */
import { followerCounts } from '../model/follow-graph.js';
import { Role } from '../model/roles.js';
import { realCount, rankAmongReal, round } from './facts.js';
import { rankOverTimeChart, type RankOverTimeRow } from './charts.js';
import type { Lesson } from './lesson.js';

export const boughtFollowers: Lesson = {
  id: 'bought-followers',
  title: 'Bought followers',
  point: 'Buying followers lifts a person to the top of the follower count while their true influence stays where it was.',
  story:
    'Two hundred people in five communities. One of them, an ordinary member with a handful of followers, buys 150 followers ' +
    'from a follower market between ticks 4 and 15: fake accounts that follow and do nothing else. The line in red is their rank by followers, the ' +
    'blue line their rank by how many real people one of their messages moves.',
  ask:
    'What did the buyer get for their money: who sees them now, and who believes them? Could you tell the bought followers ' +
    'apart from real ones if you could see only the follow graph? What would the buyer have to buy to raise the blue line too, ' +
    'and why is that much harder to sell?',
  seed: 1,
  defaults: {
    agents: 200,
    ticks: 20,
    generator: { id: 'community-pa', params: { communities: 5, meanFollowing: 12 } },
    roles: { broadcaster: 0, capitalist: 0.02, gamer: 0.005 },
    activity: { recordEvery: 4 },
    attacks: [{ id: 'bought-followers', params: { budget: 150, targets: 1, startTick: 4, rampTicks: 12 } }],
  },
  factText: {
    gamer: 'The account that buys followers is #{}.',
    bought: 'Followers it bought: {}.',
    bots: 'Fake accounts (bots) that were paid to follow it: {}.',
    followersStart: 'Its followers before buying: {}.',
    followersEnd: 'Its followers at the end: {}.',
    followerRankStart: 'Its place by followers before buying: number {}.',
    followerRankEnd: 'Its place by followers at the end: number {}.',
    truthRankStart: 'Its place by true influence before buying: number {}.',
    truthRankEnd: 'Its place by true influence at the end: number {}.',
    truthStart: 'People one of its messages moved before buying: {} on average.',
    truthEnd: 'People one of its messages moves at the end: {} on average.',
    truthEndStderr: 'How sure we are of that last number: give or take {} (one standard error).',
  },
  scorers: ['follower-count', 'klout-like'],
  explorer: { scenario: 'goodhart-decay', question: 'What does a bought follower add to a score, and what does it add to influence?' },
  analyse(w) {
    const gamer = w.result.attacks[0]!.targets[0]!;
    const first = w.result.snapshots[0]!;
    const last = w.result.final;
    const people = realCount(last.hidden);
    const rows: RankOverTimeRow[] = [];
    for (const s of w.result.snapshots) {
      const followers = Float64Array.from(followerCounts(s.observation.follows));
      rows.push({ tick: s.tick, by: 'followers', rank: rankAmongReal(followers, s.hidden)[gamer]! });
      rows.push({ tick: s.tick, by: 'true influence', rank: rankAmongReal(w.truthAt(s).estimate, s.hidden)[gamer]! });
    }
    const at = (tick: number, by: string) => rows.find((r) => r.tick === tick && r.by === by)!.rank;
    const t0 = w.truthAt(first);
    let bots = 0;
    for (const r of last.hidden.role) if (r === Role.bot) bots++;
    const facts = {
      gamer,
      bought: w.result.attacks[0]!.spent,
      bots,
      followersStart: followerCounts(first.observation.follows)[gamer]!,
      followersEnd: followerCounts(last.observation.follows)[gamer]!,
      followerRankStart: at(first.tick, 'followers'),
      followerRankEnd: at(last.tick, 'followers'),
      truthRankStart: at(first.tick, 'true influence'),
      truthRankEnd: at(last.tick, 'true influence'),
      truthStart: round(t0.estimate[gamer]!, 3),
      truthEnd: round(w.truth.estimate[gamer]!, 3),
      truthEndStderr: round(w.truth.stderr[gamer]!, 3),
    };
    const holds = facts.followerRankEnd === 1 && facts.truthRankEnd > 10 && facts.truthEnd <= facts.truthStart * 1.5 + 0.5;
    const summary =
      `The buyer (#${gamer}) went from ${facts.followersStart} to ${facts.followersEnd} followers, from rank ${facts.followerRankStart} ` +
      `to rank ${facts.followerRankEnd} by followers; by true influence they were rank ${facts.truthRankStart} and ended rank ` +
      `${facts.truthRankEnd} (${facts.truthStart} → ${facts.truthEnd} people moved per message).`;
    const chart = rankOverTimeChart(rows, {
      subject: 'the buyer',
      people,
      title: 'The buyer climbs the follower ranking; the truth does not follow',
    });
    return { holds, summary, facts, chart };
  },
};

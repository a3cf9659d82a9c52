/**
 * Lesson: the silent majority. Most people read and never react (90-9-1): they are moved, and
 * they pass it on by word of mouth, without leaving a trace a platform could count. Casual
 * attention likes are switched off here, so every public reaction comes from a moved person.
 * Facts: `moved` (real people moved by posts over the run), `reacted` (of them, those who reacted
 * publicly), `silentShare` = 1 − reacted / moved; `truthTop10Silent` (people in the truth top 10
 * whose own posts drew no reaction at all in the window); `reactionsTop10Overlap` (accounts in both
 * the reactions-received top 10 and the truth top 10).
 * Reference: Nielsen (2006), "Participation inequality: the 90-9-1 rule"; Kempe, Kleinberg &
 * Tardos (2003) for spread that leaves no trace.
 */
import { rankAmongReal, ranked, round } from './facts.js';
import { silentMovesChart, type MovedRow } from './charts.js';
import type { Lesson } from './lesson.js';

export const silentMajority: Lesson = {
  id: 'silent-majority',
  title: 'The silent majority',
  point: 'Most people who are moved never react publicly, and most seldom post, so counts of reactions miss most of who influences whom.',
  story:
    'Two hundred and forty people, no gaming, no broadcasters. Nine in ten of them are lurkers: they read, they are sometimes ' +
    'convinced, they tell a friend, and they almost never like, reshare or reply. Every reaction the platform records comes from ' +
    'someone who was really moved; the bars show how few of the moved that is. Lurkers also seldom post, and a person who ' +
    'rarely posts collects few reactions however much each post moves: in the simulator that sparsity, more than the silence, ' +
    'is why reaction counts miss the influential (docs/scenarios.md, silent-majority).',
  ask:
    'If only one moved person in ten reacts, what does a count of reactions measure: influence, or the habits of the audience? ' +
    'Who loses when a score counts only what is public, say a teacher whose pupils never post? Would you want a platform to ' +
    'measure the silent part, and what would it have to watch to do so?',
  seed: 1,
  defaults: {
    agents: 240,
    ticks: 20,
    generator: { id: 'community-pa', params: { communities: 6, meanFollowing: 12 } },
    roles: { broadcaster: 0, capitalist: 0.02, gamer: 0 },
    activity: { casualLike: 0, recordEvery: 20 },
    attacks: [],
  },
  factText: {
    moved: 'Times someone was moved by a post: {}.',
    reacted: 'Times the moved person reacted publicly (a like, reshare, reply or mention): {}.',
    silentShare: 'Moved people who left no public trace: {%}.',
    truthTop10Silent: 'Of the ten people who really move the most others, {} drew no public reaction at all.',
    reactionsTop10Overlap: 'Of those ten, {} are also in the top 10 by reactions received.',
    mostInfluentialReactionRank: 'The most influential person is number {} by reactions received.',
    posts: 'Posts written during the run: {}.',
  },
  scorers: ['reactions-received', 'follower-count'],
  explorer: { scenario: 'silent-majority', question: 'How many of the people a post moves leave a trace a platform can count?' },
  analyse(w) {
    const { hidden } = w.result.final;
    let moved = 0;
    let reacted = 0;
    const rows: MovedRow[] = [];
    for (const t of w.result.ticks) {
      const r = t.likes + t.reshares + t.replies + t.mentions;
      moved += t.moved;
      reacted += r;
      rows.push(
        { tick: t.tick, kind: 'reacted publicly', people: r },
        { tick: t.tick, kind: 'moved without a trace', people: t.moved - r },
      );
    }
    const reactions = w.scores.get('reactions-received')!;
    const truth = w.truth.estimate;
    const truthTop10 = ranked(truth, (i) => hidden.real[i] === 1).slice(0, 10);
    const reactTop10 = new Set(ranked(reactions, (i) => hidden.real[i] === 1).slice(0, 10));
    const byReactions = rankAmongReal(reactions, hidden);
    const facts = {
      moved,
      reacted,
      silentShare: round(1 - reacted / Math.max(1, moved), 3),
      truthTop10Silent: truthTop10.filter((i) => reactions[i] === 0).length,
      reactionsTop10Overlap: truthTop10.filter((i) => reactTop10.has(i)).length,
      mostInfluentialReactionRank: byReactions[truthTop10[0]!]!,
      posts: w.result.ticks.reduce((s, t) => s + t.posts, 0),
    };
    const holds = facts.silentShare >= 0.75 && facts.reactionsTop10Overlap <= 5;
    const summary =
      `${moved} times someone was moved by a post; only ${reacted} of those left a public reaction ` +
      `(${Math.round(facts.silentShare * 100)}% silent). Of the ten people who truly move the most others, ` +
      `${facts.reactionsTop10Overlap} make the top 10 by reactions received.`;
    return {
      holds,
      summary,
      facts,
      chart: silentMovesChart(rows, { title: 'Moved people each tick: the red part is all a platform can count' }),
    };
  },
};

/**
 * Lesson: A-lister bait. Two gamers spend their days mentioning and replying to the ten
 * most-followed accounts; now and then an A-lister answers. Scores that weight a reaction by the
 * standing of whoever reacts (Klout's Network part, Kred's bonus for well-followed actors) pay for
 * each answer; the answer moves nobody towards the gamers, so their true influence stays put.
 * The same world is run again with the bait switched off (src/lessons/control.ts), so every
 * number is a with/without comparison of the same people.
 * Facts: `baiters`, `baits` (mentions and replies sent), `answers` (reactions the baiters got from
 * the A-listers in the score's window); `kloutWithout`, `kloutWith`, `kredWithout`, `kredWith`,
 * `followersWithout`, `followersWith`, `truthWithout`, `truthWith`: the baiters' mean percentile
 * among real people (0-100, 100 = top) without and with the bait.
 * Reference: Rao et al. (2015), "Klout score: measuring influence across multiple social
 * networks", IEEE Big Data; Kred scoring guide (2012).
 */
import { followerCounts } from '../model/follow-graph.js';
import { groupRankChart } from './charts.js';
import { liftRows } from './control.js';
import type { Lesson } from './lesson.js';
import { REACTOR_SCORERS, reactorLift, reactorLiftFactText } from './reactor-lift.js';
/** The A-listers the baiters target: the most-followed accounts (the attack's `alisters`). */
const ALISTERS = 10;

export const alisterBait: Lesson = {
  id: 'alister-bait',
  title: 'A-lister bait',
  point:
    'Baiting celebrities into answering lifts a person under scores that weight a reaction by who reacts, while their true influence stays where it was.',
  story:
    'Two hundred and forty people in six communities, a handful of them broadcasters with big audiences. Two ordinary members ' +
    'spend their days replying to and mentioning the ten most-followed accounts, hoping for an answer. Now and then a ' +
    'celebrity answers. A score that weights each reaction by the standing of the person reacting counts one answer from a ' +
    'celebrity as much as dozens from ordinary people. We run the same world twice, once without the bait: the bars show where ' +
    'the two baiters sit in each run, by each score and by the truth.',
  ask:
    "Did the celebrity's answer make anyone listen to the baiters? Why would a score count a reaction from a famous account " +
    'more than one from a friend, and who can use that? If you ran the score, how would you tell baiting from a real ' +
    'conversation with a celebrity?',
  seed: 1,
  defaults: {
    agents: 240,
    ticks: 20,
    generator: { id: 'community-pa', params: { communities: 6, meanFollowing: 12 } },
    roles: { broadcaster: 0.025, capitalist: 0.02, gamer: 0.01 },
    activity: { recordEvery: 5 },
    attacks: [{ id: 'alister-bait', params: { budget: 800, targets: 2, rampTicks: 15, alisters: ALISTERS } }],
  },
  factText: {
    baiters: 'People baiting celebrities: {}.',
    baits: 'Mentions and replies they sent to the ten most-followed accounts: {}.',
    answers: 'Answers and other reactions they got back from those accounts in the last ticks the score looks at: {}.',
    ...reactorLiftFactText('the baiters', 'baiting'),
  },
  scorers: [...REACTOR_SCORERS],
  explorer: { scenario: 'alister-bait', question: 'What is one answer from a celebrity worth to a score, and to real influence?' },
  analyse(w) {
    const attack = w.result.attacks[0]!;
    const baiters = [...attack.targets];
    const { lifts, facts: lift, holds, sentence } = reactorLift(w, baiters);
    // The A-listers as the attack saw them at its last refresh are not recorded: take the
    // most-followed people of the final snapshot (followers barely move in 20 ticks).
    const { observation } = w.result.final;
    const followers = followerCounts(observation.follows);
    const isBaiter = new Set(baiters);
    const alisters = new Set(
      [...Array(observation.n).keys()]
        .filter((i) => !isBaiter.has(i) && w.result.final.hidden.real[i] === 1)
        .sort((a, b) => followers[b]! - followers[a]! || a - b)
        .slice(0, ALISTERS),
    );
    const ev = observation.events;
    let answers = 0;
    for (let e = 0; e < ev.length; e++) if (alisters.has(ev.actor[e]!) && isBaiter.has(ev.target[e]!)) answers++;
    const facts = {
      baiters: baiters.length,
      baits: attack.spent,
      answers,
      ...lift,
    };
    const summary =
      `The ${facts.baiters} baiters sent ${facts.baits} mentions and replies and got ${answers} reactions back from celebrities. ` +
      sentence;
    const chart = groupRankChart(liftRows(lifts, 'the baiters, same world without bait', 'the baiters, baiting'), {
      title: 'Baiting celebrities lifts the reactor-weighted scores, not the truth',
    });
    return { holds, summary, facts, chart };
  },
};

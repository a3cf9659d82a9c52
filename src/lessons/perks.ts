/**
 * Lesson: perks, or paid word of mouth. Two brands pay the ten most-followed accounts to post
 * about them (Klout Perks, 2011-2014). Each paid post mentions the brand; scores that weight a
 * mention by the mentioner's standing lift the brands, while a paid post persuades less than a
 * sincere one (the hidden layer discounts the poster's appeal), so the brands' own true influence
 * stays put.
 * The same world is run again with the bait switched off (src/lessons/control.ts), so every
 * number is a with/without comparison of the same people.
 * Facts: `brands`, `paidPosts`, `paidBy` (accounts paid at least once), `mentions` (mentions the
 * brands received in the score's window); `kloutWithout`, `kloutWith`, `kredWithout`, `kredWith`,
 * `followersWithout`, `followersWith`, `truthWithout`, `truthWith`: the brands' mean percentile
 * among real people (0-100, 100 = top) without and with the perks.
 * Reference: Klout Perks (2011-2014); Tuk, Verlegh, Smidts & Wigboldus (2009), "Sales and
 * sincerity: the role of relational framing in word-of-mouth marketing", J. Consumer Psychology.
 */
import { KIND } from '../model/observation.js';
import { groupRankChart } from './charts.js';
import { liftRows } from './control.js';
import type { Lesson } from './lesson.js';
import { REACTOR_SCORERS, reactorLift, reactorLiftFactText } from './reactor-lift.js';
/** Accounts the brands pay: the most-followed (the attack's `recipients`). */
const RECIPIENTS = 10;

export const perks: Lesson = {
  id: 'perks',
  title: 'Perks: paid word of mouth',
  point:
    'Paying well-followed accounts to mention a brand lifts it under scores that weight a mention by who makes it, while its true influence stays where it was.',
  story:
    'Two hundred and forty people in six communities, a handful of them broadcasters with big audiences. Two small brands ' +
    'pay the ten most-followed accounts to post about them, as Klout Perks did: free products for people with high scores. ' +
    "Every paid post mentions the brand and reaches the poster's audience, but a paid endorsement persuades less than a sincere " +
    "one. To a score that weights a mention by the mentioner's standing, the brands now look like the people celebrities talk " +
    'about. We run the same world twice, once without the perks: the bars show where the two brands sit in each run.',
  ask:
    'Who paid whom, and does the score show it? If a score decides who gets free products, and free products make people ' +
    'post, what is the score measuring a year later? Should a paid mention count at all, and how would a platform know it was paid?',
  seed: 1,
  defaults: {
    agents: 240,
    ticks: 20,
    generator: { id: 'community-pa', params: { communities: 6, meanFollowing: 12 } },
    roles: { broadcaster: 0.025, capitalist: 0.02, gamer: 0.01 },
    // New follows come from friends of friends only, as in the perks scenario: the paid posts
    // cannot buy the brands real followers through reactions, so the lesson isolates the score.
    activity: { recordEvery: 5, triadicShare: 1 },
    attacks: [{ id: 'perks', params: { budget: 120, targets: 2, rampTicks: 15, recipients: RECIPIENTS } }],
  },
  factText: {
    brands: 'Brands paying for posts: {}.',
    paidPosts: 'Paid posts about them: {}.',
    mentions: 'Mentions the brands received in the last ticks the score looks at: {}.',
    mentioners: 'Different accounts that mentioned them there: {}.',
    ...reactorLiftFactText('the brands', 'perks'),
  },
  scorers: [...REACTOR_SCORERS],
  explorer: { scenario: 'perks', question: "What does a paid mention add to a brand's score, and to its real influence?" },
  analyse(w) {
    const attack = w.result.attacks[0]!;
    const brands = [...attack.targets];
    const { lifts, facts: lift, holds, sentence } = reactorLift(w, brands);
    const isBrand = new Set(brands);
    const ev = w.result.final.observation.events;
    let mentions = 0;
    const mentioners = new Set<number>();
    for (let e = 0; e < ev.length; e++) {
      if (ev.kind[e] !== KIND.mention || !isBrand.has(ev.target[e]!)) continue;
      mentions++;
      mentioners.add(ev.actor[e]!);
    }
    const facts = {
      brands: brands.length,
      paidPosts: attack.spent,
      mentions,
      mentioners: mentioners.size,
      ...lift,
    };
    const summary = `The ${facts.brands} brands paid for ${facts.paidPosts} posts. ${sentence}`;
    const chart = groupRankChart(liftRows(lifts, 'the brands, same world without perks', 'the brands, paying for posts'), {
      title: 'Paid mentions lift the reactor-weighted scores, not the truth',
    });
    return { holds, summary, facts, chart };
  },
};

/**
 * Lesson: consent and minors. Klout profiled people who never signed up, children included, from
 * what others did with them. The simulator's closest honest mechanism: every account carries a
 * public `consent` flag (opted in to being scored; `roles.honestConsent`) and a `minor` flag
 * (`roles.honestMinor`), and no scorer reads either: the Klout-like score and the follower count
 * rank everyone the platform can see. Some people did nothing public at all in the window (no
 * post, no reaction) and are still ranked, by who follows them: a score made of other people's acts.
 * Limits, said on the page: here everyone has an account on the platform; Klout also built
 * profiles of people with no account there (from friends on other networks), which this model
 * cannot show. The consent and minor shares are illustrative.
 * Facts: `people`, `neverOptedIn`, `minors`, `minorsNeverOptedIn`; `notOptedInTop10` and
 * `minorsTop10` (of them, in the top 10% by the Klout-like score); `bestMinorRank`; `silent`
 * (people who never opted in and did nothing public in the window), `silentRanked` (of them, those
 * the follower count still ranks above the bottom); `notOptedInPct`, `optedInPct`, `minorsPct`
 * (each group's mean Klout-like percentile, 0-100).
 * Reference: Klout's profiles of non-members (2011 reports on scores for people who never joined,
 * minors included); Nissenbaum (2004), "Privacy as contextual integrity", Washington Law Review.
 */
import { Role } from '../model/roles.js';
import { groupRankChart, type GroupRankRow } from './charts.js';
import { rankAmongReal, realCount, round } from './facts.js';
import type { Lesson } from './lesson.js';

type Group = 'adults who opted in' | 'adults who never opted in' | 'minors';

export const consentAndMinors: Lesson = {
  id: 'consent-and-minors',
  title: 'Consent and minors',
  point:
    'A score ranks everyone the platform can see, including people who never agreed to be scored and children, some of them from what others did alone.',
  story:
    'Two hundred and forty people in six communities. One in five never agreed to be scored, and about one in sixteen is a ' +
    'child; both are marked on their accounts, where any score could read it. The Klout-like score does not look: it ranks ' +
    'them like everyone else, and some of them reach its top. A few did nothing public at all, and the follower count still ' +
    'ranks them, by who follows them. The bars show where each group sits, by the score and by the truth. ' +
    'The limit of this little world: here everyone has an account; Klout also scored people who had none, from what their ' +
    'friends did elsewhere, which we cannot show.',
  ask:
    'Who should decide whether you get a score: you, or the people who follow and mention you? Should a child have a public ' +
    'influence score? If a score were used to hire people or hand out perks, what would opting out cost them?',
  seed: 2,
  defaults: {
    agents: 240,
    ticks: 20,
    generator: { id: 'community-pa', params: { communities: 6, meanFollowing: 12 } },
    roles: { broadcaster: 0.02, capitalist: 0.02, gamer: 0 },
    activity: { recordEvery: 20 },
    attacks: [],
  },
  factText: {
    people: 'People in this world: {}.',
    neverOptedIn: 'People who never agreed to be scored: {}.',
    minors: 'Children (minors): {}.',
    minorsNeverOptedIn: 'Children who never agreed to be scored: {}.',
    notOptedInTop10: 'People who never agreed, yet sit in the top 10% by the Klout-like score: {}.',
    minorsTop10: 'Children in the top 10% by the Klout-like score: {}.',
    bestMinorRank: 'The highest-ranked child is number {} by the Klout-like score.',
    silent: 'People who never agreed and did nothing public in these ticks (no post, no reaction): {}.',
    silentRanked: 'Of them, ranked above the bottom by the follower count, from who follows them: {}.',
    optedInPct: 'Where adults who agreed sit by the Klout-like score: {} out of 100 (100 = the top).',
    notOptedInPct: 'Where adults who never agreed sit: {} out of 100.',
    minorsPct: 'Where children sit: {} out of 100.',
  },
  scorers: ['klout-like', 'follower-count'],
  explorer: { scenario: 'baseline', question: 'Who does a score rank, and did they ever agree to it?' },
  analyse(w) {
    const { hidden, observation: obs } = w.result.final;
    const { consent, minor } = obs.accounts;
    const klout = w.scores.get('klout-like')!;
    const followers = w.scores.get('follower-count')!;
    const people = realCount(hidden);
    const rank = rankAmongReal(klout, hidden);
    const top = Math.max(1, Math.round(people / 10));
    const groupOf = (i: number): Group => (minor[i] ? 'minors' : consent[i] ? 'adults who opted in' : 'adults who never opted in');
    let minFollowers = Infinity;
    for (let i = 0; i < hidden.n; i++) if (hidden.real[i] === 1) minFollowers = Math.min(minFollowers, followers[i]!);
    const c = { neverOptedIn: 0, minors: 0, minorsNeverOptedIn: 0, notOptedInTop10: 0, minorsTop10: 0, silent: 0, silentRanked: 0 };
    let bestMinorRank = 0;
    for (let i = 0; i < hidden.n; i++) {
      if (hidden.real[i] !== 1 || hidden.role[i] === Role.bot) continue;
      const inTop = rank[i]! <= top;
      if (!consent[i]) {
        c.neverOptedIn++;
        if (inTop) c.notOptedInTop10++;
        const acted = obs.posts[i]! > 0 || obs.given.like[i]! + obs.given.reshare[i]! + obs.given.reply[i]! + obs.given.mention[i]! > 0;
        if (!acted) {
          c.silent++;
          if (followers[i]! > minFollowers) c.silentRanked++;
        }
      }
      if (minor[i]) {
        c.minors++;
        if (!consent[i]) c.minorsNeverOptedIn++;
        if (inTop) c.minorsTop10++;
        if (bestMinorRank === 0 || rank[i]! < bestMinorRank) bestMinorRank = rank[i]!;
      }
    }
    // Mean percentile (0-100, 100 = top) of each group among real people, by the score and by the truth.
    const rows: GroupRankRow[] = [];
    const pct: Record<string, number> = {};
    for (const [by, values] of [
      ['Klout-like score', klout],
      ['true influence', w.truth.estimate],
    ] as const) {
      const r = rankAmongReal(values, hidden);
      const sum = new Map<Group, [number, number]>();
      for (let i = 0; i < hidden.n; i++) {
        if (hidden.real[i] !== 1) continue;
        const g = groupOf(i);
        const [s, n] = sum.get(g) ?? [0, 0];
        sum.set(g, [s + (100 * (people - r[i]!)) / Math.max(1, people - 1), n + 1]);
      }
      for (const g of ['adults who opted in', 'adults who never opted in', 'minors'] as const) {
        const [s, n] = sum.get(g) ?? [0, 0];
        const p = n > 0 ? s / n : 0;
        rows.push({ group: g, by, percentile: p });
        pct[`${by}:${g}`] = p;
      }
    }
    const facts = {
      people,
      neverOptedIn: c.neverOptedIn,
      minors: c.minors,
      minorsNeverOptedIn: c.minorsNeverOptedIn,
      notOptedInTop10: c.notOptedInTop10,
      minorsTop10: c.minorsTop10,
      bestMinorRank,
      silent: c.silent,
      silentRanked: c.silentRanked,
      optedInPct: round(pct['Klout-like score:adults who opted in']!, 1),
      notOptedInPct: round(pct['Klout-like score:adults who never opted in']!, 1),
      minorsPct: round(pct['Klout-like score:minors']!, 1),
    };
    // The score ignores the flags: those who never agreed sit where those who agreed sit (within 10
    // points), some reach its top 10%, a child reaches its top quarter, and people who did nothing
    // public are ranked anyway.
    const holds =
      c.neverOptedIn > 0 &&
      c.minors > 0 &&
      c.notOptedInTop10 >= 1 &&
      Math.abs(facts.notOptedInPct - facts.optedInPct) <= 10 &&
      bestMinorRank <= people / 4 &&
      c.silentRanked >= 1;
    const summary =
      `${c.neverOptedIn} of ${people} people never agreed to be scored and ${c.minors} are children; the Klout-like score ranks ` +
      `them all: ${c.notOptedInTop10} who never agreed sit in its top 10%, and the highest-ranked child is number ${bestMinorRank}. ` +
      `${c.silentRanked} of the ${c.silent} who never agreed and did nothing public are still ranked by who follows them.`;
    const chart = groupRankChart(rows, { title: 'The score ranks those who never agreed, and children, like everyone else' });
    return { holds, summary, facts, chart };
  },
};

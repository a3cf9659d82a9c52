/**
 * The figures docs/lessons.md quotes, registered by their exact text (src/reproduce/figure.ts).
 * The lessons' facts are regenerated through each lesson's own analysis (recipe kind `lesson`) at
 * the seed the page quotes; the picture's layout figures are not (the recipe does not lay out).
 */
import type { LessonRecipe, QuoteRule } from '../figure.js';
import { figureBuilders } from './builders.js';

const { reproduced, parameter, pending, notResult } = figureBuilders('docs/lessons.md');

/** A lesson's fact on one seed, printed with `digits` decimals (× `scale`: 100 for a share printed as a percentage). */
const fact = (id: string, text: string, lesson: string, key: string, quoted: number, digits: number, seed = 1, scale?: number) => {
  const recipe: LessonRecipe = { kind: 'lesson', lesson, key, ...(scale !== undefined ? { scale } : {}) };
  const rule: QuoteRule = 'per-seed';
  return reproduced(`lesson-${id}`, text, recipe, { seeds: [seed], rule, quoted: [quoted], digits, interval: 'student-t' });
};

const BAIT = 'the two baiters go from 62.7';
const BAIT_KRED = 'Klout-like score and from 44.1 to 95.6';
const STAY = 'followers (44.1 → 44.2) and truth (32.8 → 32.4) stay put; the two brands go from 41.6 to 99.8';
const CONSENT = 'reads them. At its seed (2), 50 of 240';
const CONSENT_TOP = '4 who never\nagreed sit in the Klout-like top 10%, the highest child is number 12, and 13';
const DECAY = "score's validity is 0.224";

/** The registered figures of docs/lessons.md. */
export const LESSONS_DOC = [
  notResult('across communities pulls 0.05', "a constant of the lessons' picture layout (crossWeight)"), // line 21
  pending("its community's centre is 0.12", "a figure of the lesson's network picture (its layout, which the lesson recipe does not run)"),
  notResult('distance between centres (0.49', 'a figure of the former layout, which the code no longer has (kept for comparison)'),
  fact('silent-share', 'who left no public trace: 94%', 'silent-majority', 'silentShare', 94, 0, 1, 100),
  fact('bait-klout-without', BAIT, 'alister-bait', 'kloutWithout', 62.7, 1),
  fact('bait-klout-with', 'to 95.8', 'alister-bait', 'kloutWith', 95.8, 1),
  fact('bait-kred-without', BAIT_KRED, 'alister-bait', 'kredWithout', 44.1, 1),
  fact('bait-kred-with', BAIT_KRED, 'alister-bait', 'kredWith', 95.6, 1),
  fact('bait-followers-without', STAY, 'alister-bait', 'followersWithout', 44.1, 1),
  fact('bait-followers-with', STAY, 'alister-bait', 'followersWith', 44.2, 1),
  fact('bait-truth-without', STAY, 'alister-bait', 'truthWithout', 32.8, 1),
  fact('bait-truth-with', STAY, 'alister-bait', 'truthWith', 32.4, 1),
  fact('perks-klout-without', STAY, 'perks', 'kloutWithout', 41.6, 1),
  fact('perks-klout-with', STAY, 'perks', 'kloutWith', 99.8, 1),
  fact('perks-kred-with', STAY, 'perks', 'kredWith', 99.8, 1),
  fact('perks-truth-without', 'scores with truth unchanged (33.1', 'perks', 'truthWithout', 33.1, 1),
  fact('perks-truth-with', 'scores with truth unchanged (33.1', 'perks', 'truthWith', 33.1, 1),
  parameter('`roles.honestConsent` = 0.8) and `minor` (`roles.honestMinor` = 0.06', {
    'roles.honestConsent': 0.8,
    'roles.honestMinor': 0.06,
  }), // line 71
  fact('consent-never', CONSENT, 'consent-and-minors', 'neverOptedIn', 50, 0, 2),
  fact('consent-people', CONSENT, 'consent-and-minors', 'people', 240, 0, 2),
  fact('consent-minors', 'never agreed and 12 are children', 'consent-and-minors', 'minors', 12, 0, 2),
  fact('consent-top10', CONSENT_TOP, 'consent-and-minors', 'notOptedInTop10', 4, 0, 2),
  fact('consent-best-minor', CONSENT_TOP, 'consent-and-minors', 'bestMinorRank', 12, 0, 2),
  fact('consent-silent-ranked', CONSENT_TOP, 'consent-and-minors', 'silentRanked', 13, 0, 2),
  notResult("dynamics' defaults (top 5%", 'a default of the goodhart-decay dynamics (docs/dynamics.md)'), // line 81
  fact('decay-validity-start', DECAY, 'goodhart-decay', 'validityStart', 0.224, 3),
  fact('decay-validity-organic', 'after three rounds it is 0.133', 'goodhart-decay', 'validityOrganic', 0.133, 3),
  fact('decay-validity-bots', 'class stays organic, 0.022', 'goodhart-decay', 'validityBots', 0.022, 3),
  fact('decay-validity-followers', 'engagement every round and 0.069', 'goodhart-decay', 'validityFollowers', 0.069, 3),
  fact('decay-validity-mean', 'are below the start (mean 0.083', 'goodhart-decay', 'validityMeanEnd', 0.083, 3),
  fact('decay-place-organic', 'number 74 to number 2', 'goodhart-decay', 'placeOrganic', 74, 0),
  fact('decay-place-bots', 'number 74 to number 2', 'goodhart-decay', 'placeBots', 2, 0),
  fact('decay-gaming-organic', 'share of others gaming from 17% to 34%', 'goodhart-decay', 'gamingShareOrganic', 17, 0, 1, 100),
  fact('decay-gaming-bots', 'share of others gaming from 17% to 34%', 'goodhart-decay', 'gamingShareBots', 34, 0, 1, 100),
  reproduced(
    'lesson-decay-point-held',
    'the point held at 4 of 5',
    { kind: 'lesson', lesson: 'goodhart-decay', key: '$holds' },
    { seeds: [1, 2, 3, 5, 6], rule: 'k-of-n', quoted: [4, 5], digits: 2, interval: 'wilson' },
  ),
];

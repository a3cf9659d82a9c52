/**
 * The algorithm change: a scorer changes its weights overnight (Klout, October 2011 and August
 * 2012). Version 2 of the Klout-like score rewards raw activity volume, so a chatty, low-influence
 * "nephew" who posts all day overtakes real bloggers whose posts actually move people.
 * The nephew is one low-appeal account (a gamer, half an honest person's appeal) that the
 * `volume-spam` attack makes post many times a tick; the scenario marks him as a focus account.
 * Reference: Klout's 2011/2012 score changes (public announcements); Rao et al. (2015).
 */
import { Role } from '../model/roles.js';
import { makeDriftInput } from '../drift/input.js';
import { kendallDistanceMeasure } from '../drift/kendall-distance.js';
import { topKTurnoverMeasure } from '../drift/top-k-turnover.js';
import { fmt, notCheckable, outcome } from './claims/claim.js';
import { rankOf, topK } from './claims/claim-stats.js';
import type { Scenario } from './scenario.js';

export const algorithmChange: Scenario = {
  id: 'algorithm-change',
  title: 'The algorithm change',
  summary: 'klout-like v1 -> v2 rewards volume: a chatty low-influence "nephew" overtakes real bloggers; rank churn between versions',
  story:
    'One account — call him the nephew — has little to say and says it all day: twenty posts a tick, liked now and then out of ' +
    'politeness, moving almost no one. Version 1 of the Klout-like score, which counts unique reactors, reactions per post ' +
    'and who reacts, already likes his stream of casual likes, but still ranks a handful of real bloggers above him. ' +
    'Version 2 changes the weights: raw activity volume counts, every kind of reaction weighs alike and the selectivity ' +
    'discount is weaker. Overnight the nephew overtakes bloggers whose posts move ten to a hundred times more people, and ' +
    'the whole ranking churns. Nothing in the world changed, only the scorer.',
  defaults: {
    agents: 2000,
    ticks: 30,
    roles: { gamer: 0, broadcaster: 0.005 },
    activity: { recordEvery: 6 },
    attacks: [{ id: 'volume-spam', params: { budget: 600, targets: 1, rampTicks: 30 } }],
  },
  scorers: ['klout-like', 'klout-like@v2', 'follower-count', 'reactions-received', 'pagerank'],
  claims: [
    {
      id: 'nephew-overtakes',
      text: 'The change lets the nephew overtake real bloggers: at least one of the true top 20, ranked above him by klout-like v1, ranks below him under klout-like@v2, although its true influence is at least ten times his.',
      mechanism: 'v2 weighs post volume, and the nephew posts twenty times a tick',
      evaluate(w) {
        const nephew = w.targets('volume-spam')[0];
        if (nephew === undefined) return notCheckable('no nephew (volume-spam target)');
        const v1 = w.score('klout-like');
        const v2 = w.score('klout-like@v2');
        const honest = [...w.real].filter((i) => w.role[i] !== Role.gamer);
        const [n1, n2] = [rankOf(v1, nephew), rankOf(v2, nephew)];
        const overtaken = topK(w.truth, 20, honest).filter(
          (b) => rankOf(v1, b) < n1 && rankOf(v2, b) > n2 && w.truth[b]! >= 10 * w.truth[nephew]!,
        ).length;
        return outcome(
          `${overtaken} of the true top 20 overtaken by the nephew with ≥ 10× his truth (needs ≥ 1)`,
          { overtaken },
          overtaken >= 1,
        );
      },
    },
    {
      id: 'nephew-climbs',
      text: 'The nephew climbs because v2 counts post volume: his rank under v2 is at most half his rank under v1.',
      mechanism:
        'v2 weighs post volume (volumeWeight 1.5, illustrative); ablation: v2 with volumeWeight 0 leaves his rank within a place or two of v1',
      evaluate(w) {
        const nephew = w.targets('volume-spam')[0];
        if (nephew === undefined) return notCheckable('no nephew (volume-spam target)');
        const r1 = rankOf(w.score('klout-like'), nephew);
        const r2 = rankOf(w.score('klout-like@v2'), nephew);
        return outcome(`nephew's rank ${r1} under v1, ${r2} under v2 (needs at most half)`, { v1: r1, v2: r2 }, 2 * r2 <= r1);
      },
    },
    {
      id: 'ranking-churns',
      text:
        'The change churns the whole ranking: more than a fifth of all pairs of accounts swap order between v1 and v2 (Kendall ' +
        'distance > 0.20), although the top 10 barely changes.',
      mechanism: 'v2 changes the weight of every feature (illustrative weights); ablation: no change (v1 against itself) gives distance 0',
      evaluate(w) {
        const input = makeDriftInput(w.score('klout-like@v2'), w.score('klout-like'), w.role);
        const replaced = topKTurnoverMeasure.compute(input) * 10;
        const kendall = kendallDistanceMeasure.compute(input);
        return outcome(
          `Kendall distance ${fmt(kendall, 3)} (needs > 0.20); ${fmt(replaced, 0)} of the top 10 replaced`,
          { replaced, kendall },
          kendall > 0.2,
        );
      },
    },
  ],
  report: {
    scatter: ['klout-like', 'klout-like@v2'],
    driftMeasures: ['spearman', 'precision-at-k'],
    versions: [{ from: 'klout-like', to: 'klout-like@v2' }],
  },
  sweep: {
    attack: 'volume-spam',
    budgets: [0, 300, 600, 1200],
    measure: 'gamer-share-at-k',
    scorers: ['klout-like', 'klout-like@v2', 'reactions-received'],
  },
  focus: [{ label: 'nephew', attack: 'volume-spam', description: 'a chatty, low-appeal account that posts twenty times a tick' }],
};

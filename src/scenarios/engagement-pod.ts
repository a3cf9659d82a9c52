/**
 * Engagement pod: a group of gamers agrees to like and reshare every member's post within minutes.
 * Reactions pile up, reactions are reciprocal and repeated — everything engagement scores and even
 * reciprocity-based scores reward — while nobody outside the pod is moved.
 * Reference: O'Meara (2019), "Weapons of the weak: digital labor and engagement pods", Social Media + Society.
 */
import { fmt, outcome } from './claims/claim.js';
import { band, meanPercentile } from './claims/claim-stats.js';
import { liftsUnder, targetPercentile, truthRiseBounded, withTargets } from './claims/common.js';
import type { Rng } from '../rng.js';
import type { ClaimWorld } from './claims/claim.js';
import type { Scenario } from './scenario.js';

export const engagementPodScenario: Scenario = {
  id: 'engagement-pod',
  title: 'An engagement pod',
  summary: "a dozen gamers react to each other's every post: engagement scores climb, true influence does not",
  story:
    'Twelve ordinary accounts form a pod. Each posts one extra time a tick and every other member likes and reshares ' +
    'each post at once. The platform sees a burst of engagement: many reactions, from real accounts, returned and ' +
    'repeated. Reaction counts and the Klout-like score rank the pod members higher and higher as the pod grows busy. ' +
    'A score that counts only reciprocal, repeated interaction puts them on top too, but not because it is fooled: no ' +
    'honest person here interacts twice each way, so the pod members are the only accounts it scores at all. The hidden ' +
    'layer sees people who were not moved reacting out of obligation; the pod wins its members a few real followers by ' +
    'discovery, and their true influence rises by a few per cent at most.',
  defaults: {
    agents: 2000,
    ticks: 30,
    roles: { gamer: 0.006, broadcaster: 0.005 },
    // New follows by discovery are on (the default triadicShare 0.6): the pod's visible activity can
    // win real followers, so the truth claim could fail.
    activity: { recordEvery: 6 },
    // Budgets per 1,000 real accounts (the same budgets as before at the default 2,000 agents), so gaming keeps its weight at any --agents.
    attacks: [{ id: 'engagement-pod', params: { budgetPer1000: 2000, targets: 12, rampTicks: 24, postsPerTick: 1, reshares: true } }],
  },
  scorers: ['reactions-received', 'engagement-rate', 'klout-like', 'reciprocal-ties', 'interaction-pagerank', 'follower-count'],
  claims: [
    liftsUnder(
      'pod-lifts-engagement',
      'The pod lifts its members under engagement scores: their Klout-like and reactions-received percentiles rise well above a no-pod run of the same seed.',
      'engagement-pod',
      ['klout-like', 'reactions-received'],
      0.1,
      undefined,
      "pod members like and reshare each other's posts every tick",
    ),
    {
      id: 'reciprocal-ties-blind',
      text:
        'A score that counts only reciprocal, repeated interaction (reciprocal ties, after TrueTop) ranks the pod members high only ' +
        'because it scores nobody else: no honest person has a reciprocal tie, and the members rise no higher than as many random people ' +
        'would by being the only accounts with one.',
      mechanism:
        'honest people rarely reply, reshare or mention the same account twice each way within the window, so reciprocal ties ' +
        "scores them 0 (blind, not fooled); null: the members' scores handed to random real people of the no-pod run",
      needsControl: true,
      evaluate: (w, control) =>
        withTargets(w, control, ['engagement-pod'], (c) => {
          const members = w.targets('engagement-pod');
          const inPod = new Set(members);
          const rt = w.score('reciprocal-ties');
          let honestScored = 0;
          for (const i of w.real) if (!inPod.has(i) && rt[i]! > 0) honestScored++;
          const up = targetPercentile(w, 'reciprocal-ties', 'engagement-pod');
          const base = targetPercentile(c, 'reciprocal-ties', 'engagement-pod', w);
          const nul = onlyNonZeroNull(
            c,
            [...members].map((i) => rt[i]!),
            w.nullRng('reciprocal-ties-blind'),
          );
          const share = honestScored / w.real.length;
          return outcome(
            `${honestScored} real people outside the pod with a reciprocal tie (needs ≤ 1%); members' mean percentile ${fmt(base)} → ${fmt(up)}, ` +
              `any ${members.length} real people given their scores: ${fmt(nul.mean)} [${fmt(nul.lo)}, ${fmt(nul.hi)}] (needs no higher than the band + 0.01)`,
            { honestScored, percentile: up, controlPercentile: base, nullMean: nul.mean, nullLo: nul.lo, nullHi: nul.hi },
            share <= 0.01,
            up <= nul.hi + 0.01,
          );
        }),
    },
    truthRiseBounded(
      'truth-barely-rises',
      "Even where the pod's activity can win real followers (discovery follows on), it raises its members' true influence by less than 25%.",
      ['engagement-pod'],
      'the pod adds reactions, not ties that carry influence; its only path to real influence is the followers its activity draws by discovery',
    ),
  ],
  report: { scatter: ['klout-like', 'reciprocal-ties'], driftMeasures: ['spearman', 'gamer-share-at-k'] },
  sweep: {
    attack: 'engagement-pod',
    budgets: [0, 1000, 2000, 4000],
    measure: 'gamer-share-at-k',
    scorers: ['reactions-received', 'klout-like', 'reciprocal-ties', 'follower-count'],
  },
};

/** Draws of the reciprocal-ties null; its band is their 2.5th–97.5th percentiles (illustrative). */
const NULL_REPLICATES = 200;

/**
 * "Only non-zero accounts" null: hand the pod members' reciprocal-ties scores `scores` to that many
 * random real people of the no-pod run `c` (everyone else keeps their own score there) and take
 * their mean percentile among real people; the band over draws is what being given the pod's ties
 * is worth in a world where nobody else has any.
 */
function onlyNonZeroNull(c: ClaimWorld, scores: readonly number[], rng: Rng) {
  const base = c.score('reciprocal-ties');
  const real = [...c.real];
  const out: number[] = [];
  for (let r = 0; r < NULL_REPLICATES; r++) {
    for (let j = real.length - 1; j > real.length - 1 - scores.length; j--) {
      const k = rng.int(j + 1);
      [real[j], real[k]] = [real[k]!, real[j]!];
    }
    const chosen = real.slice(real.length - scores.length);
    const y = Float64Array.from(base);
    chosen.forEach((i, j) => {
      y[i] = scores[j]!;
    });
    out.push(meanPercentile(y, c.real, chosen));
  }
  return band(out);
}

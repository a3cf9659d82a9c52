/**
 * Bought followers vs engaging bots: one group of gamers buys inert followers, another runs a
 * small fleet of bots that follow, like, reshare and mention them. Follower counts rise for both;
 * scores built on reactions rise only for the second; true influence rises for neither.
 * Reference: Stringhini et al. (2013), IMC (follower markets); Ferrara et al. (2016), CACM (social bots).
 */
import { fmt, outcome } from './claims/claim.js';
import { targetPercentile, truthRiseBounded, withTargets } from './claims/common.js';
import type { Scenario } from './scenario.js';

export const boughtVsEngaging: Scenario = {
  id: 'bought-vs-engaging',
  title: 'Bought followers vs engaging bots',
  summary: 'inert bought followers inflate follower counts only; engaging bots inflate engagement scores too; truth moves for neither',
  story:
    'Twenty gamers want to look influential. Ten buy followers by the thousand: fake accounts that follow them and do ' +
    'nothing else. Ten rent a fleet of thirty bots that follow them, follow back anyone who follows a bot, and like, ' +
    'reshare and mention their posts every tick. Follower counts climb for both groups. The Klout-like score, built on ' +
    "reactions, barely notices the silent followers but rises with the bots' applause. Nobody real is moved by either: " +
    "bots cannot be persuaded and pass nothing on. The gamers' visible activity draws a few real followers by discovery, " +
    'so their true influence ends within a few per cent of where it would have been.',
  defaults: {
    agents: 2000,
    ticks: 30,
    roles: { gamer: 0.01, broadcaster: 0.005 },
    // New follows by discovery are on (the default triadicShare 0.6): the attack's visible activity
    // can win real followers, so the truth claim could fail.
    activity: { recordEvery: 6 },
    // Budgets per 1,000 real accounts (the same budgets as before at the default 2,000 agents), so gaming keeps its weight at any --agents.
    attacks: [
      { id: 'bought-followers', params: { budgetPer1000: 1500, targets: 10, rampTicks: 24, camouflage: 2 } },
      { id: 'engaging-bots', params: { budgetPer1000: 2000, targets: 10, rampTicks: 24, bots: 30, actionsPerBot: 5 } },
    ],
  },
  scorers: ['follower-count', 'reactions-received', 'klout-like', 'kred-like', 'pagerank', 'interaction-pagerank'],
  claims: [
    {
      id: 'bought-moves-followers-only',
      text: "Bought inert followers raise the buyers' follower count but barely move their Klout-like score.",
      mechanism: 'bought followers never react, and the Klout-like score weighs reactions more than audience size',
      needsControl: true,
      evaluate: (w, control) =>
        withTargets(w, control, ['bought-followers'], (c) => {
          const fc = targetPercentile(w, 'follower-count', 'bought-followers');
          const fc0 = targetPercentile(c, 'follower-count', 'bought-followers', w);
          const kl = targetPercentile(w, 'klout-like', 'bought-followers');
          const kl0 = targetPercentile(c, 'klout-like', 'bought-followers', w);
          return outcome(
            `buyers' mean percentile without → with gaming: follower-count ${fmt(fc0)} → ${fmt(fc)} (needs a rise > 0.20), klout-like ${fmt(kl0)} → ${fmt(kl)} (needs a change < 0.12)`,
            { followerCount: fc, followerCountControl: fc0, kloutLike: kl, kloutLikeControl: kl0 },
            fc > fc0 + 0.2,
            Math.abs(kl - kl0) < 0.12,
          );
        }),
    },
    {
      id: 'engaging-bots-lift-both',
      text: "Engaging bots raise their clients' Klout-like score (and follower count).",
      mechanism: 'bots that like and reshare produce the reactions the Klout-like score counts',
      needsControl: true,
      evaluate: (w, control) =>
        withTargets(w, control, ['engaging-bots'], (c) => {
          const kl = targetPercentile(w, 'klout-like', 'engaging-bots');
          const kl0 = targetPercentile(c, 'klout-like', 'engaging-bots', w);
          const fc = targetPercentile(w, 'follower-count', 'engaging-bots');
          const fc0 = targetPercentile(c, 'follower-count', 'engaging-bots', w);
          return outcome(
            `clients' mean percentile without → with gaming: klout-like ${fmt(kl0)} → ${fmt(kl)} (needs a rise > 0.12, to above 0.95), follower-count ${fmt(fc0)} → ${fmt(fc)} (needs a rise > 0.20)`,
            { kloutLike: kl, kloutLikeControl: kl0, followerCount: fc, followerCountControl: fc0 },
            kl > kl0 + 0.12,
            kl > 0.95,
            fc > fc0 + 0.2,
          );
        }),
    },
    truthRiseBounded(
      'truth-barely-rises',
      'Neither raises true influence by as much as 25%, even where gaming can win real followers (discovery follows on).',
      ['bought-followers', 'engaging-bots'],
      "bots and bought followers cannot be moved, and the ties the attacks create carry no influence; the gamers' only path to real influence is the followers their visible activity draws by discovery",
    ),
  ],
  report: { scatter: ['follower-count', 'klout-like'], driftMeasures: ['spearman', 'gamer-share-at-k'] },
  sweep: {
    attack: 'engaging-bots',
    budgets: [0, 1000, 2000, 4000],
    measure: 'auc-honest-gamer',
    threshold: 0.9,
    scorers: ['follower-count', 'klout-like', 'kred-like', 'interaction-pagerank'],
  },
};

/**
 * The numbers of docs/dynamics.md, registered by their exact text (src/reproduce/figure.ts): the
 * adaptation rule's parameters, the strategies' prices, the detector's thresholds and the decay results.
 */
import { figureBuilders } from './builders.js';

const { notResult, parameter, pending } = figureBuilders('docs/dynamics.md');

/** The registered figures of docs/dynamics.md. */
export const DYNAMICS_DOC = [
  notResult(
    '| `decay-summary.csv` | mean and Student-t 95% interval over seeds per (intervention, tick, scorer, measure) |',
    'the confidence level of an interval, not a result',
  ), // line 21
  notResult(
    '| `charts/*.{vl.json,svg,png}` | validity over time, share gaming, total true influence (one line per intervention, 95% bands), decay per intervention |',
    'the confidence level of an interval, not a result',
  ), // line 24
  parameter(
    '500 people (12 communities, preferential attachment; 3% start as gamers), 80 ticks, a market of 300',
    { 'roles.gamer': 0.03 },
    'goodhart-decay',
  ), // line 33
  notResult(
    'relative precision 0.1, stream `dynamics-truth/tick-<t>`).',
    "the truth estimate's relative precision, a setting of the experiment (src/dynamics/experiment.ts)",
  ), // line 37
  parameter('5. payoffs: π ← (1 − α) π + α (reward − cost), α = `memory` = 0.2;', { 'dynamics.memory': 0.2 }), // line 50
  parameter('a hidden **propensity** p_i ~ Beta(a, b) with mean 0.4 and a + b = 4 (stream `dynamics`). Each tick', {
    'dynamics.propensityMean': 0.4,
    'dynamics.propensityConcentration': 4,
  }), // line 57
  parameter('agent i reconsiders with probability `reviseRate` × p_i (0.25 × p_i). Then:', { 'dynamics.reviseRate': 0.25 }), // line 58
  parameter('- with probability `mutation` = 0.005 it tries a uniformly random strategy (exploration);', { 'dynamics.mutation': 0.005 }), // line 60
  parameter("`leaderboardShare` = 0.2 a random paying account of the leaderboard. If j's strategy differs,", {
    'dynamics.leaderboardShare': 0.2,
  }), // line 62
  parameter('P(i adopts s_j) = 1 / (1 + exp(−(π̃_j − π_i) / K)),  K = `temperature` = 0.1 reward units,', { 'dynamics.temperature': 0.1 }), // line 65
  parameter("formula, j's payoff `signalLag` = 8 ticks ago plus Gaussian noise of sd `signalNoise` = 0.5.", {
    'dynamics.signalLag': 8,
    'dynamics.signalNoise': 0.5,
  }), // line 68
  parameter("With a hidden formula, i copies a random strategy instead of j's with probability `confusion` = 0.5.", {
    'dynamics.confusion': 0.5,
  }), // line 69
  notResult(
    'with probability 1/(1 + e^(−0.12/0.1)) ≈ 0.77 and the peer copies it with ≈ 0.23).',
    'a worked example of the adoption formula (payoff gap 0.12 at K = 0.1)',
  ), // line 75
  notResult(
    '| bought-followers | 4 market bots follow the agent (tie 0) | 0.03 | 0.12 | follower counts, PageRank |',
    "a strategy's price per unit and its cost per tick (rate × price), constants of src/dynamics/strategies.ts",
  ), // line 82
  notResult(
    '| engagement-bots | 3 bot likes/reshares/replies | 0.05 | 0.15 | Klout-like, reactions, interaction PageRank |',
    "a strategy's price per unit and its cost per tick (rate × price), constants of src/dynamics/strategies.ts",
  ), // line 83
  notResult(
    '| follow-farming | 8 follows of follow-back-looking accounts; unreturned dropped after 3 ticks | 0.015 | 0.12 | follower counts, TrustRank (via capitalists) |',
    "a strategy's price per unit and its cost per tick (rate × price), constants of src/dynamics/strategies.ts",
  ), // line 84
  notResult(
    '| engagement-pod | 3 reactions to other pod members (who react back) | 0.04 | 0.12 | Klout-like, interaction PageRank |',
    "a strategy's price per unit and its cost per tick (rate × price), constants of src/dynamics/strategies.ts",
  ), // line 85
  notResult(
    '| volume-spam | 4 extra posts | 0.03 | 0.12 | activity-weighted scores (Klout-like v2), casual likes |',
    "a strategy's price per unit and its cost per tick (rate × price), constants of src/dynamics/strategies.ts",
  ), // line 86
  parameter(
    'changes what the platform sees and not who is moved. Gamers (3% of people) start with a random',
    { 'roles.gamer': 0.03 },
    'goodhart-decay',
  ), // line 89
  notResult(
    '| fake-followers | ≥ 40% (and ≥ 5) of its followers are inert: never posted, fewer followers than half the accounts they follow |',
    "the detector's thresholds, constants of src/dynamics/detector.ts",
  ), // line 101
  notResult(
    '| outside-engagement | ≥ 50% (and ≥ 10) of the reactions it received in the window come from accounts that do not follow it |',
    "the detector's thresholds, constants of src/dynamics/detector.ts",
  ), // line 102
  notResult(
    '≤ 2% of people who never gamed are flagged (0 in the test worlds), ≥ 70% of people gaming now are.',
    "the detector test's thresholds (tests/dynamics), which the text defines",
  ), // line 107
  parameter('| `baseline` | Klout-like deployed, formula public, top 5% paid, no penalty |', { 'dynamics.topShare': 0.05 }), // line 114
  parameter('| `hidden-formula` | imitation signal lagged 8 ticks, noisy (sd 0.5), strategy confused half the time |', {
    'dynamics.signalNoise': 0.5,
  }), // line 118
  notResult(
    '| `top-1pct` / `top-20pct` | only the top 1% / the top 20% are paid |',
    "the interventions' topShare settings (src/dynamics/interventions.ts)",
  ), // line 121
  notResult(
    'deployment), with a Student-t 95% interval. An intervention *measurably slows the decay* when',
    'the confidence level of an interval, not a result',
  ), // line 137
  notResult(
    '| intervention | validity before (t19) | at end (t79) | decay [95%] | slowdown vs baseline [95%] | share gaming at end | true influence end/start |',
    'the confidence level of an interval, not a result',
  ), // line 145
  pending(
    '| baseline | 0.26 | 0.09 | 0.17 [0.14, 0.19] | – | 0.33 | 1.10 |',
    'from effects.csv of `goodhart run goodhart-decay --seeds 1..20` (checked by running it); npm run reproduce has no dynamics recipe yet',
  ), // line 147
  pending(
    '| rewards-off | 0.26 | 0.27 | -0.01 [-0.04, 0.02] | 0.18 [0.15, 0.20] | 0.05 | 1.10 |',
    'from effects.csv of `goodhart run goodhart-decay --seeds 1..20` (checked by running it); npm run reproduce has no dynamics recipe yet',
  ), // line 148
  pending(
    '| trust-seeded | 0.62 | 0.62 | 0.00 [-0.01, 0.01] | 0.17 [0.14, 0.19] | 0.03 | 1.09 |',
    'from effects.csv of `goodhart run goodhart-decay --seeds 1..20` (checked by running it); npm run reproduce has no dynamics recipe yet',
  ), // line 149
  pending(
    '| relational | 0.22 | 0.06 | 0.16 [0.14, 0.18] | 0.01 [-0.02, 0.04] | 0.38 | 1.10 |',
    'from effects.csv of `goodhart run goodhart-decay --seeds 1..20` (checked by running it); npm run reproduce has no dynamics recipe yet',
  ), // line 150
  pending(
    '| hidden-formula | 0.26 | 0.13 | 0.13 [0.11, 0.15] | 0.04 [0.01, 0.06] | 0.42 | 1.07 |',
    'from effects.csv of `goodhart run goodhart-decay --seeds 1..20` (checked by running it); npm run reproduce has no dynamics recipe yet',
  ), // line 151
  pending(
    '| rotating-formula | 0.26 | 0.08 | 0.18 [0.15, 0.21] | -0.01 [-0.03, 0.01] | 0.30 | 1.10 |',
    'from effects.csv of `goodhart run goodhart-decay --seeds 1..20` (checked by running it); npm run reproduce has no dynamics recipe yet',
  ), // line 152
  pending(
    '| penalty | 0.26 | 0.24 | 0.02 [-0.01, 0.04] | 0.15 [0.13, 0.17] | 0.03 | 1.10 |',
    'from effects.csv of `goodhart run goodhart-decay --seeds 1..20` (checked by running it); npm run reproduce has no dynamics recipe yet',
  ), // line 153
  pending(
    '| top-1pct | 0.26 | 0.15 | 0.11 [0.08, 0.14] | 0.06 [0.04, 0.09] | 0.14 | 1.09 |',
    'from effects.csv of `goodhart run goodhart-decay --seeds 1..20` (checked by running it); npm run reproduce has no dynamics recipe yet',
  ), // line 154
  pending(
    '| top-20pct | 0.26 | 0.17 | 0.09 [0.07, 0.12] | 0.07 [0.05, 0.10] | 0.30 | 1.10 |',
    'from effects.csv of `goodhart run goodhart-decay --seeds 1..20` (checked by running it); npm run reproduce has no dynamics recipe yet',
  ), // line 155
  pending(
    'The printed findings: TrustRank deployed slows the decay most (0.17 less, 95% interval 0.14 to',
    'from effects.csv of `goodhart run goodhart-decay --seeds 1..20` (checked by running it); npm run reproduce has no dynamics recipe yet',
  ), // line 157
  pending(
    "0.19: 99% of the baseline's decay avoided); penalising detected gaming (0.15 less), paying only the",
    'from effects.csv of `goodhart run goodhart-decay --seeds 1..20` (checked by running it); npm run reproduce has no dynamics recipe yet',
  ), // line 158
  pending(
    'top 20% (0.07) or the top 1% (0.06) and hiding the formula (0.04) are also measurably slower; a',
    'from effects.csv of `goodhart run goodhart-decay --seeds 1..20` (checked by running it); npm run reproduce has no dynamics recipe yet',
  ), // line 159
  pending(
    'not help. Paying fewer people keeps gaming rarer (14% gaming at the end with the top 1% paid, 30%',
    'from effects.csv of `goodhart run goodhart-decay --seeds 1..20` (checked by running it); npm run reproduce has no dynamics recipe yet',
  ), // line 161
  pending(
    'with the top 20%), yet each cuts the decay by only a third to a half (0.11 and 0.09 against the',
    'from effects.csv of `goodhart run goodhart-decay --seeds 1..20` (checked by running it); npm run reproduce has no dynamics recipe yet',
  ), // line 162
  pending(
    "baseline's 0.17) rather than stop it. A hidden formula slows the spread",
    'from effects.csv of `goodhart run goodhart-decay --seeds 1..20` (checked by running it); npm run reproduce has no dynamics recipe yet',
  ), // line 163
  pending(
    'at first (imitators copy the wrong strategies) but gaming still spreads (42% at the end).',
    'from effects.csv of `goodhart run goodhart-decay --seeds 1..20` (checked by running it); npm run reproduce has no dynamics recipe yet',
  ), // line 164
  pending(
    '(TrustRank 0.14 [0.09, 0.18], penalty 0.13 [0.08, 0.19], rewards-off 0.16 [0.13, 0.19]) but not',
    'from effects.csv of `goodhart run goodhart-decay --seeds 1..5` (checked by running it); npm run reproduce has no dynamics recipe yet',
  ), // line 167
  pending(
    'on the top 1%: 0.01 [−0.05, 0.07], where the engine before its cascades were split into chunked',
    'from effects.csv of `goodhart run goodhart-decay --seeds 1..5` (checked by running it); npm run reproduce has no dynamics recipe yet',
  ), // line 168
  pending(
    "the baseline's decay interval lies above 0 (0.12 [0.05, 0.20]) and its gaming share rises by more",
    "the test's figures (tests/dynamics/decay.test.ts): decays and slowdowns as effects.csv of `goodhart run goodhart-decay --seeds 1..10 --agents 400 --ticks 60` prints them, the gaming rises from its dynamics-ticks.csv (checked by running it); npm run reproduce has no dynamics recipe yet",
  ), // line 173
  pending(
    'than 0.1 (0.26); with rewards off validity does not fall (−0.02 [−0.07, 0.02]) and gaming rises',
    "the test's figures (tests/dynamics/decay.test.ts): decays and slowdowns as effects.csv of `goodhart run goodhart-decay --seeds 1..10 --agents 400 --ticks 60` prints them, the gaming rises from its dynamics-ticks.csv (checked by running it); npm run reproduce has no dynamics recipe yet",
  ), // line 174
  pending(
    'only by what exploration gives (0.015; its upper 95% bound must stay under 0.05, and the paired',
    "the test's figures (tests/dynamics/decay.test.ts): decays and slowdowns as effects.csv of `goodhart run goodhart-decay --seeds 1..10 --agents 400 --ticks 60` prints them, the gaming rises from its dynamics-ticks.csv (checked by running it); npm run reproduce has no dynamics recipe yet",
  ), // line 175
  pending(
    "lower bound of the baseline's rise minus it must exceed 0.05); the penalty (0.09 [0.03, 0.15]) and TrustRank (0.13 [0.05,",
    "the test's figures (tests/dynamics/decay.test.ts): decays and slowdowns as effects.csv of `goodhart run goodhart-decay --seeds 1..10 --agents 400 --ticks 60` prints them, the gaming rises from its dynamics-ticks.csv (checked by running it); npm run reproduce has no dynamics recipe yet",
  ), // line 176
  pending(
    '0.20]) each slow the decay with a paired interval above 0. Five seeds were used before: one world',
    "the test's figures (tests/dynamics/decay.test.ts): decays and slowdowns as effects.csv of `goodhart run goodhart-decay --seeds 1..10 --agents 400 --ticks 60` prints them, the gaming rises from its dynamics-ticks.csv (checked by running it); npm run reproduce has no dynamics recipe yet",
  ), // line 177
  pending(
    'mercy of that one world; ten seeds also showed the rewards-off rise of about 0.02 (on the old',
    "the test's figures (tests/dynamics/decay.test.ts): decays and slowdowns as effects.csv of `goodhart run goodhart-decay --seeds 1..10 --agents 400 --ticks 60` prints them, the gaming rises from its dynamics-ticks.csv (checked by running it); npm run reproduce has no dynamics recipe yet",
  ), // line 179
  pending(
    'ρ ≈ 0.26',
    'from effects.csv of `goodhart run goodhart-decay --seeds 1..20` (checked by running it); npm run reproduce has no dynamics recipe yet (validity before deployment)',
  ), // line 182
  parameter('90% of people are lurkers', { 'activity.lurkerShare': 0.9 }), // line 182
];

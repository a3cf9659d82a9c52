/**
 * The numbers of docs/sweeps.md, registered by their exact text (src/reproduce/figure.ts): the results of
 * the two research sweeps (means of their committed reports), the sweep benchmark, and settings.
 */
import { figureBuilders } from './builders.js';

const { measured, notResult, pending } = figureBuilders('docs/sweeps.md');

/** The registered figures of docs/sweeps.md. */
export const SWEEPS_DOC = [
  notResult(
    "read strictly (`src/io/yaml-text.ts`, the `yaml` package's YAML 1.2 core schema): `yes`/`no` stay",
    'the version of the YAML schema read',
  ), // line 54
  notResult(
    '(`tests/sweep/sweep-cli.test.ts` kills it after 0, 3, 7 and 11 of 12 cells). The folder is matched',
    "the cells after which a test stops a sweep (a test's setting)",
  ), // line 158
  notResult(
    '**Failed cells.** A cell whose settings make the model fail (e.g. `roles.gamer` 0.5 with',
    'an example of settings the model refuses',
  ), // line 165
  notResult(
    '`roles.capitalist` 0.5 and `roles.broadcaster` 0.5: the roles outnumber the people) is recorded in',
    'an example of settings the model refuses',
  ), // line 166
  pending(
    'count while lurkers stay quiet: at `lurkerPosts` 0.03 reactions-received reaches Spearman ρ 0.32–0.38',
    "a mean over 5 seeds of the committed report docs/sweeps/silent-majority-posting/sweep-report.html, made by `goodhart sweep experiments/silent-majority-posting.json --workers 2` (checked against the report's chart data; npm run reproduce has no sweep recipe yet)",
  ), // line 236
  pending(
    "against follower count's 0.73–0.74, at 0.5 it reaches 0.68–0.82 and overtakes it when lurkers are",
    "a mean over 5 seeds of the committed report docs/sweeps/silent-majority-posting/sweep-report.html, made by `goodhart sweep experiments/silent-majority-posting.json --workers 2` (checked against the report's chart data; npm run reproduce has no sweep recipe yet)",
  ), // line 237
  pending(
    'also fully visible. So `reactions-below-followers` (reaction scores below follower count by more than 0.20) holds on',
    "a mean over 5 seeds of the committed report docs/sweeps/silent-majority-posting/sweep-report.html, made by `goodhart sweep experiments/silent-majority-posting.json --workers 2` (checked against the report's chart data; npm run reproduce has no sweep recipe yet)",
  ), // line 238
  pending(
    'every seed at 9 of 25 points (lurkers posting 0.03 at any visibility, 0.06 up to visibility 0.3,',
    "a mean over 5 seeds of the committed report docs/sweeps/silent-majority-posting/sweep-report.html, made by `goodhart sweep experiments/silent-majority-posting.json --workers 2` (checked against the report's chart data; npm run reproduce has no sweep recipe yet)",
  ), // line 239
  pending(
    '0.12 only at 0.03),',
    "a mean over 5 seeds of the committed report docs/sweeps/silent-majority-posting/sweep-report.html, made by `goodhart sweep experiments/silent-majority-posting.json --workers 2` (checked against the report's chart data; npm run reproduce has no sweep recipe yet)",
  ), // line 240
  pending(
    '`influential-but-invisible` only for `activity.lurkerPosts ≤ 0.03` (5 of 25), and',
    "a mean over 5 seeds of the committed report docs/sweeps/silent-majority-posting/sweep-report.html, made by `goodhart sweep experiments/silent-majority-posting.json --workers 2` (checked against the report's chart data; npm run reproduce has no sweep recipe yet)",
  ), // line 241
  pending(
    '`moved-outnumber-reactions` (moved people outnumber reactions 3 to 1) at 9 of 25, the points where',
    "a mean over 5 seeds of the committed report docs/sweeps/silent-majority-posting/sweep-report.html, made by `goodhart sweep experiments/silent-majority-posting.json --workers 2` (checked against the report's chart data; npm run reproduce has no sweep recipe yet)",
  ), // line 242
  pending(
    "lurker visibility is 0.1 or less: the scenario's story is a statement about quiet, hard-to-see",
    "a mean over 5 seeds of the committed report docs/sweeps/silent-majority-posting/sweep-report.html, made by `goodhart sweep experiments/silent-majority-posting.json --workers 2` (checked against the report's chart data; npm run reproduce has no sweep recipe yet)",
  ), // line 243
  notResult(
    '(`experiments/gamer-budget.json`: `roles.gamer` 0.005–0.1 × `attacks.bought-followers.budgetPer1000`',
    'the grid of experiments/gamer-budget.json (an input, not a result)',
  ), // line 247
  pending(
    '71 min on 2 cores shared with other jobs, load 20–46',
    'the wall time of one run of that sweep under shared load, printed by goodhart sweep; no bench re-measures it',
  ), // line 248
  notResult('AUC honest-above-gamer (0.5 =', 'what an AUC of one half means (chance)'), // line 248
  notResult(
    'chance) shows which scorers bought followers move: with few gamers (0.5%) and the largest budget,',
    'a point of the grid (roles.gamer 0.005), an input',
  ), // line 249
  pending(
    'follower-count falls from 0.31 to 0.06, pagerank from 0.32 to 0.07, kred-like from 0.29 to 0.05,',
    "a mean over 5 seeds of the committed report docs/sweeps/gamer-budget/sweep-report.html, made by `goodhart sweep experiments/gamer-budget.json --workers 2` (checked against the report's chart data; npm run reproduce has no sweep recipe yet)",
  ), // line 250
  pending(
    'klout-learned from 0.36 to 0.07 and trustrank from 0.34 to 0.13, while the interaction-based',
    "a mean over 5 seeds of the committed report docs/sweeps/gamer-budget/sweep-report.html, made by `goodhart sweep experiments/gamer-budget.json --workers 2` (checked against the report's chart data; npm run reproduce has no sweep recipe yet)",
  ), // line 251
  pending(
    'scorers (reactions-received 0.20–0.21, mentions 0.48–0.49, reshares 0.45–0.47,',
    "a mean over 5 seeds of the committed report docs/sweeps/gamer-budget/sweep-report.html, made by `goodhart sweep experiments/gamer-budget.json --workers 2` (checked against the report's chart data; npm run reproduce has no sweep recipe yet)",
  ), // line 252
  pending(
    'interaction-pagerank 0.43–0.44) do not move and sybilrank rises from 0.48 to 0.68. With 10% gamers the',
    "a mean over 5 seeds of the committed report docs/sweeps/gamer-budget/sweep-report.html, made by `goodhart sweep experiments/gamer-budget.json --workers 2` (checked against the report's chart data; npm run reproduce has no sweep recipe yet)",
  ), // line 253
  pending(
    'budget hardly matters (every graph scorer stays near 0.5). `bought-into-top10` holds on every seed',
    "a mean over 5 seeds of the committed report docs/sweeps/gamer-budget/sweep-report.html, made by `goodhart sweep experiments/gamer-budget.json --workers 2` (checked against the report's chart data; npm run reproduce has no sweep recipe yet)",
  ), // line 254
  pending(
    'exactly `for attacks.bought-followers.budgetPer1000 ≥ 1500` (15 of 25 points), `top-decile-gap` at',
    "a mean over 5 seeds of the committed report docs/sweeps/gamer-budget/sweep-report.html, made by `goodhart sweep experiments/gamer-budget.json --workers 2` (checked against the report's chart data; npm run reproduce has no sweep recipe yet)",
  ), // line 255
  pending(
    '18 of 25 points and `broadcasters-over-ranked` everywhere in the sweep.',
    "a mean over 5 seeds of the committed report docs/sweeps/gamer-budget/sweep-report.html, made by `goodhart sweep experiments/gamer-budget.json --workers 2` (checked against the report's chart data; npm run reproduce has no sweep recipe yet)",
  ), // line 256
  measured('average 1.1–1.6), `npm run bench -- sweep` (500 cells, 2,000 agents, 30 ticks, seeds 1..500):', 'npm run bench -- sweep'), // line 295
  measured(
    '| `goodhart run` once per cell in a shell loop (20 cells timed, 131.6 s, extrapolated) | 54.8 min | 9.1 | 1× | — |',
    'npm run bench -- sweep',
  ), // line 299
  measured('| `goodhart sweep --workers 1` | 12.35 min | 40.5 | 4.44× | 168 MiB |', 'npm run bench -- sweep'), // line 300
  measured('| `goodhart sweep --workers 2` | 6.66 min | 75.1 | 8.24× | 344 MiB |', 'npm run bench -- sweep'), // line 301
  measured('Two workers are 1.86× one worker, and their rows.csv is byte-identical. Memory is flat: the process', 'npm run bench -- sweep'), // line 303
  measured('peak at 100% of the cells ÷ peak at 20% = 1.00 for both); writing rows.csv, Parquet and the report', 'npm run bench -- sweep'), // line 305
];

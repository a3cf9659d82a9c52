/**
 * The numbers of docs/sweep-report.md, registered by their exact text (src/reproduce/figure.ts): examples
 * of how a report words things, confidence levels, experiment grids and the experiments' timings.
 */
import { figureBuilders } from './builders.js';

const { notResult, pending } = figureBuilders('docs/sweep-report.md');

/** The registered figures of docs/sweep-report.md. */
export const SWEEP_REPORT_DOC = [
  notResult(
    'seed ("3 of 6") and the region in words where one fits: `for activity.activityScale ≥ 4`,',
    'an example of how a report words a claim that holds on some seeds',
  ), // line 37
  notResult(
    'against the parameter (x), one line per scorer, with its 95% interval over seeds as a band. With two',
    'the confidence level of an interval, not a result',
  ), // line 43
  notResult(
    'Each chart\'s caption names the method and why (e.g. "bands are 95% Fisher z intervals over 5 seeds',
    'the confidence level of an interval, not a result',
  ), // line 61
  notResult(
    'all give 1.0 gets a band below 1 (Wilson: the binomial interval of its slots), not a band of width 0',
    'an example: a measure equal to 1 on every seed',
  ), // line 64
  notResult(
    "scorer, the 95% interval by the measure's method as a vertical bar), and each claim a scatter of its",
    'the confidence level of an interval, not a result',
  ), // line 91
  notResult('influence.beta ≥ 0.3").', "an example of a region's wording in a report"), // line 94
  notResult(
    '`activity.lurkerPosts` 0.03–0.5 per tick (5 values) × `activity.lurkerVisibility` 0.03–1 (5 values)',
    'the grid of experiments/silent-majority-posting.json (an input, not a result)',
  ), // line 162
  pending(
    '1.4–3.4 s a cell: at most about 4 minutes',
    'a timing of one cell, measured once by hand cell by cell; no bench command re-measures it (see the report)',
  ), // line 162
  notResult('`roles.gamer` 0.005–0.1 (5 values)', 'the grid of experiments/gamer-budget.json (an input, not a result)'), // line 163
  pending(
    '3.1–4.5 s a cell (16 scorers timed): at most about 5 minutes',
    'a timing of one cell, measured once by hand cell by cell; no bench command re-measures it (see the report)',
  ), // line 163
];

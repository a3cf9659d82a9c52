/**
 * The figures docs/measures.md quotes, registered by their exact text (src/reproduce/figure.ts).
 * Its numbers are worked examples of each measure's formula (tested in tests/drift and tests/stats), not simulation results.
 */
import { figureBuilders } from './builders.js';

const { notResult } = figureBuilders('docs/measures.md');
const EXAMPLE = 'a worked example or a constant of the measure definition (tested by hand-computed cases)';

/** The registered figures of docs/measures.md. */
export const MEASURES = [
  notResult('seeds and a 95%', EXAMPLE), // line 24
  notResult('would, and z replaced by t(0.975', EXAMPLE), // line 29
  notResult('0.9, 1, 0.9, 1, 0.9 over five seeds: mean 0.94, Wilson with 50 slots and t = 2.776', EXAMPLE), // line 31
  notResult('**[0.776, 0.986', EXAMPLE), // line 32
  notResult('Student-t interval gave [0.872, 1.008', EXAMPLE), // line 32
  notResult('1915). *Example:* ρ = 0.5, 0.6, 0.7: **[0.298, 0.800', EXAMPLE), // line 35
  notResult('Σd² = 2, ρ = 1 − 12/60 = **0.8', EXAMPLE), // line 72
  notResult('(1, 4, 7, 1, 0): τ-b = **−0.4714', EXAMPLE), // line 79
  notResult('y = (1, 4, 7, 1, 0): **−0.5669', EXAMPLE), // line 86
  notResult('the full lists (with p = 0.9', EXAMPLE), // line 93
  notResult('carry about 86%', EXAMPLE), // line 94
  notResult('vs (2, 3, 4, 1, 5), p = 0.9', EXAMPLE), // line 95
  notResult('RBO_ext = 0.9⁵ + (0.1/0.9)(0.5·0.81 + ⅔·0.729 + 0.6561 + 0.59049) = **0.828', EXAMPLE), // line 96
  notResult('"zcavwxy" at depth 7 = **0.312', EXAMPLE), // line 97
  notResult('and truths (5, 4, 2, 1, 0.5', EXAMPLE), // line 101
  notResult('1/log₂3) / (5 + 4/log₂3) ≈ **0.350', EXAMPLE), // line 109
  notResult('broadcaster: bot share **0.5', EXAMPLE), // line 115
  notResult('person above every gamer, 0.5', EXAMPLE), // line 120
  notResult('person: **0.375', EXAMPLE), // line 122
  notResult('gamer at score percentile 0.8 and true percentile 0.2 has lift **+0.6', EXAMPLE), // line 128
  notResult('among 6 people: 1/15 ≈ **0.067', EXAMPLE), // line 134
  notResult('B}, new top 2 = {A, C}: **0.5', EXAMPLE), // line 139
];

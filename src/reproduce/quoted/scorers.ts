/**
 * The figures docs/scorers.md quotes, registered by their exact text (src/reproduce/figure.ts).
 * Scorer constants, a training record, two measured tables and a benchmark.
 */
import { figureBuilders } from './builders.js';

const { measured, pending, notResult } = figureBuilders('docs/scorers.md');
const CONSTANT = 'a constant of the scorer as specified (its weights, damping or threshold), not a result';
const BENCH = 'npm run bench -- pagerank';

/** The registered figures of docs/scorers.md. */
export const SCORERS_DOC = [
  notResult('the follow graph (damping 0.85', CONSTANT), // line 30
  notResult('(γ = 0.5', CONSTANT), // line 47
  notResult('reshares of 10 posts beat 100 of 1,000', 'a worked example of the amplification formula'), // line 49
  notResult('| selectivity γ | 0.5 | 0.25', CONSTANT), // line 60
  notResult('/ network | 1 / 1 / 1 | 0.5 / 0.5 / 0.5', CONSTANT), // line 61
  notResult('+ reactions given) | 0 | 1.5', CONSTANT), // line 62
  pending(
    'training record (in-sample R² 0.576',
    'the training record of src/metrics/klout-learned weights (npm run train:klout-learned); no recipe regenerates it yet',
  ), // line 79
  pending(
    'with truth: klout-learned 0.730 [0.716, 0.743], follower-count 0.717, pagerank 0.709, klout-like 0.339',
    'measured by the command or test in this row; no recipe regenerates it yet',
  ), // line 88
  pending(
    'from a mean percentile of 0.37–0.51 (same seed, attacks off) to 0.93–0.99',
    'measured by the command or test in this row; no recipe regenerates it yet',
  ), // line 90
  pending('more than klout-like moves (0.36–0.64 → 0.65–0.77', 'measured by the command or test in this row; no recipe regenerates it yet'), // line 90
  notResult('the `bigAudienceQuantile` (0.99: the top 1%', CONSTANT), // line 101
  measured('to L1 change < 1e-13) | 0.67 s | 2.42 s / 2.45', BENCH), // line 285
  measured('| igraph PRPACK | 7.92 s | 1.62 s / 2.50', BENCH), // line 286
  measured('graphology-metrics (at 250,000 nodes) | 5.84 s | 3.50', BENCH), // line 287
  measured('PRPACK: on par in CPU time (1.02', BENCH), // line 289
  measured('than one core: 2.50 s CPU in 1.62 s), so ours is 0.67', BENCH), // line 290
  measured('graphology-metrics: 16.6', BENCH), // line 292
];

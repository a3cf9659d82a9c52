/**
 * The figures docs/truth.md quotes, registered by their exact text (src/reproduce/figure.ts).
 * Noise ceilings are regenerated as `goodhart truth` computes them (recipe kind `truth`, the
 * default scenario); timings are measured by the truth benchmark; the estimator's accuracy figures
 * from its tests have no recipe yet.
 */
import type { QuotedFigure, TruthRecipe } from '../figure.js';
import { figureBuilders } from './builders.js';

const { reproduced, measured, pending, notResult } = figureBuilders('docs/truth.md');
const TRUTH = 'a truth-estimator accuracy figure measured by its tests (tests/truth); no recipe regenerates it yet';
const BENCH = 'npm run bench -- truth';
const COSTLY =
  'a noise ceiling at 30,000 or 100,000 agents (goodhart truth attention-vs-influence --agents N --truth-precision P): two estimates per seed at that size on 11 seeds is too slow for the reproduce run; no recipe yet';

/** A truth figure of the default scenario on `seeds`, printed with `digits` decimals. */
const ceiling = (
  id: string,
  text: string,
  r: Omit<TruthRecipe, 'kind' | 'scenario'>,
  seeds: number[],
  quoted: number[],
  digits: number,
): QuotedFigure =>
  reproduced(
    `truth-${id}`,
    text,
    { kind: 'truth', scenario: 'attention-vs-influence', ...r },
    { seeds, rule: 'per-seed', quoted, digits, interval: 'bootstrap' },
  );

/** The registered figures of docs/truth.md. */
export const TRUTH_DOC = [
  notResult('model, precision outside [0.001', 'the lower bound of the precision option (its declared range)'), // line 16
  notResult('small worlds the stated 95%', 'the confidence level of an interval'), // line 51
  pending('cover the exact value in 97.7%', TRUTH), // line 52
  measured('(starting a worker costs ≈ 0.5', BENCH), // line 70
  notResult('(achieved/requested)² plus 3%', "a constant of the sampler's growth rule (src/truth/ris.ts)"),
  notResult('×1.05', "a constant of the sampler's growth rule (src/truth/ris.ts)"),
  ceiling('ceiling-3000-p03', '| 0.3 | 0.909', { measure: 'ceiling', precision: 0.3, agents: 3000 }, [1], [0.909], 3),
  ceiling('ceiling-3000-p02', '| 0.2 | 0.947', { measure: 'ceiling', precision: 0.2, agents: 3000 }, [1], [0.947], 3),
  ceiling('ceiling-3000-p01', '| 0.1 (default) | 0.985', { measure: 'ceiling', precision: 0.1, agents: 3000 }, [1], [0.985], 3),
  ceiling('ceiling-3000-p007', '| 0.07 | 0.992', { measure: 'ceiling', precision: 0.07, agents: 3000 }, [1], [0.992], 3),
  ceiling('ceiling-3000-p005', '| 0.05 | 0.996', { measure: 'ceiling', precision: 0.05, agents: 3000 }, [1], [0.996], 3),
  pending('0.909 | 0.906', COSTLY),
  pending('0.947 | 0.950', COSTLY),
  pending('0.985 | 0.985 | 0.986', COSTLY),
  pending('0.992 | | 0.993', COSTLY),
  ceiling(
    'ceiling-default',
    'The default, 0.1, gives a noise ceiling ≈ 0.986',
    { measure: 'ceiling', precision: 'report' },
    [1],
    [0.986],
    3,
  ),
  notResult('0.986 (default world, seed 1) ≥ 0.98', "the test's threshold (tests/truth/cross-check.test.ts)"),
  ceiling(
    'ceiling-3000-seeds',
    'default runs, seeds 1–3: 0.9852/0.9858/0.9865',
    { measure: 'ceiling', precision: 0.1, agents: 3000 },
    [1, 2, 3],
    [0.9852, 0.9858, 0.9865],
    4,
  ),
  ceiling(
    'ceiling-20000-seeds',
    '0.9854/0.9858/0.9858 at 20,000',
    { measure: 'ceiling', precision: 0.1, agents: 20000 },
    [1, 2, 3],
    [0.9854, 0.9858, 0.9858],
    4,
  ),
  measured('and 0.9839 at 1,000,000', BENCH),
  ceiling(
    'ceiling-3000-p007-text',
    'It was 0.07 (ceiling ≈ 0.992 at 3,000',
    { measure: 'ceiling', precision: 0.07, agents: 3000 },
    [1],
    [0.992],
    3,
  ),
  measured('grows as 1/precision², so 0.1 is half of 0.07', BENCH),
  notResult('them as grouped bars with 95%', 'the confidence level of an interval'), // line 110
  ceiling('reliability-default', 'the default precision r ≈ 0.986', { measure: 'ceiling', precision: 'report' }, [1], [0.986], 3),
  ceiling('cap-default', 'so the cap is ≈ 0.993', { measure: 'sqrt-ceiling', precision: 'report' }, [1], [0.993], 3),
  ceiling('noise-gap-default', 'about 1 − √r (here 0.007', { measure: 'one-minus-sqrt', precision: 'report' }, [1], [0.007], 3),
  notResult('engine world RIS (precision 0.01', 'the precision the cross-check was run at (an input)'),
  pending('agree within the combined 95% interval for ≥ 93%', TRUTH), // line 132
  pending('intervals overlap for ≥ 95%, mean z² ≈ 1, Spearman 0.999', TRUTH), // line 133
  pending('under-covers with few cascades: 80%', TRUTH), // line 134
  pending('agreement at 300 cascades, 91% at 3,000, 94.5% at 20,000 (mean z² 1.02', TRUTH), // line 135
  measured('| 100,300 | 1.31 M | before (precision 0.07, 1 thread) | 8.9 s | 3.8 M | 0.993 | 5.1', BENCH), // line 166
  measured('| 1,000,300 | 13.1 M | before (precision 0.07, 1 thread) | 208 s | 15.0 M | 0.992 | 222 s for 100 → 2.2', BENCH), // line 167
  measured('| 1,000,300 | 13.1 M | now, `--threads 1` | 99.0 s wall, 95.2 s CPU | 6.83 M | 0.984', BENCH), // line 168
  measured(
    '| 1,000,300 | 13.1 M | now (precision 0.1, 2 threads), under load | 71.7 s wall, 97.7 s CPU | 6.83 M | 0.984 | 50.6 s for 50 → 1.0',
    BENCH,
  ), // line 169
  measured('| 1,000,300 | 13.1', BENCH), // line 170
  measured(
    '(2026-11-26, two runs) | **23.5 s / 22.0 s** wall, 44.2 / 41.0 s CPU | 6.83 M | 0.984 | 15.3 s for 50 → 3.1 × 10⁵ s (≈ 3.6',
    BENCH,
  ), // line 170
  measured('565 s wall for the same 6.83', BENCH), // line 173
  measured('Where the 2.9× came from: **precision 0.1', BENCH), // line 176
  measured('adaptive loop (achieved 0.0986', BENCH), // line 176
  measured('0.1 requested; 3% overshoot instead of 10–25%) cut the RR sets from 15.0 M to 6.83 M (2.2', BENCH), // line 177
  measured('**two threads** gave 1.38× (99.0 s → 71.7', BENCH), // line 178
  measured('did not change measurably: 13.9 µs CPU per set on one thread (95.2 s / 6.83 M) vs ≈ 13.9', BENCH), // line 180
  measured('under the same load (quiet: 6.0 µs, 41 s / 6.83', BENCH), // line 180
  measured('agents (2.8', BENCH), // line 182
  measured('at 10⁶ agents **is met: 22.0–23.5', BENCH), // line 184
  pending('(each person is moved by ≈ 0.55', TRUTH), // line 187
];

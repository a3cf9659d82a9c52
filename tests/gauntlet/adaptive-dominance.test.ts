/**
 * Known result (issue 6): the adaptive white-box attacker gains at least as much as the best fixed
 * attack of the same budget, against every built-in scorer.
 *
 * Set-up (tests/gauntlet/adaptive-measure.ts): the smoke suite's 300-person world (10 ticks, no
 * organic gamers, 4 targets, budget released over 6 ticks), budget 200 for every attack, seeds
 * 1–6. For each registered scorer: the seed-mean rank lift of the targets (score percentile − true
 * percentile among real people, the gauntlet's `lift`) under each of the eight fixed attacks, and
 * under `adaptive` given that scorer (with the same fleet sizes: 10 engaging bots, 30 sybils).
 *
 * Expected: mean adaptive lift ≥ max over fixed attacks of the mean fixed lift − TOLERANCE.
 * Why a tolerance: when the adaptive attacker picks the best fixed strategy it plays exactly that
 * attack's step function, but from its own rng stream (different draws of which account is farmed,
 * which reaction a bot makes) and the world's organic dynamics then diverge; the best fixed attack
 * is also chosen ex post as the maximum of eight noisy means, which biases it upwards. Measured on
 * these seeds, where the adaptive attacker picked the best fixed attack the mean lifts differ by at
 * most 0.006 (per-seed differences up to ~0.06). TOLERANCE = 0.02 (two percentile points of rank)
 * covers that noise. What the test can catch: for the structural scorers the runner-up fixed
 * attack is 0.04–0.46 behind the best (reciprocal-ties 0.46, pagerank 0.21, coreness 0.06,
 * trustrank 0.05, sybilrank 0.04), so a wrong pick fails; for the attention scorers several
 * strategies saturate at this budget (runner-up within 0.01), so there it checks that the adaptive
 * attacker lands in the saturated group. (At budget 100 the claim does not hold for six scorers,
 * up to −0.068 for sybilrank; see docs/gauntlet.md. The table: npx tsx scripts/adaptive-dominance.ts.)
 * Run-time: ~15–25 s on two cores (fixed cells are shared by all scorers; adaptive runs per scorer).
 */
import { describe, expect, it } from 'vitest';
import { SCORERS } from '../../src/metrics/registry.js';
import { measureDominance, type DominanceRow } from './adaptive-measure.js';

const BUDGET = 200;
const SEEDS = [1, 2, 3, 4, 5, 6];
/** Allowed shortfall in seed-mean rank lift (see the file comment). */
const TOLERANCE = 0.02;

describe('adaptive attacker vs the best fixed attack of the same budget', () => {
  let rows: DominanceRow[] = [];
  it('measures every registered scorer under every fixed attack and under adaptive', () => {
    rows = measureDominance(SCORERS, BUDGET, SEEDS);
    expect(rows.map((r) => r.scorer)).toEqual(SCORERS.map((s) => s.id));
    for (const r of rows) expect(Object.keys(r.fixed)).toHaveLength(8);
  }, 170_000);

  it.each(SCORERS.map((s) => s.id))('%s: adaptive mean lift ≥ best fixed mean lift − 0.02', (id) => {
    const r = rows.find((x) => x.scorer === id);
    expect(r, 'measured in the first test').toBeDefined();
    const [bestId, best] = Object.entries(r!.fixed).sort((a, b) => b[1] - a[1])[0]!;
    expect(r!.adaptive, `adaptive ${r!.adaptive.toFixed(3)} vs ${bestId} ${best.toFixed(3)}`).toBeGreaterThanOrEqual(best - TOLERANCE);
  });
});

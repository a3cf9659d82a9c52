/**
 * Known result (issue 6): the adaptive white-box attacker gains at least as much as the best fixed
 * attack of the same budget, against every built-in scorer.
 *
 * Set-up (tests/gauntlet/adaptive-measure.ts): the smoke suite's 300-person world (10 ticks, no
 * organic gamers, 4 targets, budget released over 6 ticks), one budget for every attack (100,
 * 200 and 400 in turn), seeds 1–48. For each registered scorer: the rank lift of the targets (score
 * percentile − true percentile among real people, the gauntlet's `lift`) under each of the eight
 * fixed attacks, and under `adaptive` given that scorer (same fleet sizes: 10 engaging bots, 30
 * sybils). The adaptive attacker plays a strategy from the stream the fixed attack would have had
 * (common random numbers), so playing one fixed attack throughout reproduces it exactly.
 *
 * Expected: mean adaptive lift ≥ mean lift of the best fixed attack − max(TOLERANCE, 2 s.e.), the
 * s.e. being that of the per-seed paired difference (same seed = same world until the attack), and
 * that allowance below 0.05. Why any allowance: once it switches strategy the world diverges; the
 * best of eight noisy means is biased upwards; and lift includes the targets' true percentile,
 * which an attack itself moves. Why 48 seeds: per-seed differences reach ±0.3 for the structural
 * scorers; six-seed means moved by ±0.06 between seed sets (docs/gauntlet.md).
 * Measured (npx tsx scripts/adaptive-dominance.ts <budget>, 21–34 s each): the largest shortfalls
 * are 0.021 (mentions at 100, s.e. 0.011: inside 2 s.e., not inside 0.02), 0.012 (klout-like at
 * 200, s.e. 0.005) and 0.012 (sybilrank at 100, s.e. 0.021). A chooser that picks wrongly fails
 * wherever the runner-up is further behind than the allowance (forcing the first strategy fails
 * 11 scorers at 200).
 * Run-time: ~80 s on two quiet cores for the three budgets (fixed cells are shared by all scorers).
 */
import { describe, expect, it } from 'vitest';
import { SCORERS } from '../../src/metrics/registry.js';
import { FIXED, dominanceVerdict, measureDominance, type DominanceRow } from './adaptive-measure.js';

const BUDGETS = [100, 200, 400];
const SEEDS = Array.from({ length: 48 }, (_, i) => i + 1);
/** Allowed shortfall in seed-mean rank lift, unless two standard errors are larger (see the file comment). */
const TOLERANCE = 0.02;

describe.each(BUDGETS)('adaptive attacker vs the best fixed attack at budget %i', (budget) => {
  let rows: DominanceRow[] = [];
  it('measures every registered scorer under every fixed attack and under adaptive', () => {
    rows = measureDominance(SCORERS, budget, SEEDS);
    expect(rows.map((r) => r.scorer)).toEqual(SCORERS.map((s) => s.id));
    for (const r of rows) expect(Object.keys(r.fixed)).toEqual(FIXED.map((a) => a.id));
  }, 600_000);

  it.each(SCORERS.map((s) => s.id))('%s: adaptive mean lift ≥ best fixed mean lift − max(0.02, 2 s.e.)', (id) => {
    const r = rows.find((x) => x.scorer === id);
    expect(r, 'measured in the first test').toBeDefined();
    const v = dominanceVerdict(r!, TOLERANCE);
    expect(v.allowed, 'the noise allowance stays small enough to mean something').toBeLessThan(0.05);
    expect(
      v.diff,
      `adaptive ${v.adaptive.toFixed(3)} vs ${v.best} ${v.bestLift.toFixed(3)} (paired s.e. ${v.se.toFixed(3)})`,
    ).toBeGreaterThanOrEqual(-v.allowed);
  });
});

/**
 * The adaptive-dominance check at one budget (the claim, set-up and thresholds are described in
 * adaptive-dominance.test.ts): one file per budget, so that two test workers share the budgets.
 */
import { describe, expect, it } from 'vitest';
import { SCORERS } from '../../src/metrics/registry.js';
import { FIXED, dominanceVerdict, measureDominance, type DominanceRow } from './adaptive-measure.js';

/** Seeds 1–48 (see adaptive-dominance.test.ts for why 48). */
export const SEEDS = Array.from({ length: 48 }, (_, i) => i + 1);
/** Allowed shortfall in seed-mean rank lift, unless two standard errors are larger. */
export const TOLERANCE = 0.02;

/** Register the tests of one budget: measure every scorer, then one verdict per scorer. */
export function describeDominance(budget: number): void {
  describe(`adaptive attacker vs the best fixed attack at budget ${budget}`, () => {
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
}

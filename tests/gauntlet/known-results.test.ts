/**
 * Known results, run in-process on dedicated small suites (runCell, no workers):
 * 1. Sybil defence (Cao et al. 2012; Gyöngyi et al. 2004): a trust-seeded scorer (TrustRank) keeps
 *    a higher truth-ordered AUC than PageRank at every number of attack edges g, and its AUC
 *    breakdown budget (threshold 0.8 here) is larger.
 * (The second known result — the adaptive attacker gains at least as much as the best fixed
 * attack of the same budget against every built-in scorer — is tested in adaptive-dominance.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { runCell, type CellSpec } from '../../src/gauntlet/cell.js';
import { breakdownOf, type BudgetRow } from '../../src/gauntlet/result.js';
import type { Suite } from '../../src/gauntlet/suite.js';
import { getScorer } from '../../src/metrics/registry.js';
import { v1 } from '../../src/gauntlet/suites/v1.js';

const base = { ...v1, id: 'test', thresholds: { auc: 0.8, overlap: 0 }, truthPrecision: 0.1 } satisfies Suite;

function meanOver(suite: Suite, attack: number, budget: number, scorerIds: string[], measure: 'auc' | 'lift'): number[] {
  const sums = scorerIds.map(() => 0);
  for (const seed of suite.seeds) {
    const cell: CellSpec = { world: 0, attack, budget, seed };
    runCell(suite, cell, scorerIds.map(getScorer)).forEach((o, i) => {
      if (!o.ok) throw new Error(`${scorerIds[i]} failed: ${o.reason}`);
      sums[i]! += o.measures[measure];
    });
  }
  return sums.map((s) => s / suite.seeds.length);
}

describe('known results', () => {
  it("TrustRank keeps a higher AUC than PageRank as the sybil region's attack edges grow, and breaks later", () => {
    const budgets = [0, 50, 200, 800];
    const suite: Suite = {
      ...base,
      seeds: [1, 2],
      attacks: [{ id: 'sybil-region', params: { targets: 10, rampTicks: 12, sybils: 100 }, budgets }],
    };
    const rows: Record<string, BudgetRow[]> = { trustrank: [], pagerank: [] };
    for (const g of budgets) {
      const [tr, pr] = meanOver(suite, 0, g, ['trustrank', 'pagerank'], 'auc');
      expect(tr!, `g = ${g}`).toBeGreaterThan(pr!);
      for (const [id, v] of [
        ['trustrank', tr!],
        ['pagerank', pr!],
      ] as const) {
        const stat = { mean: v, min: v, max: v, values: [v] };
        rows[id]!.push({
          budget: g,
          measures: { auc: stat, overlap: stat, spearman: stat, attackerShare: stat, lift: stat },
          liftGain: 0,
          liftPerCost: 0,
          failed: 0,
        });
      }
    }
    const never = Infinity;
    const bt = breakdownOf(rows.trustrank!, suite.thresholds).auc ?? never;
    const bp = breakdownOf(rows.pagerank!, suite.thresholds).auc ?? never;
    expect(bt).toBeGreaterThan(bp);
  });
});

describe('verdict: "holds" needs cells where the scorer ran', () => {
  const stat = (v: number | null, n = 2) => ({ mean: v, min: v, max: v, values: Array(n).fill(v) });
  const row = (budget: number, auc: number | null, failed: number): BudgetRow => ({
    budget,
    measures: { auc: stat(auc), overlap: stat(auc), spearman: stat(auc), attackerShare: stat(auc), lift: stat(auc) },
    liftGain: null,
    liftPerCost: null,
    failed,
  });
  const thr = { auc: 0.5, overlap: 0.5 } as Parameters<typeof breakdownOf>[1];
  it('every cell failed: failed, not holds', () => {
    expect(breakdownOf([row(0, null, 2), row(10, null, 2)], thr).verdict).toBe('failed');
  });
  it('one budget where no cell ran: failed; a measured break still breaks', () => {
    expect(breakdownOf([row(0, 0.9, 0), row(10, null, 2)], thr).verdict).toBe('failed');
    expect(breakdownOf([row(0, 0.9, 0), row(10, 0.1, 1), row(20, null, 2)], thr).verdict).toBe('breaks');
  });
  it('every budget measured and above the thresholds: holds', () => {
    expect(breakdownOf([row(0, 0.9, 0), row(10, 0.8, 1)], thr).verdict).toBe('holds');
  });
});

/**
 * Gauntlet suite v2: v1's world, seeds and ladders, with every budget **per 1,000 real accounts**
 * (`attacks.<id>.budgetPer1000`), so the same suite weighs the same on a world of any size —
 * including a platform's own follow graph (`goodhart gauntlet --graph edges.csv`). On its own
 * 1,000-person world a budget per 1,000 is the absolute budget, so there v2 measures exactly what
 * v1 does (tests/gauntlet/suites.test.ts checks a cell of each); the adaptive attacker's fleets
 * are written out (30 bots, 100 sybils: the fixed attacks' fleets, equal to its defaults), so a
 * change of defaults cannot move v2. Every registered attack is in it (the same test checks).
 * Frozen: any change here is a new suite version.
 */
import type { Suite } from '../suite.js';

const common = { targets: 10, rampTicks: 12 } as const;

export const v2: Suite = {
  id: 'v2',
  version: 1,
  description: 'nine attacks × 4 budgets per 1,000 accounts × 3 seeds on a 1,000-person community world (20 ticks)',
  changes:
    'from v1: every budget is per 1,000 real accounts, so an attack weighs the same on a world of any ' +
    'size and the suite runs on your own graph (--graph); on its 1,000-person world it measures what v1 does',
  budgetsPer1000: true,
  worlds: [{ id: 'community-1000', scenario: 'baseline', agents: 1000, ticks: 20, roles: { gamer: 0 } }],
  seeds: [1, 2, 3],
  attacks: [
    { id: 'bought-followers', params: { ...common }, budgets: [0, 100, 400, 1600] },
    { id: 'engaging-bots', params: { ...common, bots: 30 }, budgets: [0, 200, 800, 3200] },
    { id: 'follow-farming', params: { ...common }, budgets: [0, 200, 800, 3200] },
    { id: 'sybil-region', params: { ...common, sybils: 100 }, budgets: [0, 25, 100, 400] },
    { id: 'engagement-pod', params: { ...common }, budgets: [0, 100, 400, 1600] },
    { id: 'alister-bait', params: { ...common }, budgets: [0, 100, 400, 1600] },
    { id: 'volume-spam', params: { ...common }, budgets: [0, 100, 400, 1600] },
    { id: 'perks', params: { ...common }, budgets: [0, 50, 200, 800] },
    { id: 'adaptive', params: { ...common, bots: 30, sybils: 100, replanEvery: 3 }, budgets: [0, 100, 400, 1600] },
  ],
  k: 10,
  aucTopShare: 0.1,
  thresholds: { auc: 0.9, overlap: 0.5 },
  tolerance: { auc: 0.05, overlap: 0.1, spearman: 0.05, attackerShare: 0.1, lift: 0.05, breakdownSteps: 0 },
  truthPrecision: 0.1,
  timeLimitSeconds: 60,
};

/**
 * Gauntlet suite v1: one 1,000-person community world (the default community/preferential-
 * attachment generator, no organic gamers: the 10 targets of each attack are the only gamers),
 * 20 ticks with the budget released over 12, three seeds, and a four-step budget ladder per
 * attack (0 = the no-attack reference). Sized to run one scorer in under two minutes on two cores.
 * Frozen: any change here is a new suite version.
 */
import type { Suite } from '../suite.js';

const common = { targets: 10, rampTicks: 12 } as const;

export const v1: Suite = {
  id: 'v1',
  version: 1,
  description: 'nine attacks × 4 budgets × 3 seeds on a 1,000-person community world (20 ticks)',
  changes: 'the first suite: budgets in absolute cost units for its 1,000-person world',
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
    { id: 'adaptive', params: { ...common, replanEvery: 3 }, budgets: [0, 100, 400, 1600] },
  ],
  k: 10,
  aucTopShare: 0.1,
  thresholds: { auc: 0.9, overlap: 0.5 },
  tolerance: { auc: 0.05, overlap: 0.1, spearman: 0.05, attackerShare: 0.1, lift: 0.05, breakdownSteps: 0 },
  truthPrecision: 0.1,
  timeLimitSeconds: 60,
};

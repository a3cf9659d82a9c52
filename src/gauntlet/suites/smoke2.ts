/**
 * Gauntlet suite `smoke2`: suite v2 in small, as `smoke` is v1 in small — the nine attacks with
 * budgets per 1,000 real accounts (so it runs on a user's graph, `--graph`), two budgets and two
 * seeds on a 300-person world, 10 ticks: seconds instead of minutes, for tests of `--graph` and a
 * quick look at your own topology. The per-1,000 budgets are multiples of 10, so on its own
 * 300-person world every absolute budget is a whole number. Not comparable with v2.
 */
import type { Suite } from '../suite.js';

const common = { targets: 4, rampTicks: 6 } as const;

export const smoke2: Suite = {
  id: 'smoke2',
  version: 1,
  description: 'the v2 attacks × 2 budgets per 1,000 accounts × 2 seeds on a 300-person world (10 ticks): for tests',
  changes: 'from smoke: budgets per 1,000 real accounts, as in v2 (runs with --graph)',
  budgetsPer1000: true,
  worlds: [{ id: 'community-300', scenario: 'baseline', agents: 300, ticks: 10, roles: { gamer: 0 } }],
  seeds: [1, 2],
  attacks: [
    { id: 'bought-followers', params: { ...common }, budgets: [0, 700] },
    { id: 'engaging-bots', params: { ...common, bots: 10 }, budgets: [0, 1000] },
    { id: 'follow-farming', params: { ...common }, budgets: [0, 1000] },
    { id: 'sybil-region', params: { ...common, sybils: 30 }, budgets: [0, 130] },
    { id: 'engagement-pod', params: { ...common }, budgets: [0, 500] },
    { id: 'alister-bait', params: { ...common }, budgets: [0, 700] },
    { id: 'volume-spam', params: { ...common }, budgets: [0, 700] },
    { id: 'perks', params: { ...common }, budgets: [0, 300] },
    { id: 'adaptive', params: { ...common, bots: 10, sybils: 30, replanEvery: 3 }, budgets: [0, 700] },
  ],
  k: 10,
  aucTopShare: 0.1,
  thresholds: { auc: 0.9, overlap: 0.5 },
  tolerance: { auc: 0.05, overlap: 0.1, spearman: 0.05, attackerShare: 0.1, lift: 0.05, breakdownSteps: 0 },
  truthPrecision: 0.15,
  timeLimitSeconds: 30,
};

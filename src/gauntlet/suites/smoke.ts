/**
 * Gauntlet suite `smoke`: the v1 attacks on a 300-person world, 10 ticks, two seeds and two
 * budgets each — seconds instead of minutes, for tests and for a quick look. Not comparable with
 * v1 (a baseline from one is refused by the other). Version 2: the adaptive attacker gets the same
 * fleets (10 bots, 30 sybils) as the fixed attacks of this suite.
 */
import type { Suite } from '../suite.js';

const common = { targets: 4, rampTicks: 6 } as const;

export const smoke: Suite = {
  id: 'smoke',
  version: 2,
  description: 'the v1 attacks × 2 budgets × 2 seeds on a 300-person world (10 ticks): for tests',
  changes: 'version 2: the adaptive attacker gets the same fleets (10 bots, 30 sybils) as the fixed attacks',
  worlds: [{ id: 'community-300', scenario: 'baseline', agents: 300, ticks: 10, roles: { gamer: 0 } }],
  seeds: [1, 2],
  attacks: [
    { id: 'bought-followers', params: { ...common }, budgets: [0, 200] },
    { id: 'engaging-bots', params: { ...common, bots: 10 }, budgets: [0, 300] },
    { id: 'follow-farming', params: { ...common }, budgets: [0, 300] },
    { id: 'sybil-region', params: { ...common, sybils: 30 }, budgets: [0, 40] },
    { id: 'engagement-pod', params: { ...common }, budgets: [0, 150] },
    { id: 'alister-bait', params: { ...common }, budgets: [0, 200] },
    { id: 'volume-spam', params: { ...common }, budgets: [0, 200] },
    { id: 'perks', params: { ...common }, budgets: [0, 100] },
    // Same fleets as the fixed attacks above, so "adaptive vs best fixed" compares like with like.
    { id: 'adaptive', params: { ...common, bots: 10, sybils: 30, replanEvery: 3 }, budgets: [0, 200] },
  ],
  k: 10,
  aucTopShare: 0.1,
  thresholds: { auc: 0.9, overlap: 0.5 },
  tolerance: { auc: 0.05, overlap: 0.1, spearman: 0.05, attackerShare: 0.1, lift: 0.05, breakdownSteps: 0 },
  truthPrecision: 0.15,
  timeLimitSeconds: 30,
};

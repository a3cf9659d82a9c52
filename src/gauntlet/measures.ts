/**
 * The measures the gauntlet reports for one scored cell (one world, attack, budget and seed):
 * truth-ordered AUC, top-k overlap with truth, Spearman's ρ with truth, the attackers' share of
 * the top k, and the targets' rank lift.
 *
 * Truth-ordered AUC: over every pair (h, g) of an honest person h among the truly most influential
 * `topShare` of real people and a gamer g whom h truly out-influences, the share the scorer orders
 * h above g (ties ½). Truth itself scores 1; a scorer the attack fools falls towards 0. It differs
 * from drift's `auc-honest-gamer` (all pairs), which is far below 1 even without any attack
 * because most honest people are lurkers whom any activity-based score puts below an active gamer;
 * the question here is whether gamers climb past the people who really move others.
 * References: Mann & Whitney (1947) for AUC as a pair share; Cao et al. (2012) for AUC of honest
 * accounts ranked above attackers; docs/measures.md for rank lift.
 */
import { gamerRankLifts } from '../drift/rank-lift.js';
import { makeDriftInput } from '../drift/input.js';
import { precisionAtKMeasure } from '../drift/precision-at-k.js';
import { spearmanMeasure } from '../drift/spearman.js';
import { roleShareOfTopK } from '../drift/role-share.js';
import { Role, isGamingRole, isRealRole } from '../model/roles.js';

/** The measures of one scored cell. */
export interface CellMeasures {
  /** Truth-ordered AUC of truly influential honest people above gamers, in [0, 1] (NaN with no pair). */
  readonly auc: number;
  /** Share of the scorer's top k real people who are in the true top k, in [0, 1]. */
  readonly overlap: number;
  /** Spearman's ρ between score and truth over real people, in [−1, 1]. */
  readonly spearman: number;
  /** Share of the scorer's top k (all accounts) held by gamers, bots and sybils, in [0, 1]. */
  readonly attackerShare: number;
  /** Mean over the targets of score percentile − true percentile among real people, in [−1, 1]. */
  readonly lift: number;
}

/** Names of {@link CellMeasures}, in report order. */
export const MEASURE_NAMES = ['auc', 'overlap', 'spearman', 'attackerShare', 'lift'] as const;
export type MeasureName = (typeof MEASURE_NAMES)[number];

/** True when larger values of the measure mean a better (harder to game) scorer. */
export const HIGHER_IS_BETTER: Readonly<Record<MeasureName, boolean>> = {
  auc: true,
  overlap: true,
  spearman: true,
  attackerShare: false,
  lift: false,
};

/** Human labels for reports. */
export const MEASURE_LABELS: Readonly<Record<MeasureName, string>> = {
  auc: 'AUC influential honest above gamer',
  overlap: 'top-k overlap with truth',
  spearman: 'Spearman ρ with truth',
  attackerShare: "attackers' share of the top k",
  lift: "targets' rank lift",
};

/**
 * Truth-ordered AUC: P(score[h] > score[g] | truth[h] > truth[g]) over gamers g and honest h in the
 * true top `topShare` of real people (strictly above the cut), ties in score ½. O(gamers × honest).
 * NaN when no pair qualifies.
 * @param topShare share in (0, 1] of real people counted as truly influential (1: every honest person).
 */
export function truthOrderedAuc(score: ArrayLike<number>, truth: ArrayLike<number>, role: ArrayLike<number>, topShare = 1): number {
  const gamers: number[] = [];
  const honest: number[] = [];
  for (let i = 0; i < role.length; i++) {
    const r = role[i]!;
    if (r === Role.gamer) gamers.push(i);
    else if (isRealRole(r) && !isGamingRole(r)) honest.push(i);
  }
  if (topShare < 1) {
    const real = [...honest, ...gamers].map((i) => truth[i]!).sort((a, b) => b - a);
    const cut = real[Math.min(real.length - 1, Math.floor(real.length * topShare))]!;
    const top = honest.filter((i) => truth[i]! > cut);
    honest.length = 0;
    honest.push(...top);
  }
  let num = 0;
  let den = 0;
  for (const g of gamers) {
    const tg = truth[g]!;
    const sg = score[g]!;
    for (const h of honest) {
      if (!(truth[h]! > tg)) continue;
      den++;
      const sh = score[h]!;
      num += sh > sg ? 1 : sh === sg ? 0.5 : 0;
    }
  }
  return den === 0 ? NaN : num / den;
}

/** Every measure of one cell. `score` and `truth` have one finite value per account. */
export function cellMeasures(score: Float64Array, truth: Float64Array, role: Uint8Array, k: number, aucTopShare = 0.1): CellMeasures {
  const input = makeDriftInput(score, truth, role, { k });
  const lifts = gamerRankLifts(input);
  return {
    auc: truthOrderedAuc(score, truth, role, aucTopShare),
    overlap: precisionAtKMeasure.compute(input),
    spearman: spearmanMeasure.compute(input),
    attackerShare: roleShareOfTopK(score, role, k, [Role.gamer, Role.bot, Role.sybil]),
    lift: lifts.length === 0 ? NaN : lifts.reduce((s, l) => s + l.lift, 0) / lifts.length,
  };
}

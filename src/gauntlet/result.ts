/**
 * gauntlet.json: the result of one scorer through one suite, summarised over seeds (and worlds).
 *
 *   cell outcomes ─▶ per attack, per budget: mean / min / max of each measure over the replicates
 *                 ─▶ lift gain over the budget-0 reference and lift per unit cost
 *                 ─▶ breakdown budget: the first budget whose mean AUC < thresholds.auc or whose
 *                    mean top-k overlap < thresholds.overlap (null: holds through the largest budget)
 *                 ─▶ verdict: breaks / holds / failed (a budget where the scorer never ran: never "holds")
 *                 ─▶ the adaptive attacker against the best fixed attack at equal budgets (adaptive-gap.ts)
 */
import { getAttack } from '../attacks/registry.js';
import { adaptiveGap, type AdaptiveGap } from './adaptive-gap.js';
import type { CellSpec, ScoreOutcome } from './cell.js';
import { MEASURE_NAMES, type MeasureName } from './measures.js';
import type { GauntletGraphInfo } from './graph.js';
import type { Suite } from './suite.js';

/** Format version of gauntlet.json (bumped when its shape changes). */
export const RESULT_FORMAT = 1;

/** A measure over replicates (worlds × seeds); null where no replicate succeeded. */
export interface Stat {
  readonly mean: number | null;
  readonly min: number | null;
  readonly max: number | null;
  /** One value per replicate in (world, seed) order; null where the scorer failed. */
  readonly values: readonly (number | null)[];
}

/** One budget of one attack. */
export interface BudgetRow {
  readonly budget: number;
  readonly measures: Readonly<Record<MeasureName, Stat>>;
  /** Mean lift minus the mean lift at budget 0 (what the attack bought). */
  readonly liftGain: number | null;
  /** liftGain / budget (null at budget 0), in lift per cost unit. */
  readonly liftPerCost: number | null;
  /** Replicates where the scorer failed. */
  readonly failed: number;
}

/** Where a scorer breaks under one attack. */
export interface Breakdown {
  /**
   * Smallest budget whose mean AUC or overlap crosses its threshold, counting only criteria met at
   * budget 0 (both failed at budget 0: budget 0); null: holds through the largest budget.
   */
  readonly budget: number | null;
  /** Smallest budget whose mean AUC < thresholds.auc (null: never). */
  readonly auc: number | null;
  /** Smallest budget whose mean overlap < thresholds.overlap (null: never). */
  readonly overlap: number | null;
  /** True when a criterion already fails at budget 0 (no attack): it says more about the scorer than the attack. */
  readonly brokenWithoutAttack: boolean;
  /**
   * The verdict: `breaks` (a budget crossed a threshold), `holds` (no budget did, and every budget
   * had at least one cell where the scorer ran), `failed` (no budget crossed a threshold but some
   * budget has no cell where the scorer ran: nothing can be said, least of all that it holds).
   */
  readonly verdict: Verdict;
}

/** What one attack did to a scorer: see {@link Breakdown.verdict}. */
export type Verdict = 'holds' | 'breaks' | 'failed';

/** The verdict of a breakdown as people read it: "holds", the breakdown budget, or "failed (…)". */
export function verdictText(b: Breakdown): string {
  if (b.verdict === 'failed') return 'failed (the scorer did not run in every budget)';
  return b.budget === null ? 'holds' : String(b.budget);
}

/** Results for one attack. */
export interface AttackResult {
  readonly id: string;
  readonly costUnit: string;
  readonly params: Readonly<Record<string, number | string | boolean>>;
  readonly rows: readonly BudgetRow[];
  readonly breakdown: Breakdown;
}

/** A failed cell. */
export interface CellFailure {
  readonly world: string;
  readonly attack: string;
  readonly budget: number;
  readonly seed: number;
  readonly reason: string;
}

/** The whole gauntlet.json. */
export interface GauntletResult {
  readonly tool: 'goodhart';
  readonly kind: 'gauntlet';
  readonly format: number;
  readonly suite: { readonly id: string; readonly version: number; readonly description: string };
  readonly scorer: { readonly id: string; readonly version: string; readonly family: string; readonly from: string };
  readonly goodhartVersion: string;
  readonly seeds: readonly number[];
  readonly worlds: readonly string[];
  readonly k: number;
  readonly aucTopShare: number;
  readonly thresholds: Suite['thresholds'];
  readonly tolerance: Suite['tolerance'];
  readonly attacks: readonly AttackResult[];
  readonly failures: readonly CellFailure[];
  /** `per1000` when every budget is per 1,000 real accounts (absent: absolute, the suite's own worlds). */
  readonly budgetUnit?: 'per1000' | undefined;
  /** The user's graph the worlds were built on (`--graph`); absent on the suite's own worlds. */
  readonly graph?: GauntletGraphInfo | undefined;
  /** With a user's graph: what truth means there (GRAPH_TRUTH_NOTE). */
  readonly truth?: string | undefined;
  /**
   * The adaptive attacker against the best fixed attack at equal budgets (./adaptive-gap.ts); null
   * when the suite has no adaptive attack. Absent from files written before it was added.
   */
  readonly adaptiveGap?: AdaptiveGap | null | undefined;
}

function stat(values: (number | null)[]): Stat {
  const ok = values.filter((v): v is number => v !== null && Number.isFinite(v));
  if (ok.length === 0) return { mean: null, min: null, max: null, values };
  return { mean: ok.reduce((s, v) => s + v, 0) / ok.length, min: Math.min(...ok), max: Math.max(...ok), values };
}

/**
 * Summarise cell outcomes of one scorer. `outcome(cell)` gives that scorer's outcome in a cell.
 */
export function summarise(
  suite: Suite,
  scorer: GauntletResult['scorer'],
  goodhartVersion: string,
  outcome: (cell: CellSpec) => ScoreOutcome,
): GauntletResult {
  const failures: CellFailure[] = [];
  const attacks = suite.attacks.map((a, ai): AttackResult => {
    const rows = a.budgets.map((budget): Omit<BudgetRow, 'liftGain' | 'liftPerCost'> => {
      const per: Record<MeasureName, (number | null)[]> = { auc: [], overlap: [], spearman: [], attackerShare: [], lift: [] };
      let failed = 0;
      for (const [wi, w] of suite.worlds.entries())
        for (const seed of suite.seeds) {
          const o = outcome({ world: wi, attack: ai, budget, seed });
          if (!o.ok) {
            failed++;
            failures.push({ world: w.id, attack: a.id, budget, seed, reason: o.reason });
          }
          for (const m of MEASURE_NAMES) per[m].push(o.ok && Number.isFinite(o.measures[m]) ? o.measures[m] : null);
        }
      const measures = Object.fromEntries(MEASURE_NAMES.map((m) => [m, stat(per[m])])) as Record<MeasureName, Stat>;
      return { budget, measures, failed };
    });
    const lift0 = rows[0]?.measures.lift.mean ?? null;
    const full = rows.map((r): BudgetRow => {
      const gain = r.measures.lift.mean !== null && lift0 !== null ? r.measures.lift.mean - lift0 : null;
      return { ...r, liftGain: gain, liftPerCost: gain !== null && r.budget > 0 ? gain / r.budget : null };
    });
    return { id: a.id, costUnit: getAttack(a.id).costUnit, params: a.params, rows: full, breakdown: breakdownOf(full, suite.thresholds) };
  });
  return {
    tool: 'goodhart',
    kind: 'gauntlet',
    format: RESULT_FORMAT,
    suite: { id: suite.id, version: suite.version, description: suite.description },
    scorer,
    goodhartVersion,
    seeds: suite.seeds,
    worlds: suite.worlds.map((w) => w.id),
    k: suite.k,
    aucTopShare: suite.aucTopShare,
    thresholds: suite.thresholds,
    tolerance: suite.tolerance,
    attacks,
    failures,
    // Only where they apply, so a v1 result keeps its bytes.
    ...(suite.budgetsPer1000 ? { budgetUnit: 'per1000' as const } : {}),
    adaptiveGap: adaptiveGap(attacks),
  };
}

/** Breakdown budgets of one attack's rows (budgets ascending). */
export function breakdownOf(rows: readonly BudgetRow[], thr: Suite['thresholds']): Breakdown {
  const first = (bad: (r: BudgetRow) => boolean) => rows.find(bad)?.budget ?? null;
  const aucBad = (r: BudgetRow) => r.measures.auc.mean !== null && r.measures.auc.mean < thr.auc;
  const ovBad = (r: BudgetRow) => r.measures.overlap.mean !== null && r.measures.overlap.mean < thr.overlap;
  const auc = first(aucBad);
  const overlap = first(ovBad);
  const b0 = rows[0]?.budget ?? 0;
  // A criterion already failed without attack says nothing about the attack: it decides only when both fail at budget 0.
  const live = [auc, overlap].filter((b): b is number => b !== null && b > b0);
  const both0 = auc === b0 && overlap === b0;
  const budget = both0 ? b0 : live.length > 0 ? Math.min(...live) : null;
  // "holds" needs evidence: every budget must have at least one cell where the scorer ran.
  const ranEverywhere = rows.length > 0 && rows.every((r) => r.failed < r.measures.auc.values.length);
  const verdict: Verdict = budget !== null ? 'breaks' : ranEverywhere ? 'holds' : 'failed';
  return { budget, auc, overlap, brokenWithoutAttack: auc === b0 || overlap === b0, verdict };
}

/**
 * A gauntlet suite: fixed worlds, fixed seeds, and for each attack a ladder of budgets, plus the
 * thresholds that define a breakdown and the tolerances a regression check allows. Suites are data
 * and versioned: a result file names its suite and version, and a baseline from another suite or
 * version is refused, so numbers stay comparable over time. Change a suite ⇒ new version.
 */

/** One world every attack runs on. */
export interface SuiteWorld {
  /** Short name used in result rows, e.g. `community-1000`. */
  readonly id: string;
  /** Scenario whose defaults the world starts from (its own attacks are replaced). */
  readonly scenario: string;
  readonly agents: number;
  readonly ticks: number;
  /** Overrides passed to resolveRunConfig (roles, activity, generator params...). */
  readonly roles?: Readonly<Record<string, number>>;
  readonly generator?: string;
  readonly generatorParams?: Readonly<Record<string, number | string | boolean>>;
}

/** One attack of the suite and its budget ladder. */
export interface SuiteAttack {
  /** Registered attack id. */
  readonly id: string;
  /** Parameters besides the budget (targets, rampTicks, attack-specific ones). */
  readonly params: Readonly<Record<string, number | string | boolean>>;
  /**
   * Budgets in the attack's cost unit, ascending, starting at 0 (the no-attack reference); per
   * 1,000 real accounts when the suite's {@link Suite.budgetsPer1000} is true.
   */
  readonly budgets: readonly number[];
}

/** Regression tolerances: how much worse than the baseline a seed-mean may get before it counts. */
export interface SuiteTolerance {
  /** Absolute drop allowed in the truth-ordered AUC (0–1). */
  readonly auc: number;
  /** Absolute drop allowed in the top-k overlap with truth (0–1). */
  readonly overlap: number;
  /** Absolute drop allowed in Spearman's ρ with truth (−1–1). */
  readonly spearman: number;
  /** Absolute rise allowed in the attackers' share of the top k (0–1). */
  readonly attackerShare: number;
  /** Absolute rise allowed in the targets' rank lift (−1–1); lift per unit cost follows (same budgets). */
  readonly lift: number;
  /** Budget-ladder steps the breakdown budget may move down (0: any earlier breakdown is a regression). */
  readonly breakdownSteps: number;
}

/** A versioned gauntlet suite. */
export interface Suite {
  /** Registry id, e.g. `v1`. */
  readonly id: string;
  /** Bumped whenever anything below changes. */
  readonly version: number;
  readonly description: string;
  /** What changed from the previous version (of this suite, or the suite it follows), for `--list-suites`. */
  readonly changes: string;
  /**
   * True: every budget is per 1,000 real accounts (`attacks.<id>.budgetPer1000`), so the attack
   * weighs the same on a world of any size, including a user's own graph (`--graph`). False or
   * absent: budgets are absolute, for the suite's own worlds.
   */
  readonly budgetsPer1000?: boolean | undefined;
  readonly worlds: readonly SuiteWorld[];
  readonly seeds: readonly number[];
  readonly attacks: readonly SuiteAttack[];
  /** Depth of the top-k measures. */
  readonly k: number;
  /** Share of real people counted as truly influential in the AUC (see measures.ts). */
  readonly aucTopShare: number;
  /**
   * Breakdown: the first budget where AUC < auc or the top-k overlap < overlap; a criterion the
   * scorer already fails without attack (budget 0) is reported but does not decide it.
   */
  readonly thresholds: { readonly auc: number; readonly overlap: number };
  readonly tolerance: SuiteTolerance;
  /** Relative precision of the truth estimate (IC model via RIS; see src/truth). */
  readonly truthPrecision: number;
  /** Wall-clock limit per cell (simulate + truth + scoring), in seconds. */
  readonly timeLimitSeconds: number;
}

/**
 * The scenario contract: one file per scenario in src/scenarios, one line in its registry.
 * A scenario tells one story (docs/scenarios.md): it sets the world, the agents' shares,
 * the attacks and the scorers its report compares.
 */
import type { RunOverrides, ScenarioDefaults } from '../engine/config.js';
import type { Claim } from './claims/claim.js';

/** How a scenario's report is put together. Every field is optional; src/pipeline/plan.ts fills the defaults. */
export interface ScenarioReportSpec {
  /** Scorers drawn as score-vs-truth scatters (default: the first two of `scorers`). */
  readonly scatter?: readonly string[];
  /** Drift measures drawn over ticks, one chart each (default: `spearman`). */
  readonly driftMeasures?: readonly string[];
  /** Scorer version pairs (ids in `scorers`) for the churn measures and the rank-churn chart. */
  readonly versions?: readonly { readonly from: string; readonly to: string }[];
  /** Depth k of the top-k measures and of the composition chart (default 10). */
  readonly k?: number;
}

/**
 * A budget sweep: re-run the scenario with its main attack at several budgets (other attacks
 * unchanged) and plot one measure against the budget, per scorer.
 */
export interface BudgetSweep {
  /** Id of an attack in `defaults.attacks` whose budget is varied. */
  readonly attack: string;
  /** Budgets in the attack's cost unit, ascending (0 allowed: no attack). */
  readonly budgets: readonly number[];
  /** Drift measure id plotted against the budget, e.g. `auc-honest-gamer`. */
  readonly measure: string;
  /** Scorers on the chart (default: the scenario's `scorers`). */
  readonly scorers?: readonly string[];
  /** A dashed threshold line (the breakdown budget is where a scorer crosses it). */
  readonly threshold?: number;
}

/** Accounts a scenario singles out by name in its report and tests (e.g. the "nephew"). */
export interface FocusAgents {
  /** Short name shown in the report, e.g. `nephew`. */
  readonly label: string;
  /** The focus accounts are the targets of this attack (an id in `defaults.attacks`). */
  readonly attack: string;
  /** One line: who they are. */
  readonly description: string;
}

/** Options `goodhart run` passes to a scenario's own experiment (see {@link Scenario.experiment}). */
export interface ExperimentRunOptions {
  /** Seeds, at least one (from --seed or --seeds). */
  readonly seeds: readonly number[];
  /** --agents and --ticks when given (else the scenario's defaults). */
  readonly agents?: number;
  readonly ticks?: number;
  /** World settings (from --set / --config: `roles.*`, `influence.*`, …) applied to every run, on top of agents and ticks. */
  readonly overrides?: Omit<RunOverrides, 'seed'>;
  /** `dynamics.*` settings without the prefix (from --set / --config), applied to every intervention; an intervention's own overrides win. */
  readonly dynamics?: Readonly<Record<string, unknown>>;
  /** Extra scorer ids to measure (from --scorers). */
  readonly scorers?: readonly string[];
  /** Drift measure ids (from --measures). */
  readonly measures?: readonly string[];
  /** The command line that reproduces the run (for the report and manifest.json). */
  readonly command: string;
  /** Threads for cascades and truth (from --threads; execution only, no output depends on it). */
  readonly threads?: number;
  readonly onProgress?: (done: number, total: number, label: string) => void;
}

/** What a scenario's own experiment returns: every output file and the lines to print. */
export interface ExperimentRunOutput {
  /** Output files by path relative to the results directory (report.html and manifest.json included). */
  readonly files: ReadonlyMap<string, string | Uint8Array>;
  /** Lines printed after the files are written (the findings). */
  readonly summary: readonly string[];
}

/** A runnable story. */
export interface Scenario {
  /** kebab-case id used on the command line. */
  readonly id: string;
  readonly title: string;
  /** One line for `goodhart scenarios`. */
  readonly summary: string;
  /** A short paragraph: what happens in this world and what the charts show. */
  readonly story: string;
  readonly defaults: ScenarioDefaults;
  /** Ids of the scorers the scenario's report compares. */
  readonly scorers: readonly string[];
  /** What the simulation shows: hypotheses evaluated on every run (✓/✗ in the report); tests/scenarios checks each over seeds. */
  readonly claims?: readonly Claim[];
  /** Which charts the report draws (defaults in src/pipeline/plan.ts). */
  readonly report?: ScenarioReportSpec;
  /** The budget sweep behind the "measure vs attack budget" chart. */
  readonly sweep?: BudgetSweep;
  /** Named accounts the report and tests follow. */
  readonly focus?: readonly FocusAgents[];
  /**
   * A scenario that is an experiment over several runs (e.g. interventions side by side) instead of
   * one simulation per seed: `goodhart run` checks its options, calls this instead of the standard
   * pipeline, and writes the returned files atomically. Used by goodhart-decay (src/dynamics).
   */
  readonly experiment?: (scenario: Scenario, opts: ExperimentRunOptions) => Promise<ExperimentRunOutput>;
}

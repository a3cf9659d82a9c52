/**
 * The notebook-friendly public API: one import for researchers and teachers.
 *
 *   import { world, truth, score, drift, sweep, show, driftOverTicksChart } from 'goodhart';   // notebooks: '../src/api.ts'
 *   const run = world('attention-vs-influence', { seed: 1, agents: 500 });   // simulate
 *   const t = truth(run.final);                                              // hidden truth
 *   const s = score(run.final.observation, ['follower-count', 'pagerank']);  // what platforms see
 *   await show(scoreVsTruthChart(scoreTruthPoints(s.get('pagerank')!, t.estimate, run.final.hidden.role), { scorer: 'pagerank' }));
 *
 * The helpers below are thin and call the very functions `goodhart run` and `goodhart truth` call
 * (src/pipeline, src/truth/snapshot-truth.ts), so the same seed gives the same numbers in a notebook
 * as in the CLI's files; the modules are re-exported here, so a notebook can always drop down a level. `show` renders a chart to
 * an inline SVG image (`<img src="data:image/svg+xml;base64,...">`, which survives nbconvert's HTML
 * export) through the Jupyter display protocol that Deno's kernel understands.
 */
import { Buffer } from 'node:buffer';
import { resolveRunConfig, type RunOverrides } from './engine/config.js';
import { simulate, type SimulationResult, type Snapshot } from './engine/simulate.js';
import { DEFAULT_SCENARIO, getScenario } from './scenarios/registry.js';
import { resolveScorer } from './metrics/load-user-scorer.js';
import type { Scorer } from './metrics/scorer.js';
import type { Observation } from './model/observation.js';
import { DEFAULT_TRUTH_MODEL, getTruthModel } from './truth/registry.js';
import { checkPrecision, DEFAULT_PRECISION, type TruthEstimate } from './truth/truth-model.js';
import { truthAt } from './truth/snapshot-truth.js';
import type { DriftRow } from './drift/tidy.js';
import { ParameterError } from './errors.js';
import { runSweep, sweepPoints, type SweepRow } from './pipeline/budget-sweep.js';
import { makePlan } from './pipeline/plan.js';
import { measureRun, scoreWith } from './pipeline/replicate.js';
import { renderSvg } from './charts/render.js';
import type { RobustnessPoint } from './charts/robustness.js';
import type { TopLevelSpec } from 'vega-lite';
import { resolveExperiment, type Experiment } from './sweep/experiment.js';
import { parseShard, type Shard } from './sweep/cells.js';
import { defaultSweepOut, readExperimentFile, runExperimentSweep, type SweepOutcome } from './sweep/run.js';
import { claimWorld, controlWorld } from './pipeline/claims.js';
import type { ClaimOutcome } from './scenarios/claims/claim.js';

export { simulate, type SimulationResult, type Snapshot } from './engine/simulate.js';
export { resolveRunConfig, type RunConfig, type RunOverrides } from './engine/config.js';
export { SCENARIOS, DEFAULT_SCENARIO, getScenario } from './scenarios/registry.js';
export type { Scenario } from './scenarios/scenario.js';
export { ATTACKS, getAttack } from './attacks/registry.js';
export { SCORERS, getScorer } from './metrics/registry.js';
export type { Scorer, ScorerContext, ScorerFamily } from './metrics/scorer.js';
export { compileFormula, formulaScorer, FormulaError } from './metrics/formula.js';
export { FEATURES, FEATURE_NAMES, computeFeatures } from './metrics/features.js';
export { checkScorerShape, checkedOutput, loadUserScorer, resolveScorer } from './metrics/load-user-scorer.js';
export type { Observation } from './model/observation.js';
export type { HiddenLayer } from './model/hidden.js';
export { followerCounts, followingCounts } from './model/follow-graph.js';
export { Role, ROLES, isGamingRole, isRealRole, roleName, type RoleName } from './model/roles.js';
export { Rng, SeedTree } from './rng.js';
export { DEFAULT_TRUTH_MODEL, TRUTH_MODELS, getTruthModel } from './truth/registry.js';
export { DEFAULT_PRECISION, type TruthEstimate, type TruthModel } from './truth/truth-model.js';
export * from './drift/index.js';
export * from './charts/index.js';
export { networkPictureChart, networkPictureData, type NetworkPictureData } from './charts/network-picture.js';
export { LESSONS, getLesson, runLesson, lessonReportFiles, seededLayout, type Lesson, type LessonResult } from './lessons/index.js';
export type { SweepRow } from './pipeline/budget-sweep.js';
export type { Experiment } from './sweep/experiment.js';
export type { SweepOutcome } from './sweep/run.js';
export { openRowsCsv, readSweepRows, type RowsCsv, type SweepRowRecord } from './sweep/read-rows.js';
export { mergeSweeps } from './sweep/merge.js';
export { GoodhartError, InputFormatError, ModelError, ParameterError, UnknownNameError } from './errors.js';
export { makeRegistry, type Registry } from './registry.js';
export { runGauntlet, type GauntletOptions, type GauntletScorer } from './gauntlet/run.js';
export { SUITES, DEFAULT_SUITE, getSuite } from './gauntlet/suites/registry.js';
export type { Suite } from './gauntlet/suite.js';
export { parseScorerRef, loadScorerRef, type ScorerRef } from './gauntlet/scorer-ref.js';
export { readBaseline, compareWithBaseline, checkBaselineGraph, formatRegression, type Regression } from './gauntlet/baseline.js';
export { gauntletJunit } from './gauntlet/junit.js';
export { gauntletMarkdown, leaderboardMarkdown } from './gauntlet/markdown.js';
export { suiteOnGraph, graphInfo, GRAPH_TRUTH_NOTE, type GauntletGraph, type GauntletGraphInfo } from './gauntlet/graph.js';
export type { GauntletResult } from './gauntlet/result.js';
export { adaptiveGap, type AdaptiveGap, type AdaptiveGapRow } from './gauntlet/adaptive-gap.js';
export { commandScorer, ExternalScorerError, DEFAULT_COMMAND_LIMITS, type CommandLimits } from './metrics/command-scorer.js';

/** Overrides of {@link world}: a scenario's settings plus the seed (default 1). */
export type WorldOptions = Partial<RunOverrides>;

/**
 * Simulate a registered scenario (default: the default scenario) with overrides; deterministic in
 * (id, options). The same config and simulation as `goodhart run` (agents.csv, ticks.csv).
 */
export function world(scenario: string = DEFAULT_SCENARIO, opts: WorldOptions = {}): SimulationResult {
  return simulate(resolveRunConfig(getScenario(scenario), { ...opts, seed: opts.seed ?? 1 }));
}

/** Options of {@link truth}. */
export interface TruthApiOptions {
  /** Root seed of the run the snapshot came from (default 1); the CLI's truth.csv for `--seed S` needs S. */
  seed?: number;
  /** Relative precision in (0, 1) (default {@link DEFAULT_PRECISION}). */
  precision?: number;
  /** Truth model id (default {@link DEFAULT_TRUTH_MODEL}, `ic`). */
  model?: string;
}

/**
 * True influence of every account at a snapshot (expected real people moved, with standard errors),
 * from the snapshot's own stream: at `run.final` the same numbers as `goodhart run` and
 * `goodhart truth` write to truth.csv for the same seed.
 */
export function truth(snapshot: Snapshot, opts: TruthApiOptions = {}): TruthEstimate {
  const precision = checkPrecision(opts.precision, 'precision');
  return truthAt(snapshot, opts.seed ?? 1, { model: getTruthModel(opts.model ?? DEFAULT_TRUTH_MODEL), precision });
}

/**
 * Score an Observation with scorers given as ids (`pagerank`, `klout-like@v2`, `formula:...`) or
 * Scorer objects: scores by scorer id, as `goodhart run` writes them to scores.csv.
 */
export function score(obs: Observation, scorers: readonly (string | Scorer)[]): Map<string, Float64Array> {
  return scoreWith(
    scorers.map((s) => (typeof s === 'string' ? resolveScorer(s) : s)),
    obs,
  );
}

/** Options of {@link claims}: a world's overrides plus the truth's precision. */
export interface ClaimsApiOptions extends WorldOptions {
  /** Relative precision of the truth in (0, 1) (default {@link DEFAULT_PRECISION}, the report's). */
  precision?: number | undefined;
}

/**
 * Judge every claim of a scenario on one seed: the final tick's truth (stream `truth/a`) and, for
 * claims that compare with "no gaming", the same seed's control run with every attack budget at 0
 * (src/pipeline/claims.ts, as `goodhart run` judges them for claims.csv). Returns the outcome of
 * each claim by id, with its numbers (`values`).
 */
export function claims(scenario: string, opts: ClaimsApiOptions = {}): Map<string, ClaimOutcome> {
  const { precision: p, ...overrides } = opts;
  const precision = checkPrecision(p, 'precision');
  const sc = getScenario(scenario);
  const config = resolveRunConfig(sc, { ...overrides, seed: overrides.seed ?? 1 });
  const result = simulate({ ...config, activity: { ...config.activity, recordEvery: config.ticks } });
  const w = claimWorld(result, result.final, truthAt(result.final, config.seed, { precision }).estimate);
  const list = sc.claims ?? [];
  const control = list.some((c) => c.needsControl) ? controlWorld(config, precision) : undefined;
  return new Map(list.map((c) => [c.id, c.evaluate(w, control)]));
}

/** Options of {@link drift}. */
export interface DriftApiOptions extends TruthApiOptions {
  /** Measure ids (default: all). */
  measures?: readonly string[];
  /** Top-k depth (default 10). */
  k?: number;
  /** Scorer version pairs (ids among the scorers) for the churn measures. */
  versions?: readonly { readonly from: string; readonly to: string }[];
}

/**
 * Tidy drift rows (scorer × measure) at every snapshot of a run, against the truth at that snapshot
 * (IC model; noise-ceiling rows at the final snapshot). The truth seed defaults to the run's seed:
 * the same rows as `goodhart run`'s drift.csv for the same scenario, seed, scorers and measures.
 */
export function drift(run: SimulationResult, scorers: readonly (string | Scorer)[], opts: DriftApiOptions = {}): DriftRow[] {
  const precision = checkPrecision(opts.precision, 'precision');
  return [
    ...measureRun(run, {
      scenario: run.config.scenario,
      seed: opts.seed ?? run.config.seed,
      scorers: scorers.map((s) => (typeof s === 'string' ? resolveScorer(s) : s)),
      precision,
      ...(opts.measures ? { measures: opts.measures } : {}),
      ...(opts.k !== undefined ? { k: opts.k } : {}),
      ...(opts.versions ? { versions: opts.versions } : {}),
    }).drift,
  ];
}

/** Options of {@link sweep}. */
export interface SweepOptions extends WorldOptions {
  /** Attack id whose budget is varied. */
  attack: string;
  /** Budgets to try, in the attack's cost unit. */
  budgets: readonly number[];
  /** Seeds per budget (default [1, 2, 3]). */
  seeds?: readonly number[];
  /** Other parameters of the swept attack (targets, rampTicks, ...), used when `attacks` is not given. */
  attackParams?: Record<string, unknown>;
  /** Drift measure id (default `auc-honest-gamer`, which needs no truth and so runs fast). */
  measure?: string;
}

/**
 * The sweep's rows, one per (seed, budget, scorer): the run's attacks are `attacks` when given (as
 * `goodhart run` keeps the scenario's), else only the swept attack with `attackParams`. The same code
 * as `goodhart run`'s sweep.csv (src/pipeline/budget-sweep.ts), so the same inputs give the same rows.
 */
export function sweepRows(scenario: string, scorers: readonly (string | Scorer)[], opts: SweepOptions): SweepRow[] {
  const { attack, budgets, seeds = [1, 2, 3], attackParams = {}, measure = 'auc-honest-gamer', ...overrides } = opts;
  const sc = getScenario(scenario);
  const attacks = overrides.attacks ?? [{ id: attack, params: attackParams }];
  const resolved = scorers.map((s) => (typeof s === 'string' ? resolveScorer(s) : s));
  const plan = makePlan(
    { ...sc, sweep: { attack, budgets, measure, scorers: resolved.map((s) => s.id) } },
    resolved,
    undefined,
    attacks.map((a) => a.id),
  );
  if (!plan.sweep) throw new ParameterError('attack', attack, `an attack of the run (${attacks.map((a) => a.id).join(', ') || 'none'})`);
  return seeds.flatMap((seed) => {
    const config = resolveRunConfig(sc, { ...overrides, seed, attacks });
    // Check every budget against the attack's parameter range before running anything.
    for (const budget of budgets)
      resolveRunConfig(sc, {
        ...overrides,
        seed,
        attacks: attacks.map((a) => {
          if (a.id !== attack) return a;
          const { budgetPer1000: _, ...params } = a.params ?? {};
          return { ...a, params: { ...params, budget } };
        }),
      });
    return runSweep(plan, config);
  });
}

/** Options of {@link sweep} with an experiment (the options of `goodhart sweep`). */
export interface ExperimentSweepOptions {
  /** The sweep folder (default: results/sweeps/<file name> for a file; required for an object). */
  out?: string | undefined;
  /** Worker threads (default: the cores); 1 runs every cell in this thread. */
  workers?: number | undefined;
  /** Run one shard: `i/n` or {index, count}. */
  shard?: string | Shard | undefined;
  /** Discard a sweep of another experiment at `out`. */
  force?: boolean | undefined;
  /** Require `out` to hold this experiment's sweep already. */
  resume?: boolean | undefined;
  /** Allow more than 1,000,000 cells. */
  yes?: boolean | undefined;
  /** Lines for the user (e.g. `resuming: k of n cells already done`). */
  onLog?: ((line: string) => void) | undefined;
  /** Cells done of the total, after each cell. */
  onProgress?: ((done: number, total: number) => void) | undefined;
}

/**
 * Run (or resume) a parameter sweep from an experiment file's path (JSON, or YAML by a `.yaml`/`.yml`
 * extension) or an experiment object (docs/sweeps.md): the same code as `goodhart sweep` (src/sweep/run.ts), so the same experiment
 * gives the same rows.csv bytes. Resolves to what it did; the rows are in `<dir>/rows.csv`
 * (read them with {@link readSweepRows}). Failed cells are listed, not thrown.
 */
export function sweep(experiment: string | Readonly<Record<string, unknown>>, opts?: ExperimentSweepOptions): Promise<SweepOutcome>;
/** A drift measure at the end of the run against attack budget, mean and 95% interval over seeds, per scorer (see {@link sweepRows}). */
export function sweep(scenario: string, scorers: readonly (string | Scorer)[], opts: SweepOptions): RobustnessPoint[];
export function sweep(
  first: string | Readonly<Record<string, unknown>>,
  second?: readonly (string | Scorer)[] | ExperimentSweepOptions,
  third?: SweepOptions,
): Promise<SweepOutcome> | RobustnessPoint[] {
  if (Array.isArray(second)) return sweepPoints(sweepRows(first as string, second, third!));
  return experimentSweep(first, (second ?? {}) as ExperimentSweepOptions);
}

async function experimentSweep(experiment: string | Readonly<Record<string, unknown>>, o: ExperimentSweepOptions): Promise<SweepOutcome> {
  const e: Experiment = typeof experiment === 'string' ? readExperimentFile(experiment) : resolveExperiment(experiment);
  const shard = typeof o.shard === 'string' ? parseShard(o.shard, 'shard') : o.shard;
  let out = o.out;
  if (out === undefined) {
    if (typeof experiment !== 'string')
      throw new ParameterError('out', undefined, 'a folder for the sweep (required when the experiment is an object)');
    out = defaultSweepOut(experiment, shard);
  }
  return runExperimentSweep(e, { ...o, out, shard });
}

/** Something Jupyter displays (Deno's kernel calls the `Jupyter.display` symbol). */
export interface Displayable {
  readonly bundle: Readonly<Record<string, string>>;
  [key: symbol]: () => Readonly<Record<string, string>>;
}

function displayable(bundle: Record<string, string>): Displayable {
  return { bundle, [Symbol.for('Jupyter.display')]: () => bundle };
}

/** Render a chart spec to SVG and return it as an inline image for a notebook cell. */
export async function show(spec: TopLevelSpec): Promise<Displayable> {
  const svg = await renderSvg(spec);
  const b64 = Buffer.from(svg, 'utf8').toString('base64');
  const title = typeof spec.title === 'string' ? spec.title : 'chart';
  // The SVG itself too, so a notebook saved with its outputs shows the chart on a code host without a kernel.
  return displayable({
    'image/svg+xml': svg,
    'text/html': `<img alt="${title.replace(/"/g, '&quot;')}" src="data:image/svg+xml;base64,${b64}">`,
    'text/plain': `[chart: ${title}]`,
  });
}

/** Show rows of records as an HTML table (numbers to 3 significant decimals). */
export function table(rows: readonly Readonly<Record<string, unknown>>[]): Displayable {
  const cols = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  const esc = (v: unknown) =>
    String(typeof v === 'number' && !Number.isInteger(v) ? v.toFixed(3) : v)
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;');
  const html = `<table><thead><tr>${cols.map((c) => `<th>${esc(c)}</th>`).join('')}</tr></thead><tbody>${rows
    .map((r) => `<tr>${cols.map((c) => `<td>${esc(r[c] ?? '')}</td>`).join('')}</tr>`)
    .join('')}</tbody></table>`;
  const text = [cols.join('\t'), ...rows.map((r) => cols.map((c) => esc(r[c] ?? '')).join('\t'))].join('\n');
  return displayable({ 'text/html': html, 'text/plain': text });
}

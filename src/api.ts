/**
 * The notebook-friendly public API: one import for researchers and teachers.
 *
 *   import { world, truth, score, drift, sweep, show, driftOverTicksChart } from 'goodhart';   // notebooks: '../src/api.ts'
 *   const run = world('attention-vs-influence', { seed: 1, agents: 500 });   // simulate
 *   const t = truth(run.final);                                              // hidden truth
 *   const s = score(run.final.observation, ['follower-count', 'pagerank']);  // what platforms see
 *   await show(scoreVsTruthChart(scoreTruthPoints(s.get('pagerank')!, t.estimate, run.final.hidden.role), { scorer: 'pagerank' }));
 *
 * The helpers below are thin: each is a few lines over the engine, truth, scorer and drift
 * modules re-exported here, so a notebook can always drop down a level. `show` renders a chart to
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
import { SeedTree } from './rng.js';
import { getTruthModel } from './truth/registry.js';
import { DEFAULT_PRECISION, type TruthEstimate } from './truth/truth-model.js';
import { driftRows, type DriftRow } from './drift/tidy.js';
import { getMeasure } from './drift/registry.js';
import { meanInterval } from './stats/interval.js';
import { renderSvg } from './charts/render.js';
import type { RobustnessPoint } from './charts/robustness.js';
import type { TopLevelSpec } from 'vega-lite';

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
export { GoodhartError, InputFormatError, ModelError, ParameterError, UnknownNameError } from './errors.js';
export { makeRegistry, type Registry } from './registry.js';
export { runGauntlet, type GauntletOptions, type GauntletScorer } from './gauntlet/run.js';
export { SUITES, DEFAULT_SUITE, getSuite } from './gauntlet/suites/registry.js';
export type { Suite } from './gauntlet/suite.js';
export { parseScorerRef, loadScorerRef, type ScorerRef } from './gauntlet/scorer-ref.js';
export { readBaseline, compareWithBaseline, formatRegression, type Regression } from './gauntlet/baseline.js';
export type { GauntletResult } from './gauntlet/result.js';

/** Overrides of {@link world}: a scenario's settings plus the seed (default 1). */
export type WorldOptions = Partial<RunOverrides>;

/** Simulate a registered scenario (default: the default scenario) with overrides; deterministic in (id, options). */
export function world(scenario: string = DEFAULT_SCENARIO, opts: WorldOptions = {}): SimulationResult {
  return simulate(resolveRunConfig(getScenario(scenario), { ...opts, seed: opts.seed ?? 1 }));
}

/** Options of {@link truth}. */
export interface TruthApiOptions {
  /** Root seed of the truth's own stream (default 1). */
  seed?: number;
  /** Relative precision (default {@link DEFAULT_PRECISION}). */
  precision?: number;
  /** Truth model id (default `ic`). */
  model?: string;
}

/** True influence of every account at a snapshot (expected real people moved, with standard errors). */
export function truth(snapshot: Snapshot, opts: TruthApiOptions = {}): TruthEstimate {
  const rng = new SeedTree(opts.seed ?? 1).stream(`truth:${snapshot.tick}`);
  return getTruthModel(opts.model ?? 'ic').estimate(snapshot.hidden, rng, { precision: opts.precision ?? DEFAULT_PRECISION });
}

/** Score an Observation with scorers given as ids (`pagerank`, `klout-like@v2`, `formula:...`) or Scorer objects. */
export function score(obs: Observation, scorers: readonly (string | Scorer)[]): Map<string, Float64Array> {
  const out = new Map<string, Float64Array>();
  for (const s of scorers) {
    const scorer = typeof s === 'string' ? resolveScorer(s) : s;
    out.set(scorer.id, scorer.score(obs));
  }
  return out;
}

/** Options of {@link drift}. */
export interface DriftApiOptions extends TruthApiOptions {
  /** Measure ids (default: all). */
  measures?: readonly string[];
  /** Top-k depth (default 10). */
  k?: number;
}

/** Tidy drift rows (scorer × measure) at every snapshot of a run, against the truth at that snapshot. */
export function drift(run: SimulationResult, scorers: readonly (string | Scorer)[], opts: DriftApiOptions = {}): DriftRow[] {
  const rows: DriftRow[] = [];
  for (const snap of run.snapshots) {
    const t = truth(snap, opts);
    rows.push(
      ...driftRows(
        { scenario: run.config.scenario, seed: run.config.seed, tick: snap.tick, role: snap.hidden.role, truth: t.estimate, scores: score(snap.observation, scorers) },
        { ...(opts.measures ? { measures: opts.measures } : {}), ...(opts.k !== undefined ? { k: opts.k } : {}) },
      ),
    );
  }
  return rows;
}

/** Options of {@link sweep}. */
export interface SweepOptions extends WorldOptions {
  /** Attack id; the sweep replaces the scenario's attacks with this one. */
  attack: string;
  /** Budgets to try, in the attack's cost unit. */
  budgets: readonly number[];
  /** Seeds per budget (default [1, 2, 3]). */
  seeds?: readonly number[];
  /** Other attack parameters (targets, rampTicks, ...). */
  attackParams?: Record<string, unknown>;
  /** Drift measure id (default `auc-honest-gamer`, which needs no truth and so runs fast). */
  measure?: string;
}

/** A drift measure at the end of the run against attack budget, mean and 95% interval over seeds, per scorer. */
export function sweep(scenario: string, scorers: readonly (string | Scorer)[], opts: SweepOptions): RobustnessPoint[] {
  const measure = getMeasure(opts.measure ?? 'auc-honest-gamer');
  const { attack, budgets, seeds = [1, 2, 3], attackParams = {}, measure: _m, ...overrides } = opts;
  const values = new Map<string, number[]>();
  for (const budget of budgets) {
    for (const seed of seeds) {
      const run = world(scenario, { ...overrides, seed, attacks: [{ id: attack, params: { ...attackParams, budget } }] });
      const snap = run.final;
      const t = !measure.needsTruth ? new Float64Array(snap.hidden.n) : truth(snap, { seed }).estimate;
      const rows = driftRows({ scenario, seed, tick: snap.tick, role: snap.hidden.role, truth: t, scores: score(snap.observation, scorers) }, { measures: [measure.id] });
      for (const r of rows) {
        const key = JSON.stringify([budget, r.scorer]);
        values.set(key, [...(values.get(key) ?? []), r.value]);
      }
    }
  }
  return [...values].map(([key, v]) => {
    const [budget, scorer] = JSON.parse(key) as [number, string];
    const s = meanInterval(v);
    const [min, max] = measure.range;
    return { budget, scorer, mean: s.mean, lo: Math.max(min, s.lo), hi: Math.min(max, s.hi) };
  });
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
  return displayable({ 'text/html': `<img alt="${title.replace(/"/g, '&quot;')}" src="data:image/svg+xml;base64,${b64}">`, 'text/plain': `[chart: ${title}]` });
}

/** Show rows of records as an HTML table (numbers to 3 significant decimals). */
export function table(rows: readonly Readonly<Record<string, unknown>>[]): Displayable {
  const cols = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  const esc = (v: unknown) => String(typeof v === 'number' && !Number.isInteger(v) ? v.toFixed(3) : v).replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const html = `<table><thead><tr>${cols.map((c) => `<th>${esc(c)}</th>`).join('')}</tr></thead><tbody>${rows
    .map((r) => `<tr>${cols.map((c) => `<td>${esc(r[c] ?? '')}</td>`).join('')}</tr>`)
    .join('')}</tbody></table>`;
  const text = [cols.join('\t'), ...rows.map((r) => cols.map((c) => esc(r[c] ?? '')).join('\t'))].join('\n');
  return displayable({ 'text/html': html, 'text/plain': text });
}

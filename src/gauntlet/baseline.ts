/**
 * Comparing a gauntlet result with a saved baseline (`--baseline gauntlet.json`): every seed-mean
 * measure of every attack and budget, and every breakdown budget, against the suite's tolerance.
 * A baseline from another suite or suite version, or a file that is not a gauntlet result, is bad
 * input (InputFormatError, exit 2); a measure worse than the baseline beyond tolerance is a
 * regression (exit 1). Lift per unit cost is covered by the lift check (same budgets).
 */
import { readFileSync } from 'node:fs';
import { InputFormatError } from '../errors.js';
import { HIGHER_IS_BETTER, MEASURE_NAMES, type MeasureName } from './measures.js';
import { RESULT_FORMAT, type AttackResult, type BudgetRow, type GauntletResult } from './result.js';
import type { GauntletGraphInfo } from './graph.js';
import type { Suite } from './suite.js';

/** One measure that got worse than the baseline beyond tolerance. */
export interface Regression {
  readonly attack: string;
  /** Budget of the row, or null for the breakdown budget. */
  readonly budget: number | null;
  readonly measure: MeasureName | 'breakdown';
  readonly baseline: number | null;
  readonly current: number | null;
  /** How much worse (in the measure's units; for breakdown, in budget-ladder steps). */
  readonly by: number;
  readonly tolerance: number;
}

/** Read and check a baseline file against the suite being run. */
export function readBaseline(path: string, suite: Suite): GauntletResult {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new InputFormatError(path, null, `cannot read the baseline: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new InputFormatError(
      path,
      null,
      `not valid JSON (${(e as Error).message}); expected a gauntlet.json written by goodhart gauntlet`,
    );
  }
  const b = data as Partial<GauntletResult>;
  if (!b || typeof b !== 'object' || b.kind !== 'gauntlet' || !Array.isArray(b.attacks) || !b.suite)
    throw new InputFormatError(path, null, 'not a gauntlet result (expected "kind": "gauntlet" with "suite" and "attacks")');
  if (b.format !== RESULT_FORMAT)
    throw new InputFormatError(path, null, `gauntlet.json format ${String(b.format)}, this version reads format ${RESULT_FORMAT}`);
  if (b.suite.id !== suite.id || b.suite.version !== suite.version) {
    throw new InputFormatError(
      path,
      null,
      `baseline is from suite ${b.suite.id} version ${b.suite.version}; this run is suite ${suite.id} version ${suite.version} (results of different suites are not comparable: re-create the baseline)`,
    );
  }
  const attacks = b.attacks as readonly AttackResult[];
  for (const a of suite.attacks) {
    const ba = attacks.find((x) => x?.id === a.id);
    const budgets = Array.isArray(ba?.rows) ? ba.rows.map((r: BudgetRow) => r?.budget) : undefined;
    if (!ba || JSON.stringify(budgets) !== JSON.stringify(a.budgets))
      throw new InputFormatError(
        path,
        null,
        `attack ${a.id}: budgets ${JSON.stringify(budgets)} do not match the suite's ${JSON.stringify(a.budgets)} (file edited or corrupted)`,
      );
    for (const r of ba.rows)
      for (const m of MEASURE_NAMES) {
        const v = r.measures?.[m]?.mean;
        if (v !== null && typeof v !== 'number')
          throw new InputFormatError(
            path,
            null,
            `attack ${a.id}, budget ${r.budget}: measure ${m} is ${JSON.stringify(v)}, expected a number or null`,
          );
      }
  }
  return b as GauntletResult;
}

/** Position of a breakdown budget on the ladder (null ⇒ past the end: never broke). */
function step(budgets: readonly number[], b: number | null): number {
  return b === null ? budgets.length : budgets.indexOf(b);
}

/** Every regression of `current` against `baseline` under the suite's tolerance (empty: holds). */
export function compareWithBaseline(current: GauntletResult, baseline: GauntletResult, suite: Suite): Regression[] {
  const out: Regression[] = [];
  const tol = suite.tolerance;
  for (const a of current.attacks) {
    const ba = baseline.attacks.find((x) => x.id === a.id);
    if (!ba) continue;
    a.rows.forEach((row, i) => {
      const brow = ba.rows[i]!;
      for (const m of MEASURE_NAMES) {
        const cur = row.measures[m].mean;
        const base = brow.measures[m].mean;
        if (base === null) continue;
        const t = tol[m];
        if (cur === null) {
          out.push({ attack: a.id, budget: row.budget, measure: m, baseline: base, current: null, by: Infinity, tolerance: t });
          continue;
        }
        const worse = HIGHER_IS_BETTER[m] ? base - cur : cur - base;
        if (worse > t + 1e-12)
          out.push({ attack: a.id, budget: row.budget, measure: m, baseline: base, current: cur, by: worse, tolerance: t });
      }
    });
    const budgets = a.rows.map((r) => r.budget);
    const drop = step(budgets, ba.breakdown.budget) - step(budgets, a.breakdown.budget);
    if (drop > tol.breakdownSteps)
      out.push({
        attack: a.id,
        budget: null,
        measure: 'breakdown',
        baseline: ba.breakdown.budget,
        current: a.breakdown.budget,
        by: drop,
        tolerance: tol.breakdownSteps,
      });
  }
  return out;
}

/** One line per regression, e.g. `bought-followers: auc at budget 400 fell 0.91 → 0.62 (worse by 0.29; tolerance 0.05)`. */
export function formatRegression(r: Regression): string {
  const f = (v: number | null) => (v === null ? 'none' : Number.isInteger(v) ? String(v) : v.toFixed(3));
  if (r.measure === 'breakdown') {
    return `${r.attack}: breakdown budget ${r.baseline === null ? 'never' : f(r.baseline)} → ${r.current === null ? 'never' : f(r.current)} (${r.by} budget step${r.by === 1 ? '' : 's'} earlier; tolerance ${r.tolerance})`;
  }
  if (r.current === null)
    return `${r.attack}: ${r.measure} at budget ${r.budget} is missing (the scorer failed there; baseline ${f(r.baseline)})`;
  return `${r.attack}: ${r.measure} at budget ${r.budget}: ${f(r.baseline)} → ${f(r.current)} (worse by ${r.by.toFixed(3)}; tolerance ${r.tolerance})`;
}

/**
 * A baseline is comparable only with a run on the same worlds: the same graph file (by SHA-256)
 * with `--graph`, or the suite's own world without. InputFormatError (exit 2) otherwise.
 */
export function checkBaselineGraph(path: string, baseline: GauntletResult, graph: GauntletGraphInfo | undefined): void {
  const was = baseline.graph?.sha256;
  if (was === graph?.sha256) return;
  const where = (g: { path: string; sha256: string } | undefined) =>
    g ? `the graph ${g.path} (sha256 ${g.sha256.slice(0, 12)}…)` : "the suite's own world";
  throw new InputFormatError(
    path,
    null,
    `baseline was made on ${where(baseline.graph)}; this run is on ${where(graph)} (results on different worlds are not comparable)`,
  );
}

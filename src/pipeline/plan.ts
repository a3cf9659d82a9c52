/**
 * A run plan: a scenario's report settings with every default filled in and every name checked,
 * so a bad scorer or measure name fails before anything is simulated.
 *
 *   scenario (+ --scorers, --measures) ─▶ scorers resolved ─▶ measures resolved ─▶ charts chosen
 */
import { ParameterError, UnknownNameError } from '../errors.js';
import { getAttack } from '../attacks/registry.js';
import { MEASURES, getMeasure } from '../drift/registry.js';
import { DEFAULT_K } from '../drift/input.js';
import type { Scorer } from '../metrics/scorer.js';
import type { BudgetSweep, FocusAgents, Scenario } from '../scenarios/scenario.js';

/** Everything the pipeline needs to know about what to compute and draw. */
export interface RunPlan {
  readonly scenario: Scenario;
  /** Scorers, in report order. */
  readonly scorers: readonly Scorer[];
  /** Drift measure ids, in registry order. */
  readonly measures: readonly string[];
  /** Scorers drawn as score-vs-truth scatters (ids in `scorers`). */
  readonly scatter: readonly string[];
  /** Truth measures drawn over ticks (ids in `measures`). */
  readonly driftMeasures: readonly string[];
  /** Version pairs whose scorers are both in `scorers`. */
  readonly versions: readonly { readonly from: string; readonly to: string }[];
  /** Top-k depth (≥ 1). */
  readonly k: number;
  /** The budget sweep, when the scenario has one and its attack is in the run. */
  readonly sweep: (BudgetSweep & { readonly scorers: readonly string[]; readonly costUnit: string }) | undefined;
  readonly focus: readonly FocusAgents[];
  /** Threads for the cascades and truth (execution only: no output depends on it); undefined = the engine's default. */
  readonly threads?: number;
}

/** Split a comma-separated option into trimmed, non-empty parts. */
export function splitList(value: string): string[] {
  return value
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/**
 * Resolve the plan. `scorers` are already resolved (by the caller, from `--scorers` or the
 * scenario); `measures` are ids from `--measures` (default: all). Throws UnknownNameError for an
 * unknown measure, ParameterError for an empty list.
 */
export function makePlan(
  scenario: Scenario,
  scorers: readonly Scorer[],
  measures?: readonly string[],
  attackIds?: readonly string[],
): RunPlan {
  if (scorers.length === 0) throw new ParameterError('--scorers', '', 'at least one scorer id (goodhart scorers lists them)');
  const measureIds = measures ?? MEASURES.map((m) => m.id);
  if (measureIds.length === 0) throw new ParameterError('--measures', '', `at least one of ${MEASURES.map((m) => m.id).join(', ')}`);
  for (const id of measureIds) getMeasure(id);
  const chosen = MEASURES.filter((m) => measureIds.includes(m.id)).map((m) => m.id);
  const ids = new Set(scorers.map((s) => s.id));
  const r = scenario.report ?? {};
  const k = r.k ?? DEFAULT_K;
  const scatterWanted = (r.scatter ?? scorers.slice(0, 2).map((s) => s.id)).filter((id) => ids.has(id));
  const scatter = scatterWanted.length > 0 ? scatterWanted : [scorers[0]!.id];
  const truthChosen = chosen.filter((id) => getMeasure(id).reference === 'truth');
  const wanted = (r.driftMeasures ?? ['spearman']).filter((id) => truthChosen.includes(id));
  const driftMeasures = wanted.length > 0 ? wanted : truthChosen.slice(0, 1);
  const versions = (r.versions ?? []).filter((v) => ids.has(v.from) && ids.has(v.to));
  const inRun = attackIds ?? (scenario.defaults.attacks ?? []).map((a) => a.id);
  let sweep: RunPlan['sweep'];
  if (scenario.sweep && inRun.includes(scenario.sweep.attack)) {
    const s = scenario.sweep;
    const m = getMeasure(s.measure);
    if (m.reference !== 'truth')
      throw new UnknownNameError(
        'sweep measure',
        s.measure,
        MEASURES.filter((x) => x.reference === 'truth').map((x) => x.id),
      );
    const sweepScorers = (s.scorers ?? scorers.map((x) => x.id)).filter((id) => ids.has(id));
    if (sweepScorers.length > 0) sweep = { ...s, scorers: sweepScorers, costUnit: getAttack(s.attack).costUnit };
  }
  const focus = (scenario.focus ?? []).filter((f) => inRun.includes(f.attack));
  return { scenario, scorers, measures: chosen, scatter, driftMeasures, versions, k, sweep, focus };
}

/** A file-name-safe form of a scorer or measure id: `klout-like@v2` → `klout-like-v2`. */
export function fileSafe(id: string): string {
  return id.replace(/[^a-z0-9._-]+/gi, '-').replace(/^-+|-+$/g, '');
}

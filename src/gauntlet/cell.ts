/**
 * One gauntlet cell, end to end: world × attack × budget × seed ─▶ simulate ─▶ true influence
 * (IC model, the suite's precision, stream `gauntlet-truth`) ─▶ each scorer ─▶ measures.
 *
 * Truth is computed per cell: attacks add accounts and follows, and the organic dynamics that
 * follow them (discovery, follow-backs) change the real graph too, so the true influence of the
 * same person differs between cells. It never depends on the scorer, so one simulation and one
 * truth estimate serve every scorer of a job — except for white-box attacks (those with a `scorer`
 * parameter, e.g. `adaptive`), whose world depends on the scorer: they run once per scorer.
 * A scorer that throws or returns a wrong-length or non-finite result fails this cell only.
 */
import { getAttack } from '../attacks/registry.js';
import { resolveRunConfig, type RunConfig } from '../engine/config.js';
import { simulate, type SimulationResult } from '../engine/simulate.js';
import { ExternalScorerError } from '../metrics/command-scorer.js';
import type { Scorer } from '../metrics/scorer.js';
import { SeedTree } from '../rng.js';
import { streams } from '../streams.js';
import { getScenario } from '../scenarios/registry.js';
import { icModel } from '../truth/ic.js';
import { cellMeasures, type CellMeasures } from './measures.js';
import type { Suite } from './suite.js';

/** Coordinates of one cell in a suite (indices into suite.worlds / suite.attacks). */
export interface CellSpec {
  readonly world: number;
  readonly attack: number;
  readonly budget: number;
  readonly seed: number;
}

/**
 * A scorer's outcome in one cell. `timedOut`: the scorer's own time limit stopped it (an external
 * program over --scorer-timeout), which the runner treats like a cell over its time limit.
 */
export type ScoreOutcome =
  | { readonly ok: true; readonly measures: CellMeasures }
  | { readonly ok: false; readonly reason: string; readonly timedOut?: boolean };

/** True when the attack is white-box: it takes the scorer under test (declares a `scorer` parameter). */
export function isWhiteBox(attackId: string): boolean {
  return 'scorer' in getAttack(attackId).params;
}

/** Every cell of a suite, in a fixed order (world, attack, budget, seed). */
export function suiteCells(suite: Suite): CellSpec[] {
  const out: CellSpec[] = [];
  for (let w = 0; w < suite.worlds.length; w++)
    for (const [ai, a] of suite.attacks.entries())
      for (const budget of a.budgets) for (const seed of suite.seeds) out.push({ world: w, attack: ai, budget, seed });
  return out;
}

/**
 * The RunConfig of a cell; `scorerId` is recorded as the white-box attack's `scorer` parameter. In a
 * suite with budgets per 1,000 real accounts the cell's budget is `budgetPer1000` (resolveRunConfig
 * turns it into the absolute budget for the world's size).
 */
export function cellConfig(suite: Suite, cell: CellSpec, scorerId?: string): RunConfig {
  const w = suite.worlds[cell.world]!;
  const a = suite.attacks[cell.attack]!;
  const params: Record<string, unknown> = { ...a.params, [suite.budgetsPer1000 ? 'budgetPer1000' : 'budget']: cell.budget };
  if (scorerId !== undefined && isWhiteBox(a.id) && /^[a-z0-9@._-]+$/i.test(scorerId)) params.scorer = scorerId;
  return resolveRunConfig(getScenario(w.scenario), {
    seed: cell.seed,
    agents: w.agents,
    ticks: w.ticks,
    ...(w.roles ? { roles: w.roles } : {}),
    ...(w.generator ? { generator: w.generator } : {}),
    ...(w.generatorParams ? { generatorParams: w.generatorParams } : {}),
    attacks: [{ id: a.id, params }],
  });
}

function describeError(e: unknown): string {
  return e instanceof Error ? `${e.name}: ${e.message.split('\n')[0]}` : String(e);
}

/** A failed outcome for error `e` (`prefix` before its description). */
function failed(e: unknown, prefix = ''): ScoreOutcome {
  const timedOut = e instanceof ExternalScorerError && e.timedOut;
  return { ok: false, reason: `${prefix}${describeError(e)}`, ...(timedOut ? { timedOut } : {}) };
}

/** Truth and measures of one finished simulation for one scorer. */
function scoreRun(suite: Suite, run: SimulationResult, truth: Float64Array, scorer: Scorer): ScoreOutcome {
  try {
    const score = scorer.score(run.final.observation);
    if (!(score instanceof Float64Array) || score.length !== run.final.observation.n)
      return { ok: false, reason: `score() returned ${score?.length} values for ${run.final.observation.n} accounts` };
    for (let i = 0; i < score.length; i++)
      if (!Number.isFinite(score[i])) return { ok: false, reason: `score() gave ${score[i]} for account ${i} (scores must be finite)` };
    return { ok: true, measures: cellMeasures(score, truth, run.final.hidden.role, suite.k, suite.aucTopShare) };
  } catch (e) {
    return failed(e);
  }
}

function truthOf(suite: Suite, run: SimulationResult, seed: number): Float64Array {
  return icModel.estimate(run.final.hidden, new SeedTree(seed).stream(streams.gauntletTruth), { precision: suite.truthPrecision }).estimate;
}

/** Run one cell for every scorer; returns one outcome per scorer (same order). */
export function runCell(suite: Suite, cell: CellSpec, scorers: readonly Scorer[]): ScoreOutcome[] {
  const attack = suite.attacks[cell.attack]!;
  if (!isWhiteBox(attack.id)) {
    const run = simulate(cellConfig(suite, cell));
    const truth = truthOf(suite, run, cell.seed);
    return scorers.map((s) => scoreRun(suite, run, truth, s));
  }
  return scorers.map((s) => {
    let run: SimulationResult;
    try {
      run = simulate(cellConfig(suite, cell, s.id), { scorer: s });
    } catch (e) {
      return failed(e, `during the ${attack.id} attack: `);
    }
    return scoreRun(suite, run, truthOf(suite, run, cell.seed), s);
  });
}

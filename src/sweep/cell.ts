/**
 * One cell of a sweep: the settings of one point with one seed, run through the very pipeline
 * `goodhart run <scenario> --seed S` uses (resolveRunConfig → runReplicate: simulate, truth and
 * scores at every snapshot, drift rows → evaluateClaims), and its tidy rows as CSV:
 *
 *   cell, <every swept parameter>, seed, tick, scorer, measure, value
 *
 * Drift rows at the final snapshot (`ticks: "final"`) or at every snapshot (`"all"`), then one row
 * per scenario claim (`scorer` empty, `measure` = `claim:<id>`, value 1 if it holds, else 0).
 * The cell's file `cells/<id>.csv` is written crash-safely; a cell whose settings make the model
 * fail gets `failed/<id>.json` instead. No external source.
 */
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { resolveRunConfig, type RunConfig } from '../engine/config.js';
import { applySettings } from '../engine/settings.js';
import { GraphMemo } from '../engine/graph-memo.js';
import { resolveScorer } from '../metrics/load-user-scorer.js';
import { getScenario } from '../scenarios/registry.js';
import { makePlan } from '../pipeline/plan.js';
import { runReplicate } from '../pipeline/replicate.js';
import { evaluateClaims } from '../pipeline/claims.js';
import { DEFAULT_CLAIM_TRUTH } from '../scenarios/claims/claim.js';
import { DEFAULT_PRECISION } from '../truth/truth-model.js';
import { toCsv, type Cell as CsvCell } from '../io/csv.js';
import type { Experiment } from './experiment.js';
import type { Cell } from './cells.js';
import { writeFileAtomic } from './files.js';
import { canonicalJson } from './canonical.js';

/** The rows' columns: cell, every swept parameter (in order of first appearance), seed, tick, scorer, measure, value. */
export function rowColumns(e: Experiment): string[] {
  return ['cell', ...e.parameters, 'seed', 'tick', 'scorer', 'measure', 'value'];
}

/** The RunConfig of a cell: the scenario's defaults with the cell's settings and seed (what `goodhart run --seed S --set …` resolves). */
export function cellRunConfig(e: Experiment, cell: Cell): RunConfig {
  const sc = getScenario(e.scenario);
  const start = { seed: cell.seed, attacks: (sc.defaults.attacks ?? []).map((a) => ({ id: a.id, params: { ...(a.params ?? {}) } })) };
  return resolveRunConfig(sc, applySettings(start, cell.settings));
}

/** Run one cell and return its rows as CSV text (header included). `threads`: the engine's threads (no output depends on it). */
export function cellCsv(e: Experiment, cell: Cell, threads?: number): string {
  const config = cellRunConfig(e, cell);
  const sc = getScenario(e.scenario);
  const plan = {
    ...makePlan(
      sc,
      e.scorers.map((s) => resolveScorer(s)),
      e.measures,
      config.attacks.map((a) => a.id),
    ),
    ...(threads !== undefined ? { threads } : {}),
  };
  // A cell's rows hold no truths.csv: only the truths its claims are judged under are computed.
  const named = (sc.claims ?? []).map((c) => c.truth ?? DEFAULT_CLAIM_TRUTH);
  const graphMemo = new GraphMemo(); // the claims' control run reuses the cell's generated graph
  const rep = runReplicate(plan, config, () => {}, DEFAULT_PRECISION, named, graphMemo);
  // Each claim's verdict under the truth it names (the other truths are the run report's).
  const claims = evaluateClaims(sc, [rep], [config], DEFAULT_PRECISION, plan.threads, { truths: 'named' }, graphMemo);
  const finalTick = rep.result.final.tick;
  const fixed: Record<string, CsvCell> = { cell: cell.id, seed: cell.seed };
  for (const p of e.parameters) fixed[p] = cell.settings[p];
  const rows: Record<string, CsvCell>[] = [];
  const num = (v: number) => (Number.isNaN(v) ? null : v);
  for (const r of rep.drift)
    if (e.ticks === 'all' || r.tick === finalTick)
      rows.push({ ...fixed, tick: r.tick, scorer: r.scorer, measure: r.measure, value: num(r.value) });
  for (const c of claims)
    rows.push({ ...fixed, tick: finalTick, scorer: '', measure: `claim:${c.id}`, value: c.outcomes[0]!.outcome.holds ? 1 : 0 });
  return toCsv(rowColumns(e), rows);
}

/** What became of a cell. */
export type CellOutcome = { readonly ok: true } | { readonly ok: false; readonly error: string };

/** An error as one line for failed/<id>.json and the summary. */
export function errorText(err: unknown): string {
  if (err instanceof Error) return err.name === 'Error' ? err.message : `${err.name}: ${err.message}`;
  return String(err);
}

/** Record a failed cell: `failed/<id>.json` with its settings, seed and error. */
export function recordFailure(dir: string, cell: Cell, error: string): void {
  writeFileAtomic(
    join(dir, 'failed', `${cell.id}.json`),
    canonicalJson({ cell: cell.id, settings: cell.settings, seed: cell.seed, error }),
  );
}

/** Run a cell and record it in the sweep folder `dir`: cells/<id>.csv, or failed/<id>.json when it throws. */
export function runAndRecordCell(dir: string, e: Experiment, cell: Cell, threads?: number): CellOutcome {
  let csv: string;
  try {
    csv = cellCsv(e, cell, threads);
  } catch (err) {
    const error = errorText(err);
    recordFailure(dir, cell, error);
    return { ok: false, error };
  }
  writeFileAtomic(join(dir, 'cells', `${cell.id}.csv`), csv);
  const failed = join(dir, 'failed', `${cell.id}.json`);
  if (existsSync(failed)) rmSync(failed);
  return { ok: true };
}

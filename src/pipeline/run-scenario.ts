/**
 * A scenario run over one or more seeds, in memory (no I/O):
 *
 *   plan, configs (one per seed)
 *     ─▶ 1. each seed: simulate ─▶ truth + scores at every snapshot ─▶ drift rows   (replicate.ts)
 *     ─▶ 2. each seed: budget sweep of the main attack                              (budget-sweep.ts)
 *     ─▶ 3. summary over seeds: mean and 95% interval per (tick, scorer, measure)   (src/drift/summary.ts)
 *     ─▶ 4. each seed: every scenario claim judged on the run, ✓ or ✗               (claims.ts)
 *
 * Seeds run one after the other; each is deterministic in its config, so the result does not
 * depend on order or timing.
 */
import type { RunConfig } from '../engine/config.js';
import { GraphMemo } from '../engine/graph-memo.js';
import type { DriftRow } from '../drift/tidy.js';
import { summariseOverSeeds, type DriftSummaryRow } from '../drift/summary.js';
import { runSweep, type SweepRow } from './budget-sweep.js';
import type { RunPlan } from './plan.js';
import { replicateWork, runReplicate, type Replicate } from './replicate.js';
import { evaluateClaims, type ClaimResult } from './claims.js';
import { DEFAULT_PRECISION } from '../truth/truth-model.js';
import { phase } from './phases.js';

/** Everything a scenario run computed. */
export interface ScenarioRun {
  readonly plan: RunPlan;
  /** One per seed, in the order given. */
  readonly replicates: readonly Replicate[];
  /** Drift rows of every seed (seed-major order). */
  readonly drift: readonly DriftRow[];
  /** Mean and 95% interval over seeds. */
  readonly summary: readonly DriftSummaryRow[];
  /** Budget-sweep rows of every seed (empty without a sweep). */
  readonly sweep: readonly SweepRow[];
  /** Every scenario claim with its outcome on each seed (empty for a scenario without claims). */
  readonly claims: readonly ClaimResult[];
}

/** Progress callback: `done` of `total` work units, with a short label. */
export type ProgressFn = (done: number, total: number, label: string) => void;

/** Work units of a whole run (for a progress bar). */
export function runWork(plan: RunPlan, configs: readonly RunConfig[]): number {
  const sweepUnits = plan.sweep ? plan.sweep.budgets.length * (configs[0]?.ticks ?? 0) : 0;
  const controlUnits = (plan.scenario.claims ?? []).some((c) => c.needsControl) ? (configs[0]?.ticks ?? 0) + 4 : 0;
  return configs.reduce((s, c) => s + replicateWork(c) + sweepUnits + controlUnits, 0);
}

/** Run every seed's replicate and sweep, then summarise. `configs` must share everything but the seed. */
export function runScenario(plan: RunPlan, configs: readonly RunConfig[], progress: ProgressFn = () => {}): ScenarioRun {
  const total = runWork(plan, configs);
  let base = 0;
  const replicates: Replicate[] = [];
  const sweep: SweepRow[] = [];
  // The sweep's and the controls' worlds differ from the replicate's only in attack budgets: they
  // reuse its generated graph (one at a time: with several seeds, the last seed's controls hit).
  const graphMemo = new GraphMemo();
  for (const config of configs) {
    replicates.push(runReplicate(plan, config, (u, label) => progress(base + u, total, label), DEFAULT_PRECISION, undefined, graphMemo));
    base += replicateWork(config);
    const rows = phase('budget sweep', () =>
      runSweep(plan, config, (i) => progress(base + i * config.ticks, total, `seed ${config.seed}: budget sweep`), graphMemo),
    );
    for (const r of rows) sweep.push(r);
    if (plan.sweep) base += plan.sweep.budgets.length * config.ticks;
    progress(base, total, `seed ${config.seed} done`);
  }
  progress(base, total, 'claims');
  const claims = phase('claims', () => evaluateClaims(plan.scenario, replicates, configs, DEFAULT_PRECISION, plan.threads, {}, graphMemo));
  progress(total, total, 'claims');
  const drift = replicates.flatMap((r) => r.drift);
  return { plan, replicates, drift, summary: phase('drift', () => summariseOverSeeds(drift, { k: plan.k })), sweep, claims };
}

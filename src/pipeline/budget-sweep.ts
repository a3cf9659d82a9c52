/**
 * Budget sweep: the scenario re-run with its main attack at several budgets (other attacks and
 * every other parameter unchanged, same seed), one measure read at the final tick per scorer.
 * The breakdown budget is where a scorer's curve crosses the threshold (e.g. AUC < 0.9).
 *
 * Measures that only look at scores and roles (top-k shares, AUC honest-above-gamer; their
 * `needsTruth` is false) need no truth, which keeps a sweep cheap; any other measure computes
 * truth at the final tick.
 * Reference: robustness curves and the breakdown budget as in Yu et al., SybilLimit
 * (IEEE S&P 2008).
 */
import type { RunConfig } from '../engine/config.js';
import { simulate } from '../engine/simulate.js';
import { GraphMemo } from '../engine/graph-memo.js';
import { getMeasure } from '../drift/registry.js';
import { makeDriftInput } from '../drift/input.js';
import { summariseOverSeeds } from '../drift/summary.js';
import type { RobustnessPoint } from '../charts/robustness.js';
import type { RunPlan } from './plan.js';
import { streams } from '../streams.js';
import { estimateTruth } from '../truth/snapshot-truth.js';

/** One value of the sweep. */
export interface SweepRow {
  readonly scenario: string;
  readonly seed: number;
  readonly attack: string;
  /** Budget of the swept attack, in its cost unit. */
  readonly budget: number;
  readonly scorer: string;
  readonly measure: string;
  readonly value: number;
}

/** The config of one sweep point: `config` with the swept attack's budget set to `budget`, one snapshot at the end. */
export function sweepConfig(config: RunConfig, attack: string, budget: number): RunConfig {
  return {
    ...config,
    activity: { ...config.activity, recordEvery: config.ticks },
    attacks: config.attacks.map((a) => (a.id === attack ? { ...a, params: { ...a.params, budget } } : a)),
  };
}

/**
 * Run the plan's sweep for one seed (empty when the plan has none). `onPoint` is called after each
 * budget. Every budget's world is built through `graphMemo` (one is made when none is given): the
 * generator's graph does not depend on the budget, so it is drawn once (src/engine/graph-memo.ts).
 */
export function runSweep(
  plan: RunPlan,
  config: RunConfig,
  onPoint: (done: number) => void = () => {},
  graphMemo: GraphMemo = new GraphMemo(),
): SweepRow[] {
  const sweep = plan.sweep;
  if (!sweep) return [];
  const measure = getMeasure(sweep.measure);
  const scorers = plan.scorers.filter((s) => sweep.scorers.includes(s.id));
  const rows: SweepRow[] = [];
  sweep.budgets.forEach((budget, i) => {
    const result = simulate(sweepConfig(config, sweep.attack, budget), {
      graphMemo,
      ...(plan.threads !== undefined ? { threads: plan.threads } : {}),
    });
    const snap = result.final;
    const role = snap.hidden.role;
    const truth = !measure.needsTruth
      ? undefined
      : estimateTruth(snap.hidden, config.seed, streams.truthSweep(budget), plan.threads !== undefined ? { threads: plan.threads } : {})
          .estimate;
    for (const s of scorers) {
      const score = s.score(snap.observation);
      const value = measure.compute(makeDriftInput(score, truth ?? score, role, { k: plan.k }));
      rows.push({ scenario: plan.scenario.id, seed: config.seed, attack: sweep.attack, budget, scorer: s.id, measure: measure.id, value });
    }
    onPoint(i + 1);
  });
  return rows;
}

/**
 * Mean and 95% interval over seeds of each (budget, scorer) point, for the robustness chart;
 * `k` is the top-k depth the rows were measured at (default 10).
 */
export function sweepPoints(rows: readonly SweepRow[], k = 10): RobustnessPoint[] {
  const asDrift = rows.map((r) => ({
    scenario: r.scenario,
    seed: r.seed,
    tick: r.budget,
    scorer: r.scorer,
    measure: r.measure,
    value: r.value,
  }));
  // Each measure's own interval (src/drift/summary.ts) stays inside its range: no clamping.
  return summariseOverSeeds(asDrift, { k }).map((s) => ({ budget: s.tick, scorer: s.scorer, mean: s.mean, lo: s.lo, hi: s.hi }));
}

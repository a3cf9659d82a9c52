/**
 * One seeded run of Goodhart dynamics, measured: simulate with the controller plugged in, then at
 * every snapshot the engine recorded compute the true influence (IC, reverse-influence sampling)
 * and each scorer's drift from it, plus the world's gaming counters.
 *
 *   RunConfig + dynamics ─▶ simulate(beforeApply = controller.hook, showings = controller.showings) ─▶ snapshots
 *     each snapshot ─▶ truth (icModel, `precision`) ─▶ driftRows(deployed + measured scorers)
 *                    ─▶ world rows: gaming share, strategy shares, total true influence, costs
 *
 * Rows are tidy: (intervention, seed, tick, scorer, measure, value). The deployed scorer's rows
 * carry scorer = `deployed` (whatever was deployed at that tick); world rows carry scorer = `world`.
 * References: Kempe, Kleinberg & Tardos 2003 (truth); Spearman 1904 (validity).
 */
import type { RunConfig } from '../engine/config.js';
import { simulate, type SimulationResult } from '../engine/simulate.js';
import type { World } from '../engine/world.js';
import { driftRows } from '../drift/tidy.js';
import { getScorer } from '../metrics/registry.js';
import { Role, isRealRole } from '../model/roles.js';
import { SeedTree } from '../rng.js';
import { streams } from '../streams.js';
import { icModel } from '../truth/ic.js';
import { DynamicsController } from './controller.js';
import type { ResolvedDynamics } from './params.js';
import { ORGANIC, STRATEGIES } from './strategies.js';

/** One tidy row of a dynamics run. `value` is NaN when a measure is undefined. */
export interface DecayRow {
  readonly intervention: string;
  readonly seed: number;
  readonly tick: number;
  /** `deployed`, a scorer id, or `world`. */
  readonly scorer: string;
  readonly measure: string;
  readonly value: number;
}

/** Scorer label of the rows about whichever scorer was deployed at that tick. */
export const DEPLOYED = 'deployed';
/** Scorer label of world-level rows (gaming share, costs, total true influence). */
export const WORLD = 'world';

/** Options of {@link runDynamics}. */
export interface RunDynamicsOptions {
  /** Label written in every row (default `run`). */
  intervention?: string;
  /** Scorer ids measured at every snapshot besides the deployed one (default none). */
  measured?: readonly string[];
  /** Drift measure ids (default: spearman). */
  measures?: readonly string[];
  /** Truth precision (relative RMS standard error; default 0.1, enough for rank measures here). */
  precision?: number;
  /** Top-k depth of the drift measures (default 10). */
  k?: number;
  /** Progress after each tick. */
  onTick?: (done: number, total: number) => void;
  /** Threads for cascades and truth (no output depends on it; default: the engine's). */
  threads?: number;
  /**
   * Called every tick just before the controller's hook (its state is set up from tick 0 on): a
   * caller may steer accounts, e.g. a classroom game setting the strategies of the class's accounts.
   */
  steer?: (controller: DynamicsController, world: World, tick: number) => void;
}

/** A measured run. */
export interface DynamicsRun {
  readonly rows: DecayRow[];
  readonly controller: DynamicsController;
  readonly result: SimulationResult;
}

/** Run and measure one seeded world with the dynamics. Deterministic in (config, dynamics, options). */
export function runDynamics(config: RunConfig, dyn: ResolvedDynamics, opts: RunDynamicsOptions = {}): DynamicsRun {
  const intervention = opts.intervention ?? 'run';
  const measured = [...new Set(opts.measured ?? [])].map(getScorer);
  const controller = new DynamicsController(config, dyn);
  const threads = opts.threads !== undefined ? { threads: opts.threads } : {};
  const steer = opts.steer;
  const hook = steer
    ? (world: World, tick: number) => {
        if (tick > 0) steer(controller, world, tick);
        controller.hook(world, tick);
        if (tick === 0) steer(controller, world, tick);
      }
    : controller.hook;
  const result = simulate(config, {
    beforeApply: hook,
    showings: controller.showings,
    ...(opts.onTick ? { onTick: opts.onTick } : {}),
    ...threads,
  });
  const seeds = new SeedTree(config.seed);
  const rows: DecayRow[] = [];
  const base = config.agents;
  for (const snap of result.snapshots) {
    const { tick, observation: obs, hidden } = snap;
    const truth = icModel.estimate(hidden, seeds.stream(streams.dynamicsTruth(tick)), {
      precision: opts.precision ?? 0.1,
      ...threads,
    }).estimate;
    const strategy = controller.strategyAt.get(tick) ?? new Uint8Array(hidden.n);
    // Frame roles follow behaviour: whoever games now counts as a gamer; a gamer who quit, as honest.
    const role = hidden.role.slice();
    for (let i = 0; i < base; i++) {
      if (!controller.adaptive[i]) continue;
      role[i] = strategy[i] !== ORGANIC ? Role.gamer : Role.honest;
    }
    const deployedId = controller.deployedAt(tick);
    const cache = new Map<string, Float64Array>();
    const scoreOf = (id: string) => {
      let s = cache.get(id);
      if (!s) {
        s = getScorer(id).score(obs);
        cache.set(id, s);
      }
      return s;
    };
    const scores = new Map<string, Float64Array>([[DEPLOYED, scoreOf(deployedId)]]);
    for (const s of measured) scores.set(s.id, scoreOf(s.id));
    const frame = { scenario: intervention, seed: config.seed, tick, role, truth, scores };
    for (const r of driftRows(frame, { measures: opts.measures ?? ['spearman'], ...(opts.k !== undefined ? { k: opts.k } : {}) })) {
      rows.push({ intervention, seed: r.seed, tick: r.tick, scorer: r.scorer, measure: r.measure, value: r.value });
    }
    // World rows.
    const w = (measure: string, value: number) => rows.push({ intervention, seed: config.seed, tick, scorer: WORLD, measure, value });
    const counts = STRATEGIES.map(() => 0);
    for (let i = 0; i < base; i++) if (controller.adaptive[i]) counts[strategy[i]!]!++;
    const adaptive = Math.max(1, controller.adaptiveCount);
    w('gaming-share', (controller.adaptiveCount - counts[ORGANIC]!) / adaptive);
    for (const s of STRATEGIES) if (s.code !== ORGANIC) w(`share:${s.id}`, counts[s.code]! / adaptive);
    let total = 0;
    for (let i = 0; i < hidden.n; i++) if (isRealRole(hidden.role[i]!)) total += truth[i]!;
    w('true-influence-total', total);
    const upTo = controller.ticks.filter((t) => t.tick <= tick);
    w(
      'gaming-cost-total',
      upTo.reduce((s, t) => s + t.cost, 0),
    );
    w(
      'perks-total',
      upTo.reduce((s, t) => s + t.perks, 0),
    );
  }
  return { rows, controller, result };
}

/**
 * The goodhart-decay experiment: every chosen intervention over every seed, side by side.
 *
 *   scenario + seeds + interventions
 *     ─▶ for each (intervention, seed): resolveRunConfig ─▶ runDynamics ─▶ tidy rows
 *     ─▶ summariseDecay (95% intervals over seeds) ─▶ interventionEffects (decay, paired slowdown)
 *     ─▶ findings (sentences) + charts (validity, gaming share, true influence over time; decay per intervention)
 *
 * Same seed across interventions = same world until the score is deployed, so comparisons are paired.
 * Reference: Goodhart (1975); Szabó & Tőke (1998).
 */
import type { TopLevelSpec } from 'vega-lite';
import { resolveRunConfig, type RunConfig, type RunOverrides } from '../engine/config.js';
import { ParameterError } from '../errors.js';
import { getMeasure } from '../drift/registry.js';
import { getScorer } from '../metrics/registry.js';
import type { Scenario } from '../scenarios/scenario.js';
import { interventionEffectsChart } from '../charts/intervention-effects.js';
import { interventionOverTimeChart } from '../charts/intervention-over-time.js';
import { findings, interventionEffects, summariseDecay, type DecaySummaryRow, type InterventionEffect } from './effects.js';
import { INTERVENTIONS, getIntervention } from './interventions.js';
import { resolveDynamics } from './params.js';
import { DEPLOYED, WORLD, runDynamics, type DecayRow } from './run-dynamics.js';
import type { DynamicsTick } from './controller.js';

/** Options of {@link runDecayExperiment}. */
export interface DecayExperimentOptions {
  /** The scenario whose world defaults are used (goodhart-decay). */
  readonly scenario: Scenario;
  /** Seeds (non-negative integers), at least one. */
  readonly seeds: readonly number[];
  readonly agents?: number;
  readonly ticks?: number;
  /** Further world overrides for every run (roles, influence, attack settings, …); `agents` and `ticks` above win. */
  readonly overrides?: Omit<RunOverrides, 'seed'>;
  /** Intervention ids (default: all; the baseline is added when missing). */
  readonly interventions?: readonly string[];
  /** Dynamics parameters applied to every intervention (an intervention's own overrides win). */
  readonly dynamics?: Readonly<Record<string, unknown>>;
  /** Scorers measured besides the deployed one (default: klout-like, follower-count, trustrank, interaction-pagerank). */
  readonly measured?: readonly string[];
  /** Drift measures (default: spearman, kendall-tau-b, precision-at-k, gamer-share-at-k). */
  readonly measures?: readonly string[];
  /** Truth precision (default 0.1). */
  readonly precision?: number;
  /** Threads for cascades and truth (no output depends on it; default: the engine's). */
  readonly threads?: number;
  readonly onProgress?: (done: number, total: number, label: string) => void;
}

/** One chart of the experiment. */
export interface DecayChart {
  /** File-name stem, e.g. `validity-over-time`. */
  readonly id: string;
  readonly heading: string;
  /** What the chart shows, for the report. */
  readonly caption: string;
  readonly spec: TopLevelSpec;
}

/** Per-tick counters of one run, with its intervention and seed. */
export interface DecayTickRow extends DynamicsTick {
  readonly intervention: string;
  readonly seed: number;
}

/** Everything the experiment produced. */
export interface DecayExperiment {
  readonly rows: DecayRow[];
  readonly ticks: DecayTickRow[];
  readonly summary: DecaySummaryRow[];
  readonly effects: InterventionEffect[];
  readonly findings: string[];
  readonly charts: DecayChart[];
  /** Resolved run configuration of every (intervention, seed) and the dynamics parameters. */
  readonly runs: {
    readonly intervention: string;
    readonly seed: number;
    readonly config: RunConfig;
    readonly dynamics: Readonly<Record<string, unknown>>;
  }[];
  readonly deployTick: number;
  readonly startTick: number;
  readonly endTick: number;
}

export const DEFAULT_MEASURED = ['klout-like', 'follower-count', 'trustrank', 'interaction-pagerank'] as const;
export const DEFAULT_MEASURES = ['spearman', 'kendall-tau-b', 'precision-at-k', 'gamer-share-at-k'] as const;

/** Run the experiment. Checks every name and value before simulating anything. */
export function runDecayExperiment(opts: DecayExperimentOptions): DecayExperiment {
  // 1. Check and resolve everything first.
  if (opts.seeds.length === 0) throw new ParameterError('seeds', '', 'at least one seed');
  const ids = opts.interventions ?? INTERVENTIONS.map((i) => i.id);
  const chosen = [...new Set(['baseline', ...ids])].map(getIntervention);
  const order = INTERVENTIONS.filter((i) => chosen.includes(i));
  const plans = order.flatMap((iv) => {
    const raw = { ...(opts.dynamics ?? {}), ...iv.overrides };
    const dyn = resolveDynamics(raw);
    return opts.seeds.map((seed) => ({
      iv,
      dyn,
      raw,
      config: resolveRunConfig(opts.scenario, {
        ...(opts.overrides ?? {}),
        seed,
        ...(opts.agents !== undefined ? { agents: opts.agents } : {}),
        ...(opts.ticks !== undefined ? { ticks: opts.ticks } : {}),
      }),
    }));
  });
  (opts.measured ?? DEFAULT_MEASURED).forEach(getScorer);
  (opts.measures ?? DEFAULT_MEASURES).forEach(getMeasure);
  const deployTick = plans[0]!.dyn.params.deployTick;
  if (plans.some((p) => p.dyn.params.deployTick !== deployTick))
    throw new ParameterError('dynamics.deployTick', 'varies', 'the same deployment tick in every intervention');
  const cfg = plans[0]!.config;
  if (deployTick >= cfg.ticks)
    throw new ParameterError('ticks', cfg.ticks, `more than dynamics.deployTick (${deployTick}), so the score is deployed during the run`);
  // 2. Run.
  const rows: DecayRow[] = [];
  const ticks: DecayTickRow[] = [];
  plans.forEach((p, i) => {
    const run = runDynamics(p.config, p.dyn, {
      intervention: p.iv.id,
      measured: opts.measured ?? DEFAULT_MEASURED,
      measures: opts.measures ?? DEFAULT_MEASURES,
      ...(opts.precision !== undefined ? { precision: opts.precision } : {}),
      ...(opts.threads !== undefined ? { threads: opts.threads } : {}),
    });
    rows.push(...run.rows);
    for (const t of run.controller.ticks) ticks.push({ intervention: p.iv.id, seed: p.config.seed, ...t });
    opts.onProgress?.(i + 1, plans.length, `${p.iv.id} seed ${p.config.seed}`);
  });
  // 3. Summaries, effects, findings, charts.
  const snapTicks = [...new Set(rows.map((r) => r.tick))].sort((a, b) => a - b);
  const before = snapTicks.filter((t) => t < deployTick);
  const startTick = before.length > 0 ? before[before.length - 1]! : snapTicks[0]!;
  const endTick = snapTicks[snapTicks.length - 1]!;
  const summary = summariseDecay(rows);
  const effects = interventionEffects(rows, startTick, endTick);
  return {
    rows,
    ticks,
    summary,
    effects,
    findings: findings(effects),
    charts: decayCharts(summary, effects, deployTick),
    runs: plans.map((p) => ({ intervention: p.iv.id, seed: p.config.seed, config: p.config, dynamics: p.dyn.params })),
    deployTick,
    startTick,
    endTick,
  };
}

/** The experiment's charts, built from the summary and the effects. */
export function decayCharts(summary: readonly DecaySummaryRow[], effects: readonly InterventionEffect[], deployTick: number): DecayChart[] {
  const labelOf = (id: string) => INTERVENTIONS.find((i) => i.id === id)?.label ?? id;
  const order = effects.map((e) => labelOf(e.intervention));
  const points = (scorer: string, measure: string) =>
    summary
      .filter((r) => r.scorer === scorer && r.measure === measure)
      .map((r) => ({ intervention: labelOf(r.intervention), tick: r.tick, mean: r.mean, lo: r.lo, hi: r.hi, n: r.n }));
  const mark = { markTick: deployTick, markLabel: 'score deployed', order };
  return [
    {
      id: 'validity-over-time',
      heading: 'Validity of the deployed score over time',
      caption:
        'Spearman ρ between the deployed score and true influence (IC spread) over real people, mean over seeds with its 95% interval, one line per intervention. Before the dashed line nothing is paid and nobody games.',
      spec: interventionOverTimeChart(points(DEPLOYED, 'spearman'), {
        ...mark,
        yTitle: 'Spearman ρ of deployed score with truth',
        title: 'Validity of the deployed score, by intervention',
        clamp: [-1, 1],
      }),
    },
    {
      id: 'gaming-share-over-time',
      heading: 'Agents gaming',
      caption: 'Share of adapting agents (honest people and gamers) holding a gaming strategy, mean over seeds with its 95% interval.',
      spec: interventionOverTimeChart(points(WORLD, 'gaming-share'), {
        ...mark,
        yTitle: 'share of agents gaming',
        title: 'Gaming spreads when it pays',
        clamp: [0, 1],
      }),
    },
    {
      id: 'true-influence-over-time',
      heading: 'Total true influence',
      caption:
        'Sum over real people of their true influence (expected real people moved by one message): does gaming crowd out real influence?',
      spec: interventionOverTimeChart(points(WORLD, 'true-influence-total'), {
        ...mark,
        yTitle: 'total true influence (people moved)',
        title: 'Real influence in the world',
      }),
    },
    {
      id: 'decay-by-intervention',
      heading: 'Decay of validity by intervention',
      caption:
        'Validity at the last tick before deployment minus validity at the end, per intervention: mean over seeds and 95% interval. Left of the baseline is slower decay.',
      spec: interventionEffectsChart(
        effects.map((e) => ({ intervention: labelOf(e.intervention), mean: e.decay.mean, lo: e.decay.lo, hi: e.decay.hi, n: e.decay.n })),
        { xTitle: 'decay of validity (ρ before − ρ at end)', title: 'How much validity each intervention lost', order },
      ),
    },
  ];
}

/**
 * The simulation loop.
 *
 *   buildWorld ─▶ for each tick: decide ─▶ attacks act ─▶ apply (cascades, follows) ─▶ record
 *
 * 1. decide: each real person draws its posts for the tick (Poisson(activity));
 * 2. attacks spend the budget released so far (follows, reactions, posts);
 * 3. apply: every post runs its cascade (src/engine/cascade.ts), in fixed chunks on one or more
 *    threads (src/engine/tick-cascades.ts); organic follows and unfollows;
 * 4. record: tick counters; every `recordEvery` ticks and at the end, a snapshot of the
 *    Observation and the hidden layer.
 * Streams: agents, graph, ties (build), activity (posts), cascades/t<tick>/c<chunk>, follows,
 * actions, attack:<i>:<id> (one per attack), so adding an attack never changes the others' draws,
 * and the thread count never changes any draw.
 */
import { releasedBudget } from '../attacks/attack.js';
import { ParameterError } from '../errors.js';
import { streams } from '../streams.js';
import type { HiddenLayer } from '../model/hidden.js';
import type { Observation } from '../model/observation.js';
import { buildWorld, type AttackInstance } from './build-world.js';
import type { RunConfig } from './config.js';
import { followDynamics } from './follow-dynamics.js';
import type { GraphMemo } from './graph-memo.js';
import { defaultCascadeThreads, TickCascades, type TickPosts } from './tick-cascades.js';
import { reactionMix } from './cascade.js';
import type { TickStats, World } from './world.js';
import type { Scorer } from '../metrics/scorer.js';
import * as pm from '../portable-math.js';

/** What the platform saw and what was true at one tick. */
export interface Snapshot {
  readonly tick: number;
  /** True for the run's last snapshot (`final` of the result): its truth is drawn from `truth/a` (src/streams.ts). */
  readonly final: boolean;
  readonly observation: Observation;
  readonly hidden: HiddenLayer;
}

/** Per-attack record of a run. */
export interface AttackSummary {
  readonly id: string;
  readonly targets: Uint32Array;
  readonly accounts: Uint32Array;
  readonly spent: number;
  readonly costUnit: string;
}

/** Everything a run produced. */
export interface SimulationResult {
  readonly config: RunConfig;
  /** Snapshots in tick order; the last one is `final` (only that one with `keepSnapshots: 'final'`). */
  readonly snapshots: readonly Snapshot[];
  readonly final: Snapshot;
  readonly ticks: readonly TickStats[];
  readonly attacks: readonly AttackSummary[];
  /** Node labels when the topology came from a named graph or a file. */
  readonly labels: readonly string[] | undefined;
}

/** Options of {@link simulate}. */
export interface SimulateOptions {
  /** Called after each tick with (ticks done, total ticks). */
  onTick?: (done: number, total: number) => void;
  /** Called before each tick's apply phase; lets a scenario act on the world (used by dynamics). */
  beforeApply?: (world: World, tick: number) => void;
  /** The scorer under test, handed to white-box attacks (`adaptive`) as `AttackContext.scorer`. */
  scorer?: Scorer;
  /**
   * Feed showings of a post by `author` this tick (an integer ≥ 0; default 1). A post shown k times
   * is logged once but its cascade runs k times: followers get k chances to see it, be moved and
   * react (0: logged, shown to no one). Used by src/dynamics for the leaderboard's visibility boost (more attention, not more appeal).
   */
  showings?: (author: number, tick: number) => number;
  /**
   * Threads for the cascades (the calling one included; 1 … 16). Results are identical for any
   * value. Default: the cores available, at most 8, for worlds of ≥ 100,000 accounts; else 1.
   */
  threads?: number;
  /**
   * Share the generator's graph with other worlds built with the same memo (a budget sweep, the
   * claims' control runs): used only when its inputs are identical, so results never change.
   */
  graphMemo?: GraphMemo | undefined;
  /**
   * Called with each snapshot as soon as it is recorded, before the next tick runs. It must not
   * modify the snapshot (its arrays may share memory with the running world).
   */
  onSnapshot?: ((snapshot: Snapshot) => void) | undefined;
  /**
   * Keep every snapshot in the result (`all`, the default) or only the final one (`final`: the
   * result's `snapshots` is `[final]`); with `final` and {@link onSnapshot}, a caller that measures
   * each snapshot as it comes holds one snapshot's graph at a time, not one per snapshot.
   */
  keepSnapshots?: 'all' | 'final' | undefined;
}

/** Run a configured world for `config.ticks` ticks. Deterministic in `config`. */
export function simulate(config: RunConfig, opts: SimulateOptions = {}): SimulationResult {
  const { world, attacks, labels, seeds } = buildWorld(config, opts.graphMemo);
  const activityRng = seeds.stream(streams.activity);
  const followRng = seeds.stream(streams.follows);
  const attackRngs = attacks.map((a) => seeds.stream(streams.attack(a.index, a.def.id)));
  const { activity: act, influence } = config;
  const expNegActivity = new Float64Array(world.base);
  for (let i = 0; i < world.base; i++) expNegActivity[i] = pm.exp(-world.a.activity[i]! * act.activityScale);
  const discovery = new Uint32Array(Math.max(16, world.n));

  const snapshots: Snapshot[] = [];
  const ticks: TickStats[] = [];
  let cascades: TickCascades | undefined;
  try {
    cascades = new TickCascades(
      world,
      seeds.stream(streams.cascades).key,
      { beta: influence.beta, pMax: influence.pMax, casualLike: act.casualLike, mix: reactionMix(act) },
      opts.threads ?? defaultCascadeThreads(world.n),
    );
    for (let t = 0; t < config.ticks; t++) {
      world.beginTick(t);
      // 1. decide: posts by real people (Knuth's Poisson with precomputed e^-λ).
      for (let i = 0; i < world.base; i++) {
        if (!world.a.real[i]) continue;
        const l = expNegActivity[i]!;
        let p = activityRng.next();
        while (p > l) {
          world.pendingPosts.push(i);
          p *= activityRng.next();
        }
      }
      // 2. attacks act.
      for (const inst of attacks) stepAttack(world, inst, attackRngs[inst.index]!, t, act.window, opts.scorer);
      opts.beforeApply?.(world, t);
      // 3. apply: cascades, then organic follow dynamics.
      // Reactions from here on come from cascades (people actually reacting); those logged above by
      // attacks or strategies are not a way for real people to discover an account.
      const organicFrom = world.events.length;
      const posts = takePosts(world, t, opts.showings);
      world.stats.moved += cascades.run(t, posts, influence.attentionScale);
      const ev = world.events.view();
      let dl = 0;
      for (let i = organicFrom; i < ev.length && dl < discovery.length; i++)
        if (ev.target[i]! < world.base) discovery[dl++] = ev.target[i]!;
      followDynamics(world, followRng, act, config.follows, discovery, dl);
      // 4. record.
      ticks.push(world.stats);
      if ((t + 1) % act.recordEvery === 0 || t === config.ticks - 1) {
        const snapshot: Snapshot = { tick: t, final: t === config.ticks - 1, ...world.snapshot(act.window) };
        if (snapshot.final || opts.keepSnapshots !== 'final') snapshots.push(snapshot);
        opts.onSnapshot?.(snapshot);
      }
      opts.onTick?.(t + 1, config.ticks);
    }
  } finally {
    cascades?.close();
  }
  return {
    config,
    snapshots,
    final: snapshots[snapshots.length - 1]!,
    ticks,
    attacks: attacks.map((a) => ({ id: a.def.id, targets: a.targets, accounts: a.accounts, spent: a.spent, costUnit: a.def.costUnit })),
    labels,
  };
}

/** Log the tick's pending posts and hand them over as arrays (author, showings, appeal factor). */
function takePosts(world: World, tick: number, showings: SimulateOptions['showings']): TickPosts {
  const count = world.pendingPosts.length;
  const authors = new Uint32Array(count);
  const shows = new Uint32Array(count);
  const appeal = new Float64Array(count);
  for (let i = 0; i < count; i++) {
    const author = world.pendingPosts[i]!;
    world.posts.push(tick, author);
    world.stats.posts++;
    authors[i] = author;
    const k = showings ? showings(author, tick) : 1;
    if (!Number.isInteger(k) || k < 0)
      throw new ParameterError('showings', k, `an integer ≥ 0 (feed showings of a post by ${author} at tick ${tick})`);
    shows[i] = k;
    appeal[i] = world.pendingAppeal.get(i) ?? 1;
  }
  world.pendingPosts.length = 0;
  world.pendingAppeal.clear();
  return { count, authors, shows, appeal };
}

function stepAttack(
  world: World,
  inst: AttackInstance,
  rng: import('../rng.js').Rng,
  tick: number,
  window: number,
  scorer: Scorer | undefined,
): void {
  const available = releasedBudget(inst.params as never, tick) - inst.spent;
  if (available <= 0 && tick > 0) return;
  const observe = () => world.observe(window);
  const ctx = { world, rng, tick, targets: inst.targets, accounts: inst.accounts, available, observe, ...(scorer ? { scorer } : {}) };
  const spent = inst.def.step(ctx, inst.params as never, inst.state);
  inst.spent += spent;
  world.stats.gamingCost += spent;
}

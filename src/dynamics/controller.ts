/**
 * The dynamics controller: plugged into the engine through `simulate(config, { beforeApply, showings })`,
 * it runs the deployed score, its rewards and the agents' adaptation once per tick, after people
 * and attacks have decided and before cascades apply:
 *
 *   tick t ≥ deployTick:
 *     1. settle farmed follows (drop the unreturned ones)
 *     2. every `scoreEvery` ticks: observe, score with the deployed scorer, (detect,) publish leaderboard
 *     3. every gaming agent acts through WorldActions and pays units × price
 *     4. rewards: perk per paying place; the visibility boost acts later, in the apply phase, through
 *        the engine's `showings` hook (paying accounts' posts are shown 1 + boost times)
 *     5. payoffs: π ← (1 − α) π + α (reward − cost)
 *     6. imitation: one synchronous Fermi revision round (imitation.ts)
 *     7. record counters; at the engine's snapshot ticks, keep a copy of the strategies
 *
 * Streams (children of the run's seed): `dynamics` (hidden propensities, initial strategies),
 * `dynamics:strategies` (what gamers do), `dynamics:boost`, `dynamics:imitation`.
 * Reference: Szabó & Tőke 1998 (imitation); Goodhart 1975.
 */
import type { RunConfig } from '../engine/config.js';
import type { World } from '../engine/world.js';
import { Role } from '../model/roles.js';
import { SeedTree, type Rng } from '../rng.js';
import { streams } from '../streams.js';
import { reviseStrategies } from './imitation.js';
import type { ResolvedDynamics } from './params.js';
import { computeLeaderboard, payingPlaces, type Leaderboard } from './platform.js';
import { ORGANIC, POD, STRATEGIES, settleFarms, type FarmLedger, type StrategyContext } from './strategies.js';

/** Counters of one tick (reward units unless stated). */
export interface DynamicsTick {
  readonly tick: number;
  /** Id of the scorer deployed at this tick. */
  readonly scorer: string;
  /** Adapting agents (honest people and gamers). */
  readonly adaptive: number;
  /** Adapting agents holding a gaming strategy. */
  readonly gaming: number;
  /** Agents holding each strategy, by code. */
  readonly byStrategy: readonly number[];
  /** Cost paid for gaming this tick. */
  readonly cost: number;
  /** Perks paid this tick. */
  readonly perks: number;
  /** Accounts flagged by the detector at the last recomputation (0 without penalty). */
  readonly flagged: number;
  /** Strategy switches in this tick's revision round. */
  readonly switches: number;
}

/** Runs the deployed score and the adaptation; read its fields after the simulation. */
export class DynamicsController {
  /** Agents able to adapt (real base accounts whose role is honest or gamer). */
  adaptive = new Uint8Array(0);
  adaptiveCount = 0;
  /** Current strategy code per account. */
  strategy = new Uint8Array(0);
  /** Hidden imitation propensity per account, in [0, 1]. */
  propensity = new Float64Array(0);
  /** Running payoff per account. */
  payoff = new Float64Array(0);
  /** 1 for accounts that held a gaming strategy at some tick so far. */
  everGamed = new Uint8Array(0);
  /** Per-tick counters. */
  readonly ticks: DynamicsTick[] = [];
  /** Strategies at each tick the engine snapshots (copies). */
  readonly strategyAt = new Map<number, Uint8Array>();
  /** The latest published leaderboard (null before deployment). */
  leaderboard: Leaderboard | null = null;
  /** Cumulative cost paid for gaming and perks paid, in reward units. */
  costTotal = 0;
  perksTotal = 0;
  /** Cumulative units used per strategy code. */
  readonly unitsTotal: number[] = STRATEGIES.map(() => 0);

  private readonly seeds: SeedTree;
  private readonly traitRng: Rng;
  private readonly actRng: Rng;
  private readonly boostRng: Rng;
  private readonly imitationRng: Rng;
  private next = new Uint8Array(0);
  private ring: Float64Array[] = [];
  private bots = new Uint32Array(0);
  private choices = new Uint8Array(0);
  private readonly farm: FarmLedger = { pending: [] };
  private cost = new Float64Array(0);
  private reward = new Float64Array(0);
  private paid = new Uint8Array(0);

  constructor(
    readonly config: RunConfig,
    readonly dyn: ResolvedDynamics,
  ) {
    this.seeds = new SeedTree(config.seed);
    this.traitRng = this.seeds.stream(streams.dynamics);
    this.actRng = this.seeds.stream(streams.dynamicsStrategies);
    this.boostRng = this.seeds.stream(streams.dynamicsBoost);
    this.imitationRng = this.seeds.stream(streams.dynamicsImitation);
  }

  /** Id of the scorer deployed at `tick` (the first of the rotation before deployment). */
  deployedAt(tick: number): string {
    const { params, deployed } = this.dyn;
    if (params.formula !== 'rotating' || tick < params.deployTick) return deployed[0]!.id;
    return deployed[Math.floor((tick - params.deployTick) / params.rotateEvery) % deployed.length]!.id;
  }

  /** The engine hook: pass as `simulate(config, { beforeApply: c.hook, showings: c.showings })`. */
  readonly hook = (world: World, tick: number): void => {
    if (this.strategy.length === 0) this.init(world);
    const p = this.dyn.params;
    let cost = 0;
    let perks = 0;
    let switches = 0;
    if (tick >= p.deployTick) {
      if (tick === p.deployTick) this.seedGamers(world);
      // 1–2. Settle farms; recompute the public score.
      settleFarms(world, this.farm, tick);
      if ((tick - p.deployTick) % p.scoreEvery === 0) {
        const scorer = this.dyn.deployed.find((s) => s.id === this.deployedAt(tick))!;
        const obs = world.snapshot(this.config.activity.window).observation;
        this.leaderboard = computeLeaderboard(obs, scorer, payingPlaces(world.base, p.topShare), p.penalty);
      }
      // 3. Gaming agents act.
      cost = this.act(world, tick);
      // 4. Rewards.
      if (p.rewards) perks = this.payRewards();
      else {
        this.reward.fill(0);
        this.paid.fill(0);
        perks = 0;
      }
      // 5. Payoffs.
      const a = p.memory;
      for (let i = 0; i < world.base; i++) this.payoff[i] = (1 - a) * this.payoff[i]! + a * (this.reward[i]! - this.cost[i]!);
    }
    this.costTotal += cost;
    this.perksTotal += perks;
    // 7 (before 6, so records show the strategies that acted this tick).
    const counts = this.count(world, tick);
    // 6. Imitation.
    if (tick >= p.deployTick) switches = this.revise(world, tick);
    this.ticks.push({ tick, scorer: this.deployedAt(tick), adaptive: this.adaptiveCount, ...counts, cost, perks, switches });
  };

  private init(world: World): void {
    const n = world.n;
    const base = world.base;
    this.strategy = new Uint8Array(n);
    this.next = new Uint8Array(n);
    this.adaptive = new Uint8Array(n);
    this.propensity = new Float64Array(n);
    this.payoff = new Float64Array(n);
    this.everGamed = new Uint8Array(n);
    this.cost = new Float64Array(n);
    this.reward = new Float64Array(n);
    this.paid = new Uint8Array(n);
    const p = this.dyn.params;
    const a = p.propensityMean * p.propensityConcentration;
    const b = (1 - p.propensityMean) * p.propensityConcentration;
    for (let i = 0; i < base; i++) {
      const pr = this.traitRng.beta(a, b); // drawn for everyone so adding a role never shifts the stream
      const r = world.a.role[i]!;
      if (world.a.real[i] && (r === Role.honest || r === Role.gamer)) {
        this.adaptive[i] = 1;
        this.adaptiveCount++;
        this.propensity[i] = pr;
      }
    }
    const bots: number[] = [];
    for (let i = base; i < n; i++) if (world.a.role[i] === Role.bot) bots.push(i);
    this.bots = Uint32Array.from(bots);
    const offered = this.dyn.strategies.filter((s) => !s.needsBots || bots.length > 0).map((s) => s.code);
    this.choices = Uint8Array.from([ORGANIC, ...offered]);
    const lags = p.formula === 'public' ? 0 : p.signalLag;
    this.ring = Array.from({ length: lags + 1 }, () => new Float64Array(n));
  }

  /** Gamers (role) start with a random offered gaming strategy when the score is deployed. */
  private seedGamers(world: World): void {
    const gaming = this.choices.subarray(1);
    if (gaming.length === 0) return;
    for (let i = 0; i < world.base; i++) {
      if (this.adaptive[i] && world.a.role[i] === Role.gamer) this.strategy[i] = gaming[this.traitRng.int(gaming.length)]!;
    }
  }

  private act(world: World, tick: number): number {
    const pod: number[] = [];
    for (let i = 0; i < world.base; i++) if (this.strategy[i] === POD) pod.push(i);
    const ctx: StrategyContext = {
      world,
      rng: this.actRng,
      tick,
      bots: this.bots,
      pod: Uint32Array.from(pod),
      podSize: pod.length,
      farm: this.farm,
    };
    const scale = this.dyn.params.costScale;
    let total = 0;
    this.cost.fill(0);
    for (let i = 0; i < world.base; i++) {
      const s = this.strategy[i]!;
      if (s === ORGANIC) continue;
      const def = STRATEGIES[s]!;
      const units = def.act(ctx, i);
      this.unitsTotal[s]! += units;
      const c = units * def.price * scale;
      this.cost[i] = c;
      total += c;
    }
    return total;
  }

  private payRewards(): number {
    const p = this.dyn.params;
    this.reward.fill(0);
    this.paid.fill(0);
    const lb = this.leaderboard;
    if (!lb) return 0;
    for (const v of lb.paying) {
      this.reward[v] = p.perk;
      this.paid[v] = 1;
    }
    return lb.paying.length * p.perk;
  }

  /**
   * The engine's `showings` hook: a paying account's posts are shown 1 + boost times (a fractional
   * boost adds one more showing by chance); everyone else's once.
   */
  readonly showings = (author: number): number => {
    const p = this.dyn.params;
    if (!p.rewards || p.boost === 0 || !this.paid[author]) return 1;
    const whole = Math.floor(p.boost);
    const frac = p.boost - whole;
    return 1 + whole + (frac > 0 && this.boostRng.next() < frac ? 1 : 0);
  };

  private revise(world: World, tick: number): number {
    const p = this.dyn.params;
    const lagged = this.ring.length > 1;
    this.ring[tick % this.ring.length]!.set(this.payoff);
    const observed = lagged ? this.ring[(tick + 1) % this.ring.length]! : this.payoff; // oldest = tick − lag
    const noisy = p.formula !== 'public';
    const changed = reviseStrategies(
      {
        base: world.base,
        strategy: this.strategy,
        next: this.next,
        adaptive: this.adaptive,
        propensity: this.propensity,
        payoff: this.payoff,
        observed,
        followees: world.graph.out,
        leaderboard: this.leaderboard?.paying ?? new Uint32Array(0),
        choices: this.choices,
      },
      {
        reviseRate: p.reviseRate,
        temperature: p.temperature,
        mutation: p.mutation,
        leaderboardShare: p.leaderboardShare,
        signalNoise: noisy ? p.signalNoise : 0,
        confusion: p.formula === 'hidden' ? p.confusion : 0,
      },
      this.imitationRng,
    );
    [this.strategy, this.next] = [this.next, this.strategy];
    return changed;
  }

  private count(world: World, tick: number): { gaming: number; byStrategy: number[]; flagged: number } {
    const byStrategy = STRATEGIES.map(() => 0);
    let gaming = 0;
    for (let i = 0; i < world.base; i++) {
      if (!this.adaptive[i]) continue;
      byStrategy[this.strategy[i]!]!++;
      if (this.strategy[i] !== ORGANIC) {
        gaming++;
        this.everGamed[i] = 1;
      }
    }
    const flags = this.leaderboard?.flags;
    let flagged = 0;
    if (flags) for (let i = 0; i < world.base; i++) if (flags[i]) flagged++;
    const every = this.config.activity.recordEvery;
    if ((tick + 1) % every === 0 || tick === this.config.ticks - 1) this.strategyAt.set(tick, this.strategy.slice());
    return { gaming, byStrategy, flagged };
  }
}

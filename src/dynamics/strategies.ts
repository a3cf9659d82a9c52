/**
 * The strategies an adapting agent can hold: organic (no gaming) and five gaming strategies, each
 * a compact per-agent version of an attack in src/attacks, acting through the
 * same public WorldActions (follow, unfollow, react, post) and paying a price per unit.
 *
 *   bought-followers  bots from the follower market follow the agent      (Stringhini et al. 2013)
 *   engagement-bots   market bots like / reshare / reply to the agent      (Stringhini et al. 2013)
 *   follow-farming    follow likely follow-backers, drop the non-returners (Ghosh et al. 2012)
 *   engagement-pod    members react to each other's posts                  (O'Meara 2019, "Weapons of the chic")
 *   volume-spam       extra low-effort posts                               (Rao et al. 2015; src/attacks/volume-spam.ts)
 *
 * Gaming never creates real ties: bought and farmed follows have tie 0, reactions move nobody.
 * Codes are the index in {@link STRATEGIES}; 0 is organic. Rates and prices are per tick and per
 * unit; the price is in reward units (a paying leaderboard place earns `perk` = 1 per tick).
 */
import { UnknownNameError } from '../errors.js';
import type { WorldActions } from '../attacks/world-actions.js';
import type { ReactionKind } from '../model/observation.js';
import type { Rng } from '../rng.js';

/** Pending farmed follows awaiting a return: flat [agent, account, tick] triples. */
export interface FarmLedger {
  pending: number[];
}

/** What a strategy sees and can do for one agent in one tick. */
export interface StrategyContext {
  readonly world: WorldActions;
  /** The dynamics' strategy stream (`dynamics:strategies`). */
  readonly rng: Rng;
  readonly tick: number;
  /** Bot accounts of the follower market (ids ≥ base); empty when the world has none. */
  readonly bots: Uint32Array;
  /** Current engagement-pod members (the first `podSize` entries are valid). */
  readonly pod: Uint32Array;
  readonly podSize: number;
  readonly farm: FarmLedger;
}

/** One strategy. */
export interface StrategyDef {
  readonly id: string;
  /** Index in {@link STRATEGIES}; 0 = organic. */
  readonly code: number;
  readonly description: string;
  /** What one unit is, e.g. `followers bought`. */
  readonly costUnit: string;
  /** Units bought per tick by one adopter (≥ 0). */
  readonly rate: number;
  /** Price per unit in reward units (before `costScale`). */
  readonly price: number;
  /** True when the strategy needs market bots (does nothing in a world without bots). */
  readonly needsBots: boolean;
  readonly source: string;
  /** Act for `agent` this tick; returns the units actually used (≤ rate). */
  act(ctx: StrategyContext, agent: number): number;
}

/** Grace period, in ticks, before a farmer drops a follow that was not returned. */
export const FARM_GRACE_TICKS = 3;
/** Random accounts a farmer inspects per follow, keeping the most follow-back-looking one. */
export const FARM_PROBES = 4;

const BOT_MIX: readonly [number, ReactionKind][] = [
  [0.5, 'like'],
  [0.8, 'reshare'],
  [1, 'reply'],
];
const POD_MIX: readonly [number, ReactionKind][] = [
  [0.4, 'like'],
  [0.8, 'reshare'],
  [1, 'reply'],
];

function pickKind(rng: Rng, mix: readonly [number, ReactionKind][]): ReactionKind {
  const u = rng.next();
  for (const [c, k] of mix) if (u < c) return k;
  return mix[mix.length - 1]![1];
}

const organic: StrategyDef = {
  id: 'organic',
  code: 0,
  description: 'post and react as one is moved; no gaming',
  costUnit: 'none',
  rate: 0,
  price: 0,
  needsBots: false,
  source: 'the honest baseline',
  act: () => 0,
};

const boughtFollowers: StrategyDef = {
  id: 'bought-followers',
  code: 1,
  description: 'buy followers: market bots follow the agent',
  costUnit: 'followers bought',
  rate: 4,
  price: 0.03,
  needsBots: true,
  source: 'Stringhini et al. 2013, IMC (follower markets); src/attacks/bought-followers.ts',
  act(ctx, agent) {
    if (ctx.bots.length === 0) return 0;
    let used = 0;
    for (let k = 0; k < this.rate; k++) {
      for (let tries = 0; tries < 4; tries++) {
        if (ctx.world.follow(ctx.rng.pick(ctx.bots), agent, 'bought')) {
          used++;
          break;
        }
      }
    }
    return used;
  },
};

const engagementBots: StrategyDef = {
  id: 'engagement-bots',
  code: 2,
  description: 'rent engagement: market bots like, reshare and reply to the agent',
  costUnit: 'bot reactions',
  rate: 3,
  price: 0.05,
  needsBots: true,
  source: 'Stringhini et al. 2013; Ferrara et al. 2016, CACM (engaging bots)',
  act(ctx, agent) {
    if (ctx.bots.length === 0) return 0;
    for (let k = 0; k < this.rate; k++) ctx.world.react(ctx.rng.pick(ctx.bots), agent, pickKind(ctx.rng, BOT_MIX));
    return this.rate;
  },
};

const followFarming: StrategyDef = {
  id: 'follow-farming',
  code: 3,
  description: 'follow accounts that look like follow-backers; unfollow those who do not return it',
  costUnit: 'follows made',
  rate: 8,
  price: 0.015,
  needsBots: false,
  source: 'Ghosh et al. 2012, WWW; src/attacks/follow-farming.ts',
  act(ctx, agent) {
    const { world, rng } = ctx;
    let used = 0;
    for (let k = 0; k < this.rate; k++) {
      let best = -1;
      let pick = -1;
      for (let q = 0; q < FARM_PROBES; q++) {
        const c = rng.int(world.base);
        const fo = world.followerCount(c);
        const fi = world.followingCount(c);
        const score = Math.min(fo, fi) / (1 + Math.abs(fo - fi));
        if (score > best) {
          best = score;
          pick = c;
        }
      }
      used++;
      if (pick !== agent && world.follow(agent, pick, 'farmed')) ctx.farm.pending.push(agent, pick, ctx.tick);
    }
    return used;
  },
};

const engagementPod: StrategyDef = {
  id: 'engagement-pod',
  code: 4,
  description: 'join the engagement pod: react to other members, who react back',
  costUnit: 'pod reactions given',
  rate: 3,
  price: 0.04,
  needsBots: false,
  source: "O'Meara 2019, Social Media + Society (Instagram engagement pods)",
  act(ctx, agent) {
    if (ctx.podSize < 2) return 0;
    let used = 0;
    for (let k = 0; k < this.rate; k++) {
      const other = ctx.pod[ctx.rng.int(ctx.podSize)]!;
      if (other === agent) continue;
      ctx.world.react(agent, other, pickKind(ctx.rng, POD_MIX));
      used++;
    }
    return used;
  },
};

const volumeSpam: StrategyDef = {
  id: 'volume-spam',
  code: 5,
  description: 'post many low-effort messages to inflate activity',
  costUnit: 'extra posts',
  rate: 4,
  price: 0.03,
  needsBots: false,
  source: 'Rao et al. 2015, IEEE Big Data; Cha et al. 2010, ICWSM (volume spam)',
  act(ctx, agent) {
    for (let k = 0; k < this.rate; k++) ctx.world.post(agent);
    return this.rate;
  },
};

/** Every strategy; the index is the code stored per agent. */
export const STRATEGIES: readonly StrategyDef[] = [organic, boughtFollowers, engagementBots, followFarming, engagementPod, volumeSpam];

/** The organic strategy's code. */
export const ORGANIC = 0;
/** The engagement pod's code (members are looked up by it). */
export const POD = engagementPod.code;

/** Look up a gaming strategy by id (organic is always available and not listed). */
export function getStrategy(id: string): StrategyDef {
  const s = STRATEGIES.find((x) => x.id === id && x.code !== ORGANIC);
  if (!s)
    throw new UnknownNameError(
      'strategy',
      id,
      STRATEGIES.filter((x) => x.code !== ORGANIC).map((x) => x.id),
    );
  return s;
}

/**
 * Drop the farmed follows whose grace period is over and that were not returned (free of charge).
 * Keeps the rest pending.
 */
export function settleFarms(world: WorldActions, farm: FarmLedger, tick: number): void {
  const keep: number[] = [];
  const p = farm.pending;
  for (let i = 0; i < p.length; i += 3) {
    const g = p[i]!;
    const a = p[i + 1]!;
    const t = p[i + 2]!;
    if (tick - t < FARM_GRACE_TICKS) keep.push(g, a, t);
    else if (!world.follows(a, g)) world.unfollow(g, a);
  }
  farm.pending = keep;
}

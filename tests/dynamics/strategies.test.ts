/**
 * Every gaming strategy acts only through WorldActions (stepped on a facade exposing nothing
 * else, it leaves every hidden trait unchanged), uses at most its rate, creates no real tie, and
 * does what it says, checked by hand on a small built world.
 */
import { describe, expect, it } from 'vitest';
import {
  STRATEGIES,
  FARM_GRACE_TICKS,
  ORGANIC,
  POD,
  getStrategy,
  settleFarms,
  type StrategyContext,
} from '../../src/dynamics/strategies.js';
import { buildWorld } from '../../src/engine/build-world.js';
import { resolveRunConfig } from '../../src/engine/config.js';
import type { World } from '../../src/engine/world.js';
import type { WorldActions } from '../../src/attacks/world-actions.js';
import { UnknownNameError } from '../../src/errors.js';
import { Role } from '../../src/model/roles.js';
import { Rng } from '../../src/rng.js';
import { goodhartDecay } from '../../src/scenarios/goodhart-decay.js';

function facade(w: World): WorldActions {
  return {
    get n() {
      return w.n;
    },
    get base() {
      return w.base;
    },
    get tick() {
      return w.tick;
    },
    followerCount: (v) => w.followerCount(v),
    followingCount: (u) => w.followingCount(u),
    follows: (u, v) => w.follows(u, v),
    followeesOf: (u) => w.followeesOf(u),
    follow: (u, v, k) => w.follow(u, v, k),
    unfollow: (u, v) => w.unfollow(u, v),
    react: (a, t, k) => w.react(a, t, k),
    post: (a) => w.post(a),
    followersOf: (v) => w.followersOf(v),
    postsThisTick: (a) => w.postsThisTick(a),
    solicit: (a, t, k) => w.solicit(a, t, k),
    paidPost: (a) => w.paidPost(a),
  };
}

function setup(seed = 3) {
  const { world } = buildWorld(resolveRunConfig(goodhartDecay, { seed, agents: 120, ticks: 10 }));
  const bots = Uint32Array.from({ length: world.n - world.base }, (_, i) => world.base + i).filter((i) => world.a.role[i] === Role.bot);
  const people = Array.from({ length: world.base }, (_, i) => i).filter((i) => world.a.role[i] === Role.honest);
  return { world, bots, people };
}

function tieOf(w: World, u: number, v: number): number {
  const o = w.graph.out;
  for (let s = o.start[u]!; s < o.start[u]! + o.len[u]!; s++) if (o.neighbour(s) === v) return o.tieAt(s);
  return NaN;
}

const HIDDEN = ['role', 'real', 'appeal', 'susceptibility', 'visibility', 'activity', 'followBack', 'community'] as const;

describe.each(STRATEGIES.filter((s) => s.code !== ORGANIC).map((s) => [s.id, s] as const))('strategy %s', (_id, def) => {
  it('acts only through WorldActions, within its rate, leaving hidden traits unchanged', () => {
    const { world, bots, people } = setup();
    const before = HIDDEN.map((k) => Array.from(world.a[k]));
    const pod = Uint32Array.from(people.slice(0, 5));
    const ctx: StrategyContext = {
      world: facade(world),
      rng: new Rng('strategy-contract'),
      tick: 0,
      bots,
      pod,
      podSize: pod.length,
      farm: { pending: [] },
    };
    for (let t = 0; t < 4; t++) {
      world.beginTick(t);
      const used = def.act({ ...ctx, tick: t }, people[0]!);
      expect(used).toBeGreaterThanOrEqual(0);
      expect(used).toBeLessThanOrEqual(def.rate);
    }
    expect(HIDDEN.map((k) => Array.from(world.a[k]))).toEqual(before);
  });
});

describe('what each strategy does (hand checks)', () => {
  it('bought-followers: bots follow the agent with tie 0', () => {
    const { world, bots, people } = setup();
    const me = people[0]!;
    const before = world.followerCount(me);
    const used = getStrategy('bought-followers').act(
      { world, rng: new Rng('b'), tick: 0, bots, pod: new Uint32Array(0), podSize: 0, farm: { pending: [] } },
      me,
    );
    expect(used).toBe(4);
    expect(world.followerCount(me)).toBe(before + 4);
    const newFollowers = Array.from(world.followersOf(me)).filter((u) => u >= world.base);
    expect(newFollowers).toHaveLength(4);
    for (const b of newFollowers) expect(tieOf(world, b, me)).toBe(0);
  });

  it('engagement-bots: bot reactions to the agent, logged publicly', () => {
    const { world, bots, people } = setup();
    const me = people[1]!;
    const e0 = world.events.length;
    getStrategy('engagement-bots').act(
      { world, rng: new Rng('e'), tick: 0, bots, pod: new Uint32Array(0), podSize: 0, farm: { pending: [] } },
      me,
    );
    const ev = world.events.view();
    expect(ev.length - e0).toBe(3);
    for (let i = e0; i < ev.length; i++) {
      expect(ev.target[i]).toBe(me);
      expect(ev.actor[i]).toBeGreaterThanOrEqual(world.base);
    }
  });

  it('bot strategies do nothing in a world without bots', () => {
    const { world, people } = setup();
    const ctx = { world, rng: new Rng('x'), tick: 0, bots: new Uint32Array(0), pod: new Uint32Array(0), podSize: 0, farm: { pending: [] } };
    expect(getStrategy('bought-followers').act(ctx, people[0]!)).toBe(0);
    expect(getStrategy('engagement-bots').act(ctx, people[0]!)).toBe(0);
  });

  it('follow-farming: farmed follows have tie 0; unreturned ones are dropped after the grace period', () => {
    const { world, bots, people } = setup();
    const me = people[2]!;
    const farm = { pending: [] as number[] };
    world.beginTick(0);
    getStrategy('follow-farming').act({ world, rng: new Rng('f'), tick: 0, bots, pod: new Uint32Array(0), podSize: 0, farm }, me);
    const made = farm.pending.filter((_, i) => i % 3 === 1);
    expect(made.length).toBeGreaterThan(0);
    for (const a of made) expect(tieOf(world, me, a)).toBe(0);
    settleFarms(world, farm, FARM_GRACE_TICKS - 1);
    expect(farm.pending.length).toBe(made.length * 3); // still within grace
    settleFarms(world, farm, FARM_GRACE_TICKS);
    expect(farm.pending).toEqual([]);
    for (const a of made) expect(world.follows(me, a)).toBe(world.follows(a, me)); // kept exactly the returned ones
  });

  it('engagement-pod: reacts only to other pod members; alone, does nothing', () => {
    const { world, bots, people } = setup();
    const pod = Uint32Array.from(people.slice(0, 4));
    const e0 = world.events.length;
    const used = getStrategy('engagement-pod').act(
      { world, rng: new Rng('p'), tick: 0, bots, pod, podSize: 4, farm: { pending: [] } },
      pod[0]!,
    );
    const ev = world.events.view();
    expect(ev.length - e0).toBe(used);
    for (let i = e0; i < ev.length; i++) {
      expect(ev.actor[i]).toBe(pod[0]);
      expect(Array.from(pod.subarray(1))).toContain(ev.target[i]);
    }
    expect(
      getStrategy('engagement-pod').act({ world, rng: new Rng('p'), tick: 0, bots, pod, podSize: 1, farm: { pending: [] } }, pod[0]!),
    ).toBe(0);
    expect(POD).toBe(getStrategy('engagement-pod').code);
  });

  it('volume-spam: queues its extra posts', () => {
    const { world, bots, people } = setup();
    const me = people[3]!;
    const before = world.postsThisTick(me);
    getStrategy('volume-spam').act(
      { world, rng: new Rng('s'), tick: 0, bots, pod: new Uint32Array(0), podSize: 0, farm: { pending: [] } },
      me,
    );
    expect(world.postsThisTick(me)).toBe(before + 4);
  });

  it('organic is not a gaming strategy to look up; unknown ids throw UnknownNameError', () => {
    expect(() => getStrategy('organic')).toThrow(UnknownNameError);
    expect(() => getStrategy('bribery')).toThrow(UnknownNameError);
    expect(STRATEGIES.map((s) => s.code)).toEqual(STRATEGIES.map((_, i) => i));
  });
});

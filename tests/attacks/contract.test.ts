/**
 * The contract every registered attack keeps, run over ATTACKS (a new attack is covered the
 * moment it is registered): it never spends more than the budget released so far, it is
 * deterministic for a seed, it makes no self-follow, and it acts only through WorldActions —
 * stepped on a facade that exposes nothing else, it leaves every hidden array unchanged. It
 * describes itself (kebab-case id, description, cost unit, source, whether the adaptive attacker
 * may play it), and the adaptive attacker rehearses every attack that allows it, in registry order.
 */
import { describe, expect, it } from 'vitest';
import { ATTACKS, adaptive } from '../../src/attacks/registry.js';
import { releasedBudget } from '../../src/attacks/attack.js';
import { buildWorld } from '../../src/engine/build-world.js';
import { simulate } from '../../src/engine/simulate.js';
import type { WorldActions } from '../../src/attacks/world-actions.js';
import { SeedTree } from '../../src/rng.js';
import { attackConfig } from './worlds.js';

/** The WorldActions members: reads and actions an attack may use. */
const ACTION_KEYS = [
  'n',
  'base',
  'tick',
  'followerCount',
  'followingCount',
  'follows',
  'followeesOf',
  'follow',
  'unfollow',
  'react',
  'post',
  'followersOf',
  'postsThisTick',
  'solicit',
  'paidPost',
] as const;

describe.each(ATTACKS.map((a) => [a.id, a] as const))('attack %s', (id, def) => {
  const params = { budget: 90, targets: 3, rampTicks: 6 };

  it('describes itself: kebab-case id, one-line description, cost unit, source, adaptive eligibility', () => {
    expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(def.description.length).toBeGreaterThan(10);
    expect(def.description).not.toContain('\n');
    expect(def.costUnit.length).toBeGreaterThan(2);
    expect(def.source.length).toBeGreaterThan(3);
    expect(typeof def.adaptiveStrategy).toBe('boolean');
    for (const spec of Object.values(def.params)) expect(spec.default).toBeDefined();
  });

  it('spends at most the budget released so far, tick by tick', () => {
    const r = simulate(attackConfig(id, 11, params));
    let cum = 0;
    for (const t of r.ticks) {
      cum += t.gamingCost;
      expect(cum).toBeLessThanOrEqual(releasedBudget({ ...params, startTick: 0 }, t.tick) + 1e-9);
    }
    expect(r.attacks[0]!.spent).toBe(cum);
    expect(cum).toBeLessThanOrEqual(params.budget);
  });

  it('is deterministic for a seed and makes no self-follow', () => {
    const a = simulate(attackConfig(id, 12, params));
    const b = simulate(attackConfig(id, 12, params));
    const [oa, ob] = [a.final.observation, b.final.observation];
    expect(Array.from(oa.follows.following.targets)).toEqual(Array.from(ob.follows.following.targets));
    expect(Array.from(oa.events.actor)).toEqual(Array.from(ob.events.actor));
    expect(Array.from(oa.events.kind)).toEqual(Array.from(ob.events.kind));
    expect(Array.from(oa.posts)).toEqual(Array.from(ob.posts));
    expect(a.attacks[0]!.spent).toBe(b.attacks[0]!.spent);
    const { offsets, targets } = oa.follows.following;
    for (let u = 0; u < oa.n; u++) for (let e = offsets[u]!; e < offsets[u + 1]!; e++) expect(targets[e]).not.toBe(u);
  });

  it('acts only through WorldActions and leaves the hidden arrays untouched', () => {
    const built = buildWorld(attackConfig(id, 13, params));
    const { world } = built;
    const inst = built.attacks[0]!;
    const before = Object.fromEntries(Object.entries(world.a).map(([k, v]) => [k, Array.from(v as ArrayLike<number>)]));
    const facade = Object.freeze(
      Object.fromEntries(
        ACTION_KEYS.map((k) => {
          const v = (world as unknown as Record<string, unknown>)[k];
          return [k, typeof v === 'function' ? (v as (...x: unknown[]) => unknown).bind(world) : v];
        }),
      ),
    ) as unknown as WorldActions;
    const rng = new SeedTree(13).stream('contract');
    let spent = 0;
    for (let t = 0; t < 4; t++) {
      world.beginTick(t);
      const available = releasedBudget(inst.params as never, t) - spent;
      spent += inst.def.step(
        {
          world: Object.freeze({ ...facade, tick: t }),
          rng,
          tick: t,
          targets: inst.targets,
          accounts: inst.accounts,
          available,
          observe: () => world.observe(30),
        },
        inst.params as never,
        inst.state,
      );
      world.pendingPosts.length = 0;
      world.pendingAppeal.clear();
    }
    expect(spent).toBeGreaterThan(0);
    for (const [k, v] of Object.entries(world.a)) expect(Array.from(v as ArrayLike<number>), k).toEqual(before[k]);
  });
});

describe('the adaptive attacker', () => {
  const eligible = ATTACKS.filter((a) => a.adaptiveStrategy).map((a) => a.id);

  it('is registered, is not one of its own strategies, and has some', () => {
    expect(ATTACKS).toContain(adaptive);
    expect(adaptive.adaptiveStrategy).toBe(false);
    expect(eligible.length).toBeGreaterThan(1);
  });

  it('chooses among every registered attack that allows it, in registry order', () => {
    expect(adaptive.strategyIds()).toEqual(eligible);
  });

  it('rehearses every one of them when it plans, and can afford the largest fleet any needs', () => {
    const p = { budget: 90, targets: 3, rampTicks: 6 };
    const built = buildWorld(attackConfig('adaptive', 14, p));
    const { world } = built;
    const inst = built.attacks[0]!;
    world.beginTick(0);
    inst.def.step(
      {
        world,
        rng: new SeedTree(14).stream('contract'),
        tick: 0,
        targets: inst.targets,
        accounts: inst.accounts,
        available: releasedBudget(inst.params as never, 0),
        observe: () => world.observe(30),
      },
      inst.params as never,
      inst.state,
    );
    expect((inst.state as { projected?: number[] }).projected).toHaveLength(eligible.length);
    for (const id of eligible) {
      const fixed = ATTACKS.find((a) => a.id === id)!;
      const fleet = fixed.accounts({
        ...Object.fromEntries(Object.entries(fixed.params).map(([k, s]) => [k, s.default])),
        ...p,
        startTick: 0,
        bots: inst.params.bots,
        sybils: inst.params.sybils,
      } as never).count;
      expect(inst.accounts.length, id).toBeGreaterThanOrEqual(fleet);
    }
  });
});

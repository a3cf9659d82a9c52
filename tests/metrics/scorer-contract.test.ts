/**
 * The scorer contract, written once and run over EVERY registered scorer (plus a formula scorer
 * and a log-normal Klout variant): a new scorer is covered the moment it is registered.
 *   1. metadata; finite scores of length n (random worlds, an activity-free graph, a single agent);
 *   2. same input, same output, and the input is not mutated;
 *   3. relabelling the agents permutes the scores the same way (property over seeds, fast-check);
 *   4. it cannot read hidden fields: run-time, through a Proxy that throws on any property the
 *      Observation does not declare and records every value read, checked against the hidden
 *      layer of a simulated world; type-level, the Observation type has no hidden key.
 */
import fc from 'fast-check';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { resolveRunConfig } from '../../src/engine/config.js';
import { simulate } from '../../src/engine/simulate.js';
import { formulaScorer } from '../../src/metrics/formula.js';
import { makeKloutLike } from '../../src/metrics/klout-like.js';
import { SCORERS } from '../../src/metrics/registry.js';
import type { Scorer } from '../../src/metrics/scorer.js';
import { followGraphFromEdges } from '../../src/model/follow-graph.js';
import type { HiddenLayer } from '../../src/model/hidden.js';
import type { Observation } from '../../src/model/observation.js';
import { buildObservation } from '../../src/model/observe.js';
import { getScenario } from '../../src/scenarios/registry.js';
import { observe, randomPermutation, randomWorld } from './attention-worlds.js';

/** The keys the Observation type declares; the type test below keeps this list exact. */
const OBSERVATION_KEYS = [
  'n',
  'tick',
  'window',
  'follows',
  'followTick',
  'accounts',
  'posts',
  'received',
  'given',
  'interactions',
  'events',
  'postLog',
] as const;

const EXTRA: Scorer[] = [
  formulaScorer('10*log10(1 + followers) + 5*amplification + reach / (1 + given)'),
  { ...makeKloutLike('v1', { curve: 'lognormal' }), id: 'klout-like (lognormal curve)' },
];
const ALL = [...SCORERS, ...EXTRA];

const sameUpTo = (a: Float64Array, b: Float64Array, i: number, j: number) =>
  Math.abs(a[i]! - b[j]!) <= 1e-9 * Math.max(1, Math.abs(a[i]!), Math.abs(b[j]!));

/** Simulated world shared by the hidden-field checks (small: ~0.2 s). */
const simulated = simulate(resolveRunConfig(getScenario('attention-vs-influence'), { seed: 3, agents: 80, ticks: 15 })).final;

/** Every hidden-only array of a hidden layer (the follow graph is public and may be shared). */
function hiddenArrays(h: HiddenLayer): ArrayBufferView[] {
  return [h.role, h.real, h.appeal, h.susceptibility, h.visibility, h.activity, h.followBack, h.community, h.tie, h.moveProb];
}

/**
 * Wrap an Observation so reading any undeclared property throws, and every value read is
 * recorded. Plain objects are wrapped recursively (their own keys are their declared keys);
 * typed arrays are returned as they are.
 */
function guarded(obs: Observation, seen: Set<unknown>): Observation {
  const cache = new WeakMap<object, object>();
  const wrap = <T extends object>(target: T, path: string, allowed: ReadonlySet<string>): T => {
    const hit = cache.get(target);
    if (hit) return hit as T;
    const check = (prop: string | symbol) => {
      if (typeof prop === 'string' && !allowed.has(prop)) throw new Error(`scorer touched undeclared field ${path}.${prop}`);
    };
    const p = new Proxy(target, {
      get(t, prop) {
        check(prop);
        const v: unknown = Reflect.get(t, prop);
        if (typeof v === 'object') seen.add(v);
        if (typeof prop === 'string' && v !== null && typeof v === 'object' && !ArrayBuffer.isView(v))
          return wrap(v, `${path}.${prop}`, new Set(Object.keys(v)));
        return v;
      },
      has(t, prop) {
        check(prop);
        return Reflect.has(t, prop);
      },
      set() {
        throw new Error(`scorer wrote to ${path}`);
      },
    });
    cache.set(target, p);
    return p;
  };
  return wrap(obs, 'obs', new Set(OBSERVATION_KEYS));
}

describe('Observation type has no path to the hidden layer', () => {
  it('declares exactly the listed keys and none of the hidden ones', () => {
    expectTypeOf<(typeof OBSERVATION_KEYS)[number]>().toEqualTypeOf<keyof Observation>();
    type HasKey<K extends string> = K extends keyof Observation ? true : false;
    expectTypeOf<HasKey<'role'>>().toEqualTypeOf<false>();
    expectTypeOf<HasKey<'tie'>>().toEqualTypeOf<false>();
    expectTypeOf<HasKey<'moveProb'>>().toEqualTypeOf<false>();
    expectTypeOf<HasKey<'hidden'>>().toEqualTypeOf<false>();
    expect(Object.keys(simulated.observation).sort()).toEqual([...OBSERVATION_KEYS].sort());
  });
});

describe.each(ALL.map((s) => [s.id, s] as const))('scorer %s', (_id, scorer) => {
  it('has metadata', () => {
    expect(scorer.id).toMatch(/^[a-z0-9][^,\s]*/i);
    for (const k of ['version', 'description', 'source'] as const) expect(scorer[k].length).toBeGreaterThan(0);
    expect(['attention', 'graph', 'relational', 'formula', 'user']).toContain(scorer.family);
  });

  it('gives finite scores of length n (random worlds, activity-free graph, one agent)', () => {
    const worlds = [observe(randomWorld(1)), observe(randomWorld(2, 25, 0.3, 5)), simulated.observation];
    worlds.push(buildObservation({ follows: followGraphFromEdges(6, [0, 1, 2, 3, 4], [1, 2, 0, 0, 0]), tick: 0 }));
    worlds.push(buildObservation({ follows: followGraphFromEdges(1, [], []), tick: 0 }));
    for (const obs of worlds) {
      const s = scorer.score(obs);
      expect(s).toBeInstanceOf(Float64Array);
      expect(s.length).toBe(obs.n);
      expect(s.every(Number.isFinite)).toBe(true);
    }
  });

  it('same input, same output; the input is not mutated', () => {
    const obs = observe(randomWorld(4));
    const before = structuredClone(obs);
    const a = scorer.score(obs);
    const b = scorer.score(obs);
    expect(Array.from(b)).toEqual(Array.from(a));
    expect(obs).toEqual(before);
    expect(Array.from(scorer.score(observe(randomWorld(4))))).toEqual(Array.from(a)); // rebuilt from the same seed
  });

  it('relabelling the agents permutes the scores the same way', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000 }), (seed) => {
        const w = randomWorld(seed, 30 + (seed % 17));
        const perm = randomPermutation(seed + 1, w.n);
        const s = scorer.score(observe(w));
        const t = scorer.score(observe(w, perm));
        for (let i = 0; i < w.n; i++)
          if (!sameUpTo(s, t, i, perm[i]!)) throw new Error(`agent ${i} → ${perm[i]}: ${s[i]} vs ${t[perm[i]!]}`);
      }),
      { numRuns: 8, seed: 42 },
    );
  });

  it('reads only declared Observation fields and never a hidden-layer array', () => {
    const seen = new Set<unknown>();
    const plain = scorer.score(simulated.observation);
    const viaProxy = scorer.score(guarded(simulated.observation, seen));
    expect(Array.from(viaProxy)).toEqual(Array.from(plain));
    const hidden = hiddenArrays(simulated.hidden);
    const buffers = new Set(hidden.map((a) => a.buffer));
    for (const v of seen) {
      if (!ArrayBuffer.isView(v)) continue;
      expect(hidden.includes(v)).toBe(false);
      expect(buffers.has(v.buffer)).toBe(false);
    }
  });
});

describe('the guard itself', () => {
  it('throws on an undeclared field and records hidden arrays if one were reachable', () => {
    const seen = new Set<unknown>();
    const g = guarded(simulated.observation, seen) as unknown as Record<string, unknown>;
    expect(() => g.role).toThrow(/undeclared field obs.role/);
    expect(() => (g.accounts as Record<string, unknown>).real).toThrow(/obs.accounts.real/);
    expect(() => 'hidden' in g).toThrow();
    // A scorer that smuggled a hidden array in through a declared field would be caught:
    const leaky = { ...simulated.observation, posts: simulated.hidden.community } as unknown as Observation;
    const seen2 = new Set<unknown>();
    void guarded(leaky, seen2).posts;
    expect(seen2.has(simulated.hidden.community)).toBe(true);
  });
});

/**
 * Truth is hidden: the Observation type offers no path to the hidden layer, and at run time a
 * scorer-side function receives no hidden field.
 */
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { Observation } from '../../src/model/observation.js';
import type { HiddenLayer } from '../../src/model/hidden.js';
import { simulate } from '../../src/engine/simulate.js';
import { resolveRunConfig } from '../../src/engine/config.js';
import { getScenario } from '../../src/scenarios/registry.js';

/** Every key of T, recursively through plain object members (not through typed arrays). */
type DeepKeys<T> = T extends ArrayBufferView
  ? never
  : T extends object
    ? { [K in keyof T & string]: K | DeepKeys<T[K]> }[keyof T & string]
    : never;

const HIDDEN_ONLY = [
  'role',
  'real',
  'appeal',
  'susceptibility',
  'visibility',
  'activity',
  'followBack',
  'community',
  'tie',
  'moveProb',
  'influence',
  'hidden',
  'graph',
] as const;

describe('Observation / hidden-layer boundary', () => {
  it('type level: no key of the Observation, at any depth, names a hidden quantity', () => {
    type Hidden = (typeof HIDDEN_ONLY)[number];
    expectTypeOf<Extract<DeepKeys<Observation>, Hidden>>().toEqualTypeOf<never>();
    expectTypeOf<Observation>().not.toMatchTypeOf<{ hidden: unknown }>();
    expectTypeOf<Observation>().not.toMatchTypeOf<Pick<HiddenLayer, 'moveProb'>>();
    // Checked by the type checker (npm test runs tsc first); never called.
    const neverCalled = (o: Observation) => [
      // @ts-expect-error: an Observation has no role array
      o.role,
      // @ts-expect-error: nor tie strengths on its follow graph
      o.follows.tie,
      // @ts-expect-error: nor move probabilities anywhere
      o.moveProb,
    ];
    expect(typeof neverCalled).toBe('function');
  });

  it('run time: a scorer-side function sees only public fields, none sharing memory with the hidden layer', () => {
    const config = resolveRunConfig(getScenario('attention-vs-influence'), { seed: 2, agents: 300, ticks: 4 });
    const { final } = simulate(config);
    const { observation, hidden } = final;
    // Walk everything reachable from the Observation.
    const hiddenBuffers = new Set<ArrayBufferLike>();
    for (const k of [
      'role',
      'real',
      'appeal',
      'susceptibility',
      'visibility',
      'activity',
      'followBack',
      'community',
      'tie',
      'moveProb',
    ] as const)
      hiddenBuffers.add(hidden[k].buffer);
    const keys = new Set<string>();
    const seen = new Set<unknown>();
    const walk = (x: unknown, path: string) => {
      if (x === null || typeof x !== 'object' || seen.has(x)) return;
      seen.add(x);
      if (ArrayBuffer.isView(x)) {
        expect(hiddenBuffers.has(x.buffer), `${path} shares memory with the hidden layer`).toBe(false);
        return;
      }
      for (const [k, v] of Object.entries(x)) {
        keys.add(k);
        walk(v, `${path}.${k}`);
      }
    };
    walk(observation, 'obs');
    for (const k of HIDDEN_ONLY) expect(keys.has(k), `Observation exposes "${k}"`).toBe(false);
    // Values that exist only in the hidden layer (move probabilities) never appear as a public array.
    expect(keys).toContain('followers');
  });
});

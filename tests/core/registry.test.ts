/**
 * makeRegistry (src/registry.ts) and every plug-in registry built with it: ids unique and in the
 * project's id style, lookups by id, unknown ids refused naming the kind and the known ids.
 */
import { describe, expect, it } from 'vitest';
import { ModelError, UnknownNameError } from '../../src/errors.js';
import { makeRegistry, type Registry } from '../../src/registry.js';
import { AGENT_KIND_REGISTRY } from '../../src/agents/registry.js';
import { ATTACK_REGISTRY } from '../../src/attacks/registry.js';
import { MEASURE_REGISTRY } from '../../src/drift/registry.js';
import { SUITE_REGISTRY } from '../../src/gauntlet/suites/registry.js';
import { GENERATOR_REGISTRY } from '../../src/graph/generators/registry.js';
import { LESSON_REGISTRY } from '../../src/lessons/registry.js';
import { SCORER_REGISTRY } from '../../src/metrics/registry.js';
import { SCENARIO_REGISTRY } from '../../src/scenarios/registry.js';
import { TRUTH_MODEL_REGISTRY } from '../../src/truth/registry.js';

describe('makeRegistry', () => {
  const a = { id: 'alpha', n: 1 };
  const b = { id: 'beta', n: 2 };

  it('keeps registration order and looks items up by id', () => {
    const r = makeRegistry('widget', [b, a]);
    expect(r.kind).toBe('widget');
    expect(r.list).toEqual([b, a]);
    expect(r.ids).toEqual(['beta', 'alpha']);
    expect(r.get('alpha')).toBe(a);
    expect(r.has('beta')).toBe(true);
    expect(r.has('gamma')).toBe(false);
  });

  it('refuses a duplicate id when built, naming the kind and the id', () => {
    expect(() => makeRegistry('widget', [a, b, { id: 'alpha', n: 3 }])).toThrow(ModelError);
    expect(() => makeRegistry('widget', [a, b, { id: 'alpha', n: 3 }])).toThrow(/duplicate widget id "alpha"/);
  });

  it('throws UnknownNameError naming the kind, the value and every known id', () => {
    const r = makeRegistry('widget', [a, b]);
    expect(() => r.get('gamma')).toThrow(UnknownNameError);
    expect(() => r.get('gamma')).toThrow('invalid widget: "gamma" (allowed: one of alpha, beta)');
  });

  it('cannot be changed after it is built', () => {
    const items = [a];
    const r = makeRegistry('widget', items);
    items.push(b);
    expect(r.ids).toEqual(['alpha']);
    expect(() => (r.list as unknown as unknown[]).push(b)).toThrow(TypeError);
  });
});

/** Every registry of the project, with the id style its kind uses. */
const REGISTRIES: readonly [string, Registry<{ readonly id: string }>, RegExp][] = [
  ['agent kind', AGENT_KIND_REGISTRY, /^[a-z]+$/],
  ['attack', ATTACK_REGISTRY, /^[a-z0-9]+(-[a-z0-9]+)*$/],
  ['measure', MEASURE_REGISTRY, /^[a-z0-9]+(-[a-z0-9]+)*$/],
  ['suite', SUITE_REGISTRY, /^[a-z0-9]+(-[a-z0-9]+)*$/],
  ['generator', GENERATOR_REGISTRY, /^[a-z0-9]+(-[a-z0-9]+)*$/],
  ['lesson', LESSON_REGISTRY, /^[a-z0-9]+(-[a-z0-9]+)*$/],
  // scorer versions carry an @vN suffix (`klout-like@v2`)
  ['scorer', SCORER_REGISTRY, /^[a-z0-9]+(-[a-z0-9]+)*(@v[0-9]+)?$/],
  ['scenario', SCENARIO_REGISTRY, /^[a-z0-9]+(-[a-z0-9]+)*$/],
  ['truth model', TRUTH_MODEL_REGISTRY, /^[a-z0-9]+(-[a-z0-9]+)*$/],
];

describe.each(REGISTRIES)('%s registry', (kind, registry, style) => {
  it('is named after its kind and is not empty', () => {
    expect(registry.kind).toBe(kind);
    expect(registry.list.length).toBeGreaterThan(0);
  });
  it('has unique ids in its kind’s style', () => {
    expect(new Set(registry.ids).size).toBe(registry.ids.length);
    for (const id of registry.ids) expect(id).toMatch(style);
  });
  it('finds every listed item by its id and refuses an unknown id naming the kind', () => {
    for (const item of registry.list) expect(registry.get(item.id)).toBe(item);
    expect(() => registry.get('no-such-plug-in')).toThrow(UnknownNameError);
    expect(() => registry.get('no-such-plug-in')).toThrow(`invalid ${kind}: "no-such-plug-in"`);
  });
});

/**
 * Contract of every registered graph generator (src/graph/generators): it describes itself (id,
 * description, source, parameters with defaults), builds a graph of exactly the population it is
 * given (or the size it fixes), with every edge between existing accounts, a known follow reason
 * per edge and a community per account, and draws only from its `graph` stream: the same seed
 * gives the same graph.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { GENERATOR_REGISTRY } from '../../src/graph/generators/registry.js';
import type { GeneratedGraph, GraphGenerator } from '../../src/graph/generators/generator.js';
import { REASONS } from '../../src/model/ties.js';
import { resolveParams } from '../../src/params.js';
import { SeedTree } from '../../src/rng.js';

/** Parameters a generator needs beyond its defaults to run here (from-file needs a file). */
const EXTRA: Readonly<Record<string, Record<string, unknown>>> = {
  'from-file': { path: fileURLToPath(new URL('../fixtures/graph-io/gnp-directed.csv', import.meta.url)) },
};

/** Population when the generator does not fix one (divisible by the caveman default cave size). */
const N = 120;

function run(gen: GraphGenerator, seed: number): { n: number; g: GeneratedGraph } {
  const p = resolveParams(gen.params, EXTRA[gen.id] ?? {}, `generator.${gen.id}.`);
  const n = gen.size?.(p) ?? N;
  const role = new Uint8Array(n);
  const outDegreeFactor = new Float64Array(n).fill(1);
  return { n, g: gen.generate({ n, role, outDegreeFactor, rng: new SeedTree(seed).stream('graph') }, p) };
}

describe.each(GENERATOR_REGISTRY.list.map((g) => [g.id, g] as const))('generator %s', (_id, gen) => {
  it('describes itself: one-line description, a source, a default for every parameter', () => {
    expect(gen.description.length).toBeGreaterThan(10);
    expect(gen.description).not.toContain('\n');
    expect(gen.source.length).toBeGreaterThan(3);
    for (const spec of Object.values(gen.params)) expect(spec.default).toBeDefined();
  });

  it('builds edges between existing accounts, a known reason per edge and a community per account', () => {
    const { n, g } = run(gen, 1);
    expect(g.edges.length).toBeGreaterThan(0);
    expect(g.reason.length).toBeGreaterThanOrEqual(g.edges.length);
    expect(g.community.length).toBe(n);
    for (let e = 0; e < g.edges.length; e++) {
      expect(g.edges.src[e]).toBeLessThan(n);
      expect(g.edges.dst[e]).toBeLessThan(n);
      expect(g.reason[e]).toBeLessThan(REASONS);
    }
    if (g.labels) expect(g.labels.length).toBe(n);
  });

  it('is deterministic for a seed', () => {
    const a = run(gen, 7).g;
    const b = run(gen, 7).g;
    expect(b.edges.length).toBe(a.edges.length);
    expect(Array.from(b.edges.src.subarray(0, b.edges.length))).toEqual(Array.from(a.edges.src.subarray(0, a.edges.length)));
    expect(Array.from(b.edges.dst.subarray(0, b.edges.length))).toEqual(Array.from(a.edges.dst.subarray(0, a.edges.length)));
    expect(Array.from(b.reason.subarray(0, b.edges.length))).toEqual(Array.from(a.reason.subarray(0, a.edges.length)));
    expect(Array.from(b.community)).toEqual(Array.from(a.community));
  });
});

/** Hand-checked facts about the wrapped generators (named graphs, cliques, densities). */
import { describe, expect, it } from 'vitest';
import { buildWorld } from '../../src/engine/build-world.js';
import { resolveRunConfig } from '../../src/engine/config.js';
import { getScenario } from '../../src/scenarios/registry.js';
import { GENERATORS } from '../../src/graph/generators/registry.js';
import { UnknownNameError, ParameterError } from '../../src/errors.js';

const graphOf = (generator: string, agents = 100, generatorParams: Record<string, unknown> = {}) => {
  const config = resolveRunConfig(getScenario('baseline'), { seed: 3, agents, generator, generatorParams });
  const { world, labels } = buildWorld(config);
  return { config, world, labels, ...world.graph.freeze() };
};

describe('graph generators', () => {
  it('karate club: 34 people, 78 friendships as 156 mutual follows, two factions', () => {
    const { graph, config, world } = graphOf('karate-club', 999);
    expect(config.agents).toBe(34);
    expect(graph.n).toBe(34);
    expect(graph.m).toBe(156);
    expect(new Set(world.a.community).size).toBe(2);
  });
  it('Florentine families: 15 families, 20 marriages as 40 mutual follows', () => {
    const { graph } = graphOf('florentine-families');
    expect(graph.n).toBe(15);
    expect(graph.m).toBe(40);
  });
  it('caveman: disjoint cliques, everyone follows exactly their cave-mates', () => {
    const { graph, world } = graphOf('caveman', 60, { caveSize: 6 });
    expect(graph.m).toBe(10 * 6 * 5);
    for (let u = 0; u < 60; u++) {
      for (let e = graph.following.offsets[u]!; e < graph.following.offsets[u + 1]!; e++)
        expect(world.a.community[graph.following.targets[e]!]).toBe(world.a.community[u]);
    }
  });
  it('connected caveman: cliques joined into one weakly connected ring', () => {
    const { graph, world } = graphOf('connected-caveman', 60, { caveSize: 6 });
    let cross = 0;
    for (let u = 0; u < 60; u++)
      for (let e = graph.following.offsets[u]!; e < graph.following.offsets[u + 1]!; e++)
        if (world.a.community[graph.following.targets[e]!] !== world.a.community[u]) cross++;
    expect(cross).toBeGreaterThan(0);
  });
  it('Erdős–Rényi: density ≈ p (within 4 standard errors)', () => {
    const p = 0.02;
    const { graph } = graphOf('erdos-renyi', 800, { probability: p });
    const pairs = 800 * 799;
    const sd = Math.sqrt(pairs * p * (1 - p));
    expect(Math.abs(graph.m - pairs * p)).toBeLessThan(4 * sd);
  });
  it('clusters: most ties fall inside clusters at high cluster density', () => {
    const { graph, world } = graphOf('clusters', 500, { clusters: 5, clusterDensity: 0.9 });
    let inside = 0;
    for (let u = 0; u < 500; u++)
      for (let e = graph.following.offsets[u]!; e < graph.following.offsets[u + 1]!; e++)
        if (world.a.community[graph.following.targets[e]!] === world.a.community[u]) inside++;
    expect(inside / graph.m).toBeGreaterThan(0.85);
  });
  it('every registered generator builds a clean graph', () => {
    for (const g of GENERATORS.filter((x) => x.id !== 'from-file')) {
      const { graph } = graphOf(g.id, 120);
      for (let u = 0; u < graph.n; u++)
        for (let e = graph.following.offsets[u]!; e < graph.following.offsets[u + 1]!; e++) expect(graph.following.targets[e]).not.toBe(u);
    }
  });
  it('unknown generators and bad generator parameters raise named errors', () => {
    expect(() => graphOf('no-such')).toThrow(UnknownNameError);
    expect(() => graphOf('erdos-renyi', 10, { probability: 2 })).toThrow(ParameterError);
    expect(() => graphOf('erdos-renyi', 10, { nonsense: 1 })).toThrow(/generator\.erdos-renyi\.nonsense/);
  });
});

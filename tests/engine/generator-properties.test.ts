/**
 * Invariants of the default world generator over many seeds: a clean graph (no self-follows, no
 * duplicates), reciprocity, community mixing and a heavy in-degree tail within stated tolerances
 * of the knobs, and every role present in its requested share.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildWorld } from '../../src/engine/build-world.js';
import { resolveRunConfig } from '../../src/engine/config.js';
import { getScenario } from '../../src/scenarios/registry.js';
import { Role } from '../../src/model/roles.js';
import { findEdge } from '../../src/graph/csr.js';

const baseline = getScenario('baseline');

function frozen(seed: number, agents: number, gen: Record<string, unknown> = {}, roles: Record<string, unknown> = {}) {
  const config = resolveRunConfig(baseline, { seed, agents, generatorParams: gen, roles });
  const { world } = buildWorld(config);
  return { config, world, ...world.graph.freeze() };
}

describe('community-pa generator (property tests over seeds)', () => {
  it('never makes self-follows or duplicate follows', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e6 }), fc.integer({ min: 50, max: 600 }), (seed, n) => {
        const { graph } = frozen(seed, n);
        const { offsets, targets } = graph.following;
        let selfLoops = 0;
        let repeats = 0;
        for (let u = 0; u < graph.n; u++) {
          const seen = new Set<number>();
          for (let e = offsets[u]!; e < offsets[u + 1]!; e++) {
            if (targets[e] === u) selfLoops++;
            if (seen.has(targets[e]!)) repeats++;
            seen.add(targets[e]!);
          }
        }
        expect({ selfLoops, repeats }).toEqual({ selfLoops: 0, repeats: 0 });
        expect(graph.m).toBeGreaterThan(0);
      }),
      { numRuns: 25 },
    );
  });

  it('reciprocity follows the knob: share of follows returned ≈ 2r/(1+r) over organic follows (±0.06)', () => {
    for (const r of [0, 0.25, 0.6]) {
      for (const seed of [1, 2, 3]) {
        const { graph } = frozen(seed, 3000, { reciprocity: r, audienceShare: 0 }, { broadcaster: 0 });
        let mutual = 0;
        for (let u = 0; u < graph.n; u++)
          for (let e = graph.following.offsets[u]!; e < graph.following.offsets[u + 1]!; e++)
            if (findEdge(graph.following, graph.following.targets[e]!, u) >= 0) mutual++;
        const measured = mutual / graph.m;
        expect(Math.abs(measured - (2 * r) / (1 + r)), `r=${r} seed=${seed} measured ${measured}`).toBeLessThan(0.06);
      }
    }
  });

  it('community mixing follows homophily: within-community share ≈ h + (1-h)/C (±0.05)', () => {
    for (const h of [0.3, 0.8, 0.95]) {
      const C = 10;
      const { graph, world } = frozen(4, 3000, { homophily: h, communities: C, reciprocity: 0, audienceShare: 0 }, { broadcaster: 0 });
      let inside = 0;
      for (let u = 0; u < graph.n; u++)
        for (let e = graph.following.offsets[u]!; e < graph.following.offsets[u + 1]!; e++)
          if (world.a.community[u] === world.a.community[graph.following.targets[e]!]) inside++;
      const expected = h + (1 - h) / C;
      expect(Math.abs(inside / graph.m - expected), `h=${h}`).toBeLessThan(0.05);
    }
  });

  it('in-degree is heavy-tailed: max ≥ 15× mean, and the top 1% hold ≥ 10% of all follows', () => {
    for (const seed of [1, 2, 3]) {
      const { graph } = frozen(seed, 5000);
      const indeg = Array.from({ length: graph.n }, (_, v) => graph.followers.offsets[v + 1]! - graph.followers.offsets[v]!).sort(
        (a, b) => b - a,
      );
      const mean = graph.m / graph.n;
      expect(indeg[0]!).toBeGreaterThan(15 * mean);
      const top = indeg.slice(0, Math.ceil(graph.n / 100)).reduce((a, b) => a + b, 0);
      expect(top / graph.m).toBeGreaterThan(0.1);
    }
  });

  it('every role is present in its requested share (exact counts), fakes on top', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e6 }), fc.integer({ min: 500, max: 3000 }), (seed, n) => {
        const config = resolveRunConfig(getScenario('attention-vs-influence'), { seed, agents: n });
        const { world, attacks } = buildWorld(config);
        const count = (r: number) => world.a.role.filter((x) => x === r).length;
        expect(count(Role.broadcaster)).toBe(Math.round(n * config.roles.broadcaster));
        expect(count(Role.capitalist)).toBe(Math.round(n * config.roles.capitalist));
        const targets = config.attacks.reduce((s, a) => s + (a.params.targets as number), 0);
        expect(count(Role.gamer)).toBe(Math.max(Math.round(n * config.roles.gamer), targets));
        const fakes = attacks.reduce((s, a) => s + a.accounts.length, 0);
        expect(world.n).toBe(n + fakes);
        expect(count(Role.bot) + count(Role.sybil)).toBe(fakes);
        for (let i = 0; i < world.n; i++)
          expect(world.a.real[i]).toBe(world.a.role[i]! === Role.bot || world.a.role[i]! === Role.sybil ? 0 : 1);
      }),
      { numRuns: 10 },
    );
  });
});

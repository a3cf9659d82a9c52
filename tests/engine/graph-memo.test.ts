/**
 * Sharing the generator's graph between a run's worlds (src/engine/graph-memo.ts, issue 19): a
 * budget sweep's worlds differ only in an attack's budget, so the follow graph is generated once;
 * every world and every sweep value must be exactly what it is without the memo, and a world
 * whose inputs differ (another seed, another population) must get its own graph.
 */
import { describe, expect, it } from 'vitest';
import { resolveRunConfig } from '../../src/engine/config.js';
import { GraphMemo } from '../../src/engine/graph-memo.js';
import { simulate, type SimulationResult } from '../../src/engine/simulate.js';
import { getScorer } from '../../src/metrics/registry.js';
import { runSweep, sweepConfig } from '../../src/pipeline/budget-sweep.js';
import { makePlan } from '../../src/pipeline/plan.js';
import { getScenario } from '../../src/scenarios/registry.js';
import { EdgeBuffer } from '../../src/graph/csr.js';
import type { GraphGenerator } from '../../src/graph/generators/generator.js';
import { Rng } from '../../src/rng.js';

const sc = getScenario('attention-vs-influence');
const config = resolveRunConfig(sc, { seed: 3, agents: 600, ticks: 6 });

/** Everything of a run's final snapshot that a file is written from. */
function fingerprint(r: SimulationResult): unknown {
  const { observation: o, hidden: h } = r.final;
  return [h.graph.following, h.tie, h.moveProb, h.community, o.followTick, o.received, o.posts, r.ticks, r.attacks];
}

describe('GraphMemo: the generated graph shared across a run (issue 19)', () => {
  it('two budgets of a sweep: one graph generated, both worlds identical to unshared ones', () => {
    const memo = new GraphMemo();
    const a = sweepConfig(config, 'bought-followers', 0);
    const b = sweepConfig(config, 'bought-followers', 3000);
    const shared = [simulate(a, { graphMemo: memo, threads: 1 }), simulate(b, { graphMemo: memo, threads: 1 })];
    expect({ hits: memo.hits, misses: memo.misses }).toEqual({ hits: 1, misses: 1 });
    expect(fingerprint(shared[0]!)).toEqual(fingerprint(simulate(a, { threads: 1 })));
    expect(fingerprint(shared[1]!)).toEqual(fingerprint(simulate(b, { threads: 1 })));
  });

  it('any input that differs (seed, parameters, size, a role, an out-degree factor) generates again', () => {
    let calls = 0;
    const gen: GraphGenerator = {
      id: 'stub',
      description: 'counts its calls',
      source: 'this test',
      params: {},
      generate: (ctx) => {
        calls++;
        return { edges: new EdgeBuffer(), reason: new Uint8Array(0), community: new Uint32Array(ctx.n) };
      },
    };
    const ctx = (n = 4, r = 0, f = 1) => ({
      n,
      role: Uint8Array.of(0, 0, r, 0),
      outDegreeFactor: Float64Array.of(1, f, 1, 1),
      rng: new Rng('x'),
    });
    const memo = new GraphMemo();
    const first = memo.generate(1, gen, ctx(), { k: 1 });
    expect(memo.generate(1, gen, ctx(), { k: 1 })).toBe(first);
    expect(calls).toBe(1);
    memo.generate(2, gen, ctx(), { k: 1 });
    memo.generate(2, gen, ctx(), { k: 2 });
    memo.generate(2, gen, ctx(5), { k: 2 });
    memo.generate(2, gen, ctx(5, 1), { k: 2 });
    memo.generate(2, gen, ctx(5, 1, 0.5), { k: 2 });
    expect(memo.generate(2, gen, ctx(5, 1, 0.5), { k: 2 })).toBe(memo.generate(2, gen, ctx(5, 1, 0.5), { k: 2 }));
    expect(calls).toBe(6);
    expect({ hits: memo.hits, misses: memo.misses }).toEqual({ hits: 3, misses: 6 });
  });

  it('another seed or another population size generates its own graph', () => {
    const memo = new GraphMemo();
    simulate(config, { graphMemo: memo, threads: 1 });
    const other = simulate({ ...config, seed: 4 }, { graphMemo: memo, threads: 1 });
    expect(fingerprint(other)).toEqual(fingerprint(simulate({ ...config, seed: 4 }, { threads: 1 })));
    simulate({ ...config, agents: 601 }, { graphMemo: memo, threads: 1 });
    expect({ hits: memo.hits, misses: memo.misses }).toEqual({ hits: 0, misses: 3 });
  });

  it("runSweep draws the graph once for all its budgets, with the same rows as the replicate's memo", () => {
    const plan = makePlan(sc, sc.scorers.map(getScorer));
    const budgets = plan.sweep!.budgets.length;
    const memo = new GraphMemo();
    simulate(config, { graphMemo: memo, threads: 1 }); // the replicate's own world
    const rows = runSweep({ ...plan, threads: 1 }, config, undefined, memo);
    expect({ hits: memo.hits, misses: memo.misses }).toEqual({ hits: budgets, misses: 1 });
    expect(rows).toEqual(runSweep({ ...plan, threads: 1 }, config, undefined, new GraphMemo()));
  });
});

/**
 * Sharing the generator's graph between worlds of one run. A budget sweep and the claims' control
 * runs rebuild the same world with other attack budgets: the base population, its roles, its
 * out-degree factors and the `graph` stream are the same, so the generator would draw the same
 * follow graph again. A {@link GraphMemo} keeps the last graph with everything it was generated
 * from and hands it back when all of that is identical; the generator is deterministic in those
 * inputs (src/graph/generators/generator.ts), so every world, and every file, stays the same.
 * It holds one graph at a time: drop the memo when the run ends.
 */
import type { GeneratedGraph, GeneratorContext, GraphGenerator } from '../graph/generators/generator.js';

/** Remembers the last generated graph and its inputs (see the module comment). */
export class GraphMemo {
  private last: { key: string; role: Uint8Array; outDegreeFactor: Float64Array; graph: GeneratedGraph } | undefined;
  /** Graphs handed back without generating (for tests and benchmarks). */
  hits = 0;
  /** Graphs generated. */
  misses = 0;

  /**
   * The graph `gen` generates from `ctx` and `params`: the remembered one when the seed, the
   * generator, its parameters and the population (size, roles, out-degree factors) are identical,
   * else a freshly generated one (which replaces it). The graph is shared: callers must not modify it.
   * @param seed the root seed the context's `graph` stream comes from
   */
  generate(seed: number, gen: GraphGenerator, ctx: GeneratorContext, params: unknown): GeneratedGraph {
    const key = JSON.stringify([seed, gen.id, ctx.n, params]);
    const l = this.last;
    if (l && l.key === key && sameArray(l.role, ctx.role) && sameArray(l.outDegreeFactor, ctx.outDegreeFactor)) {
      this.hits++;
      return l.graph;
    }
    this.misses++;
    this.last = undefined;
    const role = ctx.role.slice();
    const outDegreeFactor = ctx.outDegreeFactor.slice();
    const graph = gen.generate(ctx, params as never);
    this.last = { key, role, outDegreeFactor, graph };
    return graph;
  }
}

function sameArray(a: Uint8Array | Float64Array, b: Uint8Array | Float64Array): boolean {
  if (a.length !== b.length) return false;
  // Object.is: NaN equals NaN, and 0 and −0 differ, as the generator could tell them apart.
  for (let i = 0; i < a.length; i++) if (!Object.is(a[i], b[i])) return false;
  return true;
}

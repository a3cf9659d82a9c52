/**
 * Invariants over many random graphs (fast-check): the PageRank collusion bound, PageRank against
 * an independent dense linear solve, coreness against naive peeling, degree >= H-index >= coreness,
 * and for every scorer in this file set: finite, right length, deterministic, relabelling-equivariant.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { collusionrank } from '../../src/metrics/collusionrank.js';
import { coreness } from '../../src/metrics/coreness.js';
import { hIndex } from '../../src/metrics/h-index.js';
import { hitsAuthority } from '../../src/metrics/hits.js';
import { interactionPagerank } from '../../src/metrics/interaction-pagerank.js';
import { pagerank, PAGERANK_DAMPING } from '../../src/metrics/pagerank.js';
import type { Scorer } from '../../src/metrics/scorer.js';
import { sybilrank } from '../../src/metrics/sybilrank.js';
import { trustrank } from '../../src/metrics/trustrank.js';
import { REACTION_KINDS } from '../../src/model/observation.js';
import { maxAbsDiff, relabel, sum, world, type Ev } from './graph-scorers.helpers.js';

type Edge = [number, number];
const graphArb = (maxN: number) =>
  fc.integer({ min: 1, max: maxN }).chain((n) =>
    fc.record({
      n: fc.constant(n),
      edges: fc.array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1)), { maxLength: n * 4 }) as fc.Arbitrary<Edge[]>,
    }),
  );

describe('PageRank collusion bound (Zhang et al. 2004): a group rewiring its own out-links gains at most 1/ε', () => {
  const eps = 1 - PAGERANK_DAMPING;
  it('holds for any group and any rewiring', () => {
    fc.assert(
      fc.property(
        graphArb(10).chain(({ n, edges }) =>
          fc.record({
            n: fc.constant(n),
            edges: fc.constant(edges),
            group: fc.uniqueArray(fc.nat(n - 1), { minLength: 1, maxLength: n }),
            newLinks: fc.array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1)), { maxLength: n * 4 }) as fc.Arbitrary<Edge[]>,
          }),
        ),
        ({ n, edges, group, newLinks }) => {
          const inGroup = new Set(group);
          const before = pagerank.score(world(n, edges));
          // The group drops all its out-links and makes new ones (sources inside the group only).
          const rewired = [...edges.filter(([u]) => !inGroup.has(u)), ...newLinks.map(([u, v]) => [group[u % group.length]!, v] as Edge)];
          const after = pagerank.score(world(n, rewired));
          const gain = group.reduce((s, v) => s + after[v]!, 0) / group.reduce((s, v) => s + before[v]!, 0);
          expect(gain).toBeLessThanOrEqual(1 / eps + 1e-9);
        },
      ),
      { numRuns: 300 },
    );
  });
  it('is nearly reached by an account and its sybil that follow each other in a 200-account graph', () => {
    // 0 and its sybil 1 first follow nobody (dangling: their walk teleports away at once), then
    // follow each other (the walk stays 1/ε steps on average): gain 6.61, bound 1/0.15 = 6.67.
    const n = 200;
    const ring: Edge[] = [];
    for (let v = 2; v < n; v++) ring.push([v, v + 1 < n ? v + 1 : 2]);
    const before = pagerank.score(world(n, ring));
    const after = pagerank.score(world(n, [...ring, [0, 1], [1, 0]]));
    const gain = (after[0]! + after[1]!) / (before[0]! + before[1]!);
    expect(gain).toBeGreaterThan(6.5);
    expect(gain).toBeLessThanOrEqual(1 / eps);
  });
});

/** Dense oracle: solve (I − α Pᵀ − α (1/n) 1 dᵀ) x = (1 − α)/n · 1 by Gaussian elimination. */
function densePagerankSolve(n: number, edges: Edge[]): number[] {
  const out = new Map<number, Set<number>>();
  for (const [u, v] of edges) if (u !== v) (out.get(u) ?? out.set(u, new Set()).get(u)!).add(v);
  const a = 0.85;
  const M = Array.from({ length: n }, (_, i) => Array.from({ length: n + 1 }, (_, j) => (j === n ? (1 - a) / n : i === j ? 1 : 0)));
  for (let u = 0; u < n; u++) {
    const s = out.get(u);
    if (!s) for (let v = 0; v < n; v++) M[v]![u]! -= a / n;
    else for (const v of s) M[v]![u]! -= a / s.size;
  }
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(M[r]![c]!) > Math.abs(M[p]![c]!)) p = r;
    [M[c], M[p]] = [M[p]!, M[c]!];
    for (let r = 0; r < n; r++) {
      if (r === c) continue;
      const f = M[r]![c]! / M[c]![c]!;
      for (let k = c; k <= n; k++) M[r]![k]! -= f * M[c]![k]!;
    }
  }
  return M.map((row, i) => row[n]! / row[i]!);
}

describe('pagerank equals an exact dense solve', () => {
  it('on random directed graphs with dangling nodes', () => {
    fc.assert(
      fc.property(graphArb(25), ({ n, edges }) => {
        expect(maxAbsDiff(pagerank.score(world(n, edges)), densePagerankSolve(n, edges))).toBeLessThan(1e-12);
      }),
      { numRuns: 200 },
    );
  });
});

/** Naive k-core: k is the largest value for which v survives repeatedly deleting nodes of degree < k. */
function naiveCoreness(n: number, edges: Edge[]): number[] {
  const adj = Array.from({ length: n }, () => new Set<number>());
  for (const [u, v] of edges)
    if (u !== v) {
      adj[u]!.add(v);
      adj[v]!.add(u);
    }
  const core = new Array<number>(n).fill(0);
  for (let k = 1; k < n; k++) {
    const alive = new Set(Array.from({ length: n }, (_, i) => i));
    let changed = true;
    while (changed) {
      changed = false;
      for (const v of alive) {
        let d = 0;
        for (const u of adj[v]!) if (alive.has(u)) d++;
        if (d < k) {
          alive.delete(v);
          changed = true;
        }
      }
    }
    for (const v of alive) core[v] = k;
  }
  return core;
}

describe('coreness and h-index', () => {
  it('coreness equals naive peeling', () => {
    fc.assert(
      fc.property(graphArb(20), ({ n, edges }) => {
        expect(Array.from(coreness.score(world(n, edges)))).toEqual(naiveCoreness(n, edges));
      }),
      { numRuns: 200 },
    );
  });
  it('degree >= h-index >= coreness (Lü et al. 2016, theorem 1)', () => {
    fc.assert(
      fc.property(graphArb(30), ({ n, edges }) => {
        const obs = world(n, edges);
        const h = hIndex.score(obs);
        const k = coreness.score(obs);
        const adj = Array.from({ length: n }, () => new Set<number>());
        for (const [u, v] of edges)
          if (u !== v) {
            adj[u]!.add(v);
            adj[v]!.add(u);
          }
        for (let v = 0; v < n; v++) {
          expect(h[v]).toBeLessThanOrEqual(adj[v]!.size);
          expect(h[v]).toBeGreaterThanOrEqual(k[v]!);
        }
      }),
      { numRuns: 200 },
    );
  });
});

const MINE: Scorer[] = [pagerank, hitsAuthority, coreness, hIndex, interactionPagerank, trustrank, sybilrank, collusionrank];

describe.each(MINE)('$id: finite, deterministic, equivariant under relabelling', (scorer) => {
  it('on random worlds with events and verified accounts', () => {
    const worldArb = graphArb(15).chain(({ n, edges }) =>
      fc.record({
        n: fc.constant(n),
        edges: fc.constant(edges),
        events: fc.array(
          fc.record({ actor: fc.nat(n - 1), target: fc.nat(n - 1), kind: fc.constantFrom(...REACTION_KINDS), tick: fc.nat(5) }),
          { maxLength: 40 },
        ) as fc.Arbitrary<Ev[]>,
        verified: fc.uniqueArray(fc.nat(n - 1), { maxLength: 3 }),
        perm: fc.shuffledSubarray(
          Array.from({ length: n }, (_, i) => i),
          { minLength: n, maxLength: n },
        ),
      }),
    );
    fc.assert(
      fc.property(worldArb, ({ n, edges, events, verified, perm }) => {
        const s = scorer.score(world(n, edges, { events, verified }));
        expect(s.length).toBe(n);
        for (const x of s) expect(Number.isFinite(x)).toBe(true);
        expect(Array.from(scorer.score(world(n, edges, { events, verified })))).toEqual(Array.from(s));
        const p = scorer.score(relabel(n, edges, perm, { events, verified }));
        for (let v = 0; v < n; v++) expect(p[perm[v]!]).toBeCloseTo(s[v]!, 10);
        if (scorer === pagerank || scorer === trustrank || scorer === interactionPagerank) expect(sum(s)).toBeCloseTo(1, 12);
      }),
      { numRuns: 150 },
    );
  });
});

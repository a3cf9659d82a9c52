/**
 * Ties stay ties (issue 17, item 12): structurally identical accounts score equal bit for bit,
 * exact zeros are 0, and the rank column of a graph does not depend on how its nodes are numbered
 * (relabelling, or the same graph read as CSV, GEXF and GraphML, or a simulated world's follow
 * graph written out and read back). The rule is src/metrics/algorithms/snap.ts.
 */
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { snapScores, TIE_RELATIVE } from '../../src/metrics/algorithms/snap.js';
import { hits as hitsKernel } from '../../src/metrics/algorithms/hits-kernel.js';
import { SCORERS } from '../../src/metrics/registry.js';
import { parseGraph } from '../../src/graph/io/read-graph.js';
import { buildObservation } from '../../src/model/observe.js';
import { REACTION_KINDS } from '../../src/model/observation.js';
import type { Observation } from '../../src/model/observation.js';
import { competitionRanks } from '../../src/stats/ranks.js';
import { simulate } from '../../src/engine/simulate.js';
import { resolveRunConfig } from '../../src/engine/config.js';
import { getScenario } from '../../src/scenarios/registry.js';
import { relabel, world, type Ev } from './graph-scorers.helpers.js';

type Edge = readonly [number, number];
const refDir = join(import.meta.dirname, '..', 'fixtures', 'graph-reference');
const ref = (name: string) => JSON.parse(readFileSync(join(refDir, `${name}.json`), 'utf8')) as { n: number; edges: [number, number][] };

describe('snapScores (the tie rule)', () => {
  it('makes values a few ulps apart equal to their mean, keeps distinct values, zeroes below the bound', () => {
    const a = 0.1;
    const b = a * (1 + 4 * Number.EPSILON);
    const x = Float64Array.from([b, 0.2, a, 3e-14, 0.3, 1e-128, 0]);
    snapScores(x, 1e-13);
    expect(Object.is(x[0], x[2])).toBe(true);
    expect(x[0]).toBeGreaterThanOrEqual(a);
    expect(x[0]).toBeLessThanOrEqual(b);
    expect([x[1], x[3], x[4], x[5], x[6]]).toEqual([0.2, 0, 0.3, 0, 0]);
  });
  it('keeps values further apart than 2^-36 relative apart', () => {
    const a = 1.5;
    const x = Float64Array.from([a, a * (1 + 4 * TIE_RELATIVE), a * (1 + 2 * Number.EPSILON)]);
    snapScores(x);
    expect(x[0]).toBe(x[2]);
    expect(x[1]).not.toBe(x[0]);
  });
});

describe('karate club: structurally identical members tie', () => {
  const k = ref('karate');
  const obs = world(k.n, k.edges);
  // Members 5 and 6 have the same neighbours (0, 4, 10, 16); so do 17 and 21 (0, 1).
  it.each(SCORERS.map((s) => [s.id, s] as const))('%s: nodes 5 and 6 (and 17 and 21) equal bit for bit and share a rank', (_id, scorer) => {
    const s = scorer.score(obs);
    expect(Object.is(s[5], s[6])).toBe(true);
    expect(Object.is(s[17], s[21])).toBe(true);
    const r = competitionRanks(s);
    expect(r[5]).toBe(r[6]);
  });
});

describe('HITS: exact zeros are 0', () => {
  it('authorities outside the dominant component are exactly 0 (they only decay geometrically)', () => {
    // Component A: 4 accounts follow account 0 (eigenvalue 4); component B: 3 follow account 5,
    // plus a chain; B's exact authority is 0 but the iteration leaves (3/4)^k remainders.
    const edges: Edge[] = [
      [1, 0],
      [2, 0],
      [3, 0],
      [4, 0],
      [6, 5],
      [7, 5],
      [8, 5],
      [8, 9],
      [9, 10],
    ];
    const obs = world(11, edges);
    const h = hitsKernel(obs.follows.following, obs.follows.followers);
    expect(h.converged).toBe(true);
    expect(h.authorities[0]).toBe(1);
    for (let v = 1; v < 11; v++) expect(h.authorities[v]).toBe(0);
    for (const v of [1, 2, 3, 4]) expect(h.hubs[v]).toBe(0.25);
    for (const v of [0, 5, 6, 7, 8, 9, 10]) expect(h.hubs[v]).toBe(0);
  });
  it('components with the same leading eigenvalue keep equal mass; a weaker one is 0 (caveman-like worlds)', () => {
    // Two identical stars of 3 followers (tied leading eigenvalue) and one of 2 (decays).
    const edges: Edge[] = [
      [1, 0],
      [2, 0],
      [3, 0],
      [5, 4],
      [6, 4],
      [7, 4],
      [9, 8],
      [10, 8],
    ];
    const a = hitsKernel(world(11, edges).follows.following, world(11, edges).follows.followers).authorities;
    expect([a[0], a[4], a[8]]).toEqual([0.5, 0.5, 0]);
  });
  it('a 4,000-account caveman world (identical caves): relabelling changes no HITS rank', () => {
    const r = simulate(resolveRunConfig(getScenario('baseline'), { seed: 1, agents: 4000, ticks: 1, generator: 'caveman' }));
    const f = r.final.observation.follows;
    const n = f.following.n;
    const edges: Edge[] = [];
    for (let u = 0; u < n; u++)
      for (let e = f.following.offsets[u]!; e < f.following.offsets[u + 1]!; e++) edges.push([u, f.following.targets[e]!]);
    const perm = shuffled(n, 5);
    const hits = SCORERS.find((s) => s.id === 'hits')!;
    const rs = competitionRanks(hits.score(world(n, edges)));
    const rp = competitionRanks(hits.score(relabel(n, edges, perm)));
    expect(
      firstDifference(
        Array.from({ length: n }, (_, v) => rp[perm[v]!]),
        Array.from(rs),
      ),
    ).toBe(-1);
  });
  it('the 1000-node scale-free reference graph has no authority between 0 and 1e-12', () => {
    const g = ref('scale-free-1000');
    const a = SCORERS.find((s) => s.id === 'hits')!.score(world(g.n, g.edges));
    expect(a.filter((v) => v > 0 && v < 1e-12).length).toBe(0);
  });
});

/**
 * Add a copy of each node in `sources` in turn (same followers, same followees as the source has
 * at that moment). The last copy is an exact structural twin of its source.
 */
function withTwins(n: number, edges: readonly Edge[], sources: readonly number[]): { n: number; edges: Edge[] } {
  const out: Edge[] = [...edges];
  sources.forEach((s, i) => {
    const t = n + i;
    for (const [u, v] of [...out]) {
      if (u === s && v !== s) out.push([t, v]);
      if (v === s && u !== s) out.push([u, t]);
    }
  });
  return { n: n + sources.length, edges: out };
}

describe('every registered scorer: relabelling the nodes never changes a rank', () => {
  it.each(SCORERS.map((s) => [s.id, s] as const))('%s', (_id, scorer) => {
    const arb = fc.integer({ min: 2, max: 24 }).chain((n) =>
      fc.record({
        n: fc.constant(n),
        edges: fc.array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1)), { maxLength: n * 3 }),
        twins: fc.array(fc.nat(n - 1), { maxLength: 4 }),
        events: fc.array(
          fc.record({ actor: fc.nat(n - 1), target: fc.nat(n - 1), kind: fc.constantFrom(...REACTION_KINDS), tick: fc.nat(3) }),
          { maxLength: 30 },
        ),
        verified: fc.uniqueArray(fc.nat(n - 1), { maxLength: 2 }),
        seed: fc.nat(),
      }),
    );
    fc.assert(
      fc.property(arb, ({ n: n0, edges: e0, twins, events, verified, seed }) => {
        const { n, edges } = withTwins(n0, e0 as Edge[], twins);
        const perm = shuffled(n, seed);
        const s = scorer.score(world(n, edges, { events: events as Ev[], verified }));
        const p = scorer.score(relabel(n, edges, perm, { events: events as Ev[], verified }));
        const rs = competitionRanks(s);
        const rp = competitionRanks(p);
        const moved = Array.from({ length: n }, (_, v) => rp[perm[v]!]);
        expect(firstDifference(moved, Array.from(rs))).toBe(-1);
        // A twin is structurally identical to its source when no event or verified flag sets them apart.
        const last = twins.length - 1;
        if (last >= 0 && events.length === 0 && verified.length === 0) expect(Object.is(s[twins[last]!], s[n - 1])).toBe(true);
      }),
      { numRuns: 60 },
    );
  });
});

/** A permutation of 0..n-1 from a seed (xorshift; test data only). */
function shuffled(n: number, seed: number): number[] {
  const p = Array.from({ length: n }, (_, i) => i);
  let s = seed | 0 || 1;
  for (let i = n - 1; i > 0; i--) {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    const j = (s >>> 0) % (i + 1);
    [p[i], p[j]] = [p[j]!, p[i]!];
  }
  return p;
}

/** The same graph as CSV (edges shuffled), GEXF and GraphML (nodes in two other orders). */
function threeFiles(labels: readonly string[], edges: readonly Edge[]): Record<'csv' | 'gexf' | 'graphml', string> {
  const n = labels.length;
  const eOrder = shuffled(edges.length, 7);
  const csv = ['follower,followee', ...eOrder.map((i) => `${labels[edges[i]![0]]},${labels[edges[i]![1]]}`)].join('\n');
  const nodesA = shuffled(n, 11).map((v) => `<node id="${labels[v]}" label="${labels[v]}"/>`);
  const gexf = `<?xml version="1.0" encoding="UTF-8"?><gexf xmlns="http://www.gexf.net/1.2draft" version="1.2"><graph defaultedgetype="directed"><nodes>${nodesA.join('')}</nodes><edges>${edges.map(([u, v], i) => `<edge id="${i}" source="${labels[u]}" target="${labels[v]}"/>`).join('')}</edges></graph></gexf>`;
  const nodesB = shuffled(n, 13).map((v) => `<node id="${labels[v]}"/>`);
  const graphml = `<?xml version="1.0" encoding="UTF-8"?><graphml xmlns="http://graphml.graphdrawing.org/xmlns"><graph edgedefault="directed">${nodesB.join('')}${[
    ...eOrder,
  ]
    .reverse()
    .map((i) => `<edge source="${labels[edges[i]![0]]}" target="${labels[edges[i]![1]]}"/>`)
    .join('')}</graph></graphml>`;
  return { csv, gexf, graphml };
}

/** Rank of every label under `scorer` on the follow graph alone, as `label:rank` strings sorted by label. */
function ranksByLabel(obs: Observation, labels: readonly string[], scorerId: string): string[] {
  const r = competitionRanks(SCORERS.find((s) => s.id === scorerId)!.score(obs));
  return labels.map((l, i) => `${l}:${r[i]!}`).sort();
}

/** Index of the first entry where a and b differ (-1: none), so a failure prints one line, not a diff of thousands. */
function firstDifference<T>(a: readonly T[], b: readonly T[]): number | string {
  if (a.length !== b.length) return `lengths ${a.length} and ${b.length}`;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return `${i}: ${String(a[i])} vs ${String(b[i])}`;
  return -1;
}

function expectSameRanksOnEveryRoute(labels: readonly string[], edges: readonly Edge[], direct: Observation): void {
  const files = threeFiles(labels, edges);
  const loaded = (['csv', 'gexf', 'graphml'] as const).map((f) => parseGraph(files[f], `g.${f}`, f === 'csv' ? 'edgelist' : f));
  for (const l of loaded) expect(l.graph.m).toBe(direct.follows.m);
  for (const s of SCORERS) {
    const want = ranksByLabel(direct, labels, s.id);
    for (const l of loaded)
      expect(firstDifference(ranksByLabel(buildObservation({ follows: l.graph, tick: 0 }), l.labels, s.id), want), s.id).toBe(-1);
  }
}

describe('every route of one graph gives the same rank column for every scorer', () => {
  it.each(['karate', 'florentine'])('%s as CSV, GEXF and GraphML', (name) => {
    const g = ref(name);
    const labels = Array.from({ length: g.n }, (_, i) => `n${i}`);
    expectSameRanksOnEveryRoute(labels, g.edges, world(g.n, g.edges));
  });
  it('a simulated world: its follow graph written out and read back', () => {
    const result = simulate(resolveRunConfig(getScenario('baseline'), { seed: 3, agents: 150, ticks: 2 }));
    const obs = result.final.observation;
    const { following } = obs.follows;
    const edges: Edge[] = [];
    for (let u = 0; u < obs.n; u++)
      for (let e = following.offsets[u]!; e < following.offsets[u + 1]!; e++) edges.push([u, following.targets[e]!]);
    const labels = Array.from({ length: obs.n }, (_, i) => `a${i}`);
    expectSameRanksOnEveryRoute(labels, edges, buildObservation({ follows: obs.follows, tick: 0 }));
  });
});

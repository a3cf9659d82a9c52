/**
 * A node-link layout fixed by the seed, for the network pictures of the lessons.
 *
 *   follow graph ─▶ undirected simple graph (graphology; a follow across communities pulls
 *   `crossWeight` times as hard as one inside) ─▶ seeded start: communities on a circle,
 *   members jittered around their community's point (`layout` stream) ─▶ ForceAtlas2, a fixed
 *   number of synchronous iterations (deterministic given the start) ─▶ scaled to [0, 1]²
 *
 * Same follow graph, communities and seed ⇒ the same picture, on every machine.
 * Reference: Jacomy, Venturini, Heymann & Bastian (2014), "ForceAtlas2, a continuous graph layout
 * algorithm for handy network visualization", PLoS ONE 9(6): e98679.
 */
import { UndirectedGraph } from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import type { FollowGraph } from '../model/follow-graph.js';
import { SeedTree } from '../rng.js';
import { streams } from '../streams.js';
import { ParameterError } from '../errors.js';

/** Node positions in the unit square, one per account. */
export interface Layout {
  /** x in [0, 1] per account. */
  readonly x: Float64Array;
  /** y in [0, 1] per account. */
  readonly y: Float64Array;
}

/** Options of {@link seededLayout}. */
export interface LayoutOptions {
  /** ForceAtlas2 iterations, a positive integer (default 300). */
  iterations?: number;
  /** Community (or any group id) per account, used for the starting circle (default: all in one group). */
  community?: ArrayLike<number>;
  /**
   * Pull of a follow between two communities relative to one inside a community, in (0, 1]
   * (default 0.05): weaker cross pulls let each community gather in its own place.
   */
  crossWeight?: number;
}

/**
 * Lay out the follow graph `g` (edges treated as undirected, duplicates merged) with ForceAtlas2
 * from a start drawn from the seed's `layout` stream. Isolated accounts keep their starting point.
 * @param seed non-negative integer root seed (the lesson's seed).
 */
export function seededLayout(g: FollowGraph, seed: number, opts: LayoutOptions = {}): Layout {
  const iterations = opts.iterations ?? 300;
  if (!Number.isInteger(iterations) || iterations < 1 || iterations > 100000) {
    throw new ParameterError('iterations', iterations, 'an integer from 1 to 100000');
  }
  const crossWeight = opts.crossWeight ?? 0.05;
  if (!(crossWeight > 0 && crossWeight <= 1)) throw new ParameterError('crossWeight', crossWeight, 'a number in (0, 1]');
  const n = g.n;
  const rng = new SeedTree(seed).stream(streams.layout);
  const community = opts.community ?? new Uint32Array(n);
  let groups = 1;
  for (let i = 0; i < n; i++) groups = Math.max(groups, (community[i] ?? 0) + 1);
  const graph = new UndirectedGraph();
  // 1. Seeded start: group centres on a circle, members jittered around them.
  const spread = groups > 1 ? Math.PI / groups : 1;
  for (let i = 0; i < n; i++) {
    const c = community[i] ?? 0;
    const angle = (2 * Math.PI * c) / groups;
    const r = groups > 1 ? 10 : 0;
    graph.addNode(String(i), {
      x: r * Math.cos(angle) + spread * 4 * (rng.next() - 0.5),
      y: r * Math.sin(angle) + spread * 4 * (rng.next() - 0.5),
    });
  }
  // 2. Undirected simple graph of the follows.
  const { offsets, targets } = g.following;
  for (let u = 0; u < n; u++) {
    for (let e = offsets[u]!; e < offsets[u + 1]!; e++) {
      const v = targets[e]!;
      if (u !== v && !graph.hasEdge(String(u), String(v))) {
        graph.addEdge(String(u), String(v), { weight: community[u] === community[v] ? 1 : crossWeight });
      }
    }
  }
  // 3. ForceAtlas2, fixed iterations (its synchronous version draws no random numbers).
  // Weak gravity and a larger repulsion scale let the communities, held together by their inside
  // follows, settle apart (with linLog mode and the inferred gravity they overlap in one disc).
  const settings = {
    ...forceAtlas2.inferSettings(graph),
    barnesHutOptimize: false,
    linLogMode: false,
    edgeWeightInfluence: 1,
    gravity: 0.1,
    scalingRatio: 5,
  };
  const pos = forceAtlas2(graph, { iterations, settings });
  // 4. Scale to the unit square.
  const x = new Float64Array(n);
  const y = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const p = pos[String(i)]!;
    x[i] = p.x;
    y[i] = p.y;
  }
  // One scale for both axes keeps the picture's proportions; the shorter side is centred.
  const [x0, x1] = extent(x);
  const [y0, y1] = extent(y);
  const span = Math.max(x1 - x0, y1 - y0);
  for (let i = 0; i < n; i++) {
    x[i] = span > 0 ? (x[i]! - x0 + (span - (x1 - x0)) / 2) / span : 0.5;
    y[i] = span > 0 ? (y[i]! - y0 + (span - (y1 - y0)) / 2) / span : 0.5;
  }
  return { x, y };
}

function extent(a: Float64Array): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of a) {
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  return a.length ? [lo, hi] : [0, 0];
}

/**
 * Hidden layers built without the engine: from an explicit edge list (tiny named worlds in tests)
 * or from a simple random generator (cross-checks and the truth benchmark at 10⁶ agents).
 *
 * The generator: each agent follows k ~ 1 + Pareto-ish many accounts, chosen in proportion to a
 * heavy-tailed popularity (so a few accounts have huge audiences), mostly inside its community;
 * move probabilities come from the project's formula (model/influence.ts) with lognormal appeal,
 * Beta susceptibility and uniform tie strength. A share of accounts are bots (not real, appeal
 * and susceptibility 0). It is a stand-in, not the engine's world.
 */
import { EdgeBuffer } from '../graph/csr.js';
import { followGraphFromEdges } from '../model/follow-graph.js';
import type { HiddenLayer } from '../model/hidden.js';
import { INFLUENCE_PARAMS, moveProbability } from '../model/influence.js';
import { Role } from '../model/roles.js';
import { resolveParams } from '../params.js';
import type { Rng } from '../rng.js';

/** One follow edge with its move probability: `follower` follows `followee`, p = p(followee → follower). */
export type ProbEdge = readonly [follower: number, followee: number, p: number];

/**
 * A hidden layer with the given edges and move probabilities. `real` lists which agents are real
 * (default: all); the others get role `bot` and susceptibility 0. Duplicate edges keep the first.
 */
export function hiddenFromEdges(n: number, edges: readonly ProbEdge[], real?: ArrayLike<number>): HiddenLayer {
  const graph = followGraphFromEdges(
    n,
    edges.map((e) => e[0]),
    edges.map((e) => e[1]),
  );
  const prob = new Map<number, number>();
  for (const [u, v, p] of edges) if (!prob.has(u * n + v)) prob.set(u * n + v, p);
  const moveProb = new Float64Array(graph.m);
  const { offsets, targets } = graph.following;
  for (let u = 0; u < n; u++) for (let e = offsets[u]!; e < offsets[u + 1]!; e++) moveProb[e] = prob.get(u * n + targets[e]!) ?? 0;
  const realMask = new Uint8Array(n).fill(real === undefined ? 1 : 0);
  if (real !== undefined) for (let i = 0; i < real.length; i++) realMask[real[i]!] = 1;
  return assemble(n, graph, moveProb, realMask, new Float64Array(n).fill(1));
}

/** Options of {@link syntheticHidden}. */
export interface SyntheticOptions {
  /** Mean number of accounts followed (default 20). */
  readonly meanFollowing?: number;
  /** Share of bots in [0, 1) (default 0.05). */
  readonly botShare?: number;
  /** Number of communities (default max(1, n / 1000)). */
  readonly communities?: number;
  /** Share of follows inside one's community (default 0.8). */
  readonly homophily?: number;
  /** Persuasion scale β of the move-probability formula (default: the model default). */
  readonly beta?: number;
}

/** A random hidden layer of n agents (see the file banner). Deterministic given the Rng. */
export function syntheticHidden(n: number, rng: Rng, opts: SyntheticOptions = {}): HiddenLayer {
  const meanK = opts.meanFollowing ?? 20;
  const botShare = opts.botShare ?? 0.05;
  const C = Math.max(1, opts.communities ?? Math.floor(n / 1000));
  const homophily = opts.homophily ?? 0.8;
  const real = new Uint8Array(n);
  const community = new Uint32Array(n);
  const pop = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    real[i] = rng.next() < botShare ? 0 : 1;
    community[i] = rng.int(C);
    pop[i] = real[i] ? rng.pareto(1, 1.3) : 0.05;
  }
  // Alias-free sampling by popularity: cumulative sums per community and overall.
  const byComm = groupBy(community, C);
  const cumAll = cumulative(pop, null);
  const cumComm = byComm.map((ids) => cumulative(pop, ids));
  const edges = new EdgeBuffer(Math.ceil(n * meanK * 1.1));
  for (let u = 0; u < n; u++) {
    const k = Math.max(1, Math.min(n - 1, Math.round(meanK * 0.4 * rng.pareto(1, 1.7))));
    const ids = byComm[community[u]!]!;
    for (let j = 0; j < k; j++) {
      const inside = rng.next() < homophily && ids.length > 1;
      const v = inside ? ids[rng.pickCumulative(cumComm[community[u]!]!)]! : rng.pickCumulative(cumAll);
      if (v !== u) edges.push(u, v);
    }
  }
  const graph = followGraphFromEdges(n, edges.src, edges.dst, edges.length);
  const params = resolveParams(INFLUENCE_PARAMS, opts.beta === undefined ? {} : { beta: opts.beta });
  const appeal = new Float64Array(n);
  const susceptibility = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    appeal[i] = real[i] ? rng.lognormal(-0.3, 0.8) : 0;
    susceptibility[i] = real[i] ? rng.beta(2, 5) : 0;
  }
  const { offsets, targets } = graph.following;
  const moveProb = new Float64Array(graph.m);
  for (let u = 0; u < n; u++) {
    const deg = offsets[u + 1]! - offsets[u]!;
    for (let e = offsets[u]!; e < offsets[u + 1]!; e++) {
      const v = targets[e]!;
      const tie = community[u] === community[v] ? rng.uniform(0.2, 1) : rng.uniform(0, 0.3);
      moveProb[e] = moveProbability(params, appeal[v]!, susceptibility[u]!, tie, deg);
    }
  }
  const h = assemble(n, graph, moveProb, real, appeal);
  (h.susceptibility as Float64Array).set(susceptibility);
  (h.community as Uint32Array).set(community);
  return h;
}

function assemble(n: number, graph: HiddenLayer['graph'], moveProb: Float64Array, real: Uint8Array, appeal: Float64Array): HiddenLayer {
  const role = new Uint8Array(n);
  const susceptibility = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    role[i] = real[i] ? Role.honest : Role.bot;
    susceptibility[i] = real[i] ? 1 : 0;
  }
  return {
    n,
    tick: 0,
    graph,
    moveProb,
    real,
    role,
    appeal,
    susceptibility,
    tie: new Float64Array(graph.m).fill(1),
    visibility: new Float64Array(n),
    activity: new Float64Array(n).fill(1),
    followBack: new Float64Array(n),
    community: new Uint32Array(n),
    influence: resolveParams(INFLUENCE_PARAMS),
  };
}

function groupBy(key: Uint32Array, k: number): Uint32Array[] {
  const counts = new Uint32Array(k);
  for (let i = 0; i < key.length; i++) counts[key[i]!]!++;
  const out = Array.from(counts, (c) => new Uint32Array(c));
  const fill = new Uint32Array(k);
  for (let i = 0; i < key.length; i++) out[key[i]!]![fill[key[i]!]!++] = i;
  return out;
}

/** Cumulative weights (over `ids` when given, else over all) for inverse-CDF sampling. */
function cumulative(w: Float64Array, ids: Uint32Array | null): Float64Array {
  const m = ids ? ids.length : w.length;
  const out = new Float64Array(m);
  let s = 0;
  for (let i = 0; i < m; i++) out[i] = s += w[ids ? ids[i]! : i]!;
  return out;
}

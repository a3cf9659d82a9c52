/**
 * Tiny named worlds for the attention-scorer tests, and seeded random worlds (with a relabelled
 * twin) for the scorer contract test. Worlds are built through buildObservation only.
 */
import { followGraphFromEdges } from '../../src/model/follow-graph.js';
import { KIND, type Observation, type ReactionKind } from '../../src/model/observation.js';
import { buildObservation } from '../../src/model/observe.js';
import { SeedTree } from '../../src/rng.js';

/** A world described by names: follows [follower, followee], events [tick, actor, target, kind], posts [tick, author]. */
export interface NamedWorld {
  agents: readonly string[];
  follows: readonly (readonly [string, string])[];
  events?: readonly (readonly [number, string, string, ReactionKind])[];
  posts?: readonly (readonly [number, string])[];
  tick: number;
  from?: number;
  verified?: readonly string[];
}

/** Build the Observation of a named world; `id(name)` gives an agent's index. */
export function named(w: NamedWorld): { obs: Observation; id: (name: string) => number } {
  const id = (name: string): number => {
    const i = w.agents.indexOf(name);
    if (i < 0) throw new Error(`no agent ${name}`);
    return i;
  };
  const n = w.agents.length;
  const follows = followGraphFromEdges(
    n,
    w.follows.map(([a]) => id(a)),
    w.follows.map(([, b]) => id(b)),
  );
  const ev = [...(w.events ?? [])].sort((a, b) => a[0] - b[0]);
  const po = [...(w.posts ?? [])].sort((a, b) => a[0] - b[0]);
  const verified = new Uint8Array(n);
  for (const v of w.verified ?? []) verified[id(v)] = 1;
  const obs = buildObservation({
    follows,
    tick: w.tick,
    ...(w.from !== undefined ? { from: w.from } : {}),
    accounts: { verified },
    events: {
      length: ev.length,
      tick: Uint32Array.from(ev.map((e) => e[0])),
      actor: Uint32Array.from(ev.map((e) => id(e[1]))),
      target: Uint32Array.from(ev.map((e) => id(e[2]))),
      kind: Uint8Array.from(ev.map((e) => KIND[e[3]])),
    },
    postLog: { length: po.length, tick: Uint32Array.from(po.map((p) => p[0])), author: Uint32Array.from(po.map((p) => id(p[1]))) },
  });
  return { obs, id };
}

/** A seeded random world as raw arrays, so it can be rebuilt under a relabelling. */
export interface RawWorld {
  n: number;
  tick: number;
  fu: number[];
  fv: number[];
  ev: { tick: number; actor: number; target: number; kind: number }[];
  posts: { tick: number; author: number }[];
  verified: Uint8Array;
  createdTick: Uint32Array;
}

/** A random world: n agents, follow density p, a few hundred events and posts over `ticks` ticks. */
export function randomWorld(seed: number, n = 40, p = 0.12, ticks = 30): RawWorld {
  const rng = new SeedTree(seed).stream('test:world');
  const fu: number[] = [];
  const fv: number[] = [];
  for (let u = 0; u < n; u++)
    for (let v = 0; v < n; v++)
      if (u !== v && rng.bernoulli(p)) {
        fu.push(u);
        fv.push(v);
      }
  const ev: RawWorld['ev'] = [];
  const posts: RawWorld['posts'] = [];
  for (let t = 0; t < ticks; t++) {
    const k = rng.int(12);
    for (let i = 0; i < k; i++) ev.push({ tick: t, actor: rng.int(n), target: rng.int(Math.ceil(n / 3)), kind: rng.int(4) }); // skewed targets: repeats and reciprocity happen
    for (let i = 0; i < rng.int(6); i++) posts.push({ tick: t, author: rng.int(n) });
  }
  const verified = new Uint8Array(n);
  for (let i = 0; i < n; i++) verified[i] = rng.bernoulli(0.15) ? 1 : 0;
  const createdTick = new Uint32Array(n);
  for (let i = 0; i < n; i++) createdTick[i] = rng.bernoulli(0.2) ? rng.int(ticks) : 0;
  return { n, tick: ticks - 1, fu, fv, ev, posts, verified, createdTick };
}

/** A seeded random permutation of 0..n-1 (perm[old] = new). */
export function randomPermutation(seed: number, n: number): Uint32Array {
  const perm = Uint32Array.from({ length: n }, (_, i) => i);
  new SeedTree(seed).stream('test:perm').shuffle(perm);
  return perm;
}

/** The Observation of a raw world with every agent i renamed perm[i] (identity when perm is omitted). */
export function observe(w: RawWorld, perm?: Uint32Array): Observation {
  const m = (i: number) => (perm ? perm[i]! : i);
  const follows = followGraphFromEdges(w.n, w.fu.map(m), w.fv.map(m));
  const verified = new Uint8Array(w.n);
  const createdTick = new Uint32Array(w.n);
  for (let i = 0; i < w.n; i++) {
    verified[m(i)] = w.verified[i]!;
    createdTick[m(i)] = w.createdTick[i]!;
  }
  return buildObservation({
    follows,
    tick: w.tick,
    accounts: { verified, createdTick },
    events: {
      length: w.ev.length,
      tick: Uint32Array.from(w.ev.map((e) => e.tick)),
      actor: Uint32Array.from(w.ev.map((e) => m(e.actor))),
      target: Uint32Array.from(w.ev.map((e) => m(e.target))),
      kind: Uint8Array.from(w.ev.map((e) => e.kind)),
    },
    postLog: {
      length: w.posts.length,
      tick: Uint32Array.from(w.posts.map((p) => p.tick)),
      author: Uint32Array.from(w.posts.map((p) => m(p.author))),
    },
  });
}

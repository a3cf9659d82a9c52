/**
 * What-if observations for white-box attackers: the platform view an attacker would see if it
 * added some follows, reactions and posts right now. Built from a public Observation only (no
 * hidden quantity), appending the edits at the observation's current tick and re-aggregating.
 */
import { buildCsr } from '../graph/csr.js';
import { followGraphFromCsr } from '../model/follow-graph.js';
import type { Observation } from '../model/observation.js';
import { buildObservation } from '../model/observe.js';

/** Public edits to apply on top of an observation (parallel arrays; ids are account ids in [0, n)). */
export interface WhatIfEdits {
  /** New follows: followSrc[i] follows followDst[i]. */
  followSrc: number[];
  followDst: number[];
  /** New reactions at the current tick: actor, target and kind code (0 like, 1 reshare, 2 reply, 3 mention). */
  actor: number[];
  target: number[];
  kind: number[];
  /** New posts at the current tick, by author. */
  posts: number[];
  /** Optional: existing follows to drop, as keys u·n + v (u unfollows v). */
  removed?: ReadonlySet<number>;
}

/** Empty edits. */
export function noEdits(): WhatIfEdits {
  return { followSrc: [], followDst: [], actor: [], target: [], kind: [], posts: [] };
}

/** The observation `obs` with `edits` applied at tick `obs.tick` (the window is kept). */
export function whatIf(obs: Observation, edits: WhatIfEdits): Observation {
  const { n } = obs;
  const g = obs.follows.following;
  const m0 = g.targets.length;
  const extra = edits.followSrc.length;
  const src = new Uint32Array(m0 + extra);
  const dst = new Uint32Array(m0 + extra);
  const tk = new Uint32Array(m0 + extra);
  let m = 0;
  for (let u = 0; u < n; u++) {
    for (let e = g.offsets[u]!; e < g.offsets[u + 1]!; e++) {
      if (edits.removed?.has(u * n + g.targets[e]!)) continue;
      src[m] = u;
      dst[m] = g.targets[e]!;
      tk[m++] = obs.followTick[e]!;
    }
  }
  for (let i = 0; i < extra; i++) {
    src[m] = edits.followSrc[i]!;
    dst[m] = edits.followDst[i]!;
    tk[m++] = obs.tick;
  }
  const built = buildCsr(n, src, dst, m);
  const follows = followGraphFromCsr({ n, offsets: built.offsets, targets: built.targets });
  const followTick = new Uint32Array(follows.m);
  for (let e = 0; e < follows.m; e++) followTick[e] = tk[built.origin[e]!]!;
  const ev = obs.events;
  const k = edits.actor.length;
  const events = {
    length: ev.length + k,
    tick: concat(ev.tick, ev.length, k, () => obs.tick),
    actor: concat(ev.actor, ev.length, k, (i) => edits.actor[i]!),
    target: concat(ev.target, ev.length, k, (i) => edits.target[i]!),
    kind: Uint8Array.from(concat(ev.kind, ev.length, k, (i) => edits.kind[i]!)),
  };
  const pl = obs.postLog;
  const p = edits.posts.length;
  const postLog = {
    length: pl.length + p,
    tick: concat(pl.tick, pl.length, p, () => obs.tick),
    author: concat(pl.author, pl.length, p, (i) => edits.posts[i]!),
  };
  return buildObservation({ follows, tick: obs.tick, from: obs.window.from, followTick, accounts: obs.accounts, events, postLog });
}

function concat(a: ArrayLike<number>, len: number, extra: number, f: (i: number) => number): Uint32Array {
  const out = new Uint32Array(len + extra);
  for (let i = 0; i < len; i++) out[i] = a[i]!;
  for (let i = 0; i < extra; i++) out[len + i] = f(i);
  return out;
}

/**
 * Named per-agent features for formula scorers (`formula:<expression>`). Each feature is a
 * Float64Array of length n computed from the Observation only, with a unit. Counts of activity are
 * over the Observation's window (`obs.window`); graph features are the follow graph now.
 * Reference: the attention metrics of Cha et al. 2010 and Klout's public descriptions (domain.md §2).
 */
import { findEdge } from '../graph/csr.js';
import { followerCounts, followingCounts } from '../model/follow-graph.js';
import type { Observation } from '../model/observation.js';

/** One named feature: what it is, its unit, and how to compute it. */
export interface Feature {
  readonly name: string;
  readonly unit: string;
  readonly description: string;
  compute(obs: Observation): Float64Array;
}

const f64 = (a: ArrayLike<number>): Float64Array => Float64Array.from(a);

/** Every feature a formula may use, in documentation order. */
export const FEATURES: readonly Feature[] = [
  {
    name: 'followers',
    unit: 'accounts',
    description: 'accounts following the agent (in-degree)',
    compute: (o) => f64(followerCounts(o.follows)),
  },
  {
    name: 'following',
    unit: 'accounts',
    description: 'accounts the agent follows (out-degree)',
    compute: (o) => f64(followingCounts(o.follows)),
  },
  { name: 'posts', unit: 'posts', description: 'posts within the window', compute: (o) => f64(o.posts) },
  { name: 'likes', unit: 'reactions', description: 'likes received within the window', compute: (o) => f64(o.received.like) },
  { name: 'reshares', unit: 'reactions', description: 'reshares received within the window', compute: (o) => f64(o.received.reshare) },
  { name: 'replies', unit: 'reactions', description: 'replies received within the window', compute: (o) => f64(o.received.reply) },
  { name: 'mentions', unit: 'reactions', description: 'mentions received within the window', compute: (o) => f64(o.received.mention) },
  {
    name: 'reactions',
    unit: 'reactions',
    description: 'likes + reshares + replies + mentions received within the window',
    compute: (o) => sum4(o.n, o.received),
  },
  {
    name: 'given',
    unit: 'reactions',
    description: 'reactions of every kind the agent gave within the window',
    compute: (o) => sum4(o.n, o.given),
  },
  {
    name: 'amplification',
    unit: 'reactions per post',
    description: '(likes + reshares + replies received) / (posts + 1), within the window',
    compute: amplification,
  },
  {
    name: 'reach',
    unit: 'accounts',
    description: 'distinct accounts that reacted to or mentioned the agent within the window',
    compute: reach,
  },
  { name: 'mutual', unit: 'accounts', description: 'followers the agent follows back', compute: mutual },
  { name: 'reciprocity', unit: 'share in [0, 1]', description: 'mutual / followers (0 with no followers)', compute: reciprocity },
  { name: 'verified', unit: '0 or 1', description: '1 when the platform verified the account', compute: (o) => f64(o.accounts.verified) },
  { name: 'age', unit: 'ticks', description: 'ticks since the account was created (observation tick - creation tick, ≥ 0)', compute: age },
];

/** Names of every feature. */
export const FEATURE_NAMES: readonly string[] = FEATURES.map((f) => f.name);

/** Compute the named features (each once) for an Observation. Unknown names throw a plain Error. */
export function computeFeatures(obs: Observation, names: Iterable<string>): Map<string, Float64Array> {
  const out = new Map<string, Float64Array>();
  for (const name of names) {
    if (out.has(name)) continue;
    const f = FEATURES.find((x) => x.name === name);
    if (!f) throw new Error(`unknown feature ${name}`);
    out.set(name, f.compute(obs));
  }
  return out;
}

function sum4(n: number, c: Observation['received']): Float64Array {
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) out[i] = c.like[i]! + c.reshare[i]! + c.reply[i]! + c.mention[i]!;
  return out;
}

function amplification(o: Observation): Float64Array {
  const out = new Float64Array(o.n);
  for (let i = 0; i < o.n; i++) out[i] = (o.received.like[i]! + o.received.reshare[i]! + o.received.reply[i]!) / (o.posts[i]! + 1);
  return out;
}

function reach(o: Observation): Float64Array {
  const out = new Float64Array(o.n);
  const { csr, counts } = o.interactions;
  for (let u = 0; u < o.n; u++) {
    for (let k = csr.offsets[u]!; k < csr.offsets[u + 1]!; k++) {
      const v = csr.targets[k]!;
      if (v !== u && counts.like[k]! + counts.reshare[k]! + counts.reply[k]! + counts.mention[k]! > 0) out[v]!++;
    }
  }
  return out;
}

function mutual(o: Observation): Float64Array {
  const out = new Float64Array(o.n);
  const g = o.follows.following;
  for (let u = 0; u < o.n; u++)
    for (let k = g.offsets[u]!; k < g.offsets[u + 1]!; k++) if (findEdge(g, g.targets[k]!, u) >= 0) out[g.targets[k]!]!++;
  return out;
}

function reciprocity(o: Observation): Float64Array {
  const m = mutual(o);
  const fc = followerCounts(o.follows);
  for (let i = 0; i < o.n; i++) m[i] = fc[i]! > 0 ? m[i]! / fc[i]! : 0;
  return m;
}

function age(o: Observation): Float64Array {
  const out = new Float64Array(o.n);
  for (let i = 0; i < o.n; i++) out[i] = Math.max(0, o.tick - o.accounts.createdTick[i]!);
  return out;
}

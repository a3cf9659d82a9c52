/** Small attacked worlds shared by the attack tests (baseline scenario: no other gaming). */
import { resolveRunConfig, type RunConfig } from '../../src/engine/config.js';
import { getScenario } from '../../src/scenarios/registry.js';
import { isRealRole } from '../../src/model/roles.js';
import type { HiddenLayer } from '../../src/model/hidden.js';
import type { Observation } from '../../src/model/observation.js';

/** A 400-agent baseline world over 12 ticks with one attack (budget released over 8 ticks). */
export function attackConfig(id: string | undefined, seed: number, params: Record<string, unknown> = {}, agents = 400): RunConfig {
  return resolveRunConfig(getScenario('baseline'), {
    seed,
    agents,
    ticks: 12,
    attacks: id ? [{ id, params: { budget: 120, targets: 3, rampTicks: 8, ...params } }] : [],
  });
}

/** Public counts of a set of accounts: followers, reactions received (all kinds), mentions, posts. */
export function publicCounts(
  obs: Observation,
  ids: ArrayLike<number>,
): { followers: number; reactions: number; mentions: number; posts: number } {
  let followers = 0;
  let reactions = 0;
  let mentions = 0;
  let posts = 0;
  const f = obs.follows.followers.offsets;
  for (let j = 0; j < ids.length; j++) {
    const x = ids[j]!;
    followers += f[x + 1]! - f[x]!;
    reactions += obs.received.like[x]! + obs.received.reshare[x]! + obs.received.reply[x]! + obs.received.mention[x]!;
    mentions += obs.received.mention[x]!;
    posts += obs.posts[x]!;
  }
  return { followers, reactions, mentions, posts };
}

/** Sum of hidden move probabilities on follow edges touching a fake account (either end). */
export function fakeMoveMass(h: HiddenLayer): number {
  const { offsets, targets } = h.graph.following;
  let s = 0;
  for (let u = 0; u < h.n; u++) {
    for (let e = offsets[u]!; e < offsets[u + 1]!; e++) {
      if (!isRealRole(h.role[u]!) || !isRealRole(h.role[targets[e]!]!)) s += h.moveProb[e]!;
    }
  }
  return s;
}

/** One-hop pull of `ids`: Σ over their followers u of moveProb(u ← id), the direct part of true influence. */
export function oneHopPull(h: HiddenLayer, ids: ArrayLike<number>): number {
  const g = h.graph;
  let s = 0;
  for (let j = 0; j < ids.length; j++) {
    const v = ids[j]!;
    for (let e = g.followers.offsets[v]!; e < g.followers.offsets[v + 1]!; e++) s += h.moveProb[g.followersToFollowing[e]!]!;
  }
  return s;
}

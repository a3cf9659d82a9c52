/**
 * What the engine must do as a model: honest activity carries real signal, gaming adds activity
 * no influence stands behind, and the world changes over ticks (posts, reactions, follows, unfollows).
 */
import { reactionMix } from '../../src/engine/cascade.js';
import { describe, expect, it } from 'vitest';
import { simulate } from '../../src/engine/simulate.js';
import { resolveRunConfig } from '../../src/engine/config.js';
import { getScenario } from '../../src/scenarios/registry.js';
import { Role } from '../../src/model/roles.js';
import { followerCounts } from '../../src/model/follow-graph.js';
import { spearman } from '../../src/stats/spearman.js';
import { findEdge } from '../../src/graph/csr.js';
import { buildWorld } from '../../src/engine/build-world.js';
import { cascade, CascadeScratch, ReactionBuffer } from '../../src/engine/cascade.js';
import { ModelError } from '../../src/errors.js';

const run = (scenario: string, seed: number, extra: Partial<Parameters<typeof resolveRunConfig>[1]> = {}) =>
  simulate(resolveRunConfig(getScenario(scenario), { seed, agents: 1500, ticks: 20, ...extra }));

/** Sum over v's real followers of the probability one message from v moves them (hidden). */
function directInfluence(h: ReturnType<typeof run>['final']['hidden']): Float64Array {
  const out = new Float64Array(h.n);
  const { offsets, targets } = h.graph.following;
  for (let u = 0; u < h.n; u++) if (h.real[u]) for (let e = offsets[u]!; e < offsets[u + 1]!; e++) out[targets[e]!]! += h.moveProb[e]!;
  return out;
}

describe('engine', () => {
  it('honest reactions carry real signal: among honest people, reactions received rank-correlate with direct influence', () => {
    for (const seed of [1, 2]) {
      const { observation: o, hidden: h } = run('baseline', seed).final;
      const inf = directInfluence(h);
      const ids = Array.from({ length: o.n }, (_, i) => i).filter((i) => h.role[i] === Role.honest && o.posts[i]! > 0);
      const reactions = ids.map((i) => o.received.reshare[i]! + o.received.reply[i]! + o.received.mention[i]! + o.received.like[i]!);
      expect(
        spearman(
          reactions,
          ids.map((i) => inf[i]!),
        ),
      ).toBeGreaterThan(0.3);
    }
  });

  it('bots and sybils cannot be moved and move nobody (every hidden move probability touching them is 0)', () => {
    const { hidden: h } = run('attention-vs-influence', 3).final;
    const { offsets, targets } = h.graph.following;
    let touching = 0;
    for (let u = 0; u < h.n; u++) {
      for (let e = offsets[u]!; e < offsets[u + 1]!; e++) {
        if (!h.real[u] || !h.real[targets[e]!]) {
          touching++;
          expect(h.moveProb[e]).toBe(0);
        }
      }
    }
    expect(touching).toBeGreaterThan(100);
  });

  it("bought followers raise the targets' follower counts by about the budget, with zero hidden ties", () => {
    const budget = 1200;
    const attacks = [{ id: 'bought-followers', params: { budget, targets: 4, rampTicks: 10, camouflage: 0 } }];
    const withAttack = run('baseline', 4, { attacks, roles: { gamer: 0.01 } });
    const without = run('baseline', 4, { attacks: [], roles: { gamer: 0.01 } });
    const targets = withAttack.attacks[0]!.targets;
    const fa = followerCounts(withAttack.final.observation.follows);
    const fb = followerCounts(without.final.observation.follows);
    const gain = Array.from(targets).reduce((s, t) => s + fa[t]! - fb[t]!, 0);
    expect(gain).toBeGreaterThan(0.9 * budget);
    expect(gain).toBeLessThan(1.1 * budget);
    expect(withAttack.attacks[0]!.spent).toBe(budget);
    const h = withAttack.final.hidden;
    for (const bot of withAttack.attacks[0]!.accounts) {
      for (let e = h.graph.following.offsets[bot]!; e < h.graph.following.offsets[bot + 1]!; e++) expect(h.tie[e]).toBe(0);
    }
  });

  it('follow-for-follow farming earns follow-backs, far more often from social capitalists than their share', () => {
    const attacks = [{ id: 'follow-farming', params: { budget: 1500, targets: 3, rampTicks: 10 } }];
    const r = run('baseline', 5, { attacks, roles: { gamer: 0.01, capitalist: 0.05 } });
    const { observation: o, hidden: h } = r.final;
    let capitalistBacks = 0;
    let otherBacks = 0;
    for (const g of r.attacks[0]!.targets) {
      for (let s = o.follows.followers.offsets[g]!; s < o.follows.followers.offsets[g + 1]!; s++) {
        const f = o.follows.followers.targets[s]!;
        if (o.followTick[o.follows.followersToFollowing[s]!]! === 0) continue; // there before the attack
        if (findEdge(o.follows.following, g, f) < 0) continue; // not a returned farmed follow
        if (h.role[f] === Role.capitalist) capitalistBacks++;
        else otherBacks++;
      }
    }
    expect(capitalistBacks).toBeGreaterThan(20);
    // Capitalists are 5% of people but at least 5× that share of the farm's returned follows.
    expect(capitalistBacks / (capitalistBacks + otherBacks)).toBeGreaterThan(5 * 0.05);
  });

  it('the world changes over ticks: posts, reactions of every kind, follows and unfollows', () => {
    const r = run('attention-vs-influence', 6);
    const total = (k: keyof (typeof r.ticks)[number]) => r.ticks.reduce((s, t) => s + (t[k] as number), 0);
    for (const k of ['posts', 'likes', 'reshares', 'replies', 'mentions', 'follows', 'unfollows', 'moved', 'gamingCost'] as const)
      expect(total(k), k).toBeGreaterThan(0);
    const every = r.config.activity.recordEvery;
    const expected = Array.from({ length: Math.floor(20 / every) }, (_, i) => (i + 1) * every - 1);
    if (expected[expected.length - 1] !== 19) expected.push(19);
    expect(r.snapshots.map((s) => s.tick)).toEqual(expected);
    expect(r.final.observation.window).toEqual({ from: Math.max(0, 20 - r.config.activity.window), to: 19 });
  });
});

describe('cascade', () => {
  it('refuses a scratch whose person records were never refreshed, and spreads once refreshed', () => {
    const config = resolveRunConfig(getScenario('baseline'), { seed: 2, agents: 200, ticks: 1 });
    const { world, seeds } = buildWorld(config);
    const scratch = new CascadeScratch(world.n);
    const next = seeds.stream('activity').next;
    const params = { beta: config.influence.beta, pMax: config.influence.pMax, casualLike: 0, mix: reactionMix(config.activity) };
    const run = (author: number) => cascade(world.graph.inn, params, author, 1, next, scratch, new ReactionBuffer(), 0);
    expect(() => run(0)).toThrow(ModelError);
    scratch.refresh(world, config.influence.attentionScale);
    // The most-followed person's post reaches someone over a few tries.
    const star = [...Array(world.base).keys()].sort((a, b) => world.graph.inn.len[b]! - world.graph.inn.len[a]!)[0]!;
    let moved = 0;
    for (let k = 0; k < 20; k++) moved += run(star);
    expect(moved).toBeGreaterThan(0);
  });
});

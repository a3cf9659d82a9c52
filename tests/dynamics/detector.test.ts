/**
 * The public gaming detector: each rule fires on a hand-built world made to trip it and on nothing
 * else there; on simulated worlds with every strategy in play, its error rates are measured
 * (flags among people who never gamed vs among people gaming now).
 */
import { describe, expect, it } from 'vitest';
import { detectGaming, RULE } from '../../src/dynamics/detector.js';
import { resolveDynamics } from '../../src/dynamics/params.js';
import { runDynamics } from '../../src/dynamics/run-dynamics.js';
import { ORGANIC } from '../../src/dynamics/strategies.js';
import { resolveRunConfig } from '../../src/engine/config.js';
import { findEdge } from '../../src/graph/csr.js';
import { followGraphFromEdges } from '../../src/model/follow-graph.js';
import { KIND } from '../../src/model/observation.js';
import { buildObservation } from '../../src/model/observe.js';
import { goodhartDecay } from '../../src/scenarios/goodhart-decay.js';

/**
 * A 40-account world at tick 29 (window: every tick):
 *   0  honest: followed by 1–5, who post and like its posts — never flagged
 *   6  bought followers: 8 inert accounts (30–37: never posted, follow only 6) + 2 real followers
 *   7  outside engagement: 12 reactions from 10–21, none of whom follows 7
 *   8  volume: 31 posts in ticks 20–29
 *   9  farming: followed 10–19 at tick 25; nobody followed back
 *   3  follows back 10 accounts (22–29 and 10, 11) that followed it first: returns, not farming
 */
function handWorld() {
  const edges: [number, number, number][] = []; // follower, followee, tick
  for (let u = 1; u <= 5; u++) edges.push([u, 0, 0]);
  for (let b = 30; b < 38; b++) edges.push([b, 6, 1]);
  edges.push([1, 6, 0], [2, 6, 0]);
  for (let v = 10; v < 20; v++) edges.push([9, v, 25]);
  for (const v of [22, 23, 24, 25, 26, 27, 28, 29, 10, 11]) edges.push([v, 3, 20], [3, v, 26]);
  const follows = followGraphFromEdges(
    40,
    edges.map((e) => e[0]),
    edges.map((e) => e[1]),
  );
  const followTick = new Uint32Array(follows.m);
  for (const [u, v, t] of edges) followTick[findEdge(follows.following, u, v)] = t;
  const ev: [number, number, number, number][] = []; // tick, actor, target, kind
  for (let u = 1; u <= 5; u++) ev.push([2, u, 0, KIND.like], [4, u, 0, KIND.reshare]);
  for (let a = 10; a < 22; a++) ev.push([10 + (a % 5), a, 7, KIND.like]);
  ev.sort((x, y) => x[0] - y[0]);
  const posts: [number, number][] = [];
  for (let u = 0; u <= 5; u++) posts.push([1, u], [3, u]);
  for (let k = 0; k < 31; k++) posts.push([20 + (k % 10), 8]);
  for (const a of [3, 7, 9, 6, ...Array.from({ length: 20 }, (_, i) => 10 + i)]) posts.push([5, a]);
  posts.sort((x, y) => x[0] - y[0]);
  return buildObservation({
    follows,
    tick: 29,
    followTick,
    events: {
      length: ev.length,
      tick: Uint32Array.from(ev.map((e) => e[0])),
      actor: Uint32Array.from(ev.map((e) => e[1])),
      target: Uint32Array.from(ev.map((e) => e[2])),
      kind: Uint8Array.from(ev.map((e) => e[3])),
    },
    postLog: { length: posts.length, tick: Uint32Array.from(posts.map((p) => p[0])), author: Uint32Array.from(posts.map((p) => p[1])) },
  });
}

describe('detectGaming on a hand-built world', () => {
  const flags = detectGaming(handWorld());
  it('flags each gamer by its own rule', () => {
    expect(flags[6]).toBe(RULE.fakeFollowers);
    expect(flags[7]).toBe(RULE.outsideEngagement);
    expect(flags[8]).toBe(RULE.volume);
    expect(flags[9]).toBe(RULE.farming);
  });
  it('flags nobody else (honest hub, follow-backs, inert accounts themselves)', () => {
    const others = Array.from(flags)
      .map((f, i) => [i, f] as const)
      .filter(([i, f]) => f !== 0 && ![6, 7, 8, 9].includes(i));
    expect(others).toEqual([]);
  });
});

describe('detectGaming on simulated worlds with every strategy in play', () => {
  it('flags ≤ 2% of people who never gamed and ≥ 70% of people gaming now', () => {
    let neverGamed = 0;
    let falsePos = 0;
    let gaming = 0;
    let caught = 0;
    for (const seed of [1, 2]) {
      const config = resolveRunConfig(goodhartDecay, { seed, agents: 400, ticks: 50 });
      // Frequent exploration keeps every strategy present.
      const run = runDynamics(config, resolveDynamics({ mutation: 0.05 }));
      const snap = run.result.final;
      const flags = detectGaming(snap.observation);
      const strategy = run.controller.strategyAt.get(snap.tick)!;
      for (let i = 0; i < config.agents; i++) {
        if (!run.controller.adaptive[i]) continue;
        if (strategy[i] !== ORGANIC) {
          gaming++;
          if (flags[i]) caught++;
        } else if (!run.controller.everGamed[i]) {
          neverGamed++;
          if (flags[i]) falsePos++;
        }
      }
    }
    expect(gaming).toBeGreaterThan(50);
    expect(neverGamed).toBeGreaterThan(200);
    expect(falsePos / neverGamed).toBeLessThanOrEqual(0.02);
    expect(caught / gaming).toBeGreaterThanOrEqual(0.7);
  });
});

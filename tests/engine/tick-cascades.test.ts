/**
 * A tick's cascades run in fixed chunks with their own streams, on any number of threads, with the
 * same result (src/engine/tick-cascades.ts): byte-identical runs for 1, 2 and 4 threads, including
 * ticks where the follower arena grew under the workers and ticks with paid posts and extra showings.
 */
import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { simulate, type SimulationResult } from '../../src/engine/simulate.js';
import { resolveRunConfig } from '../../src/engine/config.js';
import { getScenario } from '../../src/scenarios/registry.js';
import { buildWorld } from '../../src/engine/build-world.js';
import { CASCADE_CHUNKS, TickCascades, cascadeChunkKey, runCascadeChunk } from '../../src/engine/tick-cascades.js';
import { CascadeScratch, ReactionBuffer } from '../../src/engine/cascade.js';
import { ParameterError } from '../../src/errors.js';

/** A digest of everything a run produced that cascades touch: reactions, posts, follows, per-tick counters. */
function digest(r: SimulationResult): string {
  const h = createHash('sha256');
  for (const s of r.snapshots) {
    const o = s.observation;
    h.update(o.events.tick).update(o.events.actor).update(o.events.target).update(o.events.kind);
    h.update(o.postLog.tick).update(o.postLog.author);
    h.update(o.follows.following.offsets).update(o.follows.following.targets);
  }
  h.update(JSON.stringify(r.ticks));
  return h.digest('hex');
}

describe('tick cascades on several threads', () => {
  it('give byte-identical runs for 1, 2 and 4 threads, across arena growth, paid posts and extra showings', () => {
    const config = resolveRunConfig(getScenario('attention-vs-influence'), {
      seed: 7,
      agents: 2500,
      ticks: 30,
      attacks: [
        { id: 'bought-followers', params: { budget: 3000, targets: 10, rampTicks: 20 } },
        { id: 'perks', params: { budget: 300, targets: 5, rampTicks: 20, recipients: 20 } },
      ],
    });
    const digests: string[] = [];
    for (const threads of [1, 2, 4]) {
      const buffers = new Set<ArrayBufferLike>();
      const r = simulate(config, {
        threads,
        beforeApply: (world) => buffers.add(world.graph.inn.pairs.buffer),
        showings: (author, tick) => 1 + ((author + tick) % 3 === 0 ? 1 : 0),
      });
      // The follower arena moved to a bigger buffer at least once, so workers had to be told.
      expect(buffers.size, `threads ${threads}`).toBeGreaterThan(1);
      expect(r.ticks.reduce((a, t) => a + t.moved, 0)).toBeGreaterThan(0);
      digests.push(digest(r));
    }
    expect(digests[1]).toBe(digests[0]);
    expect(digests[2]).toBe(digests[0]);
    // ... and the seed still matters.
    expect(digest(simulate({ ...config, seed: 8 }, { threads: 2 }))).not.toBe(digests[0]);
  });

  it('a chunk draws from its own stream: its reactions do not depend on which chunks ran before it', () => {
    const config = resolveRunConfig(getScenario('baseline'), { seed: 4, agents: 800, ticks: 1 });
    const { world, seeds } = buildWorld(config);
    const count = 200;
    const authors = Uint32Array.from({ length: count }, (_, i) => (i * 7) % world.base);
    const posts = { count, authors, shows: new Uint32Array(count).fill(1), appeal: new Float64Array(count).fill(1) };
    const params = { beta: config.influence.beta, pMax: config.influence.pMax, casualLike: config.activity.casualLike };
    const prefix = seeds.stream('cascades').key;
    const chunk = (c: number, before: number[]) => {
      const scratch = new CascadeScratch(world.n);
      scratch.refresh(world, config.influence.attentionScale);
      for (const b of before) runCascadeChunk(world.graph.inn, params, posts, prefix, 0, b, scratch, new ReactionBuffer());
      const out = new ReactionBuffer();
      const moved = runCascadeChunk(world.graph.inn, params, posts, prefix, 0, c, scratch, out);
      return { moved, reactions: Array.from(out.data.subarray(0, 3 * out.length)) };
    };
    const alone = chunk(5, []);
    expect(alone.moved).toBeGreaterThan(0);
    expect(chunk(5, [0, 1, 2, 3, 4])).toEqual(alone);
    // Every reaction of chunk 5 belongs to one of its posts (i ≡ 5 mod CASCADE_CHUNKS).
    for (let t = 0; t < alone.reactions.length; t += 3) expect(alone.reactions[t]! % CASCADE_CHUNKS).toBe(5);
    expect(cascadeChunkKey(prefix, 3, 5)).toBe(`${prefix}/t3/c5`);
  });

  it('a worker that fails is reported as a ModelError (no hang, no silent result), and the pool closes', () => {
    const config = resolveRunConfig(getScenario('baseline'), { seed: 3, agents: 300, ticks: 1 });
    const { world } = buildWorld(config);
    const params = { beta: config.influence.beta, pMax: config.influence.pMax, casualLike: config.activity.casualLike };
    const cascades = new TickCascades(world, 'k', params, 2);
    // Pretend the follower rows were sent already: the worker wakes without them and must fail.
    (cascades as unknown as { workers: { sentPairs: ArrayBufferLike }[] }).workers[0]!.sentPairs = world.graph.inn.pairs.buffer;
    const count = 40;
    const posts = { count, authors: Uint32Array.from({ length: count }, (_, i) => i), shows: new Uint32Array(count).fill(1), appeal: new Float64Array(count).fill(1) };
    // (The worker prints its own error on stderr: "woken without follower rows or a job".)
    expect(() => cascades.run(0, posts, config.influence.attentionScale)).toThrow(/cascade worker thread failed/);
    expect((cascades as unknown as { workers: unknown[] }).workers).toHaveLength(0);
  });

  it('refuses a thread count outside 1 … 16, naming the field', () => {
    const config = resolveRunConfig(getScenario('baseline'), { seed: 1, agents: 100, ticks: 1 });
    const { world } = buildWorld(config);
    const params = { beta: 0.25, pMax: 0.9, casualLike: 0 };
    for (const threads of [0, 17, 1.5]) {
      expect(() => new TickCascades(world, 'k', params, threads)).toThrow(ParameterError);
      expect(() => new TickCascades(world, 'k', params, threads)).toThrow(/threads/);
    }
    expect(() => simulate(config, { threads: 0 })).toThrow(/invalid threads: 0/);
  });
});

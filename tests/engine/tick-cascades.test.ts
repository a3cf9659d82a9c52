/**
 * A tick's cascades run in fixed chunks with their own streams, on any number of threads, with the
 * same result (src/engine/tick-cascades.ts): byte-identical runs for 1, 2 and 4 threads, including
 * ticks where the follower arena grew under the workers and ticks with paid posts and extra showings;
 * equal to a plain per-post loop over the chunk streams; failures reported, never waited on.
 */
import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { simulate, type SimulationResult } from '../../src/engine/simulate.js';
import { resolveRunConfig } from '../../src/engine/config.js';
import { getScenario } from '../../src/scenarios/registry.js';
import { buildWorld } from '../../src/engine/build-world.js';
import { CASCADE_CHUNKS, TickCascades, cascadeChunkKey, runCascadeChunk, type TickPosts } from '../../src/engine/tick-cascades.js';
import { cascade, CascadeScratch, ReactionBuffer, reactionMix } from '../../src/engine/cascade.js';
import type { World } from '../../src/engine/world.js';
import { Rng } from '../../src/rng.js';
import type { Worker } from 'node:worker_threads';
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

/** A small built world and its cascade constants. */
function smallWorld(seed: number) {
  const config = resolveRunConfig(getScenario('baseline'), { seed, agents: 600, ticks: 1 });
  const { world } = buildWorld(config);
  const params = {
    beta: config.influence.beta,
    pMax: config.influence.pMax,
    casualLike: config.activity.casualLike,
    mix: reactionMix(config.activity),
  };
  return { world, params, attentionScale: config.influence.attentionScale };
}

/** `count` posts by well-followed authors, with showings 0-3 and every third one paid (appeal 0.3). */
function somePosts(world: World, count: number, salt = 0): TickPosts {
  const byFollowers = [...Array(world.base).keys()].sort((a, b) => world.graph.inn.len[b]! - world.graph.inn.len[a]! || a - b);
  const authors = Uint32Array.from({ length: count }, (_, i) => byFollowers[(i * 7 + salt * 13) % 100]!);
  const shows = Uint32Array.from({ length: count }, (_, i) => (i + salt) % 4);
  const appeal = Float64Array.from({ length: count }, (_, i) => (i % 3 === 0 ? 0.3 : 1));
  return { count, authors, shows, appeal };
}

/**
 * The specification, written plainly: chunk c = posts c, c + 16, ... with the stream
 * `<prefix>/t<tick>/c<c>`, each post's cascade run `shows` times; reactions chunk by chunk.
 */
function referenceTick(w: ReturnType<typeof smallWorld>, posts: TickPosts, prefix: string, tick: number) {
  const scratch = new CascadeScratch(w.world.n);
  scratch.refresh(w.world, w.attentionScale);
  let moved = 0;
  const reactions: number[][] = [];
  for (let c = 0; c < 16; c++) {
    const next = new Rng(`${prefix}/t${tick}/c${c}`).next;
    const out = new ReactionBuffer();
    for (let i = c; i < posts.count; i += 16)
      for (let k = 0; k < posts.shows[i]!; k++)
        moved += cascade(w.world.graph.inn, w.params, posts.authors[i]!, posts.appeal[i]!, next, scratch, out, i);
    for (let t = 0; t < out.length; t++) reactions.push([out.data[3 * t + 1]!, posts.authors[out.data[3 * t]!]!, out.data[3 * t + 2]!]);
  }
  return { moved, reactions };
}

/** Reject with `message` unless `p` settles within `ms`. */
function withTimeout<T>(p: Promise<T>, ms: number, message: string): Promise<T> {
  return Promise.race([p, new Promise<T>((_, reject) => setTimeout(() => reject(new Error(message)), ms).unref())]);
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

  it('equal a plain per-post loop over the chunk streams (showings 0-3, paid-post appeal), tick after tick, on 1 or 2 threads', () => {
    for (const [threads, callerRuns] of [
      [1, true],
      [2, false],
    ] as const) {
      const plain = smallWorld(5);
      const pooled = smallWorld(5);
      const cascades = new TickCascades(pooled.world, 'ref', pooled.params, threads, { callerRuns });
      try {
        for (const tick of [0, 1, 2]) {
          const posts = somePosts(plain.world, 120, tick);
          const expected = referenceTick(plain, posts, 'ref', tick);
          const before = pooled.world.events.length;
          const moved = cascades.run(tick, posts, pooled.attentionScale);
          const ev = pooled.world.events.view();
          const got = Array.from({ length: ev.length - before }, (_, t) => [
            ev.actor[before + t]!,
            ev.target[before + t]!,
            ev.kind[before + t]!,
          ]);
          expect(moved, `threads ${threads}, tick ${tick}`).toBe(expected.moved);
          expect(got, `threads ${threads}, tick ${tick}`).toEqual(expected.reactions);
          expect(expected.moved).toBeGreaterThan(0);
        }
      } finally {
        cascades.close();
      }
    }
  });

  it('workers read the follower rows again after the arena moves to a bigger buffer (workers only, forced growth)', () => {
    const one = smallWorld(6);
    const two = smallWorld(6);
    const solo = new TickCascades(one.world, 'grow', one.params, 1);
    const pool = new TickCascades(two.world, 'grow', two.params, 2, { callerRuns: false });
    try {
      for (let tick = 0; tick < 4; tick++) {
        // Between ticks, add follows to the most-followed accounts until the arena has grown.
        for (const { world } of [one, two]) {
          const before = world.graph.inn.pairs.buffer;
          for (let k = 0; world.graph.inn.pairs.buffer === before && k < 50 * world.n; k++)
            world.graph.add(k % world.n, (Math.floor(k / world.n) + 20 * tick) % world.base, 0.5, tick);
          expect(world.graph.inn.pairs.buffer).not.toBe(before);
        }
        const posts = somePosts(one.world, 60, tick);
        expect(pool.run(tick, posts, two.attentionScale)).toBe(solo.run(tick, posts, one.attentionScale));
      }
      const a = one.world.events.view();
      const b = two.world.events.view();
      expect(Array.from(b.actor)).toEqual(Array.from(a.actor));
      expect(Array.from(b.target)).toEqual(Array.from(a.target));
    } finally {
      solo.close();
      pool.close();
    }
  });

  it('a chunk draws from its own stream: its reactions do not depend on which chunks ran before it', () => {
    const config = resolveRunConfig(getScenario('baseline'), { seed: 4, agents: 800, ticks: 1 });
    const { world, seeds } = buildWorld(config);
    const count = 200;
    const authors = Uint32Array.from({ length: count }, (_, i) => (i * 7) % world.base);
    const posts = { count, authors, shows: new Uint32Array(count).fill(1), appeal: new Float64Array(count).fill(1) };
    const params = {
      beta: config.influence.beta,
      pMax: config.influence.pMax,
      casualLike: config.activity.casualLike,
      mix: reactionMix(config.activity),
    };
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

  it('a worker that fails mid-run is reported as a ModelError quoting its error, and every worker thread ends', async () => {
    const { world, params, attentionScale } = smallWorld(3);
    const cascades = new TickCascades(world, 'k', params, 3);
    const inside = cascades as unknown as { pool: { workers: readonly Worker[] }; sent: unknown[] };
    const exited = inside.pool.workers.map((worker) => new Promise<void>((resolve) => worker.once('exit', () => resolve())));
    expect(exited).toHaveLength(2);
    // Pretend the follower rows were sent already: worker 1 wakes without them and must fail.
    inside.sent[0] = [world.graph.inn.start.buffer, world.graph.inn.len.buffer, world.graph.inn.pairs.buffer];
    expect(() => cascades.run(0, somePosts(world, 40), attentionScale)).toThrow(
      /cascade worker thread failed: Error: cascade worker: woken without follower rows/,
    );
    await withTimeout(Promise.all(exited), 10_000, 'a worker thread outlived the failed pool');
  });

  it('a worker that failed while starting is reported on the first run, not waited for', async () => {
    const { world, params, attentionScale } = smallWorld(3);
    const cascades = new TickCascades(world, 'k', params, 2, {
      workerEntry: new URL('../fixtures/engine/cascade-worker-fails-to-load.mjs', import.meta.url),
    });
    const control = (cascades as unknown as { control: Int32Array }).control;
    // Let the stand-in fail first (control word 1 becomes 3), as a real one may while tick 0's decide phase runs.
    for (let i = 0; i < 100 && Atomics.load(control, 1) !== 3; i++) Atomics.wait(control, 1, Atomics.load(control, 1), 100);
    expect(Atomics.load(control, 1)).toBe(3);
    expect(() => cascades.run(0, somePosts(world, 40), attentionScale)).toThrow(
      /cascade worker thread failed: stand-in worker: could not load its body/,
    );
  });

  it('refuses showings that are not whole non-negative numbers, naming the field', () => {
    const config = resolveRunConfig(getScenario('baseline'), { seed: 1, agents: 200, ticks: 2 });
    expect(() => simulate(config, { showings: () => 1.5 })).toThrow(/invalid showings: 1\.5/);
    expect(() => simulate(config, { showings: () => -1 })).toThrow(ParameterError);
    // 0 is allowed: the post is logged and shown to no one, so nobody is moved by it.
    const r = simulate(config, { showings: () => 0 });
    expect(r.ticks.reduce((a, t) => a + t.moved, 0)).toBe(0);
    expect(r.ticks.reduce((a, t) => a + t.posts, 0)).toBeGreaterThan(0);
  });

  it('refuses a thread count outside 1 … 16, naming the field', () => {
    const config = resolveRunConfig(getScenario('baseline'), { seed: 1, agents: 100, ticks: 1 });
    const { world } = buildWorld(config);
    const params = { beta: 0.25, pMax: 0.9, casualLike: 0, mix: [0.6, 0.8, 0.92] as [number, number, number] };
    for (const threads of [0, 17, 1.5]) {
      expect(() => new TickCascades(world, 'k', params, threads)).toThrow(ParameterError);
      expect(() => new TickCascades(world, 'k', params, threads)).toThrow(/threads/);
    }
    expect(() => simulate(config, { threads: 0 })).toThrow(/invalid threads: 0/);
  });
});

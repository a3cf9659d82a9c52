/**
 * One post's spread: an Independent Cascade on the hidden move probabilities, run live.
 * The author's followers may be moved; every moved person gets one chance to move each of
 * their own followers (by resharing, or by word of mouth that leaves no trace). A moved person
 * reacts publicly with probability equal to their visibility; an unmoved follower who sees the
 * author's own post may still like it out of attention (`casualLike`), which is attention
 * without influence. Reactions are credited to the post's author.
 * Reference: Kempe, Kleinberg & Tardos (2003), Independent Cascade.
 */
import { ModelError } from '../errors.js';
import { KIND } from '../model/observation.js';
import type { Rng } from '../rng.js';
import type { World } from './world.js';

/** Public reaction mix of a moved, visible person: cumulative shares of like, reshare, reply, mention. */
const MIX = [0.6, 0.8, 0.92, 1] as const;

/** Fields of a person's record in {@link CascadeScratch.node} (stride 4). */
const REC = 0;
const VIS = 1;
const STAMP = 2;
const APPEAL = 3;

/**
 * Reusable scratch memory for cascades (one per world). What a cascade reads of a person —
 * receptivity, visibility, the visited stamp and appeal — sits interleaved in one record, so a
 * follower costs one cache miss instead of three on million-agent worlds.
 */
export class CascadeScratch {
  /** Per person u: [4u] receptivity, [4u+1] visibility, [4u+2] visited stamp, [4u+3] appeal. */
  readonly node: Float64Array;
  readonly queue: Uint32Array;
  current = 0;
  /** False until the first {@link refresh}: the records are zero (nobody receptive) before it. */
  refreshed = false;
  constructor(n: number) {
    this.node = new Float64Array(4 * n);
    this.queue = new Uint32Array(n);
  }

  /**
   * Refresh the per-person records from the world, once per tick before its cascades:
   * receptivity = susceptibility × A / (A + following), in [0, 1] (A = `attentionScale`).
   */
  refresh(world: World, attentionScale: number): void {
    const { susceptibility, visibility, appeal } = world.a;
    const following = world.graph.out.len;
    const node = this.node;
    for (let u = 0, j = 0; u < world.n; u++, j += 4) {
      node[j + REC] = (susceptibility[u]! * attentionScale) / (attentionScale + following[u]!);
      node[j + VIS] = visibility[u]!;
      node[j + APPEAL] = appeal[u]!;
    }
    this.refreshed = true;
  }
}

/**
 * Run the cascade of one post by `author`; logs reactions into the world and returns the number of
 * real people moved (hidden). Reads the person records of the last `scratch.refresh(world, A)`.
 * One uniform draw per follower edge examined (plus the reaction draws of each person moved).
 * @param casualLike chance in [0, 1] that an unmoved visible direct follower likes anyway (× visibility).
 * @param appealFactor multiplier in [0, 1] on the author's own appeal (paid posts persuade less; default 1).
 */
export function runCascade(world: World, author: number, rng: Rng, scratch: CascadeScratch, casualLike: number, appealFactor = 1): number {
  const { start, len, pairs, ties } = world.graph.inn;
  const { beta, pMax } = world.influence;
  const { node, queue } = scratch;
  if (!scratch.refreshed) throw new ModelError('runCascade: call scratch.refresh(world, attentionScale) first');
  const mark = ++scratch.current;
  node[4 * author + STAMP] = mark;
  let head = 0;
  let tail = 0;
  queue[tail++] = author;
  let moved = 0;
  while (head < tail) {
    const x = queue[head++]!;
    const direct = x === author;
    const bx = beta * node[4 * x + APPEAL]! * (direct ? appealFactor : 1);
    if (bx === 0 && !direct) continue;
    const e = start[x]! + len[x]!;
    for (let i = start[x]!; i < e; i++) {
      const u = pairs[2 * i]!;
      const j = 4 * u;
      if (node[j + STAMP] === mark) continue;
      let p = bx * ties[2 * i + 1]! * node[j + REC]!;
      if (p > pMax) p = pMax;
      const r = rng.next();
      if (r < p) {
        node[j + STAMP] = mark;
        queue[tail++] = u;
        moved++;
        if (rng.next() < node[j + VIS]!) {
          const k = rng.next();
          const code = k < MIX[0] ? KIND.like : k < MIX[1] ? KIND.reshare : k < MIX[2] ? KIND.reply : KIND.mention;
          world.logReaction(u, author, code);
        }
      } else if (direct && r < p + casualLike * node[j + VIS]!) {
        world.logReaction(u, author, KIND.like);
      }
    }
  }
  return moved;
}

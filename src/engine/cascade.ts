/**
 * One post's spread: an Independent Cascade on the hidden move probabilities, run live.
 * The author's followers may be moved; every moved person gets one chance to move each of
 * their own followers (by resharing, or by word of mouth that leaves no trace). A moved person
 * reacts publicly with probability equal to their visibility; an unmoved follower who sees the
 * author's own post may still like it out of attention (`casualLike`), which is attention
 * without influence. Reactions are credited to the post's author.
 * Reference: Kempe, Kleinberg & Tardos (2003), Independent Cascade.
 */
import { KIND } from '../model/observation.js';
import type { Rng } from '../rng.js';
import type { World } from './world.js';

/** Public reaction mix of a moved, visible person: cumulative shares of like, reshare, reply, mention. */
const MIX = [0.6, 0.8, 0.92, 1] as const;

/** Reusable scratch memory for cascades (one per world). */
export class CascadeScratch {
  readonly stamp: Uint32Array;
  readonly queue: Uint32Array;
  current = 0;
  constructor(n: number) {
    this.stamp = new Uint32Array(n);
    this.queue = new Uint32Array(n);
  }
}

/**
 * Run the cascade of one post by `author`; logs reactions into the world and returns the number of
 * real people moved (hidden).
 * @param receptivity per-agent susceptibility × A / (A + following), refreshed each tick.
 * @param casualLike chance in [0, 1] that an unmoved visible direct follower likes anyway (× visibility).
 * @param appealFactor multiplier in [0, 1] on the author's own appeal (paid posts persuade less; default 1).
 */
export function runCascade(world: World, author: number, rng: Rng, scratch: CascadeScratch, receptivity: Float64Array, casualLike: number, appealFactor = 1): number {
  const { start, len, nbr, tie } = world.graph.inn;
  const { appeal, visibility } = world.a;
  const { beta, pMax } = world.influence;
  const stamp = scratch.stamp;
  const queue = scratch.queue;
  const mark = ++scratch.current;
  stamp[author] = mark;
  let head = 0;
  let tail = 0;
  queue[tail++] = author;
  let moved = 0;
  while (head < tail) {
    const x = queue[head++]!;
    const direct = x === author;
    const bx = beta * appeal[x]! * (direct ? appealFactor : 1);
    if (bx === 0 && !direct) continue;
    const s = start[x]!;
    const e = s + len[x]!;
    for (let i = s; i < e; i++) {
      const u = nbr[i]!;
      if (stamp[u] === mark) continue;
      let p = bx * tie[i]! * receptivity[u]!;
      if (p > pMax) p = pMax;
      const r = rng.next();
      if (r < p) {
        stamp[u] = mark;
        queue[tail++] = u;
        moved++;
        if (rng.next() < visibility[u]!) {
          const k = rng.next();
          const code = k < MIX[0] ? KIND.like : k < MIX[1] ? KIND.reshare : k < MIX[2] ? KIND.reply : KIND.mention;
          world.logReaction(u, author, code);
        }
      } else if (direct && r < p + casualLike * visibility[u]!) {
        world.logReaction(u, author, KIND.like);
      }
    }
  }
  return moved;
}

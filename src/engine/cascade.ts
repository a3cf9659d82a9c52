/**
 * One post's spread: an Independent Cascade on the hidden move probabilities, run live.
 * The author's followers may be moved; every moved person gets one chance to move each of
 * their own followers (by resharing, or by word of mouth that leaves no trace). A moved person
 * reacts publicly with probability equal to their visibility; an unmoved follower who sees the
 * author's own post may still like it out of attention (`casualLike`), which is attention
 * without influence. Reactions are credited to the post's author.
 *
 * The cascade reads only the follower rows and the per-person records, and writes its reactions
 * into a {@link ReactionBuffer}; it never touches the World, so one tick's cascades can run on
 * several threads (src/engine/tick-cascades.ts) and be logged afterwards in a fixed order.
 * Reference: Kempe, Kleinberg & Tardos (2003), Independent Cascade.
 */
import { ModelError } from '../errors.js';
import { KIND } from '../model/observation.js';
import type { World } from './world.js';

/** Fields of a person's record in {@link CascadeScratch.node} (stride 4). */
const REC = 0;
const VIS = 1;
const STAMP = 2;
const APPEAL = 3;

/** Follower rows a cascade walks: row v = followers of v (the `inn` arena's arrays, possibly shared). */
export interface FollowerRows {
  readonly start: Uint32Array;
  readonly len: Uint32Array;
  /** Follower of slot i at index 2i. */
  readonly pairs: Uint32Array;
  /** Hidden tie of slot i at index 2i + 1 (same memory as `pairs`). */
  readonly ties: Float32Array;
}

/** The constants of a run's cascades. */
export interface CascadeParams {
  /** Persuasion scale β ≥ 0. */
  readonly beta: number;
  /** Cap on one move probability, in [0, 1]. */
  readonly pMax: number;
  /** Chance in [0, 1] that an unmoved visible direct follower likes anyway (× visibility). */
  readonly casualLike: number;
  /**
   * Public reaction mix of a moved, visible person: cumulative shares in [0, 1] of like, like +
   * reshare, like + reshare + reply (the rest are mentions); see {@link reactionMix}.
   */
  readonly mix: readonly [number, number, number];
}

/** Cumulative reaction mix (see {@link CascadeParams.mix}) from the shares of likes, reshares and replies (each in [0, 1], sum ≤ 1). */
export function reactionMix(p: { likeShare: number; reshareShare: number; replyShare: number }): [number, number, number] {
  return [p.likeShare, p.likeShare + p.reshareShare, p.likeShare + p.reshareShare + p.replyShare];
}

/**
 * Write the per-person records a cascade reads into `node` (stride 4, length ≥ 4n):
 * receptivity = susceptibility × A / (A + following) in [0, 1] (A = `attentionScale`), visibility,
 * a zero visited stamp, appeal.
 */
export function fillRecords(world: World, attentionScale: number, node: Float64Array): void {
  const { susceptibility, visibility, appeal } = world.a;
  const following = world.graph.out.len;
  for (let u = 0, j = 0; u < world.n; u++, j += 4) {
    node[j + REC] = (susceptibility[u]! * attentionScale) / (attentionScale + following[u]!);
    node[j + VIS] = visibility[u]!;
    node[j + STAMP] = 0;
    node[j + APPEAL] = appeal[u]!;
  }
}

/**
 * Reusable scratch memory for cascades (one per thread). What a cascade reads of a person —
 * receptivity, visibility, the visited stamp and appeal — sits interleaved in one record, so a
 * follower costs one cache miss instead of three on million-agent worlds.
 */
export class CascadeScratch {
  /** Per person u: [4u] receptivity, [4u+1] visibility, [4u+2] visited stamp, [4u+3] appeal. */
  readonly node: Float64Array;
  readonly queue: Uint32Array;
  current = 0;
  /** False until the first {@link refresh} or {@link load}: the records are zero (nobody receptive) before it. */
  refreshed = false;
  constructor(n: number) {
    this.node = new Float64Array(4 * n);
    this.queue = new Uint32Array(n);
  }

  /** Refresh the per-person records from the world, once per tick before its cascades (see {@link fillRecords}). */
  refresh(world: World, attentionScale: number): void {
    fillRecords(world, attentionScale, this.node);
    this.refreshed = true;
  }

  /** Take the records another thread filled with {@link fillRecords} (same length). */
  load(records: Float64Array): void {
    this.node.set(records);
    this.refreshed = true;
  }
}

/** Reactions logged by cascades: (post index, actor, kind code) triples in the order they happened. */
export class ReactionBuffer {
  data: Uint32Array;
  /** Number of triples. */
  length = 0;
  constructor(capacity = 1024) {
    this.data = new Uint32Array(3 * Math.max(1, capacity));
  }

  /** Append one reaction by `actor` to post `post` (an index into the tick's posts). */
  push(post: number, actor: number, code: number): void {
    let j = 3 * this.length;
    if (j + 3 > this.data.length) {
      const grown = new Uint32Array(2 * this.data.length);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[j++] = post;
    this.data[j++] = actor;
    this.data[j] = code;
    this.length++;
  }
}

/**
 * Run the cascade of one post by `author` over `rows` with the records of `scratch`; appends its
 * reactions (tagged `post`) to `out` and returns the number of real people moved (hidden).
 * One uniform draw per follower edge examined (plus the reaction draws of each person moved).
 * @param appealFactor multiplier in [0, 1] on the author's own appeal (paid posts persuade less).
 * @param next uniform draws in [0, 1) (a seeded stream's `next`)
 * @param post the post's index in the tick's posts, written beside each reaction
 */
export function cascade(
  rows: FollowerRows,
  params: CascadeParams,
  author: number,
  appealFactor: number,
  next: () => number,
  scratch: CascadeScratch,
  out: ReactionBuffer,
  post: number,
): number {
  const { start, len, pairs, ties } = rows;
  const { beta, pMax, casualLike, mix } = params;
  const [toLike, toReshare, toReply] = mix;
  const { node, queue } = scratch;
  if (!scratch.refreshed) throw new ModelError('cascade: call scratch.refresh(world, attentionScale) or scratch.load(records) first');
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
      const r = next();
      if (r < p) {
        node[j + STAMP] = mark;
        queue[tail++] = u;
        moved++;
        if (next() < node[j + VIS]!) {
          const k = next();
          out.push(post, u, k < toLike ? KIND.like : k < toReshare ? KIND.reshare : k < toReply ? KIND.reply : KIND.mention);
        }
      } else if (direct && r < p + casualLike * node[j + VIS]!) {
        out.push(post, u, KIND.like);
      }
    }
  }
  return moved;
}

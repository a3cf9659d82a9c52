/**
 * A public, copy-on-write stand-in for the platform, on which the adaptive attacker rehearses a
 * whole strategy before committing budget to it. Reads are the live public reads of the real
 * platform plus the rehearsal's own changes; actions are recorded as what-if edits, never applied.
 *
 * Outcomes that are other people's choices enter at rates the attacker can estimate from public
 * data only (no hidden quantity is read):
 * - follow-back: a real account v followed by the attacker follows back at v's publicly estimated
 *   follow-back rate (src/attacks/adaptive/follow-back.ts; default {@link DEFAULT_FOLLOW_BACK});
 * - reply-back: a solicited account replies with rate {@link LOOKAHEAD_REPLY_RATE}.
 * Draws use a deterministic accumulator per rate (expected counts, no sampling noise), so two
 * strategies are compared on their expected effect.
 * Reference: rehearsal on a model of the environment as in model-predictive control / rollout
 * policies (Bertsekas 2005, "Dynamic programming and suboptimal control: a survey from ADP to MPC").
 */
import type { WorldActions, GamingFollowKind } from '../world-actions.js';
import { KIND, type ReactionKind } from '../../model/observation.js';
import type { WhatIfEdits } from '../what-if.js';
import { noEdits } from '../what-if.js';

/** Follow-back rate assumed when no public estimate is given. */
export const DEFAULT_FOLLOW_BACK = 0.1;

/** Assumed reply-back rate of a solicited account (public prior: the attacker cannot see habits). */
export const LOOKAHEAD_REPLY_RATE = 0.05;

/** Slack on the expected-count accumulators, so k draws at rate 1/k give exactly one despite rounding. */
const ACC_EPS = 1e-9;

/** A rehearsal platform: WorldActions whose actions are recorded, not applied. */
export class LookaheadWorld implements WorldActions {
  readonly n: number;
  readonly base: number;
  tick: number;
  /** Everything the rehearsal did, as what-if edits (follows removed in `removed`). */
  readonly edits: WhatIfEdits = noEdits();
  /** Keys u·n + v of follows the rehearsal removed (existing ones only). */
  readonly removed = new Set<number>();
  private readonly added = new Map<number, number>(); // key ↦ index in edits.followSrc
  private readonly outDelta = new Map<number, Set<number>>();
  private readonly inDelta = new Map<number, Set<number>>();
  private readonly postCount = new Map<number, number>();
  private followBackAcc = 0;
  private replyAcc = 0;

  /**
   * @param real the live platform (its public reads only)
   * @param targets the attacker's own targets (never counted as organic follow-backers)
   */
  /**
   * @param postRate an account's public posting rate (posts per tick, ≥ 0); future ticks get
   *   ⌊rate · (t − now + 1)⌋ − ⌊rate · (t − now)⌋ organic posts (deterministic expected count)
   * @param followBackRate an account's estimated chance in [0, 1] of following back a new follower
   */
  constructor(
    private readonly real: WorldActions,
    private readonly targets: ReadonlySet<number>,
    private readonly postRate: (v: number) => number = () => 0,
    private readonly followBackRate: (v: number) => number = () => DEFAULT_FOLLOW_BACK,
  ) {
    this.n = real.n;
    this.base = real.base;
    this.tick = real.tick;
  }

  /** Move the rehearsal to tick `t` (posts this tick restart from zero after the real tick). */
  advance(t: number): void {
    this.tick = t;
    this.postCount.clear();
  }

  private key(u: number, v: number): number {
    return u * this.n + v;
  }

  follows(u: number, v: number): boolean {
    const k = this.key(u, v);
    if (this.added.has(k)) return true;
    return !this.removed.has(k) && this.real.follows(u, v);
  }

  followerCount(v: number): number {
    let c = this.real.followerCount(v);
    for (const u of this.inDelta.get(v) ?? []) c += this.follows(u, v) ? 1 : 0;
    for (const k of this.removed) if (k % this.n === v) c--;
    return c;
  }

  followingCount(u: number): number {
    return this.followeesOf(u).length;
  }

  followeesOf(u: number): Uint32Array {
    const out = Array.from(this.real.followeesOf(u)).filter((v) => !this.removed.has(this.key(u, v)));
    for (const v of this.outDelta.get(u) ?? []) if (this.added.has(this.key(u, v))) out.push(v);
    return Uint32Array.from(out);
  }

  followersOf(v: number): Uint32Array {
    const out = Array.from(this.real.followersOf(v)).filter((u) => !this.removed.has(this.key(u, v)));
    for (const u of this.inDelta.get(v) ?? []) if (this.added.has(this.key(u, v))) out.push(u);
    return Uint32Array.from(out);
  }

  private addFollow(u: number, v: number): void {
    const k = this.key(u, v);
    if (this.removed.delete(k)) return; // re-follow of an existing follow the rehearsal removed
    this.added.set(k, this.edits.followSrc.length);
    this.edits.followSrc.push(u);
    this.edits.followDst.push(v);
    if (!this.outDelta.has(u)) this.outDelta.set(u, new Set());
    if (!this.inDelta.has(v)) this.inDelta.set(v, new Set());
    this.outDelta.get(u)!.add(v);
    this.inDelta.get(v)!.add(u);
  }

  follow(u: number, v: number, _kind: GamingFollowKind): boolean {
    if (u === v || this.follows(u, v)) return false;
    this.addFollow(u, v);
    // Expected organic follow-back by a real account (its publicly estimated habit).
    if (v < this.base && !this.targets.has(v) && !this.follows(v, u)) {
      this.followBackAcc += this.followBackRate(v);
      if (this.followBackAcc >= 1 - ACC_EPS) {
        this.followBackAcc -= 1;
        this.addFollow(v, u);
      }
    }
    return true;
  }

  unfollow(u: number, v: number): boolean {
    const k = this.key(u, v);
    const i = this.added.get(k);
    if (i !== undefined) {
      // Neutralise the recorded edit (finalEdits drops it).
      this.added.delete(k);
      this.edits.followSrc[i] = -1;
      this.edits.followDst[i] = -1;
      return true;
    }
    if (!this.real.follows(u, v) || this.removed.has(k)) return false;
    this.removed.add(k);
    return true;
  }

  react(actor: number, target: number, kind: ReactionKind): void {
    this.edits.actor.push(actor);
    this.edits.target.push(target);
    this.edits.kind.push(KIND[kind]);
  }

  post(author: number): void {
    this.edits.posts.push(author);
    this.postCount.set(author, (this.postCount.get(author) ?? 0) + 1);
  }

  postsThisTick(author: number): number {
    const own = this.postCount.get(author) ?? 0;
    if (this.tick === this.real.tick) return own + this.real.postsThisTick(author);
    const r = this.postRate(author);
    const d = this.tick - this.real.tick;
    return own + Math.floor(r * (d + 1)) - Math.floor(r * d);
  }

  solicit(actor: number, target: number, kind: 'mention' | 'reply'): boolean {
    this.react(actor, target, kind);
    this.replyAcc += LOOKAHEAD_REPLY_RATE;
    if (this.replyAcc < 1 - ACC_EPS) return false;
    this.replyAcc -= 1;
    this.react(target, actor, 'reply');
    return true;
  }

  paidPost(author: number): void {
    this.post(author);
  }

  /** The recorded edits with unfollowed additions dropped (ready for whatIf). */
  finalEdits(): WhatIfEdits {
    const e = this.edits;
    const src: number[] = [];
    const dst: number[] = [];
    for (let i = 0; i < e.followSrc.length; i++) if (e.followSrc[i]! >= 0) [src.push(e.followSrc[i]!), dst.push(e.followDst[i]!)];
    return { ...e, followSrc: src, followDst: dst, removed: this.removed };
  }
}

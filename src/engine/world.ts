/**
 * The running world: hidden traits, the dynamic follow graph, the public logs and the platform
 * actions. Only the engine mutates it, in one place per tick (decide, apply, record).
 */
import { KIND, type ReactionKind } from '../model/observation.js';
import { moveProbability, type InfluenceParams } from '../model/influence.js';
import { FollowReason, drawTie, meanTies } from '../model/ties.js';
import { Role } from '../model/roles.js';
import type { HiddenLayer } from '../model/hidden.js';
import type { Observation } from '../model/observation.js';
import { buildObservation } from '../model/observe.js';
import type { Rng } from '../rng.js';
import type { DynamicFollows } from './dynamic-follows.js';
import { EventLogBuilder, PostLogBuilder } from './logs.js';
import { PAID_APPEAL_FACTOR, REPLY_BACK_RATE, type GamingFollowKind, type WorldActions } from '../attacks/world-actions.js';

/** Per-agent arrays of the world (length n). Hidden unless noted. */
export interface WorldArrays {
  role: Uint8Array;
  real: Uint8Array;
  appeal: Float64Array;
  susceptibility: Float64Array;
  visibility: Float64Array;
  activity: Float64Array;
  followBack: Float64Array;
  followRate: Float64Array;
  community: Uint32Array;
  /** Public flags. */
  verified: Uint8Array;
  consent: Uint8Array;
  minor: Uint8Array;
  createdTick: Uint32Array;
}

/** Per-tick counters (tidy rows in ticks.csv). */
export interface TickStats {
  tick: number;
  posts: number;
  likes: number;
  reshares: number;
  replies: number;
  mentions: number;
  follows: number;
  unfollows: number;
  /** Hidden: real people moved by posts this tick. */
  moved: number;
  /** Cost units spent by all attacks this tick. */
  gamingCost: number;
}

/** The mutable world. */
export class World implements WorldActions {
  tick = 0;
  readonly events = new EventLogBuilder();
  readonly posts = new PostLogBuilder();
  /** Authors whose posts run this tick (filled in the decide phase and by attacks). */
  readonly pendingPosts: number[] = [];
  /** Appeal multiplier per pending post when not 1 (paid posts), keyed by index in pendingPosts. */
  readonly pendingAppeal = new Map<number, number>();
  stats: TickStats;

  constructor(
    readonly n: number,
    readonly base: number,
    readonly a: WorldArrays,
    readonly graph: DynamicFollows,
    readonly influence: InfluenceParams,
    /** Stream for hidden draws triggered by actions (ties, follow-backs). */
    private readonly rng: Rng,
  ) {
    this.stats = emptyStats(0);
    this.meanTie = meanTies(influence);
  }
  /** Mean tie strength by follow reason, from `influence` (see src/model/ties.ts). */
  private readonly meanTie: readonly number[];

  followerCount(v: number): number {
    return this.graph.followers(v);
  }
  followingCount(u: number): number {
    return this.graph.following(u);
  }
  follows(u: number, v: number): boolean {
    return this.graph.has(u, v);
  }
  followeesOf(u: number): Uint32Array {
    return this.graph.out.row(u);
  }

  /**
   * Add u → v with a hidden tie drawn from `reason`; then v may follow back by its own habit.
   * Returns false when the follow already exists or u = v.
   */
  addFollow(u: number, v: number, reason: number): boolean {
    const tie = this.a.real[u] ? drawTie(reason, this.rng, this.meanTie) : 0;
    if (!this.graph.add(u, v, tie, this.tick)) return false;
    this.stats.follows++;
    if (this.a.followBack[v]! > 0 && this.rng.next() < this.a.followBack[v]! && !this.graph.has(v, u)) {
      const genuine =
        this.a.real[u] &&
        reason !== FollowReason.bought &&
        reason !== FollowReason.farmed &&
        this.a.community[u] === this.a.community[v] &&
        this.a.role[v] !== Role.capitalist;
      const backTie = drawTie(genuine ? FollowReason.reciprocal : FollowReason.courtesy, this.rng, this.meanTie);
      if (this.graph.add(v, u, backTie, this.tick)) this.stats.follows++;
    }
    return true;
  }

  follow(u: number, v: number, kind: GamingFollowKind): boolean {
    return this.addFollow(u, v, kind === 'bought' ? FollowReason.bought : FollowReason.farmed);
  }

  unfollow(u: number, v: number): boolean {
    const ok = this.graph.remove(u, v);
    if (ok) this.stats.unfollows++;
    return ok;
  }

  react(actor: number, target: number, kind: ReactionKind): void {
    this.logReaction(actor, target, KIND[kind]);
  }

  /** Log a reaction by kind code and count it. */
  logReaction(actor: number, target: number, code: number): void {
    this.events.push(this.tick, actor, target, code);
    if (code === KIND.like) this.stats.likes++;
    else if (code === KIND.reshare) this.stats.reshares++;
    else if (code === KIND.reply) this.stats.replies++;
    else this.stats.mentions++;
  }

  post(author: number): void {
    this.pendingPosts.push(author);
  }

  followersOf(v: number): Uint32Array {
    return this.graph.inn.row(v);
  }

  postsThisTick(author: number): number {
    let c = 0;
    for (const a of this.pendingPosts) if (a === author) c++;
    return c;
  }

  solicit(actor: number, target: number, kind: 'mention' | 'reply'): boolean {
    this.react(actor, target, kind);
    if (this.rng.next() < this.a.visibility[target]! * REPLY_BACK_RATE) {
      this.logReaction(target, actor, KIND.reply);
      return true;
    }
    return false;
  }

  paidPost(author: number): void {
    this.pendingAppeal.set(this.pendingPosts.length, PAID_APPEAL_FACTOR);
    this.pendingPosts.push(author);
  }

  /** What the platform shows now (no hidden quantity), over the last `window` ticks. */
  observe(window: number): Observation {
    return this.snapshot(window).observation;
  }

  /** Start a new tick's counters. */
  beginTick(tick: number): void {
    this.tick = tick;
    this.stats = emptyStats(tick);
  }

  /**
   * Freeze what the platform sees and the hidden layer at the current tick.
   * @param window observation window in ticks (the last `window` ticks, inclusive of this one).
   */
  snapshot(window: number): { observation: Observation; hidden: HiddenLayer } {
    const frozen = this.graph.freeze();
    const { graph, tie } = frozen;
    const a = this.a;
    const observation = buildObservation({
      follows: graph,
      tick: this.tick,
      from: Math.max(0, this.tick - window + 1),
      followTick: frozen.tick,
      accounts: { verified: a.verified.slice(), consent: a.consent.slice(), minor: a.minor.slice(), createdTick: a.createdTick.slice() },
      events: this.events.view(),
      postLog: this.posts.view(),
    });
    const moveProb = new Float64Array(graph.m);
    const { offsets, targets } = graph.following;
    for (let u = 0; u < graph.n; u++) {
      const k = offsets[u + 1]! - offsets[u]!;
      for (let e = offsets[u]!; e < offsets[u + 1]!; e++) {
        moveProb[e] = moveProbability(this.influence, a.appeal[targets[e]!]!, a.susceptibility[u]!, tie[e]!, k);
      }
    }
    const hidden: HiddenLayer = {
      n: this.n,
      tick: this.tick,
      graph,
      tie,
      moveProb,
      influence: this.influence,
      role: a.role.slice(),
      real: a.real.slice(),
      appeal: a.appeal.slice(),
      susceptibility: a.susceptibility.slice(),
      visibility: a.visibility.slice(),
      activity: a.activity.slice(),
      followBack: a.followBack.slice(),
      community: a.community.slice(),
    };
    return { observation, hidden };
  }
}

function emptyStats(tick: number): TickStats {
  return { tick, posts: 0, likes: 0, reshares: 0, replies: 0, mentions: 0, follows: 0, unfollows: 0, moved: 0, gamingCost: 0 };
}

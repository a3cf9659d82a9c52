/**
 * What an attack (or any platform user) can read and do: public reads and platform actions.
 * No hidden quantity is reachable from here.
 */
import type { ReactionKind } from '../model/observation.js';

/** Why an attack makes a follow; decides the hidden tie (always ~0 for gaming). */
export type GamingFollowKind = 'bought' | 'farmed';

/** Public reads and actions on the running world. */
export interface WorldActions {
  /** Total accounts (base population + fake accounts). */
  readonly n: number;
  /** Accounts in the base population (ids 0..base-1); fake accounts come after. */
  readonly base: number;
  /** Current tick. */
  readonly tick: number;
  /** Number of followers of v (public). */
  followerCount(v: number): number;
  /** Number of accounts u follows (public). */
  followingCount(u: number): number;
  /** True when u follows v (public). */
  follows(u: number, v: number): boolean;
  /** The accounts u follows (a copy). */
  followeesOf(u: number): Uint32Array;
  /** u follows v for a gaming reason; v may follow back (by v's own habits). False if impossible or already following. */
  follow(u: number, v: number, kind: GamingFollowKind): boolean;
  /** u stops following v; false when u did not follow v. */
  unfollow(u: number, v: number): boolean;
  /** `actor` reacts to `target` (like, reshare or reply to target's post, or mention target). */
  react(actor: number, target: number, kind: ReactionKind): void;
  /** `author` posts this tick; honest followers see it and react only as the hidden layer moves them. */
  post(author: number): void;
  /** The accounts that follow v (a copy; public). */
  followersOf(v: number): Uint32Array;
  /** Posts by `author` queued for this tick so far (public once published; attacks act after people decide). */
  postsThisTick(author: number): number;
  /**
   * `actor` mentions or replies to `target` (logged like {@link react}); the target may answer with
   * a public reply by its own habit (hidden: its visibility × {@link REPLY_BACK_RATE}). Returns true
   * when the target replied back (a public reaction target → actor).
   */
  solicit(actor: number, target: number, kind: 'mention' | 'reply'): boolean;
  /**
   * `author` makes a paid (sponsored) post this tick: a real post whose cascade runs with the
   * author's appeal multiplied by {@link PAID_APPEAL_FACTOR} (paid word of mouth persuades less).
   */
  paidPost(author: number): void;
}

/** Share of a person's visibility with which they answer one unsolicited mention or reply (hidden habit). */
export const REPLY_BACK_RATE = 0.2;
/** Appeal multiplier of a paid post's author in its cascade, in [0, 1] (paid posts persuade less). */
export const PAID_APPEAL_FACTOR = 0.3;

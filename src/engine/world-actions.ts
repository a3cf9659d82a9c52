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
}

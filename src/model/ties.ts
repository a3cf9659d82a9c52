/**
 * Why a follow exists decides its hidden tie strength (how much the followee's messages can move
 * the follower). Real relationships are strong; courtesy follow-backs, bought and farmed follows
 * are near zero. Hidden: the platform sees the follow, never the reason or the tie.
 */
import type { Rng } from '../rng.js';

/** Reasons a follow edge exists (codes stored per edge in the engine). */
export const FollowReason = {
  /** Organic follow inside one's own community (homophily). */
  community: 0,
  /** Organic follow across communities. */
  global: 1,
  /** Following a broadcaster: part of a large audience. */
  audience: 2,
  /** A return follow grown from a real relationship. */
  reciprocal: 3,
  /** A courtesy follow-back (social capitalists, or politeness to a stranger). */
  courtesy: 4,
  /** Triadic closure: following a friend's friend. */
  triadic: 5,
  /** A bought or bot follow. */
  bought: 6,
  /** A follow made to farm follow-backs. */
  farmed: 7,
} as const;
export type FollowReasonCode = (typeof FollowReason)[keyof typeof FollowReason];

/**
 * Draw the hidden tie strength in [0, 1] of a follow made for `reason`.
 * Means: community 0.57, reciprocal 0.5, triadic 0.38, global 0.25, audience 0.08,
 * courtesy 0.02, bought and farmed 0.
 */
export function drawTie(reason: number, rng: Rng): number {
  switch (reason) {
    case FollowReason.community:
      return rng.beta(4, 3);
    case FollowReason.reciprocal:
      return rng.beta(3, 3);
    case FollowReason.triadic:
      return rng.beta(3, 5);
    case FollowReason.global:
      return rng.beta(2, 6);
    case FollowReason.audience:
      return rng.beta(1, 11);
    case FollowReason.courtesy:
      return 0.02 * rng.next() * 2;
    default:
      return 0;
  }
}
